#pragma once

#include "ledger/CloseSigner.h"

namespace pishkhan {

// pishkhanctl reads the ledger (verify, reports) and records fees (batch submit) but never
// closes a day: that is the supervisor's act at the counter, signed with the device key. This
// signer refuses, so a close can never be signed from the command line by mistake.
class UnavailableCloseSigner final : public CloseSigner
{
public:
    [[nodiscard]] Result<QByteArray> sign(const QByteArray& message) override;
    [[nodiscard]] QByteArray publicKey() const override { return {}; }
};

} // namespace pishkhan
