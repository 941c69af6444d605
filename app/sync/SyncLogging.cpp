#include "SyncLogging.h"

namespace pishkhan {

Q_LOGGING_CATEGORY(lcSync, "pishkhan.sync", QtInfoMsg)

} // namespace pishkhan
