#include "NationalCode.h"

#include "DigitMask.h"
#include "PersianText.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

Result<NationalCode> NationalCode::parse(QStringView input)
{
    QString digits = PersianText::cleanIdentifier(input);
    digits.remove(u'-');
    if (digits.isEmpty())
        return Error(u"national_code.empty"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter the national code."));
    if (!PersianText::isAsciiDigits(digits))
        return Error(u"national_code.characters"_s,
                     QT_TRANSLATE_NOOP("Error", "A national code contains digits only."));
    if (digits.size() < 8 || digits.size() > 10)
        return Error(u"national_code.length"_s,
                     QT_TRANSLATE_NOOP("Error", "National code must be 10 digits."));
    digits = digits.rightJustified(10, u'0');

    if (digits.count(digits.front()) == digits.size())
        return Error(u"national_code.repeated"_s,
                     QT_TRANSLATE_NOOP("Error", "A national code cannot be one repeated digit."));
    if (QStringView(digits).mid(3, 6) == u"000000")
        return Error(u"national_code.middle_zeros"_s,
                     QT_TRANSLATE_NOOP("Error", "This national code does not exist."));

    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (digits.at(i).unicode() - u'0') * (10 - i);
    const int r = sum % 11;
    const int check = digits.at(9).unicode() - u'0';
    const bool valid = r < 2 ? check == r : check == 11 - r;
    if (!valid)
        return Error(
            u"national_code.checksum"_s,
            QT_TRANSLATE_NOOP("Error", "This national code is not valid; check the digits."));
    return NationalCode(std::move(digits));
}

QString NationalCode::displayPersian() const
{
    return PersianText::toPersianDigits(m_digits);
}

QString NationalCode::masked() const
{
    return DigitMask::mask(m_digits);
}

} // namespace pishkhan
