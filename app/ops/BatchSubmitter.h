#pragma once

#include "core/Result.h"
#include "storage/OutboxEntry.h"
#include "sync/MandateCache.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pishkhan {

class ServiceCatalogue;

// "pishkhanctl submit --batch FILE.csv": many requests at once, for example inquiries a bank
// collected with its customers' consent tokens already obtained.
//
// The file: UTF-8 CSV with a header row. Columns (any order; names are case-insensitive):
//   service_id         required   a service of the cached catalogue, active
//   national_code      required   the citizen's national code (Persian digits accepted)
//   mobile             required   the citizen's mobile (09…, +98…)
//   consent_token      required   from POST /consents/challenges/{id}/verify (docs/api.md §4.6);
//                                 absent or empty in a batch billed to an organisation, whose
//                                 standing mandate stands in for it (docs/api.md §4.15)
//   consent_expires_at optional   RFC 3339; empty = 24 h from now (the backend's stated period)
//   district           optional   1–16; a renovation code field names it otherwise
//   citizen_name       optional
//   field.<name>       the service's form fields (FieldSchema), e.g. field.renovation_code
// Any other column refuses the whole file (a typo must not silently drop a field).
//
// Each valid row becomes one outbox row through `queue` — in the app, LedgerService::recordFee,
// which writes the request and its fee in ONE transaction, so a row is queued whole or not at
// all. Its request id is derived from the office and the row's canonical content (SHA-256,
// shaped as a UUID v4), so running the same file again — or a file repeating a row — queues
// nothing new: the row is reported "duplicate" with the id it already has.
class BatchSubmitter
{
public:
    enum class RowStatus { Queued, Duplicate, Invalid, Failed };

    struct RowResult
    {
        int row = 0; // the row's number as a spreadsheet shows it (the header is row 1)
        RowStatus status = RowStatus::Invalid;
        QString reasonCode; // Error::code() for invalid and failed rows
        QString reason;     // English, names the column; never repeats the citizen's data
        QString requestId;
    };

    struct Summary
    {
        int queued = 0;
        int duplicates = 0;
        int invalid = 0;
        int failed = 0;
        QList<RowResult> rows;
        // row,status,reason_code,reason,request_id — UTF-8 with a BOM.
        [[nodiscard]] QByteArray resultCsv() const;
    };

    using QueueRow = std::function<Status(const OutboxEntry& entry)>;
    using RowExists = std::function<Result<bool>(const QString& requestId)>;

    BatchSubmitter(const ServiceCatalogue& catalogue, QString officeCode, QueueRow queue,
                   RowExists exists, qint64 nowMs);

    // A batch an organisation sends under its standing mandates: no consent token per row,
    // each row's service must be covered by one of the mandates in force (the row records
    // that mandate's number), and each row is paid "invoice" on this invoice.
    struct Billing
    {
        QString organisationId; // legal-entity id, canonical
        QString invoiceNumber;
        QList<OrganisationMandate> mandates; // in force
    };
    void setBilling(Billing billing) { m_billing = std::move(billing); }

    // An Error only when the file as a whole cannot be read (csv.*, batch.header); each row's
    // own outcome is in the Summary.
    [[nodiscard]] Result<Summary> submit(const QByteArray& csv);

    [[nodiscard]] static QString statusName(RowStatus status);
    // The request id for a row's canonical content (exposed for the tests).
    [[nodiscard]] static QString requestIdFor(const QString& officeCode,
                                              const QByteArray& canonicalRow);

private:
    Result<OutboxEntry> buildEntry(const QStringList& header, const QStringList& fields) const;

    const ServiceCatalogue& m_catalogue;
    QString m_officeCode;
    QueueRow m_queue;
    RowExists m_exists;
    qint64 m_now;
    std::optional<Billing> m_billing;
};

} // namespace pishkhan
