#pragma once

#include "core/Result.h"
#include "storage/OutboxEntry.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pishkhan {

class Database;
class LedgerStore;
class ServiceCatalogue;
struct ServiceDefinition;

// One request as the follow-up screen shows it: the outbox row, what the backend said after
// acceptance (status history and result), and the fee that paid for it in this ledger.
struct FollowUpRecord
{
    OutboxEntry request;
    std::optional<RequestProgressStore::Progress> progress;
    qint64 feeSeq = 0; // 0 = no fee for it in this counter's ledger
    QString receiptNumber;

    // Identifiers as a list may show them (never in full).
    [[nodiscard]] QString maskedNationalCode() const;
    [[nodiscard]] QString maskedMobile() const;
};

// "Follow up": finds requests by tracking code ("1405-ABC-000123"), receipt number
// ("14050907-1-0042") or the citizen's national code, typed with Persian, Arabic or Latin
// digits. Reads the outbox and the ledger only.
class FollowUpLookup
{
public:
    enum class QueryKind { Invalid, TrackingCode, ReceiptNumber, NationalCode };

    FollowUpLookup(Database& db, LedgerStore& ledger);

    // What the clerk typed, folded to ASCII digits and upper case, trimmed.
    [[nodiscard]] static QString normalise(const QString& input);
    [[nodiscard]] static QueryKind classify(const QString& input);

    // Newest first. Error codes: followup.query (not a tracking code, receipt number or valid
    // national code), storage.*.
    [[nodiscard]] Result<QList<FollowUpRecord>> find(const QString& input);
    // The current view of one request (after a refresh or a resubmit).
    [[nodiscard]] Result<std::optional<FollowUpRecord>> record(const QString& requestId);
    // Requests the backend refused for a reason the clerk can fix, oldest first.
    [[nodiscard]] Result<QList<FollowUpRecord>> needsAttention();

private:
    Result<FollowUpRecord> complete(const OutboxEntry& entry);
    Result<QList<OutboxEntry>> allRequests();

    OutboxStore m_outbox;
    RequestProgressStore m_progress;
    LedgerStore& m_ledger;
};

// "Needs attention": the clerk corrects a refused request's form and sends it again under the
// same request id. The payload's district and its `fields` are offered as text; the catalogue's
// field schema checks each value where the service is known (other fields pass as typed).
class RequestAmendment
{
public:
    struct Field
    {
        QString name;
        QString label; // the catalogue's label, or the name
        QString text;  // what the clerk edits
    };
    static constexpr auto kDistrict = "district";

    // Error code: amend.payload (not a JSON object).
    [[nodiscard]] static Result<RequestAmendment> load(const OutboxEntry& entry,
                                                       const ServiceCatalogue& catalogue);
    // The district first, then the form's fields.
    [[nodiscard]] const QList<Field>& fields() const { return m_fields; }
    // Validates the edited texts (by name) and returns the new payload. Error codes:
    // amend.district, service.not_in_district, the field schema's codes; the detail is the
    // name of the field at fault.
    [[nodiscard]] Result<QString> apply(const QMap<QString, QString>& texts) const;
    // Checks, writes the new payload and queues the request again (same request id).
    Status resubmit(Database& db, const QMap<QString, QString>& texts, qint64 now) const;

private:
    OutboxEntry m_entry;
    const ServiceDefinition* m_service = nullptr;
    const ServiceCatalogue* m_catalogue = nullptr;
    QList<Field> m_fields;
};

} // namespace pishkhan
