#include "NetLogging.h"

namespace pishkhan {

Q_LOGGING_CATEGORY(lcNet, "pishkhan.net", QtInfoMsg)

} // namespace pishkhan
