#pragma once

#include "net/SyncBackend.h"
#include "security/ManualClock.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <functional>

namespace pishkhan::test {

// An in-process backend for sync engine tests: the calls of SyncBackend answered from memory,
// later on the event loop (never inside the call), as ApiClient does. It keeps what the real
// backend keeps for exactly-once: a request stored under a key answers every repeat of that
// key with the same tracking code (200 instead of 201), in a batch or alone.
//
// Scriptable per call kind: the next n calls fail with a fault (transport error, 5xx, 503 with
// Retry-After, 401, 4xx refusal — for a batch, the whole batch refused —, malformed reply, or
// an answer lost after the backend stored the request); a key can be refused on its own; a
// simulated latency moves the shared ManualClock forward when an answer arrives.
class FakeSyncBackend : public QObject, public SyncBackend
{
    Q_OBJECT
public:
    enum class Call { ServerTime, Catalogue, Submit, SubmitBatch, Status, UploadDayClose, Cancel };
    enum class Fault {
        Transport,    // no answer
        ServerError,  // 500
        Unavailable,  // 503 with Retry-After
        Unauthorized, // 401
        Refused,      // 4xx about the request (a batch: the envelope, the whole batch)
        Malformed,    // an answer that breaks the contract
        LostAnswer,   // stored, then the answer is lost in transport (submits and uploads)
    };

    explicit FakeSyncBackend(ManualClock& clock, QObject* parent = nullptr);
    ~FakeSyncBackend() override;

    // --- script
    // The next `times` calls of `call` fail with `fault`; retryAfterMs goes with Unavailable.
    void failNext(Call call, Fault fault, int times = 1, qint64 retryAfterMs = -1);
    // Every call of `call` fails with `fault` until cleared (clearFaults()).
    void failAlways(Call call, Fault fault);
    void clearFaults();
    // This request is refused (422 with the problem slug) wherever it is sent.
    void refuseKey(const QString& idempotencyKey, const QString& slug);
    // This request is stored under this tracking code instead of a fresh one: two keys given
    // the same code stand in for a backend that hands out a tracking code twice.
    void answerWithTrackingCode(const QString& idempotencyKey, const QString& trackingCode)
    {
        m_forcedCodes.insert(idempotencyKey, trackingCode);
    }
    // Each answer moves the clock forward by this much when it arrives.
    void setLatency(qint64 ms) { m_latencyMs = ms; }
    // Status polls a request answers with "in_review" before it is final ("done").
    void setPollsUntilFinal(int polls) { m_pollsUntilFinal = polls; }
    // The backend's clock minus the shared clock, as GET /time reports it.
    void setClockOffset(qint64 ms) { m_clockOffsetMs = ms; }
    void setCatalogue(const QString& version, const QByteArray& etag);

    // --- observation
    [[nodiscard]] int calls(Call call) const { return m_calls.value(call); }
    // Requests stored (each key once, however often it was sent).
    [[nodiscard]] int storedCount() const { return int(m_stored.size()); }
    // How often a key reached the backend (stored or replayed).
    [[nodiscard]] int deliveries(const QString& idempotencyKey) const
    {
        return m_deliveries.value(idempotencyKey);
    }
    [[nodiscard]] QString trackingCode(const QString& idempotencyKey) const;
    [[nodiscard]] int storedDayCloses() const { return int(m_dayCloses.size()); }
    // Answers sent but not delivered yet.
    [[nodiscard]] int pendingAnswers() const { return m_pending; }

    // --- SyncBackend
    quint64 serverTime(Callback<ServerTime> done) override;
    quint64 catalogue(const QByteArray& etag, Callback<CatalogueAnswer> done) override;
    quint64 submit(const QString& idempotencyKey, const QJsonObject& body,
                   Callback<SubmitAnswer> done, int timeoutMs = 0) override;
    quint64 submitBatch(const QList<QPair<QString, QJsonObject>>& items,
                        Callback<BatchAnswer> done) override;
    quint64 status(const QStringList& idempotencyKeys, const QStringList& trackingCodes,
                   Callback<StatusAnswer> done) override;
    quint64 uploadDayClose(const QByteArray& closeBytes, const QByteArray& signature,
                           const QString& idempotencyKey, Callback<DayCloseAck> done) override;
    // Staff: every push is taken (revision 1, 2, ...); the office has no changes to hand out.
    quint64 pushStaff(const QString& idempotencyKey, const QByteArray& body,
                      Callback<QJsonObject> done) override;
    quint64 staffChanges(qint64 sinceRevision, Callback<QJsonObject> done) override;
    // Cancels every request it is asked to (faults scripted with Call::Cancel aside).
    quint64 cancelRequest(const QString& trackingCode, const QString& reason,
                          const QString& idempotencyKey, Callback<QJsonObject> done) override;
    [[nodiscard]] int cancelledCount() const { return int(m_cancelled.size()); }

    // The error a fault answers with.
    [[nodiscard]] static ApiError errorFor(Fault fault, qint64 retryAfterMs = -1);

private:
    struct Scripted
    {
        Fault fault;
        qint64 retryAfterMs;
    };
    struct StoredRequest
    {
        QString trackingCode;
        qint64 receivedAtMs = 0;
        int polls = 0;
    };

    // The fault scripted for this call, if any; counts the call.
    std::optional<Scripted> take(Call call);
    // Stores (or replays) one request: the answer the backend gives for it.
    SubmitAnswer store(const QString& key);
    [[nodiscard]] ApiProblem refusalOf(const QString& key) const;
    template<typename T>
    quint64 deliver(Callback<T> done, ApiReply<T> reply);

    ManualClock& m_clock;
    qint64 m_staffRevision = 0;
    qint64 m_latencyMs = 0;
    qint64 m_clockOffsetMs = 0;
    int m_pollsUntilFinal = 1;
    quint64 m_nextCallId = 0;
    int m_pending = 0;
    QMap<Call, int> m_calls;
    QMap<Call, QQueue<Scripted>> m_script;
    QMap<Call, Fault> m_always;
    QHash<QString, QString> m_refused;
    QHash<QString, QString> m_forcedCodes;
    QHash<QString, StoredRequest> m_stored;
    QHash<QString, int> m_deliveries;
    QSet<QString> m_dayCloses;
    QSet<QString> m_cancelled;
    QString m_catalogueVersion;
    QByteArray m_catalogueEtag;
};

} // namespace pishkhan::test
