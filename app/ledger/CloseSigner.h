#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace pishkhan {

// What signs a day close: the counter's device key (Ed25519). The ledger depends on this small
// interface rather than on the keychain-backed device identity, so the close logic is tested
// with an in-memory key and the app plugs in the real one.
class CloseSigner
{
public:
    virtual ~CloseSigner() = default;
    // 64-byte Ed25519 signature over message.
    [[nodiscard]] virtual Result<QByteArray> sign(const QByteArray& message) = 0;
    // 32-byte raw public key.
    [[nodiscard]] virtual QByteArray publicKey() const = 0;
};

} // namespace pishkhan
