#include "PaymentMethod.h"

#include "core/LegalEntityId.h"
#include "core/PersianText.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString paymentMethodToString(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return u"card"_s;
    case PaymentMethod::Invoice:
        return u"invoice"_s;
    case PaymentMethod::Cash:
        break;
    }
    return u"cash"_s;
}

std::optional<PaymentMethod> paymentMethodFromString(QStringView text)
{
    if (text == u"cash")
        return PaymentMethod::Cash;
    if (text == u"card")
        return PaymentMethod::Card;
    if (text == u"invoice")
        return PaymentMethod::Invoice;
    return std::nullopt;
}

Result<Payment> Payment::normalized(const Payment& input)
{
    const QString terminal = PersianText::cleanIdentifier(input.terminalId);
    const QString reference = PersianText::cleanIdentifier(input.reference);
    if (input.method == PaymentMethod::Invoice) {
        if (!terminal.isEmpty())
            return Error(u"payment.unexpected_card_details"_s,
                         QT_TRANSLATE_NOOP("Error", "An invoice has no card terminal."));
        Result<LegalEntityId> organisation = LegalEntityId::parse(input.organisationId);
        if (!organisation)
            return Error(organisation.error()).prefixDetail(u"organisation"_s);
        if (reference.isEmpty())
            return Error(u"payment.invoice_number_missing"_s,
                         QT_TRANSLATE_NOOP("Error", "An invoice payment needs the invoice's "
                                                    "number."));
        return Payment::invoice(organisation->canonical(), reference);
    }
    if (!input.organisationId.isEmpty())
        return Error(u"payment.unexpected_organisation"_s,
                     QT_TRANSLATE_NOOP("Error", "Only an invoice is billed to an organisation."));
    if (input.method == PaymentMethod::Cash) {
        // A reference on a cash fee means the clerk picked the wrong method; refusing it keeps
        // card totals and drawer counts honest.
        if (!terminal.isEmpty() || !reference.isEmpty())
            return Error(u"payment.unexpected_card_details"_s,
                         QT_TRANSLATE_NOOP("Error", "A cash payment has no terminal or "
                                                    "reference number; choose card payment."));
        return Payment::cash();
    }
    if (terminal.isEmpty())
        return Error(u"payment.terminal_missing"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter the card terminal's id."));
    if (terminal.size() != 8 || !PersianText::isAsciiDigits(terminal))
        return Error(u"payment.terminal_shape"_s,
                     QT_TRANSLATE_NOOP("Error", "The terminal id must be 8 digits."),
                     u"terminal id length "_s + QString::number(terminal.size()));
    if (reference.isEmpty())
        return Error(u"payment.reference_missing"_s,
                     QT_TRANSLATE_NOOP("Error", "Enter the reference (trace) number printed "
                                                "by the card terminal."));
    if ((reference.size() != 6 && reference.size() != 12) || !PersianText::isAsciiDigits(reference))
        return Error(u"payment.reference_shape"_s,
                     QT_TRANSLATE_NOOP("Error", "The reference number must be the 6-digit "
                                                "trace number or the 12-digit reference number "
                                                "from the card terminal's slip."),
                     u"reference length "_s + QString::number(reference.size()));
    return Payment::card(terminal, reference);
}

} // namespace pishkhan
