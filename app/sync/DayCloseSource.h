#pragma once

#include "core/Result.h"
#include "net/ApiError.h"
#include "net/ApiTypes.h"

#include <QList>

namespace pishkhan {

// Extension point for uploads the engine sends besides the outbox: the ledger keeps
// signed day closes in its own table and implements this; the engine asks for pending ones
// whenever the backend is reachable and reports each outcome. The engine never reads ledger
// tables itself.
class DayCloseSource
{
public:
    struct Pending
    {
        QString id;             // the source's own identifier, handed back in the reports
        QByteArray document;    // exact signed bytes of the close document
        QByteArray signature;   // Ed25519 over `document`
        QString idempotencyKey; // stable per close: a retry after a lost answer replays
    };

    virtual ~DayCloseSource();
    [[nodiscard]] virtual Result<QList<Pending>> pendingDayCloses(int max, qint64 now) = 0;
    virtual Status dayCloseAcknowledged(const QString& id, const DayCloseAck& ack, qint64 now) = 0;
    // A refusal about the close itself (4xx other than 401): the source decides what to show.
    virtual Status dayCloseRefused(const QString& id, const ApiError& error, qint64 now) = 0;
};

} // namespace pishkhan
