#include "ReceiptCopies.h"

#include "ledger/LedgerService.h"
#include "ledger/ReceiptRenderer.h"
#include "security/Session.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

ReceiptCopies::ReceiptCopies(LedgerService& ledger, PrintService& printing)
    : m_ledger(ledger)
    , m_printing(printing)
{}

Result<ReceiptCopies::Printed> ReceiptCopies::print(const Session& clerk, qint64 feeSeq,
                                                    ReceiptLabels::Language language)
{
    if (m_originals.contains(feeSeq))
        return printCopy(clerk, feeSeq, language);
    auto printed = printEntry(clerk, feeSeq, language);
    // A failed original is in the "to print" list and goes out from there: pressing print
    // again here is a copy.
    const bool handedOver = printed || PrintService::keptInList(printed.error());
    if (handedOver)
        m_originals.insert(feeSeq);
    return printed;
}

Result<ReceiptCopies::Printed> ReceiptCopies::printCopy(const Session& clerk, qint64 feeSeq,
                                                        ReceiptLabels::Language language)
{
    auto entry = m_ledger.recordReprint(clerk, feeSeq);
    if (!entry)
        return entry.error();
    return printEntry(clerk, entry->seq, language);
}

Result<ReceiptCopies::Printed> ReceiptCopies::printEntry(const Session& clerk, qint64 entrySeq,
                                                         ReceiptLabels::Language language)
{
    auto receipt = m_ledger.receipt(entrySeq, clerk.displayName);
    if (!receipt)
        return receipt.error();
    auto document = ReceiptRenderer::printable(*receipt, language);
    if (!document)
        return document.error();
    QString name = receipt->receiptNumber;
    if (document->kind == DocumentKind::RefundReceipt)
        name += u"-refund"_s;
    if (receipt->copyNo > 0)
        name += u"-copy-"_s + QString::number(receipt->copyNo);
    auto delivered = m_printing.print(*document, name);
    if (!delivered)
        return delivered.error();
    return Printed{*delivered, receipt->copyNo, receipt->receiptNumber};
}

} // namespace pishkhan
