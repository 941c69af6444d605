#include "EscPosTransport.h"

#include "EscPosDeviceTransport.h"
#include "EscPosTcpTransport.h"

namespace pishkhan {

std::unique_ptr<EscPosTransport> EscPosTransport::create(const EscPosTarget& target)
{
    switch (target.kind) {
    case EscPosTarget::Kind::Tcp:
        return std::make_unique<EscPosTcpTransport>(target.host, target.port);
    case EscPosTarget::Kind::Device:
        return std::make_unique<EscPosDeviceTransport>(target.devicePath);
    case EscPosTarget::Kind::None:
        break;
    }
    return nullptr;
}

} // namespace pishkhan
