// Schema v3 as the sync engine uses it: progress (status, history, result) of accepted
// requests, polls, the interactive claim, the catalogue cache and the sync state; and the
// request body built from an outbox row.
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"
#include "sync/CatalogueCache.h"
#include "sync/OutboxRequestBody.h"
#include "sync/SyncStateStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pishkhan;
using namespace Qt::StringLiterals;

class TestSyncStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void claimOne();
    void acceptedWithProgressThenPolled();
    void trackAcceptedHealsMissingProgress();
    void makeDueAndNextDue();
    void catalogueCache();
    void syncState();
    void requestBody_data();
    void requestBody();
    void requestBodyIsDeterministic();

private:
    OutboxEntry entry(const QString& payload = {}) const;
    std::optional<QTemporaryDir> m_dir;
    std::optional<LocalStore> m_store;
};

void TestSyncStorage::init()
{
    m_dir.emplace();
    auto store = LocalStore::open(m_dir->path() + u"/t.db"_s, QByteArray(32, '\x5a'));
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    m_store.emplace(std::move(*store));
}

void TestSyncStorage::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

OutboxEntry TestSyncStorage::entry(const QString& payload) const
{
    OutboxEntry e;
    e.requestId = OutboxStore::newRequestId();
    e.serviceId = u"property-file"_s;
    e.nationalCode = u"0012345679"_s;
    e.mobile = u"09121234567"_s;
    e.consentToken = u"ct_x"_s;
    e.consentExpiresAt = 10'000'000;
    e.payload = payload.isEmpty() ? u"{\"district\":6,\"fee_rials\":80000,\"fields\":{\"a\":1}}"_s
                                  : payload;
    return e;
}

void TestSyncStorage::claimOne()
{
    OutboxStore outbox(m_store->database());
    const OutboxEntry e = entry();
    QVERIFY(outbox.enqueue(e, 1000));
    auto claimed = outbox.claim(e.requestId, 2000);
    QVERIFY(claimed && claimed->has_value());
    QCOMPARE((*claimed)->state, OutboxState::Sending);
    // Not queued any more: a second claim (or a batch) cannot take it twice.
    auto again = outbox.claim(e.requestId, 2000);
    QVERIFY(again && !again->has_value());
    auto batch = outbox.claimBatch(10, 3000);
    QVERIFY(batch && batch->isEmpty());
    // An expired consent is flagged instead of claimed.
    OutboxEntry late = entry();
    late.consentExpiresAt = 5000;
    QVERIFY(outbox.enqueue(late, 1000));
    auto expired = outbox.claim(late.requestId, 6000);
    QVERIFY(expired && !expired->has_value());
    QCOMPARE(outbox.find(late.requestId)->value().state, OutboxState::NeedsAttention);
    QCOMPARE(outbox.find(late.requestId)->value().lastErrorCode, u"consent.expired"_s);
}

void TestSyncStorage::acceptedWithProgressThenPolled()
{
    OutboxStore outbox(m_store->database());
    RequestProgressStore progress(m_store->database());
    const OutboxEntry e = entry();
    QVERIFY(outbox.enqueue(e, 1000));
    QVERIFY(outbox.claimBatch(10, 1000).ok());
    RequestProgressStore::Progress p;
    p.requestId = e.requestId;
    p.trackingCode = u"1404-KTD-000001"_s;
    p.status = u"received"_s;
    p.nextPollAt = 5000;
    QVERIFY(outbox.recordResults({OutboxResult::accepted(e.requestId, p.trackingCode)}, 1000, {p}));
    QCOMPARE(outbox.find(e.requestId)->value().state, OutboxState::Accepted);
    QCOMPARE(progress.nextPollAt()->value(), 5000);
    QVERIFY(progress.duePolls(10, 4999)->isEmpty());
    auto due = progress.duePolls(10, 5000);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().trackingCode, p.trackingCode);

    // A poll answer replaces status and history; a final one is no longer polled.
    p.status = u"done"_s;
    p.isFinal = true;
    p.nextPollAt = 0;
    p.resultJson = u"{\"summary_fa\":\"x\"}"_s;
    p.history = {{u"received"_s, 1000, u"دریافت شد"_s, u"Received"_s},
                 {u"done"_s, 3000, u"انجام شد"_s, u"Done"_s}};
    QVERIFY(progress.recordProgress({p}, 6000));
    auto stored = progress.progress(e.requestId);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->status, u"done"_s);
    QVERIFY((*stored)->isFinal);
    QCOMPARE((*stored)->history.size(), 2);
    QCOMPARE((*stored)->history.at(1).noteFa, u"انجام شد"_s);
    QCOMPARE((*stored)->resultJson, p.resultJson);
    QVERIFY(progress.duePolls(10, 100'000)->isEmpty());
    QVERIFY(!progress.nextPollAt()->has_value());

    // A failed recording leaves nothing half-done: an unknown request rolls back the batch.
    const OutboxEntry other = entry();
    QVERIFY(outbox.enqueue(other, 1000));
    QVERIFY(outbox.claimBatch(10, 1000).ok());
    RequestProgressStore::Progress q = p;
    q.requestId = other.requestId;
    q.trackingCode = u"1404-KTD-000002"_s;
    QVERIFY(!outbox.recordResults({OutboxResult::accepted(other.requestId, q.trackingCode),
                                   OutboxResult::accepted(u"missing"_s, u"X"_s)},
                                  1000, {q}));
    QCOMPARE(outbox.find(other.requestId)->value().state, OutboxState::Sending);
    QVERIFY(!progress.progress(other.requestId)->has_value());
}

void TestSyncStorage::trackAcceptedHealsMissingProgress()
{
    OutboxStore outbox(m_store->database());
    RequestProgressStore progress(m_store->database());
    const OutboxEntry e = entry();
    QVERIFY(outbox.enqueue(e, 1000));
    QVERIFY(outbox.claimBatch(10, 1000).ok());
    QVERIFY(
        outbox.recordResults({OutboxResult::accepted(e.requestId, u"1404-KTD-000009"_s)}, 1000));
    QCOMPARE(*progress.trackAccepted(2000), 1);
    QCOMPARE(*progress.trackAccepted(2000), 0);
    QCOMPARE(progress.progress(e.requestId)->value().status, u"received"_s);
    QCOMPARE(progress.duePolls(10, 2000)->size(), 1);
}

void TestSyncStorage::makeDueAndNextDue()
{
    OutboxStore outbox(m_store->database());
    const OutboxEntry e = entry();
    QVERIFY(outbox.enqueue(e, 1000));
    QVERIFY(outbox.claimBatch(10, 1000).ok());
    QVERIFY(outbox.recordResults(
        {OutboxResult::retryLater(e.requestId, 90'000, u"net.connect"_s, u"x"_s)}, 1000));
    QCOMPARE(outbox.nextDueAt()->value(), 90'000);
    QCOMPARE(*outbox.makeDue(2000), 1);
    QCOMPARE(outbox.nextDueAt()->value(), 2000);
    QCOMPARE(outbox.claimBatch(10, 2000)->size(), 1);
    QVERIFY(!outbox.nextDueAt()->has_value());
}

void TestSyncStorage::catalogueCache()
{
    CatalogueCache cache(m_store->database());
    QVERIFY(!cache.current()->has_value());
    QVERIFY(cache.store("\"abc\"", u"v1"_s, "{\"services\":[]}", 1000));
    QVERIFY(cache.touch(2000));
    auto c = cache.current();
    QCOMPARE((*c)->etag, QByteArray("\"abc\""));
    QCOMPARE((*c)->version, u"v1"_s);
    QCOMPARE((*c)->fetchedAt, 1000);
    QCOMPARE((*c)->checkedAt, 2000);
    QVERIFY(cache.store("\"def\"", u"v2"_s, "{}", 3000));
    QCOMPARE(cache.current()->value().version, u"v2"_s);
}

void TestSyncStorage::syncState()
{
    SyncStateStore state(m_store->database());
    QVERIFY(state.recordFailure(1000, u"net.connect"_s, u"unreachable"_s));
    QCOMPARE(state.load()->lastErrorCode, u"net.connect"_s);
    QVERIFY(state.recordSuccess(2000));
    QVERIFY(state.recordSkew(-150'000, 2000));
    auto s = state.load();
    QCOMPARE(s->lastSuccessAt, 2000);
    QVERIFY(s->lastErrorCode.isEmpty());
    QCOMPARE(s->clockSkewMs, -150'000);
    QCOMPARE(*state.countAwaitingFinal(), 0);
}

void TestSyncStorage::requestBody_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("error");
    QTest::newRow("complete") << u"{\"district\":6,\"fee_rials\":80000,\"fields\":{}}"_s
                              << QString();
    QTest::newRow("not JSON") << u"{"_s << u"sync.payload_invalid"_s;
    QTest::newRow("no fields") << u"{\"district\":6,\"fee_rials\":80000}"_s
                               << u"sync.payload_invalid"_s;
    QTest::newRow("no district") << u"{\"fee_rials\":80000,\"fields\":{}}"_s
                                 << u"sync.payload_invalid"_s;
    QTest::newRow("no fee") << u"{\"district\":6,\"fields\":{}}"_s << u"sync.payload_invalid"_s;
}

void TestSyncStorage::requestBody()
{
    QFETCH(QString, payload);
    QFETCH(QString, error);
    OutboxEntry e = entry(payload);
    e.createdAt = 1'742'551'600'000;
    auto body = OutboxRequestBody::build(e);
    if (!error.isEmpty()) {
        QVERIFY(!body.ok());
        QCOMPARE(body.error().code(), error);
        return;
    }
    QVERIFY(body.ok());
    QCOMPARE(body->value(u"service_id"_s).toString(), e.serviceId);
    QCOMPARE(body->value(u"consent_token"_s).toString(), e.consentToken);
    QCOMPARE(body->value(u"citizen"_s).toObject().value(u"national_code"_s).toString(),
             e.nationalCode);
    QCOMPARE(body->value(u"created_at"_s).toString(), u"2025-03-21T10:06:40Z"_s);
    QVERIFY(!body->contains(u"idempotency_key"_s));
}

void TestSyncStorage::requestBodyIsDeterministic()
{
    // Every retry must send the same bytes: the backend fingerprints them for idempotency.
    OutboxEntry e = entry(u"{\"fields\":{\"b\":2,\"a\":1},\"fee_rials\":80000,\"district\":6}"_s);
    e.createdAt = 5;
    const QByteArray one =
        QJsonDocument(*OutboxRequestBody::build(e)).toJson(QJsonDocument::Compact);
    const QByteArray two =
        QJsonDocument(*OutboxRequestBody::build(e)).toJson(QJsonDocument::Compact);
    QCOMPARE(one, two);
}

QTEST_GUILESS_MAIN(TestSyncStorage)
#include "tst_sync_storage.moc"
