#pragma once

#include <QMetaType>
#include <QString>

namespace pishkhan {

// The engine's state as the status bar shows it.
struct SyncSnapshot
{
    enum class Connectivity {
        Stopped,         // start() not called, or stop()
        Unknown,         // started, nothing exchanged yet
        Online,          // the last exchange reached the backend
        Syncing,         // requests in flight
        Offline,         // the last exchange failed in transport; retrying with backoff
        NeedsActivation, // the backend refused the device (401); sync paused
    };

    Connectivity connectivity = Connectivity::Stopped;
    qint64 queueDepth = 0;     // queued + sending
    qint64 needsAttention = 0; // waiting for the clerk
    qint64 awaitingFinal = 0;  // accepted, final status not yet known
    qint64 lastSuccessAt = 0;  // epoch ms of the last exchange the backend answered
    QString lastErrorCode;     // empty after a success
    QString lastErrorMessage;  // for the clerk (Persian with a Persian UI)
    QString lastStorageError;  // the local store's last refusal (English, for logs); empty
                               // once a write succeeds again
    qint64 clockSkewMs = 0;    // server minus this PC
    bool clockSkewWarning = false;
    QString catalogueVersion;

    [[nodiscard]] static QString connectivityName(Connectivity c);
    bool operator==(const SyncSnapshot&) const = default;
};

} // namespace pishkhan

Q_DECLARE_METATYPE(pishkhan::SyncSnapshot)
