#pragma once

#include "SyncExchange.h"

namespace pishkhan {

// GET /catalogue with If-None-Match: refreshes the cached catalogue every
// SyncConfig::catalogueIntervalMs, sooner after a failure.
class CatalogueExchange final : public SyncExchange
{
public:
    // After a failure, look again no sooner than this.
    static constexpr qint64 kRetryMs = 60'000;

    using SyncExchange::SyncExchange;

    void refresh();
    [[nodiscard]] bool isDue(qint64 now) const { return now >= m_nextAt; }
    void dueAt(qint64 at) { m_nextAt = at; }

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void handleReply(const ApiReply<CatalogueAnswer>& reply, quint64 epoch);

    qint64 m_nextAt = 0;
};

} // namespace pishkhan
