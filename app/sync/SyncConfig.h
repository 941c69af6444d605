#pragma once

#include "BackoffPolicy.h"

namespace pishkhan {

// Tunables of the sync engine. Defaults suit an office PC; tests shorten the times.
struct SyncConfig
{
    int batchSize = 100;        // items per POST /requests/batch (the backend allows 100)
    int maxBatchesInFlight = 3; // keeps the link busy while the server answers the last one
    BackoffPolicy backoff{BackoffPolicy::kDefaultBaseMs, BackoffPolicy::kDefaultCapMs};
    int statusBatchSize = 100;     // keys per GET /requests/status
    qint64 minPollDelayMs = 5'000; // bounds around the backend's next_update_at
    qint64 maxPollDelayMs = 600'000;
    qint64 catalogueIntervalMs = 3'600'000;
    qint64 clockCheckIntervalMs = 1'800'000;
    qint64 skewWarningMs = 120'000;   // warn when the PC's clock is off by more than 2 minutes
    int interactiveTimeoutMs = 8'000; // sendNow(): then the request waits in the queue
    int dayCloseBatch = 5;
    qint64 recoveryRetryMs = 2'000; // after a storage error, when to queue unrecorded rows again
};

} // namespace pishkhan
