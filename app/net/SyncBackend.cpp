#include "SyncBackend.h"

namespace pishkhan {

SyncBackend::~SyncBackend() = default;

} // namespace pishkhan
