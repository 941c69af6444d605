#include "CatalogueExchange.h"

#include "SyncEngine.h"
#include "SyncLogging.h"

#include <algorithm>

namespace pishkhan {

std::optional<qint64> CatalogueExchange::wakeAt(qint64)
{
    if (isBusy())
        return std::nullopt;
    return m_nextAt;
}

void CatalogueExchange::refresh()
{
    if (isBusy() || m_context.scheduler().needsActivation())
        return;
    QByteArray etag;
    // Without a readable cache the whole catalogue is asked for, and storing it reports errors.
    if (auto cached = m_context.catalogue().current(); cached && cached->has_value())
        etag = (*cached)->etag;
    m_context.backend().catalogue(
        etag, replyHandler<CatalogueAnswer>([this](const ApiReply<CatalogueAnswer>& reply,
                                                   quint64 epoch) { handleReply(reply, epoch); }));
}

void CatalogueExchange::handleReply(const ApiReply<CatalogueAnswer>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    SyncScheduler& scheduler = m_context.scheduler();
    if (!reply.ok()) {
        if (reply.error().kind() == ApiError::Kind::Unauthorized) {
            m_context.needActivation(reply.error(), epoch);
            return;
        }
        m_nextAt = now + std::max(kRetryMs, scheduler.policy().delayMs(
                                                scheduler.consecutiveFailures(), scheduler.draw()));
        return;
    }
    m_nextAt = now + m_context.config().catalogueIntervalMs;
    SyncEngine& engine = m_context.engine();
    if (reply->notModified) {
        m_context.check(m_context.catalogue().touch(now), "confirming the catalogue");
        emit engine.catalogueChecked(false, m_context.snapshot().catalogueVersion);
        return;
    }
    if (!m_context.check(m_context.catalogue().store(reply->etag, reply->version, reply->body, now),
                         "storing the catalogue"))
        return;
    qCInfo(lcSync).noquote() << "catalogue" << reply->version << "with" << reply->serviceCount
                             << "services stored";
    m_context.snapshot().catalogueVersion = reply->version;
    emit engine.catalogueChecked(true, reply->version);
}

} // namespace pishkhan
