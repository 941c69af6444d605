#pragma once

#include "OutboxState.h"

#include <QString>

namespace pishkhan {

// What happened to one request, to be recorded by OutboxStore::recordResults().
struct OutboxResult
{
    QString requestId;
    // Accept, Reject, RetryLater or FlagNeedsAttention.
    OutboxEvent event = OutboxEvent::Accept;
    QString trackingCode; // Accept
    // Reject, RetryLater, FlagNeedsAttention: the reason, kept as the row's last error.
    QString errorCode;
    QString errorMessage;
    QString errorMessageFa;
    qint64 nextAttemptAt = 0; // RetryLater

    static OutboxResult accepted(QString id, QString trackingCode);
    static OutboxResult rejected(QString id, QString code, QString message, QString messageFa);
    static OutboxResult retryLater(QString id, qint64 nextAttemptAt, QString code, QString message);
    static OutboxResult needsAttention(QString id, QString code, QString message,
                                       QString messageFa);
};

} // namespace pishkhan
