#include "PrintableDocument.h"

#include <QFont>
#include <QTextDocument>
#include <QTextOption>

namespace pishkhan {

using namespace Qt::StringLiterals;

qreal PrintableDocument::pointSize(PaperSize paper)
{
    switch (paper) {
    case PaperSize::Roll58mm:
        return 8.0;
    case PaperSize::Roll80mm:
        return 9.0;
    case PaperSize::A5:
        return 12.0;
    case PaperSize::A4:
        return 12.0;
    }
    return 9.0;
}

qreal PrintableDocument::widthMm(PaperSize paper)
{
    switch (paper) {
    case PaperSize::Roll58mm:
        return 58.0;
    case PaperSize::Roll80mm:
        return 80.0;
    case PaperSize::A5:
        return 148.0;
    case PaperSize::A4:
        return 210.0;
    }
    return 80.0;
}

bool PrintableDocument::isRoll(PaperSize paper)
{
    return paper == PaperSize::Roll80mm || paper == PaperSize::Roll58mm;
}

void PrintableDocument::loadInto(QTextDocument& doc, PaperSize paper) const
{
    QFont font(fontFamily);
    font.setPointSizeF(pointSize(paper));
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    doc.setDefaultTextOption(option);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, it.key(), it.value());
    doc.setHtml(html);
}

namespace {

struct KindKey
{
    DocumentKind kind;
    const char16_t* key;
};

// Stable keys: they are stored in the "to print" list and in the settings file.
constexpr KindKey kKindKeys[] = {
    {DocumentKind::Receipt, u"receipt"},        {DocumentKind::RefundReceipt, u"refund_receipt"},
    {DocumentKind::Answer, u"answer"},          {DocumentKind::PropertyFile, u"property_file"},
    {DocumentKind::ShiftSheet, u"shift_sheet"}, {DocumentKind::DayCloseSheet, u"day_close_sheet"},
    {DocumentKind::Report, u"report"},
};

struct PaperKey
{
    PaperSize paper;
    const char16_t* key;
};

constexpr PaperKey kPaperKeys[] = {
    {PaperSize::Roll80mm, u"roll_80mm"},
    {PaperSize::Roll58mm, u"roll_58mm"},
    {PaperSize::A5, u"a5"},
    {PaperSize::A4, u"a4"},
};

} // namespace

QString documentKindKey(DocumentKind kind)
{
    for (const KindKey& k : kKindKeys)
        if (k.kind == kind)
            return QString::fromUtf16(k.key);
    return {};
}

std::optional<DocumentKind> documentKindFromKey(const QString& key)
{
    for (const KindKey& k : kKindKeys)
        if (key == QStringView(k.key))
            return k.kind;
    return std::nullopt;
}

QString paperSizeKey(PaperSize paper)
{
    for (const PaperKey& p : kPaperKeys)
        if (p.paper == paper)
            return QString::fromUtf16(p.key);
    return {};
}

std::optional<PaperSize> paperSizeFromKey(const QString& key)
{
    for (const PaperKey& p : kPaperKeys)
        if (key == QStringView(p.key))
            return p.paper;
    return std::nullopt;
}

} // namespace pishkhan
