#pragma once

#include "SyncExchange.h"

namespace pishkhan {

class DayCloseSource;

// POST /day-closes: uploads the signed day closes its sources hold, one at a time (a handful a
// day), whenever the backend is reachable, and reports each outcome to the source.
class DayCloseUploadExchange final : public SyncExchange
{
public:
    // How often to look for new closes when nothing else wakes the engine.
    static constexpr qint64 kLookMs = 60'000;

    using SyncExchange::SyncExchange;

    // Not owned; must outlive the engine or be removed first.
    void addSource(DayCloseSource* source);
    void removeSource(DayCloseSource* source);

    void upload(qint64 now);

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void handleReply(DayCloseSource* source, const QString& id, const ApiReply<DayCloseAck>& reply,
                     quint64 epoch);

    QList<DayCloseSource*> m_sources;
};

} // namespace pishkhan
