#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// کد پستی: ten digits with no check digit; only the national post's digit rules are checked
// (no 0 or 2 in the first five digits, no 2 in the last five, no four equal leading digits).
class PostalCode
{
public:
    // Accepts Persian/Arabic/ASCII digits, spaces, ZWNJ, bidi marks and the customary hyphen
    // after the fifth digit.
    // Error codes: postal_code.empty, .characters, .length, .repeated, .shape.
    static Result<PostalCode> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input) { return parse(input).ok(); }

    [[nodiscard]] const QString& canonical() const { return m_digits; }
    // "11936-53471", as printed on envelopes and bills.
    [[nodiscard]] QString display() const;
    [[nodiscard]] QString displayPersian() const;
    // "11936-*****": the first five digits name a district, the last five a building.
    [[nodiscard]] QString masked() const;

    friend bool operator==(const PostalCode&, const PostalCode&) = default;

private:
    explicit PostalCode(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace pishkhan
