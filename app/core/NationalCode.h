#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// کد ملی: a citizen's ten-digit national code. Only parse() makes one, so a NationalCode in hand
// has passed the check digit. The city prefix is deliberately not checked: new prefixes are
// issued and a prefix list refuses valid citizens.
class NationalCode
{
public:
    // Accepts Persian/Arabic/ASCII digits, spaces, ZWNJ, bidi marks, hyphens; 8–9 digits are
    // left-padded with zeros (leading zeros get lost in spreadsheets and old forms).
    // Error codes: national_code.empty, .characters, .length, .repeated, .middle_zeros,
    // .checksum.
    static Result<NationalCode> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input) { return parse(input).ok(); }

    // Ten ASCII digits: what is stored, hashed and sent.
    [[nodiscard]] const QString& canonical() const { return m_digits; }
    // Ten Persian digits.
    [[nodiscard]] QString displayPersian() const;
    // "******7890" (DigitMask): for lists and logs, where the whole code must not appear.
    [[nodiscard]] QString masked() const;

    friend bool operator==(const NationalCode&, const NationalCode&) = default;

private:
    explicit NationalCode(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace pishkhan
