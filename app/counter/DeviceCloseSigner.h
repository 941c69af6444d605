#pragma once

#include "ledger/CloseSigner.h"

namespace pishkhan {

class DeviceIdentity;

// The ledger signs day closes with the counter's device key, which lives in the keychain.
class DeviceCloseSigner final : public CloseSigner
{
public:
    explicit DeviceCloseSigner(DeviceIdentity& device)
        : m_device(device)
    {}
    [[nodiscard]] Result<QByteArray> sign(const QByteArray& message) override;
    [[nodiscard]] QByteArray publicKey() const override;

private:
    DeviceIdentity& m_device;
};

} // namespace pishkhan
