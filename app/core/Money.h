#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace pishkhan {

// An amount of money as a whole number of rials. Never a float: a float cannot hold 0.1 toman
// exactly, and a drawer that is one rial out must show one rial, not 0.9999.
// Arithmetic that can overflow returns a Result instead of wrapping.
class Money
{
public:
    enum class Unit { Rial, Toman };

    constexpr Money() = default; // zero rials
    [[nodiscard]] static constexpr Money fromRials(qint64 rials) { return Money(rials); }
    // One toman is ten rials. Error code: money.overflow.
    static Result<Money> fromToman(qint64 toman);

    // What a clerk types: Persian/Arabic/ASCII digits; thousands separators ",", "٬", "،" or
    // spaces (groups of three when used); an optional unit word ("تومان", "ریال", "toman",
    // "rial", "rials") overriding defaultUnit. No sign and no fraction.
    // Error codes: money.empty, money.shape, money.grouping, money.overflow.
    static Result<Money> parse(QStringView input, Unit defaultUnit);

    [[nodiscard]] constexpr qint64 rials() const { return m_rials; }
    // Whole toman, rounded toward zero; check isWholeToman() when a remainder matters.
    [[nodiscard]] constexpr qint64 toman() const { return m_rials / 10; }
    [[nodiscard]] constexpr bool isWholeToman() const { return m_rials % 10 == 0; }
    [[nodiscard]] constexpr bool isZero() const { return m_rials == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_rials < 0; }

    // Error code for all three: money.overflow.
    [[nodiscard]] Result<Money> add(Money other) const;
    [[nodiscard]] Result<Money> subtract(Money other) const;
    [[nodiscard]] Result<Money> multiply(qint64 count) const;

    // "۱۲٬۰۰۰ تومان" (Persian digits, U+066C separator, a rial remainder as "٫۵").
    [[nodiscard]] QString displayToman() const;
    // "12,000 toman".
    [[nodiscard]] QString displayTomanEnglish() const;
    // "۱۲۰٬۰۰۰ ریال", for documents that must state rials.
    [[nodiscard]] QString displayRials() const;
    // "120,000 rials".
    [[nodiscard]] QString displayRialsEnglish() const;

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr std::strong_ordering operator<=>(Money, Money) = default;

private:
    explicit constexpr Money(qint64 rials)
        : m_rials(rials)
    {}
    qint64 m_rials = 0;
};

} // namespace pishkhan
