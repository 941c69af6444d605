#include "OfficeTotalsJson.h"

#include <cmath>

namespace pishkhan {

using namespace Qt::StringLiterals;

Error OfficeTotalsJson::malformed(const QString& detail)
{
    return Error(u"office_view.malformed"_s,
                 QT_TRANSLATE_NOOP("Error", "The server sent an answer this program does not "
                                            "understand; it will try again."),
                 detail);
}

bool OfficeTotalsJson::nonNegativeInteger(const QJsonValue& v, qint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0.0) || d > 9007199254740991.0 || std::floor(d) != d)
        return false;
    out = qint64(d);
    return true;
}

bool OfficeTotalsJson::totals(const QJsonObject& o, LedgerTotals& t)
{
    qint64 feeCount = 0, feeAmount = 0, voidCount = 0, voidAmount = 0, reprints = 0;
    if (!nonNegativeInteger(o.value(u"fee_count"_s), feeCount) ||
        !nonNegativeInteger(o.value(u"fee_amount_rials"_s), feeAmount) ||
        !nonNegativeInteger(o.value(u"void_count"_s), voidCount) ||
        !nonNegativeInteger(o.value(u"void_amount_rials"_s), voidAmount))
        return false;
    if (o.contains(u"reprint_count"_s) &&
        !nonNegativeInteger(o.value(u"reprint_count"_s), reprints))
        return false;
    t.feeCount = feeCount;
    t.feeAmount = Money::fromRials(feeAmount);
    t.voidCount = voidCount;
    t.voidAmount = Money::fromRials(voidAmount);
    t.reprintCount = reprints;
    return true;
}

} // namespace pishkhan
