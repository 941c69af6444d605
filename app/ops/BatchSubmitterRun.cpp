#include "BatchSubmitterRun.h"

#include "core/LegalEntityId.h"
#include "counter/ServiceCatalogue.h"
#include "ledger/InvoiceStore.h"
#include "ledger/LedgerService.h"
#include "ledger/TariffTable.h"
#include "security/Authorizer.h"
#include "storage/OutboxStore.h"
#include "sync/CatalogueCache.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

Result<QList<OrganisationMandate>>
BatchSubmitterRun::mandatesFor(Database& db, const QString& organisation, qint64 now)
{
    Result<LegalEntityId> id = LegalEntityId::parse(organisation);
    if (!id)
        return Error(id.error()).prefixDetail(u"organisation"_s);
    Result<QList<OrganisationMandate>> known = MandateCache(db).ofOrganisation(id->canonical());
    if (!known)
        return known.error();
    if (known->isEmpty())
        return Error(u"organisation.unknown"_s,
                     QT_TRANSLATE_NOOP("Error", "This organisation has no mandate registered "
                                                "with the municipality for this office; sync "
                                                "to fetch the latest list, or ask the "
                                                "organisation for its mandate."),
                     id->masked());
    QList<OrganisationMandate> inForce;
    for (const OrganisationMandate& m : *known) {
        if (m.inForce(now))
            inForce += m;
    }
    if (inForce.isEmpty())
        return Error(u"organisation.mandate_expired"_s,
                     QT_TRANSLATE_NOOP("Error", "The organisation's mandate is not in force."),
                     id->masked());
    return inForce;
}

Result<BatchSubmitterRun::Outcome> BatchSubmitterRun::run(LedgerService& ledger, Database& db,
                                                          const Session& clerk,
                                                          const QByteArray& csv,
                                                          const QString& organisation, qint64 now)
{
    if (Status s = Authorizer::require(clerk, Permission::ServeCitizen); !s)
        return s.error();
    std::optional<BatchSubmitter::Billing> billing;
    std::optional<Invoice> header;
    if (!organisation.trimmed().isEmpty()) {
        Result<QList<OrganisationMandate>> mandates = mandatesFor(db, organisation, now);
        if (!mandates)
            return mandates.error();
        Result<Invoice> next =
            InvoiceStore(db).nextHeader(ledger.settings().officeCode, ledger.settings().counter);
        if (!next)
            return next.error();
        header = *next;
        header->organisationId = mandates->first().legalEntityId;
        header->organisationName = mandates->first().organisationName;
        header->mandateNumber = mandates->first().mandateNumber;
        header->batchSha256 =
            QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
        billing = BatchSubmitter::Billing{header->organisationId, header->number, *mandates};
    }

    // The catalogue and its tariffs as the last sync cached them: a batch is validated against
    // exactly what the counter would offer.
    CatalogueCache cache(db);
    Result<std::optional<CatalogueCache::Entry>> cached = cache.current();
    if (!cached)
        return cached.error();
    if (!*cached)
        return Error(u"catalogue.missing"_s,
                     QT_TRANSLATE_NOOP("Error", "There is no service catalogue yet; start the "
                                                "app online once, or run pishkhanctl sync."));
    Result<ServiceCatalogue> catalogue = ServiceCatalogue::parse((*cached)->body);
    if (!catalogue)
        return catalogue.error();
    Result<TariffTable> tariffs =
        TariffTable::fromCatalogue(QJsonDocument::fromJson((*cached)->body).object());
    if (!tariffs)
        return tariffs.error();
    if (Status registered = ledger.registerTariffTable(*tariffs); !registered)
        return registered.error();

    OutboxStore outbox(db);
    const QString tariffId = tariffs->id();
    BatchSubmitter submitter(
        *catalogue, ledger.settings().officeCode,
        [&](const OutboxEntry& entry) -> Status {
            Result<LedgerEntry> fee =
                header ? ledger.recordInvoicedFee(
                             clerk,
                             FeeRequest{entry, tariffId,
                                        Payment::invoice(header->organisationId, header->number)},
                             *header)
                       : ledger.recordFee(clerk, FeeRequest{entry, tariffId, Payment::cash()});
            if (!fee)
                return fee.error();
            return {};
        },
        [&](const QString& id) -> Result<bool> {
            Result<std::optional<OutboxEntry>> found = outbox.find(id);
            if (!found)
                return found.error();
            return found->has_value();
        },
        now);
    if (billing)
        submitter.setBilling(*billing);
    Result<BatchSubmitter::Summary> summary = submitter.submit(csv);
    if (!summary)
        return summary.error();
    Outcome outcome;
    outcome.summary = *summary;
    if (header) {
        Result<std::optional<Invoice>> stored = InvoiceStore(db).find(header->number);
        if (!stored)
            return stored.error();
        outcome.invoice = *stored;
    }
    return outcome;
}

} // namespace pishkhan
