#include "PostalCode.h"

#include "PersianText.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

bool inSet(QChar c, QStringView allowed)
{
    return allowed.contains(c);
}

} // namespace

Result<PostalCode> PostalCode::parse(QStringView input)
{
    QString digits = PersianText::cleanIdentifier(input);
    digits.remove(u'-');
    if (digits.isEmpty())
        return Error(u"postal_code.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the postal code."));
    if (!PersianText::isAsciiDigits(digits))
        return Error(u"postal_code.characters"_s,
                     QT_TRANSLATE_NOOP("Error", "A postal code contains digits only."));
    if (digits.size() != 10)
        return Error(u"postal_code.length"_s,
                     QT_TRANSLATE_NOOP("Error", "Postal code must be 10 digits."));
    if (digits.count(digits.front()) == digits.size())
        return Error(u"postal_code.repeated"_s,
                     QT_TRANSLATE_NOOP("Error", "A postal code cannot be one repeated digit."));

    // ^(?!(\d)\1{3})[13-9]{4}[1346-9][013-9]{5}$ and the last four not 0000, spelled out.
    const QStringView d(digits);
    bool shapeOk = d.left(4).count(d.front()) != 4 && d.right(4) != u"0000";
    for (qsizetype i = 0; shapeOk && i < 10; ++i) {
        const QStringView allowed = i < 4 ? u"13456789" : i == 4 ? u"1346789" : u"013456789";
        shapeOk = inSet(d.at(i), allowed);
    }
    if (!shapeOk)
        return Error(
            u"postal_code.shape"_s,
            QT_TRANSLATE_NOOP("Error", "This postal code does not exist; check the digits."));
    return PostalCode(std::move(digits));
}

QString PostalCode::display() const
{
    return m_digits.left(5) + u'-' + m_digits.mid(5);
}

QString PostalCode::displayPersian() const
{
    return PersianText::toPersianDigits(display());
}

QString PostalCode::masked() const
{
    return m_digits.left(5) + u"-*****"_s;
}

} // namespace pishkhan
