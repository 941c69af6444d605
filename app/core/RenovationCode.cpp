#include "RenovationCode.h"

#include "PersianText.h"

#include <QStringList>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// Nine digits keep every part inside an int whatever the clerk types.
constexpr int kMaxPartDigits = 9;

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'/':
    case u'\\':
    case u'.':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
    case 0x2044: // fraction slash
    case 0x2215: // division slash
    case 0x066B: // Arabic decimal separator, what the Persian keyboard's "/" key gives on some
                 // layouts
        return true;
    default:
        return c.isSpace();
    }
}

} // namespace

Result<RenovationCode> RenovationCode::parse(QStringView input)
{
    // Spaces separate parts here, so cleanIdentifier() (which deletes them) does not fit.
    QString folded;
    folded.reserve(input.size());
    for (const QChar c : input) {
        if (c.unicode() == 0x200C || PersianText::isBidiOrInvisibleMark(c))
            continue;
        folded.append(isSeparator(c) ? QChar(u'-') : c);
    }
    folded = PersianText::foldDigits(folded);

    const QStringList pieces = folded.split(u'-', Qt::SkipEmptyParts);
    if (pieces.isEmpty())
        return Error(u"renovation_code.empty"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter the renovation code."));
    for (const QString& piece : pieces) {
        if (!PersianText::isAsciiDigits(piece))
            return Error(
                u"renovation_code.characters"_s,
                QT_TRANSLATE_NOOP("Error", "A renovation code contains digits and hyphens only."));
    }
    if (pieces.size() != PartCount)
        return Error(u"renovation_code.parts"_s,
                     QT_TRANSLATE_NOOP("Error", "A renovation code has seven parts, like "
                                                "3-12-234-15-1-0-0."));
    Parts parts{};
    for (int i = 0; i < PartCount; ++i) {
        const QStringView digits = pieces.at(i);
        // Leading zeros carry no meaning ("03" is district 3); count significant digits only.
        qsizetype first = 0;
        while (first + 1 < digits.size() && digits.at(first) == u'0')
            ++first;
        if (digits.size() - first > kMaxPartDigits)
            return Error(u"renovation_code.part_length"_s,
                         QT_TRANSLATE_NOOP("Error", "A part of the renovation code is too long."));
        parts[i] = digits.mid(first).toInt();
    }
    return fromParts(parts);
}

Result<RenovationCode> RenovationCode::fromParts(const Parts& parts)
{
    for (const int part : parts) {
        if (part < 0 || part > 999'999'999)
            return Error(u"renovation_code.part_length"_s,
                         QT_TRANSLATE_NOOP("Error", "A part of the renovation code is too long."));
    }
    if (parts[District] < 1)
        return Error(u"renovation_code.district"_s,
                     QT_TRANSLATE_NOOP("Error", "The first part of a renovation code is the "
                                                "municipal district and cannot be zero."));
    return RenovationCode(parts);
}

QString RenovationCode::canonical() const
{
    QString out;
    for (int i = 0; i < PartCount; ++i) {
        if (i > 0)
            out.append(u'-');
        out.append(QString::number(m_parts[i]));
    }
    return out;
}

QString RenovationCode::displayPersian() const
{
    return PersianText::toPersianDigits(canonical());
}

QString RenovationCode::masked() const
{
    return QString::number(district()) + u"-*-*-*-*-*-*"_s;
}

} // namespace pishkhan
