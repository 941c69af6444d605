#pragma once

#include "PrintableDocument.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace pishkhan {

class Database;
class Row;

// The "to print" list (table print_job in the encrypted counter store): every document a
// printer did not take, whole, so that nothing handed to paper is lost by a jam, a stopped
// queue or a restart. A job leaves the list printed or discarded (with a reason); its row
// stays. Times are UTC epoch milliseconds passed in by the caller.
class PrintQueueStore
{
public:
    enum class State { Pending, Printed, Discarded };
    struct Job
    {
        qint64 id = 0;
        PrintableDocument document;
        qint64 createdAt = 0;
        int attempts = 0;
        QString lastErrorCode;
        QString lastErrorDetail;
        State state = State::Pending;
        qint64 updatedAt = 0;
        QString closedBy;
        QString discardReason;
    };

    explicit PrintQueueStore(Database& db);

    // Stores a document that failed once with `error`; returns its id (attempts = 1).
    [[nodiscard]] Result<qint64> enqueue(const PrintableDocument& document, const Error& error,
                                         qint64 now);
    [[nodiscard]] Result<Job> find(qint64 id);
    // Pending jobs, oldest first.
    [[nodiscard]] Result<QList<Job>> pending();
    [[nodiscard]] Result<int> pendingCount();
    // One more failed attempt. Error codes: print.job_not_found, print.job_closed.
    Status recordFailure(qint64 id, const Error& error, qint64 now);
    Status markPrinted(qint64 id, const QString& by, qint64 now);
    // Error code print.reason_missing besides the two above.
    Status markDiscarded(qint64 id, const QString& by, const QString& reason, qint64 now);

    [[nodiscard]] static QString stateName(State state);

private:
    Result<Job> pendingJob(qint64 id);
    Status close(qint64 id, const char* state, const QString& by, const QString& reason,
                 qint64 now);
    static Job readRow(const Row& row);
    Status loadImages(Job& job);

    Database& m_db;
};

} // namespace pishkhan
