#pragma once

#include "ApiRequest.h"
#include "StoreRecords.h"

#include <QJsonObject>
#include <QStringList>

namespace pishkhan::sandbox {

// A request after the API layer has checked what every endpoint needs: the caller's device
// (for authenticated endpoints), the clerk header, the parsed JSON body of a POST, and the
// path parameters of the route.
struct ApiCall
{
    const ApiRequest& request;
    QJsonObject body;
    DeviceRecord device;
    QString clerkId;
    QStringList params;
    qint64 now = 0;
};

} // namespace pishkhan::sandbox
