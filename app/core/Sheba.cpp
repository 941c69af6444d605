#include "Sheba.h"

#include "PersianText.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// The rearranged IBAN is a 30-digit number; reducing digit by digit keeps every intermediate
// value below 970, so no big-number arithmetic is needed.
int mod97(QStringView digits)
{
    int rest = 0;
    for (const QChar c : digits)
        rest = (rest * 10 + (c.unicode() - u'0')) % 97;
    return rest;
}

QString groupsOfFour(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); i += 4) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(text.mid(i, 4));
    }
    return out;
}

} // namespace

Result<Sheba> Sheba::parse(QStringView input)
{
    QString text = PersianText::cleanIdentifier(input).toUpper();
    text.remove(u'-');
    if (text.isEmpty())
        return Error(u"sheba.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the Sheba number."));
    if (text.front().isLetter()) {
        if (!text.startsWith(u"IR"_s))
            return Error(u"sheba.country"_s,
                         QT_TRANSLATE_NOOP("Error", "A Sheba number starts with IR."));
        text.remove(0, 2);
    }
    if (!PersianText::isAsciiDigits(text))
        return Error(u"sheba.characters"_s,
                     QT_TRANSLATE_NOOP("Error", "After IR, a Sheba number contains digits only."));
    if (text.size() != 24)
        return Error(u"sheba.length"_s,
                     QT_TRANSLATE_NOOP("Error", "A Sheba number is IR followed by 24 digits."));

    // BBAN, then "IR" as I = 18, R = 27, then the two check digits.
    const QString rearranged = QStringView(text).mid(2) + u"1827"_s + QStringView(text).left(2);
    if (mod97(rearranged) != 1)
        return Error(
            u"sheba.checksum"_s,
            QT_TRANSLATE_NOOP("Error", "This Sheba number is not valid; check the digits."));
    return Sheba(u"IR"_s + text);
}

QString Sheba::display() const
{
    return groupsOfFour(m_text);
}

QString Sheba::displayPersian() const
{
    return PersianText::toPersianDigits(display());
}

QString Sheba::masked() const
{
    QString hidden = m_text;
    for (qsizetype i = 4; i < hidden.size() - 4; ++i)
        hidden[i] = u'*';
    return groupsOfFour(hidden);
}

} // namespace pishkhan
