#include "SubmitCommand.h"

#include "CtlContext.h"
#include "counter/ServiceCatalogue.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"
#include "ledger/TariffTable.h"
#include "ops/BatchSubmitter.h"
#include "storage/OutboxStore.h"
#include "sync/CatalogueCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString SubmitCommand::summary() const
{
    return u"submit --batch FILE.csv [--result OUT.csv]: queue a CSV of requests, idempotently"_s;
}

int SubmitCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"batch"_s,
         u"The CSV file (UTF-8, header row; columns service_id, national_code, mobile, "
         u"consent_token, and optionally consent_expires_at, district, citizen_name, "
         u"field.<name>)."_s,
         u"file"_s},
        {u"result"_s, u"Write the per-row result CSV here (default <file>.result.csv)."_s,
         u"file"_s},
    });
    if (auto done = parse(context, parser, arguments,
                          u"Validates each row (national code, mobile, service in the cached "
                          u"catalogue, form fields) and queues each valid one with its fee in "
                          u"its own transaction. The request id is derived from the office and "
                          u"the row, so running the same file again queues nothing new. Exit 0 "
                          u"when every row is queued or already was; 1 when some were "
                          u"refused."_s))
        return *done;
    const QString batchPath = parser.value(u"batch"_s);
    if (batchPath.isEmpty() || !parser.positionalArguments().isEmpty())
        return context.usage(u"expected: submit --batch FILE.csv"_s, helpText(parser));
    const QString resultPath =
        parser.isSet(u"result"_s)
            ? parser.value(u"result"_s)
            : (batchPath.endsWith(u".csv"_s) ? batchPath.chopped(4) : batchPath) + u".result.csv"_s;
    QFile file(batchPath);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error(u"batch.read"_s,
                                  QT_TRANSLATE_NOOP("Error", "The batch file cannot be read."),
                                  batchPath));
    const QByteArray csv = file.readAll();

    Result<Session> session = context.login(Permission::ServeCitizen);
    if (!session)
        return context.fail(session.error());
    Result<Database*> db = context.store();
    if (!db)
        return context.fail(db.error());

    // The catalogue and its tariffs as the last sync cached them: a batch is validated against
    // exactly what the counter would offer.
    CatalogueCache cache(**db);
    Result<std::optional<CatalogueCache::Entry>> cached = cache.current();
    if (!cached)
        return context.fail(cached.error());
    if (!*cached)
        return context.fail(Error(u"catalogue.missing"_s,
                                  QT_TRANSLATE_NOOP("Error", "There is no service catalogue yet; "
                                                             "start the app online once, or run "
                                                             "pishkhanctl sync.")));
    Result<ServiceCatalogue> catalogue = ServiceCatalogue::parse((*cached)->body);
    if (!catalogue)
        return context.fail(catalogue.error());
    Result<TariffTable> tariffs =
        TariffTable::fromCatalogue(QJsonDocument::fromJson((*cached)->body).object());
    if (!tariffs)
        return context.fail(tariffs.error());
    LedgerService& ledger = context.ledger();
    if (Status registered = ledger.registerTariffTable(*tariffs); !registered)
        return context.fail(registered.error());

    OutboxStore outbox(**db);
    const QString tariffId = tariffs->id();
    const Session clerk = *session;
    BatchSubmitter submitter(
        *catalogue, ledger.settings().officeCode,
        [&](const OutboxEntry& entry) -> Status {
            Result<LedgerEntry> fee =
                ledger.recordFee(clerk, FeeRequest{entry, tariffId, Payment::cash()});
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
        QDateTime::currentMSecsSinceEpoch());
    Result<BatchSubmitter::Summary> summary = submitter.submit(csv);
    if (!summary)
        return context.fail(summary.error());
    if (Status written = ReportExporter::writeFile(resultPath, summary->resultCsv()); !written)
        return context.fail(written.error());

    if (context.options().json) {
        context.printJson({{u"ok"_s, summary->invalid == 0 && summary->failed == 0},
                           {u"queued"_s, summary->queued},
                           {u"duplicates"_s, summary->duplicates},
                           {u"invalid"_s, summary->invalid},
                           {u"failed"_s, summary->failed},
                           {u"result_path"_s, resultPath}});
    } else {
        context.out() << "queued " << summary->queued << ", already queued " << summary->duplicates
                      << ", invalid " << summary->invalid << ", failed " << summary->failed
                      << "; per-row result in " << QDir::toNativeSeparators(resultPath) << Qt::endl;
    }
    return summary->invalid == 0 && summary->failed == 0 ? int(ExitCode::Ok)
                                                         : int(ExitCode::CheckFailed);
}

} // namespace pishkhan
