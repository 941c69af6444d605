// The recovery key: round trip, forgiving parsing, and every kind of mistyping caught (and,
// where it can be, located) by the check groups.
#include "ops/RecoveryKey.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

QByteArray randomKey()
{
    QByteArray key(RecoveryKey::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

// A fixed key, so the data rows can name groups and characters.
const QByteArray kKey =
    QByteArray::fromHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210");

QString textOf(const QByteArray& key)
{
    return RecoveryKey::fromStoreKey(key).value().text();
}

// The alphabet's next character, so a "changed" character is always a different valid one.
QChar otherChar(QChar c)
{
    static const QString alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
    return alphabet.at((alphabet.indexOf(c) + 7) % alphabet.size());
}

} // namespace

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsRandomKeys();
    void shapeIsFourteenGroupsOfFive();
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void catchesMistyping_data();
    void catchesMistyping();
    void everySingleCharacterChangeIsLocated();
    void confirmGroup();
    void refusesAKeyOfTheWrongSize();
};

void TestRecoveryKey::roundTripsRandomKeys()
{
    for (int i = 0; i < 500; ++i) {
        const QByteArray key = randomKey();
        const auto encoded = RecoveryKey::fromStoreKey(key);
        QVERIFY(encoded.ok());
        const auto parsed = RecoveryKey::parse(encoded->text());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
        QCOMPARE(parsed->storeKey(), key);
        QCOMPARE(parsed->text(), encoded->text());
    }
}

void TestRecoveryKey::shapeIsFourteenGroupsOfFive()
{
    const QString text = textOf(kKey);
    QCOMPARE(text.size(), 14 * 5 + 13);
    const QStringList groups = text.split(u'-');
    QCOMPARE(groups.size(), 14);
    for (const QString& g : groups)
        QCOMPARE(g.size(), 5);
    // Stable encoding: a printed key must still read after an upgrade.
    QCOMPARE(RecoveryKey::fromStoreKey(kKey)->text(), textOf(kKey));
}

void TestRecoveryKey::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("typed");
    const QString text = textOf(kKey);
    QString persianDigits;
    for (const QChar c : text)
        persianDigits += c.isDigit() ? QChar(u'۰' + (c.unicode() - u'0')) : c;
    QString lookAlike = text;
    lookAlike.replace(u'1', u'l').replace(u'0', u'O');

    QTest::newRow("as printed") << text;
    QTest::newRow("lower case") << text.toLower();
    QTest::newRow("spaces instead of dashes") << QString(text).replace(u'-', u' ');
    QTest::newRow("no separators") << QString(text).remove(u'-');
    QTest::newRow("persian digits") << persianDigits;
    QTest::newRow("l for 1, O for 0") << lookAlike;
    QTest::newRow("surrounding blanks and ZWNJ")
        << u"  "_s + QString(text).replace(u'-', QChar(0x200C)) + u"\n"_s;
}

void TestRecoveryKey::parsesWhatPeopleType()
{
    QFETCH(QString, typed);
    const auto parsed = RecoveryKey::parse(typed);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QCOMPARE(parsed->storeKey(), kKey);
}

void TestRecoveryKey::catchesMistyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("group"); // 1-based; 0 = not located

    const QString text = textOf(kKey);
    const QStringList groups = text.split(u'-');

    QString changed = text;
    changed[6 * 6 + 2] = otherChar(changed[6 * 6 + 2]); // group 7, third character
    QTest::newRow("one character changed") << changed << u"recovery_key.group_check"_s << 7;

    QString changedCheck = text;
    changedCheck[13 * 6 + 4] = otherChar(changedCheck[13 * 6 + 4]); // the last check character
    QTest::newRow("key check character changed")
        << changedCheck << u"recovery_key.group_check"_s << 14;

    // Two neighbours swapped inside a group (picked so the two characters differ).
    QString swapped = text;
    int at = 0;
    while (swapped[at] == swapped[at + 1] || swapped[at] == u'-' || swapped[at + 1] == u'-')
        ++at;
    std::swap(swapped[at], swapped[at + 1]);
    QTest::newRow("two characters swapped")
        << swapped << u"recovery_key.group_check"_s << (at / 6 + 1);

    QStringList missing = groups;
    missing.removeAt(4);
    QTest::newRow("group missing") << missing.join(u'-') << u"recovery_key.length"_s << 0;

    QStringList repeated = groups;
    repeated.insert(4, groups.at(4));
    QTest::newRow("group typed twice") << repeated.join(u'-') << u"recovery_key.length"_s << 0;

    QStringList groupsSwapped = groups;
    groupsSwapped.swapItemsAt(2, 3);
    QTest::newRow("two groups swapped")
        << groupsSwapped.join(u'-') << u"recovery_key.key_check"_s << 0;

    QString foreign = text;
    foreign[0] = u'U'; // not in Crockford's alphabet
    QTest::newRow("character outside the alphabet") << foreign << u"recovery_key.character"_s << 1;

    QTest::newRow("empty") << QString() << u"recovery_key.length"_s << 0;
}

void TestRecoveryKey::catchesMistyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(int, group);
    const auto parsed = RecoveryKey::parse(typed);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), code);
    if (group > 0)
        QCOMPARE(parsed.error().nativeCode(), group);
    // The error never repeats the key.
    QVERIFY(!parsed.error().message().contains(typed.left(10)) || typed.isEmpty());
}

void TestRecoveryKey::everySingleCharacterChangeIsLocated()
{
    // Exhaustive over one key: every position, every other character of the alphabet.
    const QString alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
    const QString text = QString(textOf(kKey)).remove(u'-');
    for (int i = 0; i < text.size(); ++i) {
        for (const QChar c : alphabet) {
            if (c == text[i])
                continue;
            QString typed = text;
            typed[i] = c;
            const auto parsed = RecoveryKey::parse(typed);
            QVERIFY2(!parsed.ok(), qPrintable(u"position %1 -> %2 accepted"_s.arg(i).arg(c)));
            QCOMPARE(parsed.error().code(), u"recovery_key.group_check"_s);
            QCOMPARE(parsed.error().nativeCode(), i / 5 + 1);
        }
    }
}

void TestRecoveryKey::confirmGroup()
{
    const auto key = RecoveryKey::fromStoreKey(kKey);
    const QStringList groups = key->groups();
    for (int i = 0; i < RecoveryKey::kGroups; ++i) {
        QVERIFY(key->confirmGroup(i, groups[i]));
        QVERIFY(key->confirmGroup(i, u" "_s + groups[i].toLower() + u" "_s));
        QString wrong = groups[i];
        wrong[0] = otherChar(wrong[0]);
        QVERIFY(!key->confirmGroup(i, wrong));
    }
    QVERIFY(!key->confirmGroup(-1, groups[0]));
    QVERIFY(!key->confirmGroup(RecoveryKey::kGroups, groups[0]));
    QVERIFY(!key->confirmGroup(0, groups[1]) || groups[0] == groups[1]);
}

void TestRecoveryKey::refusesAKeyOfTheWrongSize()
{
    const auto tooShort = RecoveryKey::fromStoreKey(QByteArray(16, 'x'));
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.error().code(), u"recovery_key.key_size"_s);
}

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recovery_key.moc"
