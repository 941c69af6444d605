#pragma once

#include "Money.h"
#include "Result.h"

namespace pishkhan {

// The city council's bounds for a Pishkhan office fee: 5,000 to 15,000 toman inclusive. The
// check runs on every fee whatever the catalogue or the backend says, so a mistyped tariff
// (an extra zero) cannot reach a citizen's receipt.
class CouncilFeeRange
{
public:
    CouncilFeeRange() = delete;

    static constexpr Money minimum() { return Money::fromRials(50'000); }
    static constexpr Money maximum() { return Money::fromRials(150'000); }

    [[nodiscard]] static constexpr bool contains(Money fee)
    {
        return fee >= minimum() && fee <= maximum();
    }
    // Error code: fee.out_of_range.
    [[nodiscard]] static Status check(Money fee);
};

} // namespace pishkhan
