// The office-wide month (docs/api.md §4.16) against a real pishkhan-sandbox over verified TLS:
// two counters of one office close days of Farvardin 1404 (and one day of the next month); the
// month shows both counters, every close of the month with its verification state, per day and
// per counter, and totals equal to the sum of the closes.
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pishkhan::test;

namespace {

QJsonObject totals(qint64 count, qint64 amount)
{
    return {{QStringLiteral("count"), count},     {QStringLiteral("amount_rials"), amount},
            {QStringLiteral("fee_count"), count}, {QStringLiteral("fee_amount_rials"), amount},
            {QStringLiteral("void_count"), 0},    {QStringLiteral("void_amount_rials"), 0}};
}

} // namespace

class TestSandboxOfficeMonth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_h.start(), qPrintable(m_h.error()));
        QVERIFY2(m_h.activate(), qPrintable(m_h.error()));
        const QString code = m_h.activationCode(QStringLiteral("IF-1001"));
        const HttpReply act =
            m_h.admin().post(QStringLiteral("/api/v1/devices/activate"),
                             QJsonObject{{QStringLiteral("office_code"), QStringLiteral("IF-1001")},
                                         {QStringLiteral("activation_code"), code},
                                         {QStringLiteral("device_public_key"),
                                          QString::fromLatin1(m_device2.publicKey().toBase64())}},
                             SandboxHarness::newKey(), {{"X-Clerk-Id", "admin"}});
        QCOMPARE(act.status, 201L);
        m_device2Id = act.json().value(QStringLiteral("device_id")).toString();
        m_token2 = "Bearer " + act.json().value(QStringLiteral("token")).toString().toLatin1();
    }

    void monthSumsBothCounters()
    {
        // 2025-03-21 = 1404/01/01, 2025-03-22 = 1404/01/02, 2025-04-21 = 1404/02/01.
        QVERIFY(close(1, QStringLiteral("2025-03-21"), 10, totals(40, 3'400'000)));
        QVERIFY(close(1, QStringLiteral("2025-03-22"), 20, totals(5, 400'000)));
        QVERIFY(close(2, QStringLiteral("2025-03-22"), 7, totals(2, 160'000)));
        QVERIFY(close(2, QStringLiteral("2025-04-21"), 9, totals(1, 90'000))); // the next month

        const HttpReply r = m_h.api().get(QStringLiteral("/api/v1/offices/current/months/140401"));
        QCOMPARE(r.status, 200L);
        const QJsonObject m = r.json();
        QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("2025-03-21"));
        QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("2025-04-20"));
        QCOMPARE(m.value(QStringLiteral("closes")).toInt(), 3);
        QCOMPARE(m.value(QStringLiteral("unverified_closes")).toInt(), 0);
        const QJsonObject sum = m.value(QStringLiteral("totals")).toObject();
        QCOMPARE(sum.value(QStringLiteral("count")).toInteger(), 47);
        QCOMPARE(sum.value(QStringLiteral("amount_rials")).toInteger(), 3'960'000);
        const QJsonArray counters = m.value(QStringLiteral("counters")).toArray();
        QCOMPARE(counters.size(), 2);
        QMap<int, qint64> byCounter;
        for (const QJsonValue& v : counters)
            byCounter.insert(v.toObject().value(QStringLiteral("counter")).toInt(),
                             v.toObject()
                                 .value(QStringLiteral("totals"))
                                 .toObject()
                                 .value(QStringLiteral("amount_rials"))
                                 .toInteger());
        QCOMPARE(byCounter.value(1), 3'800'000);
        QCOMPARE(byCounter.value(2), 160'000);
        const QJsonArray days = m.value(QStringLiteral("days")).toArray();
        QCOMPARE(days.size(), 2);
        const QJsonObject second = days.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("business_date")).toString(),
                 QStringLiteral("2025-03-22"));
        QCOMPARE(second.value(QStringLiteral("counters")).toArray().size(), 2);
        QCOMPARE(second.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("amount_rials"))
                     .toInteger(),
                 560'000);
        for (const QJsonValue& c : second.value(QStringLiteral("counters")).toArray())
            QVERIFY(c.toObject().value(QStringLiteral("verified")).toBool());

        const HttpReply next =
            m_h.api().get(QStringLiteral("/api/v1/offices/current/months/140402"));
        QCOMPARE(next.json().value(QStringLiteral("closes")).toInt(), 1);
    }

    void badMonthRefused_data()
    {
        QTest::addColumn<QString>("month");
        QTest::newRow("month 13") << QStringLiteral("140413");
        QTest::newRow("month 0") << QStringLiteral("140400");
    }

    void badMonthRefused()
    {
        QFETCH(QString, month);
        const HttpReply r =
            m_h.api().get(QStringLiteral("/api/v1/offices/current/months/") + month);
        QCOMPARE(r.status, 400L);
        QCOMPARE(r.problem(), QStringLiteral("query-invalid"));
    }

private:
    bool close(int counter, const QString& date, int lastSeq, const QJsonObject& sums)
    {
        const bool first = counter == 1;
        const QJsonObject close{
            {QStringLiteral("device_id"), first ? m_h.deviceId() : m_device2Id},
            {QStringLiteral("business_date"), date},
            {QStringLiteral("first_entry_seq"), 1},
            {QStringLiteral("last_entry_seq"), lastSeq},
            {QStringLiteral("last_entry_hash"), QString(64, QChar(char16_t(u'a' + lastSeq % 6)))},
            {QStringLiteral("closed_at"), QString(date + QStringLiteral("T14:30:00Z"))},
            {QStringLiteral("totals"), sums}};
        const QByteArray doc = QJsonDocument(close).toJson(QJsonDocument::Compact);
        const QByteArray signature = first ? m_h.device().sign(doc) : m_device2.sign(doc);
        const QJsonObject upload{
            {QStringLiteral("close"), QString::fromLatin1(doc.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
        const HttpReply r =
            first ? m_h.api().post(QStringLiteral("/api/v1/day-closes"), upload,
                                   SandboxHarness::newKey())
                  : m_h.admin().post(QStringLiteral("/api/v1/day-closes"), upload,
                                     SandboxHarness::newKey(),
                                     {{"X-Clerk-Id", "clerk.2"}, {"Authorization", m_token2}});
        if (r.status != 201)
            qWarning("close %s of counter %d: %ld %s", qPrintable(date), counter, r.status,
                     r.body.constData());
        return r.status == 201;
    }

    SandboxHarness m_h;
    TestDevice m_device2;
    QString m_device2Id;
    QByteArray m_token2;
};

QTEST_GUILESS_MAIN(TestSandboxOfficeMonth)
#include "tst_sandbox_office_month.moc"
