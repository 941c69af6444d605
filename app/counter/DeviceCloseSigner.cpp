#include "DeviceCloseSigner.h"

#include "security/DeviceIdentity.h"

namespace pishkhan {

Result<QByteArray> DeviceCloseSigner::sign(const QByteArray& message)
{
    return m_device.sign(message);
}

QByteArray DeviceCloseSigner::publicKey() const
{
    return m_device.publicKey();
}

} // namespace pishkhan
