#pragma once

#include "core/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pishkhan {

// One request billed on an invoice: its fee entry in the ledger and, once sync brings it, the
// backend's tracking code (empty while the request is queued).
struct InvoiceLine
{
    int lineNo = 0; // 1..N in the order the batch queued them
    QString requestId;
    QString serviceId;
    Money fee;
    qint64 ledgerSeq = 0;
    QString trackingCode;
};

// The consolidated invoice of one batch an organisation sent under its standing mandate
// (tables invoice and invoice_line). Its fees are ledger entries paid "invoice" with this
// number as reference and the organisation's legal-entity id, so they count in no drawer and
// on no card terminal.
struct Invoice
{
    QString number; // "INV-<office>-<counter>-<nnnnnn>", gapless per counter
    int counter = 0;
    qint64 seqNo = 0;
    QString organisationId; // legal-entity id, canonical
    QString organisationName;
    QString mandateNumber;
    QString batchSha256; // SHA-256 of the batch file, lower-case hex
    QDate businessDay;
    qint64 createdAt = 0;
    QString clerkId;
    QList<InvoiceLine> lines;

    [[nodiscard]] Money total() const
    {
        qint64 rials = 0;
        for (const InvoiceLine& l : lines)
            rials += l.fee.rials();
        return Money::fromRials(rials);
    }
    [[nodiscard]] int queuedLines() const
    {
        int n = 0;
        for (const InvoiceLine& l : lines)
            n += l.trackingCode.isEmpty() ? 1 : 0;
        return n;
    }
};

} // namespace pishkhan
