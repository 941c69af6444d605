#pragma once

#include <QLoggingCategory>

namespace pishkhan {

// "pishkhan.sync": request ids (UUIDs), counts, states and error codes — never payloads,
// tokens or citizen identifiers.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace pishkhan
