#pragma once

#include "core/Result.h"
#include "ledger/ReceiptLabels.h"
#include "print/PrintService.h"

#include <QSet>

namespace pishkhan {

class LedgerService;
struct Session;

// The paper receipts of fees, counted. The first print of a fee is the original; every
// print after it ("print again") is first a reprint entry in the ledger
// (LedgerService::recordReprint, which checks the ReprintReceipt permission and numbers the
// copy) and then prints as "copy n". A retry from the "to print" list is the same paper going
// out late, not another copy: it goes through PrintService::retry and never through here.
// Which originals went out is this counter's session memory: after a restart every print of a
// fee is a copy, which is the side an auditor wants it to err on.
class ReceiptCopies
{
public:
    struct Printed
    {
        PrintService::Delivered delivered;
        int copyNo = 0; // 0 = the original
        QString receiptNumber;
    };

    ReceiptCopies(LedgerService& ledger, PrintService& printing);

    // The fee's receipt: the original the first time, a counted copy every time after.
    // Error codes: the ledger's (auth.forbidden, ledger.not_found, ...), render.failed, and
    // PrintService::print's (the document is then in the "to print" list).
    [[nodiscard]] Result<Printed> print(const Session& clerk, qint64 feeSeq,
                                        ReceiptLabels::Language language);
    // A counted copy, whether or not the original went out from this counter.
    [[nodiscard]] Result<Printed> printCopy(const Session& clerk, qint64 feeSeq,
                                            ReceiptLabels::Language language);
    // The receipt of a ledger entry as it is (a refund receipt, or a copy already counted).
    [[nodiscard]] Result<Printed> printEntry(const Session& clerk, qint64 entrySeq,
                                             ReceiptLabels::Language language);

    [[nodiscard]] bool originalPrinted(qint64 feeSeq) const { return m_originals.contains(feeSeq); }

private:
    LedgerService& m_ledger;
    PrintService& m_printing;
    QSet<qint64> m_originals;
};

} // namespace pishkhan
