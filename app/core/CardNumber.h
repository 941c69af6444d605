#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace pishkhan {

// A 16-digit Shetab bank card number (Luhn-checked). Only the card number: never a CVV2, PIN
// or expiry, which this application must not see.
class CardNumber
{
public:
    // Accepts Persian/Arabic/ASCII digits, spaces, hyphens, ZWNJ and bidi marks.
    // Error codes: card.empty, card.characters, card.length, card.checksum.
    static Result<CardNumber> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input) { return parse(input).ok(); }

    [[nodiscard]] const QString& canonical() const { return m_digits; }
    // "6037-7016-8909-5443" (groups read left to right; isolate inside Persian text).
    [[nodiscard]] QString display() const;
    [[nodiscard]] QString displayPersian() const;
    // "6037-70**-****-5443": issuer prefix and last four, the most a receipt or log may show.
    [[nodiscard]] QString masked() const;

    // The issuer from the first six digits, as a display aid only (banks merge and change
    // prefixes). Stable ASCII key such as "melli" or "saman"; empty when unknown.
    [[nodiscard]] QString bankKey() const;
    // The issuer's name translated for the UI (context "Bank"); empty when unknown.
    [[nodiscard]] QString bankName() const;

    friend bool operator==(const CardNumber&, const CardNumber&) = default;

private:
    explicit CardNumber(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace pishkhan
