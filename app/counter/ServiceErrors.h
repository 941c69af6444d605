#pragma once

#include "core/Error.h"

#include <QString>

namespace pishkhan {

// The errors about a service and its form that the serve flow, the follow-up amendment and the
// batch submitter share, each code with its one sentence.
class ServiceErrors
{
public:
    // service.unknown: no service with that id in the catalogue.
    [[nodiscard]] static Error unknownService(const QString& detail = {});
    // service.inactive: the catalogue lists the service, but it is not offered now.
    [[nodiscard]] static Error inactiveService(const QString& detail = {});
    // service.not_in_district: the service is not offered in the district asked for.
    [[nodiscard]] static Error notInDistrict(const QString& detail = {});
    // form.unknown: a value for a field the service's form does not have.
    [[nodiscard]] static Error unknownField(const QString& detail);
};

} // namespace pishkhan
