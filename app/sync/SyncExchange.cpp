#include "SyncExchange.h"

#include "SyncEngine.h"

namespace pishkhan {

SyncExchange::SyncExchange(SyncContext& context)
    : m_context(context)
{}

SyncExchange::~SyncExchange() = default;

QObject* SyncExchange::contextGuard()
{
    // Exchanges live and die with the engine: while it exists, so do they.
    return &m_context.engine();
}

} // namespace pishkhan
