#include "EngineerLicence.h"

#include "PersianText.h"

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

bool isDashLike(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D ||
           u == 0x06D4;
}

} // namespace

Result<EngineerLicence> EngineerLicence::parse(QStringView input)
{
    const QString cleaned = PersianText::cleanIdentifier(input);
    if (cleaned.isEmpty())
        return Error(u"engineer_license.empty"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter the engineer's licence number."));
    QString digits;
    QList<qsizetype> dashes; // where the typed dashes fell, in digits
    for (const QChar c : cleaned) {
        if (isDashLike(c))
            dashes.append(digits.size());
        else
            digits.append(c);
    }
    // Either no dashes at all or exactly the two of the printed licence (after digit 2 and 5).
    const bool dashesFit = dashes.isEmpty() || dashes == QList<qsizetype>{2, 5};
    if (digits.size() != 10 || !PersianText::isAsciiDigits(digits) || !dashesFit)
        return Error(u"engineer_license.shape"_s,
                     QT_TRANSLATE_NOOP("Error", "A licence number looks like 11-300-12345: two, "
                                                "three and five digits."));
    return EngineerLicence(digits.left(2) + u'-' + digits.mid(2, 3) + u'-' + digits.mid(5));
}

} // namespace pishkhan
