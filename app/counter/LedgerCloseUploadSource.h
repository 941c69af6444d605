#pragma once

#include "core/Result.h"
#include "ledger/CloseAcknowledgement.h"
#include "sync/DayCloseSource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pishkhan {

class ApiClient;
class BackendSigningKeys;
class LedgerService;
class SyncEngine;

// Hands the ledger's signed day closes to the sync engine and stores what the
// backend answers. Every acknowledgement is verified with the server's day-close key
// (docs/api.md §4.2) before the ledger keeps it: closes are only offered for upload once that
// key is known. The key is recorded in the store (BackendSigningKeys) the first time it is
// fetched — right after activation, or on the first start of a counter activated before keys
// were recorded — and read from there on every later start, never fetched again. Only an
// acknowledgement under a key id not yet recorded (a rotation) fetches GET /api/v1/server-key
// once more; that acknowledgement waits in memory until then. A refusal (e.g. 409
// day-close-conflict) is kept in memory and that close is not offered again until the next start:
// the supervisor has to look at it, repeating it would only repeat the refusal.
class LedgerCloseUploadSource : public QObject, public DayCloseSource
{
    Q_OBJECT
public:
    LedgerCloseUploadSource(LedgerService& ledger, ApiClient& api, QObject* parent = nullptr);
    ~LedgerCloseUploadSource() override;

    // The engine to wake when the server key arrives (optional; otherwise its next look).
    void setEngine(SyncEngine* engine);
    // For tests and tools: a known key instead of fetching it (raw 32 bytes).
    void setServerKey(const QByteArray& publicKey, const QString& keyId);
    // Where keys are recorded: its keys are used at once; a key fetched later is recorded
    // there with an audit event saying `how` it came ("activation", "first start after
    // update"; a rotation says so itself). The record must outlive this source.
    Status useKeyRecord(BackendSigningKeys& record, const QString& how);
    // Asks GET /server-key now unless a key is already known (it is also asked lazily on the
    // engine's first look).
    void prefetchServerKey();
    [[nodiscard]] bool hasServerKey() const { return !m_keys.isEmpty(); }
    [[nodiscard]] const QString& serverKeyId() const { return m_serverKeyId; }

    // Refusals since start, by upload id (PendingCloseUpload::id()).
    [[nodiscard]] const QHash<QString, ApiError>& refusals() const { return m_refused; }
    // Acknowledgements received but not yet stored (waiting for the key, or failed to store).
    [[nodiscard]] int unstoredAcknowledgements() const { return int(m_waiting.size()); }

    [[nodiscard]] Result<QList<Pending>> pendingDayCloses(int max, qint64 now) override;
    Status dayCloseAcknowledged(const QString& id, const DayCloseAck& ack, qint64 now) override;
    Status dayCloseRefused(const QString& id, const ApiError& error, qint64 now) override;

signals:
    void acknowledgementStored(const pishkhan::CloseAcknowledgement& ack);
    void uploadRefused(const QString& id, const QString& userMessage);

private:
    void fetchServerKey(qint64 now);
    Status storeWaiting();
    // The key an acknowledgement names (the newest known one when it names none).
    [[nodiscard]] QByteArray keyFor(const CloseAcknowledgement& ack) const;

    LedgerService& m_ledger;
    ApiClient& m_api;
    QPointer<SyncEngine> m_engine;
    BackendSigningKeys* m_record = nullptr;
    QString m_recordHow;
    QHash<QString, QByteArray> m_keys; // by key id
    QString m_serverKeyId;             // the newest key's id
    bool m_keyInFlight = false;
    qint64 m_nextKeyFetchAt = 0;
    QHash<QString, CloseAcknowledgement> m_waiting; // by upload id
    QHash<QString, ApiError> m_refused;
};

} // namespace pishkhan
