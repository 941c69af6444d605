#include "LegalEntityId.h"

#include "PersianText.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

Result<LegalEntityId> LegalEntityId::parse(QStringView input)
{
    QString digits = PersianText::cleanIdentifier(input);
    digits.remove(u'-');
    if (digits.isEmpty())
        return Error(u"legal_entity_id.empty"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter the legal entity's national id."));
    if (!PersianText::isAsciiDigits(digits))
        return Error(
            u"legal_entity_id.characters"_s,
            QT_TRANSLATE_NOOP("Error", "A legal entity's national id contains digits only."));
    if (digits.size() != 11)
        return Error(u"legal_entity_id.length"_s,
                     QT_TRANSLATE_NOOP("Error", "A legal entity's national id must be 11 digits."));
    if (digits.count(u'0') == digits.size())
        return Error(u"legal_entity_id.zero"_s,
                     QT_TRANSLATE_NOOP("Error", "This legal entity's national id does not exist."));
    if (QStringView(digits).mid(3, 6) == u"000000")
        return Error(u"legal_entity_id.middle_zeros"_s,
                     QT_TRANSLATE_NOOP("Error", "This legal entity's national id does not exist."));

    static constexpr int kWeights[] = {29, 27, 23, 19, 17};
    const auto digit = [&digits](int i) { return digits.at(i).unicode() - u'0'; };
    const int d = digit(9) + 2;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += (digit(i) + d) * kWeights[i % 5];
    int t = sum % 11;
    if (t == 10)
        t = 0;
    if (t != digit(10))
        return Error(u"legal_entity_id.checksum"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "This legal entity's national id is not valid; check the "
                                       "digits."));
    return LegalEntityId(std::move(digits));
}

QString LegalEntityId::displayPersian() const
{
    return PersianText::toPersianDigits(m_digits);
}

QString LegalEntityId::masked() const
{
    return m_digits.left(3) + u"*****"_s + m_digits.right(3);
}

} // namespace pishkhan
