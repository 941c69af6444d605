#include "OutboxResult.h"

namespace pishkhan {

OutboxResult OutboxResult::accepted(QString id, QString trackingCode)
{
    OutboxResult r;
    r.requestId = std::move(id);
    r.event = OutboxEvent::Accept;
    r.trackingCode = std::move(trackingCode);
    return r;
}

OutboxResult OutboxResult::rejected(QString id, QString code, QString message, QString messageFa)
{
    OutboxResult r;
    r.requestId = std::move(id);
    r.event = OutboxEvent::Reject;
    r.errorCode = std::move(code);
    r.errorMessage = std::move(message);
    r.errorMessageFa = std::move(messageFa);
    return r;
}

OutboxResult OutboxResult::retryLater(QString id, qint64 nextAttemptAt, QString code,
                                      QString message)
{
    OutboxResult r;
    r.requestId = std::move(id);
    r.event = OutboxEvent::RetryLater;
    r.nextAttemptAt = nextAttemptAt;
    r.errorCode = std::move(code);
    r.errorMessage = std::move(message);
    return r;
}

OutboxResult OutboxResult::needsAttention(QString id, QString code, QString message,
                                          QString messageFa)
{
    OutboxResult r;
    r.requestId = std::move(id);
    r.event = OutboxEvent::FlagNeedsAttention;
    r.errorCode = std::move(code);
    r.errorMessage = std::move(message);
    r.errorMessageFa = std::move(messageFa);
    return r;
}

} // namespace pishkhan
