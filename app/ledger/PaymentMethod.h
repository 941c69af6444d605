#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace pishkhan {

enum class PaymentMethod { Cash, Card };

// "cash" / "card": the stored and wire form (docs/api.md §4.7 payment.method).
[[nodiscard]] QString paymentMethodToString(PaymentMethod method);
[[nodiscard]] std::optional<PaymentMethod> paymentMethodFromString(QStringView text);

// How a fee was paid. A card payment names the office's POS terminal and the trace/reference
// number the terminal printed, so the day close can be matched against the terminal's own
// batch report; both are checked for form (not against the bank: the counter is often
// offline).
struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    QString terminalId; // card only: 8 digits (Shaparak terminal id)
    QString reference;  // card only: 6-digit trace number or 12-digit retrieval reference

    [[nodiscard]] static Payment cash() { return {}; }
    [[nodiscard]] static Payment card(QString terminal, QString ref)
    {
        return {PaymentMethod::Card, std::move(terminal), std::move(ref)};
    }

    // Folds Persian/Arabic digits, strips spaces and bidi marks and checks the shape.
    // Error codes: payment.terminal_missing, payment.terminal_shape, payment.reference_missing,
    // payment.reference_shape, payment.unexpected_card_details (cash with card details).
    [[nodiscard]] static Result<Payment> normalized(const Payment& input);
};

} // namespace pishkhan
