#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// An Iranian mobile number, stored as 09xxxxxxxxx. Only the shape is checked: operators open
// new prefixes (0990, 0998…) faster than any list in the field is updated.
class MobileNumber
{
public:
    // Accepts 09…, 9…, +989…, 989…, 00989… with Persian/Arabic/ASCII digits, spaces, hyphens,
    // parentheses, ZWNJ and bidi marks.
    // Error codes: mobile.empty, mobile.shape.
    static Result<MobileNumber> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input) { return parse(input).ok(); }

    // "09121234567".
    [[nodiscard]] const QString& canonical() const { return m_digits; }
    // "+989121234567", for gateways that want E.164.
    [[nodiscard]] QString international() const;
    [[nodiscard]] QString displayPersian() const;
    // "*******4567" (DigitMask).
    [[nodiscard]] QString masked() const;

    friend bool operator==(const MobileNumber&, const MobileNumber&) = default;

private:
    explicit MobileNumber(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace pishkhan
