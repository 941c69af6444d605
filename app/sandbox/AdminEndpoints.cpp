#include "AdminEndpoints.h"

#include "Clock.h"
#include "DeviceEndpoints.h"
#include "FaultInjector.h"
#include "Identifiers.h"
#include "JsonFields.h"
#include "SandboxStore.h"
#include "SmsLog.h"

namespace pishkhan::sandbox {

namespace {

QJsonObject clockJson(const Clock& clock)
{
    return {{QStringLiteral("now"), Clock::toRfc3339(clock.nowMs())},
            {QStringLiteral("epoch_ms"), clock.nowMs()},
            {QStringLiteral("offset_ms"), clock.offsetMs()},
            {QStringLiteral("time_scale"), clock.timeScale()}};
}

} // namespace

ApiResponse AdminEndpoints::clock(const ApiCall&)
{
    return ApiResponse::json(200, clockJson(m_context.clock));
}

ApiResponse AdminEndpoints::setClock(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("advance_seconds"), QStringLiteral("offset_seconds")});
    const qint64 limit = 10LL * 365 * 24 * 3600;
    const bool advance = f.has(QStringLiteral("advance_seconds"));
    const bool offset = f.has(QStringLiteral("offset_seconds"));
    const qint64 advanceBy = f.integer(QStringLiteral("advance_seconds"), false, 0, limit);
    const qint64 offsetTo = f.integer(QStringLiteral("offset_seconds"), false, -limit, limit);
    if (!f.problem() && advance == offset)
        f.fail(QStringLiteral("field-missing"), QString(),
               QStringLiteral("give exactly one of advance_seconds, offset_seconds"));
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    // The clock only moves forward over stored data, so "offset" cannot undo an advance past
    // requests already stored; advancing is what tests need.
    if (advance)
        m_context.clock.advance(advanceBy * 1000);
    else
        m_context.clock.setOffsetMs(offsetTo * 1000);
    if (!m_context.store.setMeta(QStringLiteral("clock_offset_ms"),
                                 QString::number(m_context.clock.offsetMs())))
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    return ApiResponse::json(200, clockJson(m_context.clock));
}

ApiResponse AdminEndpoints::faults(const ApiCall&)
{
    return ApiResponse::json(200, m_context.faults.settings().toJson());
}

ApiResponse AdminEndpoints::setFaults(const ApiCall& call)
{
    FaultSettings next = m_context.faults.settings();
    if (auto why = next.merge(call.body))
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"), *why));
    m_context.faults.apply(next, call.body.contains(QStringLiteral("seed")));
    return ApiResponse::json(200, m_context.faults.settings().toJson());
}

ApiResponse AdminEndpoints::sms(const ApiCall& call)
{
    QString mobile;
    const QString wanted = call.request.query.queryItemValue(QStringLiteral("mobile"));
    if (!wanted.isEmpty()) {
        const auto m = Identifiers::mobile(wanted);
        if (!m)
            return ApiResponse::problem(Problem(QStringLiteral("query-invalid"),
                                                QStringLiteral("mobile is not a mobile number")));
        mobile = *m;
    }
    bool ok = false;
    int limit = call.request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0 || limit > 1000)
        limit = 50;
    return ApiResponse::json(200,
                             {{QStringLiteral("messages"), m_context.sms.messages(mobile, limit)}});
}

ApiResponse AdminEndpoints::activationCode(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("office_code")});
    const QString office = f.string(QStringLiteral("office_code"), true, 32);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    auto code = m_devices.issueActivationCode(office);
    if (!code)
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("unknown office code"),
                                            QStringLiteral("/office_code")));
    return ApiResponse::json(
        201, {{QStringLiteral("office_code"), office},
              {QStringLiteral("activation_code"), *code},
              {QStringLiteral("expires_at"),
               Clock::toRfc3339(m_context.clock.nowMs() + m_context.limits.activationCodeTtlMs)}});
}

ApiResponse AdminEndpoints::stats(const ApiCall&)
{
    auto counts = m_context.store.counts();
    if (!counts)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    QJsonObject out;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        out.insert(it.key(), it.value());
    return ApiResponse::json(200,
                             {{QStringLiteral("counts"), out},
                              {QStringLiteral("clock"), clockJson(m_context.clock)},
                              {QStringLiteral("faults"), m_context.faults.settings().toJson()}});
}

ApiResponse AdminEndpoints::revokeDevice(const ApiCall& call)
{
    if (!m_context.store.revokeDevice(call.params.value(0), m_context.clock.nowMs()))
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    return ApiResponse::empty(204);
}

} // namespace pishkhan::sandbox
