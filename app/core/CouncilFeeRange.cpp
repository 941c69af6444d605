#include "CouncilFeeRange.h"

using namespace Qt::StringLiterals;

namespace pishkhan {

Status CouncilFeeRange::check(Money fee)
{
    if (contains(fee))
        return {};
    // The detail names the amount (not a citizen identifier) so a log shows which tariff broke.
    return Error(u"fee.out_of_range"_s,
                 QT_TRANSLATE_NOOP("Error",
                                   "The fee must be between 5,000 and 15,000 toman, as set by "
                                   "the city council."),
                 fee.displayTomanEnglish());
}

} // namespace pishkhan
