#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pishkhan {

class Database;

// What the backend says about a request after accepting it (schema v3): its status, full
// history and result, and when to ask again. The sync engine polls from here until the
// request is final. Times are UTC epoch milliseconds passed in by the caller.
class RequestProgressStore
{
public:
    struct StatusEvent
    {
        QString status; // received, in_review, done, rejected
        qint64 at = 0;
        QString noteFa;
        QString noteEn;
    };
    // The backend's view of an accepted request: its status, full history and result.
    struct Progress
    {
        QString requestId;
        QString trackingCode;
        QString status;
        bool isFinal = false;
        qint64 nextPollAt = 0; // local clock
        QList<StatusEvent> history;
        QString resultJson; // compact JSON object, null when none
        QString rejectionCode;
        QString rejectionFa;
        QString rejectionEn;
    };
    struct PollTarget
    {
        QString requestId;
        QString trackingCode;
        int pollCount = 0;
    };

    explicit RequestProgressStore(Database& db);

    // Replaces status, history and result of each request (the backend's history is complete
    // on every answer, so replacing cannot lose an entry). One transaction.
    Status recordProgress(const QList<Progress>& progress, qint64 now);
    // recordProgress() for one request inside a transaction the caller holds (the outbox
    // records an acceptance and its first progress together).
    Status writeProgress(const Progress& progress, qint64 now);
    // Accepted requests not yet final whose next poll is due, soonest first.
    [[nodiscard]] Result<QList<PollTarget>> duePolls(int max, qint64 now);
    // Earliest next poll among non-final requests; nullopt when none.
    [[nodiscard]] Result<std::optional<qint64>> nextPollAt();
    Status deferPolls(const QStringList& requestIds, qint64 nextPollAt, qint64 now);
    // Status, history and result of one request; nullopt before acceptance.
    [[nodiscard]] Result<std::optional<Progress>> progress(const QString& requestId);
    // Accepted outbox rows without progress (written before schema v3) get a 'received' row
    // so they are polled. Returns how many.
    [[nodiscard]] Result<int> trackAccepted(qint64 now);

private:
    Database& m_db;
};

} // namespace pishkhan
