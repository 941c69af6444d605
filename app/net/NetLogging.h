#pragma once

#include <QLoggingCategory>

namespace pishkhan {

// "pishkhan.net": method, path without query, status and timing only — never headers or
// bodies, which carry tokens, one-time codes, national codes and mobiles.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace pishkhan
