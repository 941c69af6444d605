#pragma once

#include <QString>

namespace pishkhan {

// What device activation yields. The caller keeps it in the OS keychain (app/security) and
// hands it to ApiClient through a provider; this room never persists or logs it.
struct DeviceCredentials
{
    QString deviceId;
    QString token;

    [[nodiscard]] bool isValid() const { return !deviceId.isEmpty() && !token.isEmpty(); }
};

} // namespace pishkhan
