// The outbox as the sync engine and the counter use it: enqueue, claim, record, resubmit,
// consent expiry, crash recovery, and a full disk while enqueueing.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kT0 = 1'700'000'000'000;
}

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enqueueStoresEveryField();
    void enqueueRefusesBadEntries_data();
    void enqueueRefusesBadEntries();
    void duplicateRequestIdIsRefused();
    void claimBatchTakesDueRowsOldestFirst();
    void recordResultsIsAllOrNothing();
    void expiredConsentGoesToNeedsAttention();
    void resubmitKeepsRequestId();
    void recoverAfterCrashRequeuesSending();
    void countsAndListsByState();
    void diskFullLeavesNothingHalfWritten();

private:
    OutboxStore& outbox() { return *m_outbox; }
    QTemporaryDir m_dir;
    std::optional<LocalStore> m_store;
    std::optional<OutboxStore> m_outbox;
    int m_serial = 0;
};

void TestOutbox::init()
{
    auto store = LocalStore::open(m_dir.filePath(u"outbox-%1.db"_s.arg(++m_serial)), randomKey());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    m_store.emplace(std::move(*store));
    m_outbox.emplace(m_store->database());
}

void TestOutbox::cleanup()
{
    m_outbox.reset();
    m_store.reset();
}

void TestOutbox::enqueueStoresEveryField()
{
    OutboxEntry e = sampleEntry();
    e.consentExpiresAt = kT0 + 86'400'000;
    QVERIFY(outbox().enqueue(e, kT0).ok());
    auto found = outbox().find(e.requestId);
    QVERIFY(found.ok() && found->has_value());
    const OutboxEntry& r = **found;
    QCOMPARE(r.requestId, e.requestId);
    QCOMPARE(r.serviceId, e.serviceId);
    QCOMPARE(r.catalogueVersion, 7);
    QCOMPARE(r.nationalCode, kNationalCode);
    QCOMPARE(r.mobile, kMobile);
    QCOMPARE(r.citizenName, kCitizenName);
    QCOMPARE(r.payload, e.payload);
    QCOMPARE(r.feeReference, e.feeReference);
    QCOMPARE(r.consentToken, e.consentToken);
    QCOMPARE(r.consentExpiresAt, e.consentExpiresAt);
    QCOMPARE(r.state, OutboxState::Queued);
    QCOMPARE(r.attemptCount, 0);
    QCOMPARE(r.nextAttemptAt, kT0);
    QCOMPARE(r.createdAt, kT0);
    QCOMPARE(r.updatedAt, kT0);
    QVERIFY(r.trackingCode.isNull());
    QVERIFY(r.lastErrorCode.isNull());

    auto missing = outbox().find(OutboxStore::newRequestId());
    QVERIFY(missing.ok() && !missing->has_value());
}

void TestOutbox::enqueueRefusesBadEntries_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QString>("payload");
    const QString goodId = u"3f0c2a5e-8f0b-4c1d-9a57-1b2c3d4e5f60"_s;
    const QString goodPayload = u"{}"_s;
    QTest::newRow("empty id") << QString() << u"svc"_s << goodPayload;
    QTest::newRow("braced id") << u'{' + goodId + u'}' << u"svc"_s << goodPayload;
    QTest::newRow("upper-case id") << goodId.toUpper() << u"svc"_s << goodPayload;
    QTest::newRow("uuid v1") << u"3f0c2a5e-8f0b-1c1d-9a57-1b2c3d4e5f60"_s << u"svc"_s
                             << goodPayload;
    QTest::newRow("no service") << goodId << QString() << goodPayload;
    QTest::newRow("payload not json") << goodId << u"svc"_s << u"{oops"_s;
    QTest::newRow("payload an array") << goodId << u"svc"_s << u"[1]"_s;
}

void TestOutbox::enqueueRefusesBadEntries()
{
    QFETCH(QString, requestId);
    QFETCH(QString, serviceId);
    QFETCH(QString, payload);
    OutboxEntry e = sampleEntry(requestId);
    e.serviceId = serviceId;
    e.payload = payload;
    const Status s = outbox().enqueue(e, kT0);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), u"outbox.invalid_entry"_s);
    QCOMPARE(m_store->database().queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 0);
}

void TestOutbox::duplicateRequestIdIsRefused()
{
    const OutboxEntry e = sampleEntry();
    QVERIFY(outbox().enqueue(e, kT0).ok());
    const Status again = outbox().enqueue(e, kT0 + 1);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), u"outbox.duplicate"_s);
    QCOMPARE(m_store->database().queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 1);
}

void TestOutbox::claimBatchTakesDueRowsOldestFirst()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << OutboxStore::newRequestId();
        QVERIFY(outbox().enqueue(sampleEntry(ids.last()), kT0 + i).ok());
    }
    // ids[0] failed once and is due only later.
    auto first = outbox().claimBatch(1, kT0 + 10);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->at(0).requestId, ids[0]);
    QCOMPARE(first->at(0).state, OutboxState::Sending);
    QVERIFY(outbox()
                .recordResults({OutboxResult::retryLater(ids[0], kT0 + 1000, u"net"_s, u"x"_s)},
                               kT0 + 10)
                .ok());

    auto batch = outbox().claimBatch(3, kT0 + 20);
    QVERIFY(batch.ok());
    QCOMPARE(batch->size(), 3);
    QCOMPARE(batch->at(0).requestId, ids[1]);
    QCOMPARE(batch->at(1).requestId, ids[2]);
    QCOMPARE(batch->at(2).requestId, ids[3]);

    auto rest = outbox().claimBatch(10, kT0 + 20);
    QVERIFY(rest.ok());
    QCOMPARE(rest->size(), 1);
    QCOMPARE(rest->at(0).requestId, ids[4]);

    QVERIFY(outbox().claimBatch(10, kT0 + 999)->isEmpty());
    auto due = outbox().claimBatch(10, kT0 + 1000);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).requestId, ids[0]);
    QCOMPARE(due->at(0).attemptCount, 1);
}

void TestOutbox::recordResultsIsAllOrNothing()
{
    const QString a = OutboxStore::newRequestId();
    const QString b = OutboxStore::newRequestId();
    QVERIFY(outbox().enqueue(sampleEntry(a), kT0).ok());
    QVERIFY(outbox().enqueue(sampleEntry(b), kT0).ok());
    QCOMPARE(outbox().claimBatch(10, kT0)->size(), 2);

    // b's second result is invalid (accepted is final), so a's must not be kept either.
    const Status bad = outbox().recordResults(
        {OutboxResult::accepted(a, u"TRK-A"_s), OutboxResult::accepted(b, u"TRK-B"_s),
         OutboxResult::rejected(b, u"late"_s, u"late"_s, u"دیر"_s)},
        kT0 + 5);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), u"outbox.invalid_transition"_s);
    QCOMPARE(outbox().find(a)->value().state, OutboxState::Sending);
    QCOMPARE(outbox().find(b)->value().state, OutboxState::Sending);
    QVERIFY(outbox().find(a)->value().trackingCode.isNull());

    const Status unknown =
        outbox().recordResults({OutboxResult::accepted(OutboxStore::newRequestId(), u"T"_s)}, 1);
    QCOMPARE(unknown.error().code(), u"outbox.not_found"_s);

    const Status noTracking = outbox().recordResults({OutboxResult::accepted(a, QString())}, 1);
    QVERIFY(!noTracking.ok());

    QVERIFY(outbox()
                .recordResults({OutboxResult::accepted(a, u"TRK-A"_s),
                                OutboxResult::rejected(b, u"invalid_form"_s, u"invalid form"_s,
                                                       u"فرم نامعتبر است"_s)},
                               kT0 + 6)
                .ok());
    QCOMPARE(outbox().find(a)->value().trackingCode, u"TRK-A"_s);
    QCOMPARE(outbox().find(b)->value().lastErrorMessageFa, u"فرم نامعتبر است"_s);
    QCOMPARE(outbox().find(b)->value().state, OutboxState::Rejected);
}

void TestOutbox::expiredConsentGoesToNeedsAttention()
{
    OutboxEntry expiring = sampleEntry();
    expiring.consentExpiresAt = kT0 + 100;
    OutboxEntry noConsent = sampleEntry();
    QVERIFY(outbox().enqueue(expiring, kT0).ok());
    QVERIFY(outbox().enqueue(noConsent, kT0).ok());

    auto claimed = outbox().claimBatch(10, kT0 + 100);
    QVERIFY(claimed.ok());
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->at(0).requestId, noConsent.requestId);
    auto row = outbox().find(expiring.requestId)->value();
    QCOMPARE(row.state, OutboxState::NeedsAttention);
    QCOMPARE(row.lastErrorCode, u"consent.expired"_s);
    QVERIFY(!row.lastErrorMessageFa.isEmpty());

    // A fresh consent brings it back, same id.
    QVERIFY(outbox()
                .resubmit(expiring.requestId, kT0 + 200, std::nullopt,
                          OutboxStore::Consent{u"consent-new"_s, kT0 + 86'400'000})
                .ok());
    row = outbox().find(expiring.requestId)->value();
    QCOMPARE(row.state, OutboxState::Queued);
    QCOMPARE(row.consentToken, u"consent-new"_s);
    QCOMPARE(outbox().expireConsents(kT0 + 300).valueOr(-1), 0);
    QCOMPARE(outbox().expireConsents(kT0 + 86'400'000).valueOr(-1), 1);
}

void TestOutbox::resubmitKeepsRequestId()
{
    const OutboxEntry e = sampleEntry();
    QVERIFY(outbox().enqueue(e, kT0).ok());
    QVERIFY(outbox().claimBatch(1, kT0).ok());
    QVERIFY(
        outbox()
            .recordResults(
                {OutboxResult::needsAttention(e.requestId, u"fix"_s, u"fix"_s, u"اصلاح"_s)}, kT0)
            .ok());
    const Status badPayload = outbox().resubmit(e.requestId, kT0 + 1, u"not json"_s);
    QVERIFY(!badPayload.ok());
    QCOMPARE(outbox().find(e.requestId)->value().state, OutboxState::NeedsAttention);

    QVERIFY(outbox().resubmit(e.requestId, kT0 + 2, u"{\"v\":2}"_s).ok());
    const OutboxEntry r = outbox().find(e.requestId)->value();
    QCOMPARE(r.requestId, e.requestId);
    QCOMPARE(r.payload, u"{\"v\":2}"_s);
    QCOMPARE(r.nextAttemptAt, kT0 + 2);
    QCOMPARE(m_store->database().queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 1);

    const Status twice = outbox().resubmit(e.requestId, kT0 + 3);
    QCOMPARE(twice.error().code(), u"outbox.invalid_transition"_s);
    QCOMPARE(outbox().resubmit(OutboxStore::newRequestId(), 1).error().code(),
             u"outbox.not_found"_s);
}

void TestOutbox::recoverAfterCrashRequeuesSending()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(outbox().enqueue(sampleEntry(), kT0).ok());
    QCOMPARE(outbox().claimBatch(3, kT0)->size(), 3);
    QCOMPARE(outbox().recoverAfterCrash(kT0 + 1).valueOr(-1), 3);
    auto counts = outbox().countsByState();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(OutboxState::Sending), 0);
    QCOMPARE(counts->value(OutboxState::Queued), 4);
    QCOMPARE(outbox().recoverAfterCrash(kT0 + 2).valueOr(-1), 0);
}

void TestOutbox::countsAndListsByState()
{
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids << OutboxStore::newRequestId();
        QVERIFY(outbox().enqueue(sampleEntry(ids.last()), kT0 + i).ok());
    }
    QCOMPARE(outbox().claimBatch(4, kT0 + 10)->size(), 4);
    QVERIFY(outbox()
                .recordResults({OutboxResult::accepted(ids[0], u"T0"_s),
                                OutboxResult::rejected(ids[1], u"r"_s, u"r"_s, u"ر"_s),
                                OutboxResult::needsAttention(ids[2], u"n"_s, u"n"_s, u"ن"_s)},
                               kT0 + 11)
                .ok());
    auto counts = outbox().countsByState();
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), qsizetype(std::size(kAllOutboxStates))); // every state, withdrawn too
    QCOMPARE(counts->value(OutboxState::Queued), 2);
    QCOMPARE(counts->value(OutboxState::Sending), 1);
    QCOMPARE(counts->value(OutboxState::Accepted), 1);
    QCOMPARE(counts->value(OutboxState::Rejected), 1);
    QCOMPARE(counts->value(OutboxState::NeedsAttention), 1);

    auto queued = outbox().listByState(OutboxState::Queued);
    QVERIFY(queued.ok());
    QCOMPARE(queued->size(), 2);
    QCOMPARE(queued->at(0).requestId, ids[4]);
    QCOMPARE(queued->at(1).requestId, ids[5]);
    QCOMPARE(outbox().listByState(OutboxState::Queued, 1)->size(), 1);
    QCOMPARE(outbox().listByState(OutboxState::NeedsAttention)->at(0).requestId, ids[2]);
}

void TestOutbox::diskFullLeavesNothingHalfWritten()
{
    Database& db = m_store->database();
    for (int i = 0; i < 3; ++i)
        QVERIFY(outbox().enqueue(sampleEntry(), kT0).ok());
    // Freeze the file at its current size: any row that needs a new page hits SQLITE_FULL,
    // as it would on a full disk.
    const qint64 pages = db.queryInt64("PRAGMA page_count").valueOr(-1);
    QVERIFY(pages > 0);
    QVERIFY(db.exec(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData())
                .ok());

    OutboxEntry big = sampleEntry();
    big.payload = u"{\"scan\":\""_s + QString(64 * 1024, u'x') + u"\"}"_s;
    const Status full = outbox().enqueue(big, kT0 + 1);
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code(), u"storage.full"_s);
    QCOMPARE(full.error().nativeCode() & 0xff, 13); // SQLITE_FULL
    QVERIFY(!full.error().userMessage().isEmpty());

    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 3);
    QVERIFY(!outbox().find(big.requestId)->has_value());
    QCOMPARE(db.queryText("PRAGMA integrity_check").valueOr(QString()), u"ok"_s);

    // The store keeps working once there is room again.
    QVERIFY(db.exec("PRAGMA max_page_count = 1073741823").ok());
    QVERIFY(outbox().enqueue(big, kT0 + 2).ok());
    QCOMPARE(db.queryInt64("SELECT count(*) FROM outbox").valueOr(-1), 4);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
