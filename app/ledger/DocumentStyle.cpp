#include "DocumentStyle.h"

#include "core/PersianText.h"

#include <QFontDatabase>
#include <QLocale>
#include <QTextDocument>
#include <QTextOption>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString DocumentStyle::fontFamily()
{
    static const QString family = [] {
        // Noto Sans Arabic rather than Noto Naskh Arabic: Qt's PDF engine maps each glyph
        // back to text through the font's cmap, and Naskh draws the Persian digit four and the
        // lam-alef ligature with substituted glyphs that have no cmap entry, so a PDF made
        // with it loses "۴" and "لا" when searched or copied. Sans maps both.
        const QString wanted = u"Noto Sans Arabic"_s;
        if (QFontDatabase::families().contains(wanted))
            return wanted;
        const int id = QFontDatabase::addApplicationFont(
            u"/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"_s);
        const QStringList loaded = QFontDatabase::applicationFontFamilies(id);
        return loaded.isEmpty() ? wanted : loaded.first();
    }();
    return family;
}

QFont DocumentStyle::font(qreal pointSize)
{
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    return f;
}

void DocumentStyle::setUp(QTextDocument& doc, Language language, qreal pointSize)
{
    doc.setDefaultFont(font(pointSize));
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(language == Language::Persian ? Qt::RightToLeft : Qt::LeftToRight);
    doc.setDefaultTextOption(option);
}

QString DocumentStyle::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString DocumentStyle::code(const QString& text)
{
    return PersianText::isolateLtr(escape(text));
}

QString DocumentStyle::toman(Money amount, Language language)
{
    return language == Language::Persian ? amount.displayToman() : amount.displayTomanEnglish();
}

QString DocumentStyle::number(qint64 value, Language language)
{
    if (language == Language::Persian)
        return QLocale(QLocale::Persian, QLocale::Iran).toString(value);
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

QString DocumentStyle::label(ReceiptLabels::Key key, Language language)
{
    return escape(ReceiptLabels::text(key, language));
}

QString DocumentStyle::direction(Language language)
{
    return language == Language::Persian ? u"rtl"_s : u"ltr"_s;
}

} // namespace pishkhan
