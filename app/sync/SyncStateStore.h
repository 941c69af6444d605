#pragma once

#include "core/Result.h"

#include <QString>

namespace pishkhan {

class Database;

// The sync_state row (schema v3): what the status bar shows after a restart — the last
// successful exchange, the last error and the measured clock skew.
class SyncStateStore
{
public:
    struct State
    {
        qint64 lastSuccessAt = 0;
        qint64 lastAttemptAt = 0;
        QString lastErrorCode;
        QString lastErrorMessage;
        qint64 clockSkewMs = 0;
        qint64 skewMeasuredAt = 0;
    };

    explicit SyncStateStore(Database& db);

    [[nodiscard]] Result<State> load();
    Status recordSuccess(qint64 now);
    Status recordFailure(qint64 now, const QString& code, const QString& message);
    Status recordSkew(qint64 skewMs, qint64 now);
    // Accepted requests whose final status is not known yet.
    [[nodiscard]] Result<qint64> countAwaitingFinal();

private:
    Database& m_db;
};

} // namespace pishkhan
