#include "CancelEndpoints.h"

#include "JsonFields.h"
#include "RequestLifecycle.h"
#include "SandboxStore.h"

namespace pishkhan::sandbox {

ApiResponse CancelEndpoints::cancel(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("reason")});
    (void)f.string(QStringLiteral("reason"), true, 200);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    const QString code = call.params.value(0);
    auto request = m_context.store.requestByTrackingCode(code);
    if (!request)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    bool ours = false;
    if (*request) {
        auto devices = m_context.store.devicesOfOffice(call.device.officeCode);
        if (!devices)
            return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
        for (const DeviceRecord& d : *devices)
            ours = ours || d.id == (*request)->deviceId;
    }
    if (!ours)
        return ApiResponse::problem(Problem(QStringLiteral("request-not-found"), code));
    RequestRecord r = **request;
    if (r.cancelledAt == 0) {
        // The municipality starts when the request goes into review; from then on the work
        // (and the fee) stands.
        if (call.now >= r.reviewAt)
            return ApiResponse::problem(
                Problem(QStringLiteral("request-work-started"), code)
                    .with(QStringLiteral("status"),
                          RequestLifecycle::status(r, call.now).value(QStringLiteral("status"))));
        if (!m_context.store.insertCancel(code, call.now))
            return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
        r.cancelledAt = call.now;
    }
    return ApiResponse::json(200, RequestLifecycle::status(r, call.now));
}

} // namespace pishkhan::sandbox
