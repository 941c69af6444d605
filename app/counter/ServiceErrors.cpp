#include "ServiceErrors.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

Error ServiceErrors::unknownService(const QString& detail)
{
    return Error(u"service.unknown"_s,
                 QT_TRANSLATE_NOOP("Error", "This service is not in the catalogue."), detail);
}

Error ServiceErrors::inactiveService(const QString& detail)
{
    return Error(u"service.inactive"_s,
                 QT_TRANSLATE_NOOP("Error", "This service is not offered at the moment."), detail);
}

Error ServiceErrors::notInDistrict(const QString& detail)
{
    return Error(u"service.not_in_district"_s,
                 QT_TRANSLATE_NOOP("Error", "This service is not offered in that district."),
                 detail);
}

Error ServiceErrors::unknownField(const QString& detail)
{
    return Error(u"form.unknown"_s, QT_TRANSLATE_NOOP("Error", "This field is not in the form."),
                 detail);
}

} // namespace pishkhan
