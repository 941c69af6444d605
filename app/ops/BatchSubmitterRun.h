#pragma once

#include "BatchSubmitter.h"
#include "core/Result.h"
#include "ledger/Invoice.h"
#include "security/Session.h"
#include "sync/MandateCache.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pishkhan {

class Database;
class LedgerService;

// One run of a batch file as `pishkhanctl submit` and the Batches screen start it: the cached
// catalogue and its tariffs, then BatchSubmitter, each row's fee recorded with its request.
// Without an organisation the fees are cash in the clerk's drawer (rows carry the citizens'
// consent tokens). With one, the batch is billed to that organisation: its legal-entity id
// must be valid and known to the office (a mandate the backend listed, MandateCache) and in
// force; each row goes under the mandate covering its service, is paid "invoice", and lands as
// a line of ONE invoice for the batch. Every refusal of the run as a whole comes before any
// write, so it leaves the ledger, outbox, invoices and audit trail as they were.
class BatchSubmitterRun
{
public:
    struct Outcome
    {
        BatchSubmitter::Summary summary;
        std::optional<Invoice> invoice; // billed batches that queued at least one row
    };

    // Error codes: auth.forbidden, catalogue.missing, legal_entity_id.* (the organisation's
    // id as typed), organisation.unknown (not in the office's list of organisations),
    // organisation.mandate_expired (known, but no mandate in force), and the file's
    // csv.* / batch.header.
    [[nodiscard]] static Result<Outcome> run(LedgerService& ledger, Database& db,
                                             const Session& clerk, const QByteArray& csv,
                                             const QString& organisation, qint64 now);

    // The organisation's mandates in force, or why it cannot be billed.
    [[nodiscard]] static Result<QList<OrganisationMandate>>
    mandatesFor(Database& db, const QString& organisation, qint64 now);
};

} // namespace pishkhan
