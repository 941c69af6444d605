#pragma once

#include "FollowUpQuery.h"
#include "core/Result.h"
#include "storage/OutboxEntry.h"
#include "storage/OutboxStore.h"
#include "storage/RequestProgressStore.h"
#include "storage/SqlValue.h"

#include <QJsonObject>
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

    // What the clerk can do about a request on the attention list; the core decides which are
    // offered (FollowUpLookup::needsAttention), the screen only shows them.
    enum class NextStep {
        Amend,         // refused before acceptance: correct the form, same request id
        ResubmitAsNew, // rejected after acceptance (final at the backend): serve it again anew
        Refund,        // rejected after acceptance: refund its fee (a supervisor approves)
    };
    QList<NextStep> nextSteps;
    // Found at the backend and not on this PC: made at another counter of the office.
    bool otherCounter = false;

    // The backend accepted the request, then the municipality rejected it.
    [[nodiscard]] bool rejectedAfterAcceptance() const;
    // Why it needs attention, as the backend (or the app) said it.
    [[nodiscard]] QString reasonFa() const;
    [[nodiscard]] QString reasonEn() const;
};

// A page of search results, newest first. nextToken is empty on the last page.
struct FollowUpResultPage
{
    QList<FollowUpRecord> records;
    QString nextToken;
};

// What "fix and resubmit" starts from: the rejected request's citizen, service, district and form
// as text, for a new request through the normal serve flow (the clerk decides about the fee).
struct RequestResubmission
{
    QString rejectedRequestId;
    QString serviceId;
    int district = 0;
    QString nationalCode; // the citizen's, or the company's representative's
    QString mobile;
    QString legalEntityId;         // the company applying, empty for a person
    QMap<QString, QString> fields; // name -> text, as the form takes it
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

    // Newest first (the first page of search()). Error codes: followup.query (not a tracking
    // code, receipt number or valid national code), storage.*.
    [[nodiscard]] Result<QList<FollowUpRecord>> find(const QString& input);
    // One page of a query, after the page whose token is given (empty = the first page). Each
    // query walks one index in (created_at, seq) order, never the whole outbox. Error codes:
    // followup.page_token, storage.*.
    [[nodiscard]] Result<FollowUpResultPage> search(const FollowUpQuery& query,
                                                    const QString& pageToken = {});
    // SQLite's plan for search() (one line per step), for the tests that prove index use.
    [[nodiscard]] Result<QStringList> searchPlan(const FollowUpQuery& query,
                                                 const QString& pageToken = {});
    // The current view of one request (after a refresh or a resubmit).
    [[nodiscard]] Result<std::optional<FollowUpRecord>> record(const QString& requestId);
    // Oldest first: requests the backend refused for a reason the clerk can fix (next step:
    // amend), and requests the municipality rejected after acceptance (next steps: serve it
    // again as a new request, and a refund when this counter took its fee). A rejected one
    // leaves the list once its fee is refunded or voided, or once it was resubmitted.
    [[nodiscard]] Result<QList<FollowUpRecord>> needsAttention();

    // "Fix and resubmit" of a request rejected after acceptance: what the new request starts
    // from. Error codes: followup.not_rejected, amend.payload.
    [[nodiscard]] static Result<RequestResubmission>
    resubmission(const FollowUpRecord& rejected, const ServiceCatalogue& catalogue);
    // Links the new request to the rejected one, which then leaves the attention list. Error
    // codes: followup.not_rejected (not rejected after acceptance), followup.already_resubmitted,
    // outbox.not_found (the new request), storage.*.
    Status recordResubmission(const QString& rejectedRequestId, const QString& newRequestId,
                              const QString& clerkId, qint64 now);

    // A request the backend answered for another counter of the office (a §4.9 request or a
    // §4.19 list item): what the follow-up list shows of it, marked otherCounter. Identifiers
    // stay as masked as the backend sent them.
    [[nodiscard]] static FollowUpRecord fromBackend(const QJsonObject& request);
    // The records of a §4.19 answer, and its next page (0 = none).
    [[nodiscard]] static QList<FollowUpRecord> fromBackendList(const QJsonObject& answer,
                                                               int* nextPage = nullptr);

private:
    Result<FollowUpRecord> complete(const OutboxEntry& entry);
    Result<QList<FollowUpRecord>> completeAll(const QList<OutboxEntry>& entries);
    Result<QList<OutboxEntry>> rejectedAfterAcceptance();
    // The SQL and its bound values for one page of a query; an empty sql = no match possible.
    struct PageSql
    {
        QString sql;
        QList<std::pair<QByteArray, SqlValue>> values;
    };
    Result<PageSql> pageSql(const FollowUpQuery& query, const QString& pageToken);

    Database& m_db;

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
