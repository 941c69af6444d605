#pragma once

#include "ApiCall.h"
#include "ApiResponse.h"
#include "SandboxContext.h"

#include <QJsonObject>

#include <optional>

namespace pishkhan::sandbox {

// Upload of a counter's signed day close, answered with the municipality's signed
// acknowledgement, and the office-wide view of every counter's closes for a business day.
class DayCloseEndpoints
{
public:
    explicit DayCloseEndpoints(SandboxContext& context)
        : m_context(context)
    {}

    [[nodiscard]] ApiResponse upload(const ApiCall& call);
    [[nodiscard]] ApiResponse officeDay(const ApiCall& call);

private:
    // nullopt when the close may follow what this device already closed; otherwise the
    // refusal (day-close-entry-backwards, day-close-chain-broken), with nothing stored.
    [[nodiscard]] std::optional<ApiResponse> continuesTheChain(const QString& deviceId,
                                                               const QJsonObject& close,
                                                               qint64 lastSeq,
                                                               const QString& lastHash);

    SandboxContext& m_context;
};

} // namespace pishkhan::sandbox
