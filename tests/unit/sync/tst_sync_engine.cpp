// The sync engine against the in-process fake backend: for each exchange (batch submit,
// send-now, status poll, catalogue, clock check, day-close upload) its success, its retries
// after a failed or malformed answer, and what a failing local store does. The fake keeps
// requests by idempotency key, so "exactly once" is asserted on what it stored. Time is a
// ManualClock the test moves; the whole suite runs in a few seconds.
#include "FakeSyncBackend.h"

#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "storage/RequestCancelStore.h"
#include "storage/RequestProgressStore.h"
#include "sync/CatalogueCache.h"
#include "sync/DayCloseSource.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

using Call = FakeSyncBackend::Call;
using Fault = FakeSyncBackend::Fault;

Q_DECLARE_METATYPE(pishkhan::test::FakeSyncBackend::Fault)
Q_DECLARE_METATYPE(std::optional<pishkhan::test::FakeSyncBackend::Fault>)

namespace {

using MaybeFault = std::optional<Fault>;

// A day-close source with one close to upload; its acknowledgement can be made to fail.
class OneDayClose final : public DayCloseSource
{
public:
    Result<QList<Pending>> pendingDayCloses(int, qint64) override
    {
        if (acknowledged)
            return QList<Pending>{};
        return QList<Pending>{{u"d1"_s, "close", "signature", u"close-key-1"_s}};
    }
    Status dayCloseAcknowledged(const QString&, const DayCloseAck& ack, qint64) override
    {
        if (failAck)
            return Error(u"storage.write"_s, "disk I/O error");
        acknowledged = true;
        lastAckStatus = ack.httpStatus;
        return {};
    }
    Status dayCloseRefused(const QString&, const ApiError&, qint64) override
    {
        refused = true;
        return {};
    }

    bool failAck = false;
    bool acknowledged = false;
    bool refused = false;
    int lastAckStatus = 0;
};

void addFaultRows()
{
    QTest::addColumn<MaybeFault>("fault");
    QTest::newRow("success") << MaybeFault{};
    QTest::newRow("transport error") << MaybeFault{Fault::Transport};
    QTest::newRow("5xx") << MaybeFault{Fault::ServerError};
    QTest::newRow("503 with Retry-After") << MaybeFault{Fault::Unavailable};
    QTest::newRow("malformed reply") << MaybeFault{Fault::Malformed};
}

// Whether a snapshot the engine published named the store's error.
bool publishedStorageError(const QSignalSpy& states, const QString& text)
{
    for (const QList<QVariant>& args : states) {
        if (args.at(0).value<SyncSnapshot>().lastStorageError.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void submitBatch_data();
    void submitBatch();
    void submitBatchAnswerLostIsSentOnceOnly();
    void submitBatchRefusedAsAWholeGoesOneByOne();
    void submitBatchItemRefusedNeedsAttention();
    void submitBatchStorageError();
    void submitBatchUnrecordableAnswerNeedsAttention();
    void submitBatchStorageErrorOnOneRowMarksNothing();

    void sendNow_data();
    void sendNow();
    void sendNowStorageError();

    void statusPoll_data();
    void statusPoll();
    void statusPollStorageError();

    void catalogue_data();
    void catalogue();
    void catalogueStorageError();

    void clockCheck_data();
    void clockCheck();
    void clockCheckStorageError();

    void dayCloseUpload_data();
    void dayCloseUpload();
    void dayCloseUploadStorageError();

    void unauthorizedPausesUntilReactivation();

    void cancelRequest_data();
    void cancelRequest();
    void cancelRefusedIsFinal();

private:
    QStringList enqueue(int count);
    // Runs the event loop, moving the clock forward, until `done` holds (or 5 s pass).
    bool runUntil(const std::function<bool()>& done, qint64 stepMs = 25);
    // Runs the event loop while the clock moves forward by ms.
    void runFor(qint64 ms, qint64 stepMs = 25);
    // Started, and the first catalogue and clock exchanges answered.
    bool startAndSettle();
    qint64 countIn(OutboxState state);
    bool allAcceptedWithTheBackendsCodes(const QStringList& ids);
    void failStorage(const char* trigger);
    void healStorage(const char* trigger);
    void scriptFault(Call call, const MaybeFault& fault, int times = 1);

    std::optional<QTemporaryDir> m_dir;
    std::optional<LocalStore> m_store;
    std::optional<ManualClock> m_clock;
    std::unique_ptr<FakeSyncBackend> m_backend;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<OutboxStore> m_outbox;
};

void TestSyncEngine::init()
{
    // Shared memory when there is some: the store's fsyncs are not what is tested here.
    if (QFileInfo(u"/dev/shm"_s).isWritable())
        m_dir.emplace(u"/dev/shm/pishkhan-sync-XXXXXX"_s);
    else
        m_dir.emplace();
    auto store = LocalStore::open(m_dir->path() + u"/t.db"_s, QByteArray(32, '\x5a'));
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    m_store.emplace(std::move(*store));
    m_clock.emplace();
    m_backend = std::make_unique<FakeSyncBackend>(*m_clock);
    m_backend->setLatency(5);
    m_engine =
        std::make_unique<SyncEngine>(m_store->database(), *m_backend, *m_clock, [] { return 0.5; });
    SyncConfig config;
    config.batchSize = 10;
    config.backoff = BackoffPolicy(10, 40);
    config.minPollDelayMs = 5;
    config.maxPollDelayMs = 50;
    config.recoveryRetryMs = 20;
    m_engine->setConfig(config);
    m_outbox = std::make_unique<OutboxStore>(m_store->database());
}

void TestSyncEngine::cleanup()
{
    m_engine.reset();
    m_backend.reset();
    m_outbox.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestSyncEngine::enqueue(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        OutboxEntry e;
        e.requestId = OutboxStore::newRequestId();
        e.serviceId = u"property-file"_s;
        e.nationalCode = u"0012345679"_s;
        e.mobile = u"09121234567"_s;
        e.consentToken = u"ct_%1"_s.arg(i);
        e.consentExpiresAt = m_clock->nowMs() + 86'400'000;
        e.payload = u"{\"district\":6,\"fee_rials\":80000,\"fields\":{\"a\":1}}"_s;
        if (!m_outbox->enqueue(e, m_clock->nowMs()))
            return {};
        ids.append(e.requestId);
    }
    return ids;
}

bool TestSyncEngine::runUntil(const std::function<bool()>& done, qint64 stepMs)
{
    QElapsedTimer real;
    real.start();
    while (!done()) {
        if (real.elapsed() > 5'000)
            return false;
        m_clock->advance(stepMs);
        QTest::qWait(1);
    }
    return true;
}

void TestSyncEngine::runFor(qint64 ms, qint64 stepMs)
{
    for (qint64 moved = 0; moved < ms; moved += stepMs) {
        m_clock->advance(stepMs);
        QTest::qWait(1);
    }
}

bool TestSyncEngine::startAndSettle()
{
    if (!m_engine->start())
        return false;
    return runUntil([&] {
        return m_backend->calls(Call::ServerTime) > 0 && m_backend->calls(Call::Catalogue) > 0 &&
               m_backend->pendingAnswers() == 0;
    });
}

qint64 TestSyncEngine::countIn(OutboxState state)
{
    auto counts = m_outbox->countsByState();
    return counts ? counts->value(state) : -1;
}

bool TestSyncEngine::allAcceptedWithTheBackendsCodes(const QStringList& ids)
{
    for (const QString& id : ids) {
        auto entry = m_outbox->find(id);
        if (!entry || !entry->has_value() || (*entry)->state != OutboxState::Accepted ||
            (*entry)->trackingCode != m_backend->trackingCode(id))
            return false;
    }
    return true;
}

void TestSyncEngine::failStorage(const char* trigger)
{
    // A temporary trigger on the engine's own connection stands in for a failing disk.
    QVERIFY(m_store->database().exec(trigger).ok());
}

void TestSyncEngine::healStorage(const char* trigger)
{
    QVERIFY(m_store->database().exec(trigger).ok());
}

void TestSyncEngine::scriptFault(Call call, const MaybeFault& fault, int times)
{
    if (fault)
        m_backend->failNext(call, *fault, times, *fault == Fault::Unavailable ? 30 : -1);
}

// --- batch submit

void TestSyncEngine::submitBatch_data()
{
    addFaultRows();
}

void TestSyncEngine::submitBatch()
{
    QFETCH(MaybeFault, fault);
    // GIVEN 25 queued requests (three batches of at most 10) and a backend that fails twice
    const QStringList ids = enqueue(25);
    QCOMPARE(ids.size(), 25);
    scriptFault(Call::SubmitBatch, fault, 2);
    QSignalSpy accepted(m_engine.get(), &SyncEngine::requestAccepted);

    // WHEN the engine runs
    QVERIFY(m_engine->start());
    QVERIFY(
        runUntil([&] { return countIn(OutboxState::Accepted) == 25 && m_engine->isDrained(); }));

    // THEN every request is stored once and holds the backend's tracking code
    QCOMPARE(m_backend->storedCount(), 25);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
    QCOMPARE(accepted.size(), 25);
    QCOMPARE(m_backend->calls(Call::SubmitBatch), fault ? 5 : 3);
    QVERIFY(m_engine->snapshot().lastErrorCode.isEmpty()); // the success cleared it
    QCOMPARE(m_engine->snapshot().connectivity, SyncSnapshot::Connectivity::Online);
}

void TestSyncEngine::submitBatchAnswerLostIsSentOnceOnly()
{
    // GIVEN a backend that stores a batch and then loses its answer
    const QStringList ids = enqueue(5);
    m_backend->failNext(Call::SubmitBatch, Fault::LostAnswer);

    // WHEN the engine retries
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 5; }));

    // THEN the retry under the same keys got the first answer: nothing stored twice
    QCOMPARE(m_backend->storedCount(), 5);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
    for (const QString& id : ids)
        QCOMPARE(m_backend->deliveries(id), 2);
}

void TestSyncEngine::submitBatchRefusedAsAWholeGoesOneByOne()
{
    const QStringList ids = enqueue(3);
    m_backend->failNext(Call::SubmitBatch, Fault::Refused);
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 3; }));
    QCOMPARE(m_backend->calls(Call::Submit), 3);
    QCOMPARE(m_backend->storedCount(), 3);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
}

void TestSyncEngine::submitBatchItemRefusedNeedsAttention()
{
    const QStringList ids = enqueue(3);
    m_backend->refuseKey(ids.at(1), u"national-code-invalid"_s);
    QSignalSpy attention(m_engine.get(), &SyncEngine::requestNeedsAttention);
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] {
        return countIn(OutboxState::Accepted) == 2 && countIn(OutboxState::NeedsAttention) == 1;
    }));
    QCOMPARE(attention.size(), 1);
    QCOMPARE(attention.first().at(0).toString(), ids.at(1));
    auto refused = m_outbox->find(ids.at(1));
    QVERIFY(refused && refused->has_value());
    QCOMPARE((*refused)->lastErrorCode, u"api.problem.national-code-invalid"_s);
}

void TestSyncEngine::submitBatchStorageError()
{
    // GIVEN a store that refuses to record a tracking code
    const QStringList ids = enqueue(3);
    failStorage("CREATE TEMP TRIGGER fail_accept BEFORE UPDATE OF tracking_code ON main.outbox "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);
    QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);

    // WHEN the backend accepts the batch but its answer cannot be recorded
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return !storageErrors.isEmpty(); }));

    // THEN the error is published, nothing is accepted locally, the backend holds them
    QVERIFY(publishedStorageError(states, u"disk I/O error"_s));
    QVERIFY(!m_engine->snapshot().lastErrorCode.isEmpty());
    QCOMPARE(countIn(OutboxState::Accepted), 0);
    QCOMPARE(m_backend->storedCount(), 3);

    // AND once the store recovers every row ends accepted with the backend's first answer
    healStorage("DROP TRIGGER temp.fail_accept");
    QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 3; }));
    QCOMPARE(m_backend->storedCount(), 3);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
    QVERIFY(runUntil([&] { return m_engine->snapshot().lastStorageError.isEmpty(); }));
}

void TestSyncEngine::submitBatchUnrecordableAnswerNeedsAttention()
{
    // GIVEN five queued requests, and a backend that gives the fourth the tracking code it gave
    // the second: the store's unique tracking code refuses that one answer
    const QStringList ids = enqueue(5);
    QCOMPARE(ids.size(), 5);
    m_backend->answerWithTrackingCode(ids.at(1), u"DUP-0001"_s);
    m_backend->answerWithTrackingCode(ids.at(3), u"DUP-0001"_s);
    QSignalSpy accepted(m_engine.get(), &SyncEngine::requestAccepted);
    QSignalSpy attention(m_engine.get(), &SyncEngine::requestNeedsAttention);
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);

    // WHEN the engine records the batch's answer, and keeps running for many more cycles
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] {
        return countIn(OutboxState::Accepted) == 4 && countIn(OutboxState::NeedsAttention) == 1;
    }));
    runFor(2'000);

    // THEN the four others are accepted, the fourth waits for a person with its reason, and
    // the batch reached the backend once: nothing is sent again
    QCOMPARE(countIn(OutboxState::Accepted), 4);
    QCOMPARE(countIn(OutboxState::NeedsAttention), 1);
    QCOMPARE(countIn(OutboxState::Sending), 0);
    QCOMPARE(countIn(OutboxState::Queued), 0);
    QCOMPARE(m_backend->calls(Call::SubmitBatch), 1);
    QCOMPARE(m_backend->calls(Call::Submit), 0);
    for (const QString& id : ids)
        QCOMPARE(m_backend->deliveries(id), 1);
    QCOMPARE(accepted.size(), 4);
    QCOMPARE(attention.size(), 1);
    QCOMPARE(attention.first().at(0).toString(), ids.at(3));
    QVERIFY(!attention.first().at(1).toString().isEmpty());
    QVERIFY(storageErrors.isEmpty());
    QVERIFY(m_engine->snapshot().lastStorageError.isEmpty());

    auto flagged = m_outbox->find(ids.at(3));
    QVERIFY(flagged && flagged->has_value());
    QCOMPARE((*flagged)->lastErrorCode, u"outbox.answer_conflict"_s);
    QVERIFY2((*flagged)->lastErrorMessage.contains(u"DUP-0001"_s),
             qPrintable((*flagged)->lastErrorMessage));
    QVERIFY(!(*flagged)->lastErrorMessageFa.isEmpty());
    QVERIFY((*flagged)->trackingCode.isNull());
    auto first = m_outbox->find(ids.at(1));
    QVERIFY(first && first->has_value());
    QCOMPARE((*first)->trackingCode, u"DUP-0001"_s);
    // The accepted ones are polled; the flagged one is not.
    RequestProgressStore progress(m_store->database());
    QVERIFY(!progress.progress(ids.at(3))->has_value());
    QVERIFY(progress.progress(ids.at(4))->has_value());
}

void TestSyncEngine::submitBatchStorageErrorOnOneRowMarksNothing()
{
    // GIVEN a store that fails (a trigger standing in for the disk) when one row of the batch
    // is written: a local storage error, not a conflict of that row's answer
    const QStringList ids = enqueue(5);
    QCOMPARE(ids.size(), 5);
    const QByteArray trigger =
        "CREATE TEMP TRIGGER fail_one BEFORE UPDATE OF tracking_code ON main.outbox WHEN "
        "NEW.request_id = '" +
        ids.at(2).toLatin1() + "' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;";
    failStorage(trigger.constData());
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);

    // WHEN the backend accepts the batch
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return !storageErrors.isEmpty(); }));

    // THEN the engine backs off with nothing recorded and no row marked
    QCOMPARE(countIn(OutboxState::Accepted), 0);
    QCOMPARE(countIn(OutboxState::NeedsAttention), 0);
    QCOMPARE(m_backend->storedCount(), 5);

    // AND once the store recovers every row ends accepted with the backend's first answer
    healStorage("DROP TRIGGER temp.fail_one");
    QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 5; }));
    QCOMPARE(countIn(OutboxState::NeedsAttention), 0);
    QCOMPARE(m_backend->storedCount(), 5);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
}

// --- send now

void TestSyncEngine::sendNow_data()
{
    addFaultRows();
}

void TestSyncEngine::sendNow()
{
    QFETCH(MaybeFault, fault);
    QVERIFY(startAndSettle());
    const QStringList ids = enqueue(1);
    const QString id = ids.value(0);
    scriptFault(Call::Submit, fault);
    QSignalSpy sent(m_engine.get(), &SyncEngine::requestSent);
    QSignalSpy queued(m_engine.get(), &SyncEngine::requestQueued);

    // WHEN the clerk sends it now (before any drain can take it)
    m_engine->sendNow(id);

    if (!fault) {
        // THEN the tracking code comes back at once
        QVERIFY(runUntil([&] { return !sent.isEmpty(); }));
        QCOMPARE(sent.first().at(0).toString(), id);
        QCOMPARE(sent.first().at(1).toString(), m_backend->trackingCode(id));
        QCOMPARE(m_backend->calls(Call::SubmitBatch), 0);
    } else {
        // THEN it falls back to the queue, and the drain sends it after the backoff
        QVERIFY(runUntil([&] { return !queued.isEmpty(); }));
        QCOMPARE(queued.first().at(0).toString(), id);
        QVERIFY(!queued.first().at(1).toString().isEmpty());
        QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 1; }));
        QCOMPARE(m_backend->calls(Call::SubmitBatch), 1);
    }
    QCOMPARE(m_backend->storedCount(), 1);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
}

void TestSyncEngine::sendNowStorageError()
{
    QVERIFY(startAndSettle());
    const QStringList ids = enqueue(1);
    failStorage("CREATE TEMP TRIGGER fail_accept BEFORE UPDATE OF tracking_code ON main.outbox "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);
    QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
    QSignalSpy sent(m_engine.get(), &SyncEngine::requestSent);
    m_engine->sendNow(ids.at(0));
    QVERIFY(runUntil([&] { return !storageErrors.isEmpty(); }));
    QVERIFY(publishedStorageError(states, u"disk I/O error"_s));
    QVERIFY(sent.isEmpty());

    healStorage("DROP TRIGGER temp.fail_accept");
    QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 1; }));
    QCOMPARE(m_backend->storedCount(), 1);
    QCOMPARE(m_backend->deliveries(ids.at(0)), 2);
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
}

// --- status poll

void TestSyncEngine::statusPoll_data()
{
    addFaultRows();
}

void TestSyncEngine::statusPoll()
{
    QFETCH(MaybeFault, fault);
    // GIVEN two requests the backend finishes on their second poll, and a failing first poll
    m_backend->setPollsUntilFinal(2);
    const QStringList ids = enqueue(2);
    scriptFault(Call::Status, fault);
    QSignalSpy finals(m_engine.get(), &SyncEngine::requestFinal);

    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return finals.size() == 2; }));

    // THEN both end final with the backend's history and result
    for (const QString& id : ids) {
        auto progress = RequestProgressStore(m_store->database()).progress(id);
        QVERIFY(progress && progress->has_value());
        QCOMPARE((*progress)->status, u"done"_s);
        QVERIFY((*progress)->isFinal);
        QCOMPARE((*progress)->history.size(), 2);
        QCOMPARE((*progress)->resultJson, u"{\"file\":\"ok\"}"_s);
    }
    QCOMPARE(finals.first().at(1).toString(), u"done"_s);
    QCOMPARE(m_backend->calls(Call::Status), fault ? 3 : 2);
    QCOMPARE(m_engine->snapshot().awaitingFinal, 0);
}

void TestSyncEngine::statusPollStorageError()
{
    const QStringList ids = enqueue(1);
    failStorage("CREATE TEMP TRIGGER fail_final BEFORE UPDATE OF final ON main.outbox_result "
                "WHEN NEW.final = 1 BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);
    QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
    QSignalSpy finals(m_engine.get(), &SyncEngine::requestFinal);
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return !storageErrors.isEmpty(); }));
    QVERIFY(publishedStorageError(states, u"disk I/O error"_s));
    QVERIFY(finals.isEmpty()); // nothing announced that was not recorded

    healStorage("DROP TRIGGER temp.fail_final");
    m_engine->pollNow();
    QVERIFY(runUntil([&] { return finals.size() == 1; }));
    auto progress = RequestProgressStore(m_store->database()).progress(ids.at(0));
    QVERIFY(progress && progress->has_value() && (*progress)->isFinal);
}

// --- catalogue

void TestSyncEngine::catalogue_data()
{
    addFaultRows();
}

void TestSyncEngine::catalogue()
{
    QFETCH(MaybeFault, fault);
    scriptFault(Call::Catalogue, fault);
    QSignalSpy checked(m_engine.get(), &SyncEngine::catalogueChecked);
    QVERIFY(startAndSettle());
    if (fault) {
        // A failed refresh is tried again a minute later.
        QVERIFY(checked.isEmpty());
        QVERIFY(m_engine->snapshot().catalogueVersion.isEmpty());
        m_clock->advance(61'000);
        m_engine->syncNow();
        QVERIFY(runUntil([&] { return !checked.isEmpty(); }));
    }
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.first().at(0).toBool(), true);
    QCOMPARE(m_engine->snapshot().catalogueVersion, u"2026.1"_s);
    CatalogueCache cache(m_store->database());
    auto cached = cache.current();
    QVERIFY(cached && cached->has_value());
    QCOMPARE((*cached)->etag, QByteArray("\"c1\""));

    // AND the next refresh sends the ETag and hears "not modified"
    m_engine->refreshCatalogue();
    QVERIFY(runUntil([&] { return checked.size() == 2; }));
    QCOMPARE(checked.last().at(0).toBool(), false);
}

void TestSyncEngine::catalogueStorageError()
{
    failStorage("CREATE TEMP TRIGGER fail_catalogue BEFORE INSERT ON main.catalogue_cache "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);
    QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
    QSignalSpy checked(m_engine.get(), &SyncEngine::catalogueChecked);
    QVERIFY(startAndSettle());
    QCOMPARE(storageErrors.size(), 1);
    QVERIFY(checked.isEmpty());
    QVERIFY(m_engine->snapshot().catalogueVersion.isEmpty());
    QVERIFY(publishedStorageError(states, u"disk I/O error"_s));

    healStorage("DROP TRIGGER temp.fail_catalogue");
    m_clock->advance(m_engine->config().catalogueIntervalMs + 1);
    m_engine->syncNow();
    QVERIFY(runUntil([&] { return !checked.isEmpty(); }));
    QCOMPARE(m_engine->snapshot().catalogueVersion, u"2026.1"_s);
    QVERIFY(m_engine->snapshot().lastStorageError.isEmpty());
}

// --- clock check

void TestSyncEngine::clockCheck_data()
{
    addFaultRows();
}

void TestSyncEngine::clockCheck()
{
    QFETCH(MaybeFault, fault);
    constexpr qint64 kOffsetMs = 5 * 60'000;
    m_backend->setClockOffset(kOffsetMs);
    scriptFault(Call::ServerTime, fault);
    QSignalSpy warnings(m_engine.get(), &SyncEngine::clockSkewWarning);
    QVERIFY(startAndSettle());
    if (fault) {
        // A failed measurement is tried again a minute later.
        QVERIFY(warnings.isEmpty());
        m_clock->advance(61'000);
        m_engine->syncNow();
    }
    QVERIFY(runUntil([&] { return !warnings.isEmpty(); }));
    QVERIFY(qAbs(warnings.first().at(0).toLongLong() - kOffsetMs) < 1'000);
    QVERIFY(m_engine->snapshot().clockSkewWarning);
    QVERIFY(qAbs(m_engine->snapshot().clockSkewMs - kOffsetMs) < 1'000);
}

void TestSyncEngine::clockCheckStorageError()
{
    failStorage("CREATE TEMP TRIGGER fail_skew BEFORE UPDATE OF clock_skew_ms ON main.sync_state "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);
    QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
    QVERIFY(startAndSettle());
    QCOMPARE(storageErrors.size(), 1);
    QVERIFY(publishedStorageError(states, u"disk I/O error"_s));

    healStorage("DROP TRIGGER temp.fail_skew");
    // The next write that succeeds clears the published storage error.
    QVERIFY(runUntil([&] { return m_engine->snapshot().lastStorageError.isEmpty(); }));
}

// --- day-close upload

void TestSyncEngine::dayCloseUpload_data()
{
    addFaultRows();
}

void TestSyncEngine::dayCloseUpload()
{
    QFETCH(MaybeFault, fault);
    OneDayClose source;
    m_engine->addDayCloseSource(&source);
    scriptFault(Call::UploadDayClose, fault);
    QVERIFY(startAndSettle());
    if (fault) {
        // The engine backs off, then looks for closes again.
        QVERIFY(!source.acknowledged);
        QVERIFY(!m_engine->snapshot().lastErrorCode.isEmpty());
        m_clock->advance(61'000);
        m_engine->syncNow();
    }
    QVERIFY(runUntil([&] { return source.acknowledged; }));
    QCOMPARE(source.lastAckStatus, 201);
    QCOMPARE(m_backend->storedDayCloses(), 1);
    QCOMPARE(m_backend->calls(Call::UploadDayClose), fault ? 2 : 1);
    m_engine->removeDayCloseSource(&source);
}

void TestSyncEngine::dayCloseUploadStorageError()
{
    OneDayClose source;
    source.failAck = true;
    m_engine->addDayCloseSource(&source);
    QSignalSpy storageErrors(m_engine.get(), &SyncEngine::storageError);
    QSignalSpy states(m_engine.get(), &SyncEngine::stateChanged);
    QVERIFY(startAndSettle());
    QVERIFY(runUntil([&] { return !storageErrors.isEmpty(); }));
    QVERIFY(publishedStorageError(states, u"disk I/O error"_s));

    source.failAck = false;
    m_clock->advance(61'000);
    m_engine->syncNow();
    QVERIFY(runUntil([&] { return source.acknowledged; }));
    QCOMPARE(source.lastAckStatus, 200); // the backend's stored acknowledgement of the same close
    QCOMPARE(m_backend->storedDayCloses(), 1);
    m_engine->removeDayCloseSource(&source);
}

// --- 401

void TestSyncEngine::unauthorizedPausesUntilReactivation()
{
    const QStringList ids = enqueue(2);
    m_backend->failNext(Call::SubmitBatch, Fault::Unauthorized);
    QSignalSpy activation(m_engine.get(), &SyncEngine::activationRequired);
    QVERIFY(m_engine->start());
    QVERIFY(runUntil([&] { return !activation.isEmpty(); }));
    QCOMPARE(m_engine->snapshot().connectivity, SyncSnapshot::Connectivity::NeedsActivation);
    QVERIFY(runUntil([&] { return m_backend->pendingAnswers() == 0; }));
    const int batches = m_backend->calls(Call::SubmitBatch);
    m_clock->advance(60'000);
    QTest::qWait(20);
    QCOMPARE(m_backend->calls(Call::SubmitBatch), batches); // paused: nothing goes out
    QCOMPARE(countIn(OutboxState::Queued), 2);

    m_engine->resumeAfterActivation();
    QVERIFY(runUntil([&] { return countIn(OutboxState::Accepted) == 2; }));
    QVERIFY(allAcceptedWithTheBackendsCodes(ids));
    QCOMPARE(activation.size(), 1);
}

// --- cancels (docs/api.md §4.14)

void TestSyncEngine::cancelRequest_data()
{
    addFaultRows();
}

void TestSyncEngine::cancelRequest()
{
    // GIVEN a queued cancel of an accepted request
    QFETCH(MaybeFault, fault);
    RequestCancelStore cancels(m_store->database());
    QVERIFY(
        cancels.enqueue(u"req-1"_s, u"1404-ABC-000001"_s, u"super1"_s, u"asked"_s, m_clock->nowMs())
            .ok());
    scriptFault(Call::Cancel, fault);
    // WHEN the engine runs (after a failure, the backoff passes)
    QVERIFY(startAndSettle());
    QVERIFY(runUntil([&] {
        auto c = cancels.find(u"req-1"_s);
        return c && c->has_value() && (*c)->state == RequestCancelStore::State::Cancelled;
    }));
    // THEN it was delivered once, or once more after the failure, and is final
    QCOMPARE(m_backend->cancelledCount(), 1);
    QCOMPARE(m_backend->calls(Call::Cancel), fault ? 2 : 1);
    runFor(500);
    QCOMPARE(m_backend->calls(Call::Cancel), fault ? 2 : 1);
}

void TestSyncEngine::cancelRefusedIsFinal()
{
    RequestCancelStore cancels(m_store->database());
    QVERIFY(
        cancels.enqueue(u"req-2"_s, u"1404-ABC-000002"_s, u"super1"_s, u"asked"_s, m_clock->nowMs())
            .ok());
    m_backend->failNext(Call::Cancel, Fault::Refused);
    QVERIFY(startAndSettle());
    QVERIFY(runUntil([&] {
        auto c = cancels.find(u"req-2"_s);
        return c && c->has_value() && (*c)->state == RequestCancelStore::State::Refused;
    }));
    runFor(500);
    QCOMPARE(m_backend->calls(Call::Cancel), 1);
    QCOMPARE(m_backend->cancelledCount(), 0);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
