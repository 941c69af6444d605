#include "MobileNumber.h"

#include "DigitMask.h"
#include "PersianText.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

Result<MobileNumber> MobileNumber::parse(QStringView input)
{
    QString text = PersianText::cleanIdentifier(input);
    text.remove(u'-');
    text.remove(u'(');
    text.remove(u')');
    if (text.isEmpty())
        return Error(u"mobile.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the mobile number."));

    // ^(\+98|98|0098|0)?9\d{9}$ — the national part is always the last ten characters.
    QStringView prefix = QStringView(text).chopped(qMin<qsizetype>(10, text.size()));
    const QStringView national = QStringView(text).right(10);
    const bool prefixOk = prefix.isEmpty() || prefix == u"0" || prefix == u"98" ||
                          prefix == u"+98" || prefix == u"0098";
    if (text.size() < 10 || !prefixOk || national.front() != u'9' ||
        !PersianText::isAsciiDigits(national))
        return Error(u"mobile.shape"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "Mobile number must look like 09123456789 (11 digits "
                                       "starting with 09)."));
    return MobileNumber(QChar(u'0') + national);
}

QString MobileNumber::international() const
{
    return u"+98"_s + QStringView(m_digits).mid(1);
}

QString MobileNumber::displayPersian() const
{
    return PersianText::toPersianDigits(m_digits);
}

QString MobileNumber::masked() const
{
    return DigitMask::mask(m_digits);
}

} // namespace pishkhan
