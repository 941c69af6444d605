#include "CardNumber.h"

#include "PersianText.h"

#include <QCoreApplication>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

struct Issuer
{
    const char16_t* prefix;
    const char16_t* key;
    const char* name;
};

// Published Shetab issuer prefixes. A display aid: an unknown prefix is not an error.
constexpr Issuer kIssuers[] = {
    {u"603799", u"melli", QT_TRANSLATE_NOOP("Bank", "Bank Melli")},
    {u"589210", u"sepah", QT_TRANSLATE_NOOP("Bank", "Bank Sepah")},
    {u"627648", u"edbi", QT_TRANSLATE_NOOP("Bank", "Export Development Bank")},
    {u"207177", u"edbi", QT_TRANSLATE_NOOP("Bank", "Export Development Bank")},
    {u"627961", u"sanat_madan", QT_TRANSLATE_NOOP("Bank", "Bank of Industry and Mine")},
    {u"603770", u"keshavarzi", QT_TRANSLATE_NOOP("Bank", "Bank Keshavarzi")},
    {u"639217", u"keshavarzi", QT_TRANSLATE_NOOP("Bank", "Bank Keshavarzi")},
    {u"628023", u"maskan", QT_TRANSLATE_NOOP("Bank", "Bank Maskan")},
    {u"627760", u"post", QT_TRANSLATE_NOOP("Bank", "Post Bank")},
    {u"502908", u"tosee_taavon", QT_TRANSLATE_NOOP("Bank", "Tose'e Ta'avon Bank")},
    {u"627412", u"eghtesad_novin", QT_TRANSLATE_NOOP("Bank", "EN Bank (Eghtesad Novin)")},
    {u"622106", u"parsian", QT_TRANSLATE_NOOP("Bank", "Parsian Bank")},
    {u"639194", u"parsian", QT_TRANSLATE_NOOP("Bank", "Parsian Bank")},
    {u"627884", u"parsian", QT_TRANSLATE_NOOP("Bank", "Parsian Bank")},
    {u"502229", u"pasargad", QT_TRANSLATE_NOOP("Bank", "Bank Pasargad")},
    {u"639347", u"pasargad", QT_TRANSLATE_NOOP("Bank", "Bank Pasargad")},
    {u"627488", u"karafarin", QT_TRANSLATE_NOOP("Bank", "Karafarin Bank")},
    {u"502910", u"karafarin", QT_TRANSLATE_NOOP("Bank", "Karafarin Bank")},
    {u"621986", u"saman", QT_TRANSLATE_NOOP("Bank", "Saman Bank")},
    {u"639346", u"sina", QT_TRANSLATE_NOOP("Bank", "Sina Bank")},
    {u"639607", u"sarmayeh", QT_TRANSLATE_NOOP("Bank", "Sarmayeh Bank")},
    {u"636214", u"ayandeh", QT_TRANSLATE_NOOP("Bank", "Ayandeh Bank")},
    {u"502806", u"shahr", QT_TRANSLATE_NOOP("Bank", "Shahr Bank")},
    {u"504706", u"shahr", QT_TRANSLATE_NOOP("Bank", "Shahr Bank")},
    {u"502938", u"dey", QT_TRANSLATE_NOOP("Bank", "Dey Bank")},
    {u"603769", u"saderat", QT_TRANSLATE_NOOP("Bank", "Bank Saderat")},
    {u"610433", u"mellat", QT_TRANSLATE_NOOP("Bank", "Bank Mellat")},
    {u"991975", u"mellat", QT_TRANSLATE_NOOP("Bank", "Bank Mellat")},
    {u"627353", u"tejarat", QT_TRANSLATE_NOOP("Bank", "Tejarat Bank")},
    {u"585983", u"tejarat", QT_TRANSLATE_NOOP("Bank", "Tejarat Bank")},
    {u"589463", u"refah", QT_TRANSLATE_NOOP("Bank", "Refah Bank")},
    {u"505785", u"iran_zamin", QT_TRANSLATE_NOOP("Bank", "Iran Zamin Bank")},
    {u"505416", u"gardeshgari", QT_TRANSLATE_NOOP("Bank", "Tourism Bank")},
    {u"504172", u"resalat", QT_TRANSLATE_NOOP("Bank", "Resalat Bank")},
    {u"606373", u"mehr_iran", QT_TRANSLATE_NOOP("Bank", "Mehr Iran Bank")},
    {u"505801", u"kosar", QT_TRANSLATE_NOOP("Bank", "Kosar Credit Institution")},
    {u"606256", u"melal", QT_TRANSLATE_NOOP("Bank", "Melal Credit Institution")},
    {u"639599", u"ghavamin", QT_TRANSLATE_NOOP("Bank", "Ghavamin Bank")},
    {u"628157", u"tosee", QT_TRANSLATE_NOOP("Bank", "Tose'e Credit Institution")},
    {u"507677", u"noor", QT_TRANSLATE_NOOP("Bank", "Noor Credit Institution")},
    {u"585947", u"khavarmianeh", QT_TRANSLATE_NOOP("Bank", "Middle East Bank")},
    {u"636795", u"markazi", QT_TRANSLATE_NOOP("Bank", "Central Bank of Iran")},
};

const Issuer* findIssuer(QStringView digits)
{
    const QStringView prefix = digits.left(6);
    for (const Issuer& issuer : kIssuers) {
        if (prefix == QStringView(issuer.prefix))
            return &issuer;
    }
    return nullptr;
}

bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString groupsOfFour(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); i += 4) {
        if (!out.isEmpty())
            out.append(u'-');
        out.append(text.mid(i, 4));
    }
    return out;
}

} // namespace

Result<CardNumber> CardNumber::parse(QStringView input)
{
    QString digits = PersianText::cleanIdentifier(input);
    digits.remove(u'-');
    if (digits.isEmpty())
        return Error(u"card.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the card number."));
    if (!PersianText::isAsciiDigits(digits))
        return Error(u"card.characters"_s,
                     QT_TRANSLATE_NOOP("Error", "A card number contains digits only."));
    if (digits.size() != 16)
        return Error(u"card.length"_s,
                     QT_TRANSLATE_NOOP("Error", "Card number must be 16 digits."));
    if (!luhnValid(digits))
        return Error(
            u"card.checksum"_s,
            QT_TRANSLATE_NOOP("Error", "This card number is not valid; check the digits."));
    return CardNumber(std::move(digits));
}

QString CardNumber::display() const
{
    return groupsOfFour(m_digits);
}

QString CardNumber::displayPersian() const
{
    return PersianText::toPersianDigits(display());
}

QString CardNumber::masked() const
{
    return groupsOfFour(QString(m_digits.left(6) + QString(6, u'*') + m_digits.right(4)));
}

QString CardNumber::bankKey() const
{
    const Issuer* issuer = findIssuer(m_digits);
    return issuer ? QString::fromUtf16(issuer->key) : QString();
}

QString CardNumber::bankName() const
{
    const Issuer* issuer = findIssuer(m_digits);
    return issuer ? QCoreApplication::translate("Bank", issuer->name) : QString();
}

} // namespace pishkhan
