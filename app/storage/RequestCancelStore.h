#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

class Database;
class Row;

// Cancels of requests the backend already accepted (table request_cancel, docs/api.md §4.14).
// A cancel is written here first and sent by the sync engine; the backend's answer is final:
// cancelled (the municipality had not started), or refused (work began; the request stays).
// Times are UTC epoch milliseconds passed in by the caller.
class RequestCancelStore
{
public:
    enum class State { Queued, Cancelled, Refused };
    struct Cancel
    {
        QString requestId;
        QString trackingCode;
        State state = State::Queued;
        QString requestedBy;
        QString reason;
        qint64 requestedAt = 0;
        int attemptCount = 0;
        qint64 nextAttemptAt = 0;
        qint64 answeredAt = 0;
        QString problemType; // refused: the backend's problem slug
        QString detail;      // refused: its Persian title, for the clerk
    };

    explicit RequestCancelStore(Database& db);

    // A queued cancel, due at once. cancel.already_requested when the request has one.
    Status enqueue(const QString& requestId, const QString& trackingCode,
                   const QString& requestedBy, const QString& reason, qint64 now);
    [[nodiscard]] Result<std::optional<Cancel>> find(const QString& requestId);
    // Queued cancels due at `now`, oldest first.
    [[nodiscard]] Result<QList<Cancel>> due(int max, qint64 now);
    // Earliest next attempt among queued cancels; nullopt when none.
    [[nodiscard]] Result<std::optional<qint64>> nextDueAt();
    // Final answers (only from queued).
    Status markCancelled(const QString& requestId, qint64 now);
    Status markRefused(const QString& requestId, const QString& problemType, const QString& detail,
                       qint64 now);
    // No answer (network, 5xx): try again at `at`.
    Status retryAt(const QString& requestId, qint64 at, qint64 now);

    [[nodiscard]] static QString stateName(State state);

private:
    Status answer(const QString& requestId, const char* state, const QString& problemType,
                  const QString& detail, qint64 now);
    static Cancel readRow(const Row& row);

    Database& m_db;
};

} // namespace pishkhan
