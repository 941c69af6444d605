#include "DayCloseSource.h"

namespace pishkhan {

DayCloseSource::~DayCloseSource() = default;

} // namespace pishkhan
