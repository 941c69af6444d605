#include "ReportContext.h"

#include "core/SolarHijri.h"

namespace pishkhan {

QTimeZone ReportContext::effectiveZone() const
{
    return zone.isValid() ? zone : SolarHijri::officeTimeZone();
}

QString ReportContext::label(ReceiptLabels::Key key) const
{
    return ReceiptLabels::text(key, language);
}

} // namespace pishkhan
