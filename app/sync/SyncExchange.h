#pragma once

#include "SyncContext.h"

#include "net/SyncBackend.h"

#include <QPointer>

#include <optional>

namespace pishkhan {

// One kind of exchange with the backend (submit a batch, submit one, poll statuses, refresh
// the catalogue, check the clock, upload day closes). Each subclass owns its in-flight state
// and its reply handling; this base writes the callback scaffolding once.
class SyncExchange
{
public:
    explicit SyncExchange(SyncContext& context);
    virtual ~SyncExchange();
    SyncExchange(const SyncExchange&) = delete;
    SyncExchange& operator=(const SyncExchange&) = delete;

    // Calls sent whose answer has not arrived yet.
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] bool isBusy() const { return m_inFlight > 0; }
    // When this exchange wants the engine to wake next (nullopt: not by itself).
    [[nodiscard]] virtual std::optional<qint64> wakeAt(qint64 now) = 0;

protected:
    // The callback for one backend call: counts the call in flight until its answer arrives,
    // drops an answer that arrives after the engine is gone, hands the handler the credentials
    // epoch the call was sent under (so a stale 401 is told from a current one), and settles
    // the engine afterwards (snapshot, next wake). Call it once per backend call, right before.
    template<typename T, typename Handler>
    SyncBackend::Callback<T> replyHandler(Handler handler)
    {
        ++m_inFlight;
        QPointer<QObject> alive(contextGuard());
        const quint64 epoch = m_context.scheduler().authEpoch();
        return [this, alive, epoch, handler = std::move(handler)](ApiReply<T> reply) mutable {
            if (!alive)
                return;
            --m_inFlight;
            handler(reply, epoch);
            m_context.settle();
        };
    }

    SyncContext& m_context;

private:
    [[nodiscard]] QObject* contextGuard();

    int m_inFlight = 0;
};

} // namespace pishkhan
