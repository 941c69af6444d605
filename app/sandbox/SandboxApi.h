#pragma once

#include "AdminEndpoints.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "CancelEndpoints.h"
#include "CatalogueEndpoints.h"
#include "ConsentEndpoints.h"
#include "DayCloseEndpoints.h"
#include "DeviceEndpoints.h"
#include "EngineerEndpoints.h"
#include "MandateEndpoints.h"
#include "OfficeMonthEndpoints.h"
#include "OfficeRequestEndpoints.h"
#include "RequestEndpoints.h"
#include "SandboxContext.h"
#include "StaffEndpoints.h"
#include "VerifyEndpoints.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace pishkhan::sandbox {

// The API layer between HTTP and the endpoint classes: routing, body limits, authentication,
// the clerk header, JSON parsing, and idempotency. Every POST runs in one database
// transaction with its idempotency record, so an answer is either fully stored (and replayed
// on a repeat) or not stored at all — a refused request leaves nothing behind.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxContext& context);

    [[nodiscard]] ApiResponse handle(const ApiRequest& request);
    [[nodiscard]] DeviceEndpoints& devices() { return m_devices; }

private:
    enum class Access {
        Public,     // no token, no clerk header
        Activation, // no token, clerk header
        Device,     // bearer token and clerk header
        Admin,      // loopback only
    };
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Access access;
        std::function<ApiResponse(const ApiCall&)> handler;
        // What the idempotency fingerprint covers of the body; empty = the body bytes as sent.
        std::function<QByteArray(const ApiCall&)> identity;
    };

    void add(const char* method, const char* pathPattern, Access access,
             std::function<ApiResponse(const ApiCall&)> handler);
    [[nodiscard]] ApiResponse dispatch(const Route& route, const ApiRequest& request,
                                       const QStringList& params);
    [[nodiscard]] ApiResponse runIdempotent(const Route& route, ApiCall& call,
                                            const QString& scope);

    SandboxContext& m_context;
    DeviceEndpoints m_devices;
    CatalogueEndpoints m_catalogue;
    ConsentEndpoints m_consents;
    MandateEndpoints m_mandates;
    OfficeMonthEndpoints m_officeMonth;
    RequestEndpoints m_requests;
    DayCloseEndpoints m_dayCloses;
    AdminEndpoints m_admin;
    CancelEndpoints m_cancels;
    QList<Route> m_routes;
    StaffEndpoints m_staff;
    VerifyEndpoints m_verify;
    OfficeRequestEndpoints m_officeRequests;
    EngineerEndpoints m_engineers;
};

} // namespace pishkhan::sandbox
