#pragma once

#include "FollowUpLookup.h"
#include "PropertyFile.h"
#include "core/Result.h"
#include "security/AuditEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pishkhan {

class Database;
class LedgerStore;

// The property file is an inquiry like any other catalogue service: the citizen's one-time
// code, the council's fee, a receipt and a tracking code. What it answers is a citizen's
// property (owner's permits, debts, plans around it), so the counter never looks a property up
// without a paid request, and taking the fee also writes who asked, for whom and about which
// property into the audit trail, in the fee's transaction.
class PropertyInquiry
{
public:
    // The catalogue service whose answer is a property file (docs/api.md §4.9).
    static constexpr auto kServiceId = "property-file";

    PropertyInquiry() = delete;

    [[nodiscard]] static bool isPropertyInquiry(const QString& serviceId);
    // The property a form names: its renovation code ("6-12-345-17-0-0-0"), or its registered
    // plate ("14/2153/47") when that is all the form has.
    [[nodiscard]] static QString propertyNamed(const QJsonObject& fields);

    // The audit event that goes with the fee: the request id, the citizen's national code
    // masked (the audit trail is exported and printed) and the property as the form named it.
    // The ledger stamps the clerk, the time and the receipt number.
    [[nodiscard]] static AuditEvent
    auditEvent(const QString& requestId, const QString& nationalCode, const QJsonObject& fields);

    // This counter's property-file requests, newest first, with what the backend said so far.
    [[nodiscard]] static Result<QList<FollowUpRecord>> recent(Database& db, LedgerStore& ledger,
                                                              int limit);

    // The file of an answered request. Error codes: property_file.waiting (the municipality
    // has not answered yet), property_file.refused (rejected, cancelled or never accepted:
    // the reason is in the detail), property_file.malformed.
    [[nodiscard]] static Result<PropertyFile> fileOf(const FollowUpRecord& record);
};

} // namespace pishkhan
