#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace pishkhan {

enum class PaymentMethod { Cash, Card, Invoice };

// "cash" / "card" / "invoice": the stored and wire form (docs/api.md §4.7, §4.15).
[[nodiscard]] QString paymentMethodToString(PaymentMethod method);
[[nodiscard]] std::optional<PaymentMethod> paymentMethodFromString(QStringView text);

// How a fee was paid. A card payment names the office's POS terminal and the trace/reference
// number the terminal printed, so the day close can be matched against the terminal's own
// batch report; both are checked for form (not against the bank: the counter is often
// offline). An invoice payment bills an organisation (a bank, a notary) that sent a batch under
// its standing mandate: no money enters a drawer or a terminal; the reference is the invoice
// number and the organisation its legal-entity id.
struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    QString terminalId; // card only: 8 digits (Shaparak terminal id)
    QString reference;  // card: 6-digit trace or 12-digit retrieval reference; invoice: number
    QString organisationId{}; // invoice only: the organisation's legal-entity id (canonical)

    [[nodiscard]] static Payment cash() { return {}; }
    [[nodiscard]] static Payment card(QString terminal, QString ref)
    {
        return {PaymentMethod::Card, std::move(terminal), std::move(ref), {}};
    }
    [[nodiscard]] static Payment invoice(QString organisation, QString invoiceNumber)
    {
        return {PaymentMethod::Invoice, {}, std::move(invoiceNumber), std::move(organisation)};
    }

    // Folds Persian/Arabic digits, strips spaces and bidi marks and checks the shape.
    // Error codes: payment.terminal_missing, payment.terminal_shape, payment.reference_missing,
    // payment.reference_shape, payment.unexpected_card_details (cash with card details),
    // payment.unexpected_organisation (cash or card naming an organisation),
    // payment.invoice_number_missing, legal_entity_id.* (invoice with an invalid organisation).
    [[nodiscard]] static Result<Payment> normalized(const Payment& input);
};

} // namespace pishkhan
