#include "ReportContext.h"

#include "core/SolarHijri.h"

namespace pishkhan {

QTimeZone ReportContext::effectiveZone() const
{
    return zone.isValid() ? zone : SolarHijri::officeTimeZone();
}

} // namespace pishkhan
