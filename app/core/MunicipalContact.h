#pragma once

#include <QString>

namespace pishkhan {

// Where a citizen reaches the municipality after leaving the counter: the support line and the
// follow-up site printed on receipts and answers, and the verification address a printed
// answer's QR carries (docs/api.md §4.17). Kept here alone so paper and screen never disagree.
class MunicipalContact
{
public:
    MunicipalContact() = delete;

    // Isfahan municipality's citizen line (سامانه ۱۳۷).
    [[nodiscard]] static QString supportLine();
    // The municipality's site where a citizen follows a request up by its tracking code.
    [[nodiscard]] static QString followUpSite();
    // What a printed answer's QR holds: the follow-up site's verify page with the tracking code
    // and the answer hash, the two values GET /api/v1/answers/verify takes.
    [[nodiscard]] static QString verifyUrl(const QString& trackingCode, const QString& answerHash);
};

} // namespace pishkhan
