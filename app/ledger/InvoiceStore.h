#pragma once

#include "Invoice.h"
#include "core/Result.h"

#include <optional>

namespace pishkhan {

class Database;

// The invoices of batches billed to organisations (schema v8 invoice, invoice_line). Lines
// are appended in the fee's own transaction (LedgerService::recordInvoicedFee); tracking codes
// are read from the outbox, so an invoice shows them as soon as sync has recorded them.
class InvoiceStore
{
public:
    explicit InvoiceStore(Database& db);

    // The number the counter's next invoice gets. Not reserved: the invoice row is written
    // with its first line, so a batch that queues nothing uses up no number.
    [[nodiscard]] Result<Invoice> nextHeader(const QString& officeCode, int counter);
    // Inside the caller's transaction: the header (once) and the next line.
    Status appendLine(const Invoice& header, InvoiceLine line);
    [[nodiscard]] Result<std::optional<Invoice>> find(const QString& number);
    // Headers (no lines) of the invoices of a business day range, newest first.
    [[nodiscard]] Result<QList<Invoice>> headers(QDate from, QDate to);

private:
    Database& m_db;
};

} // namespace pishkhan
