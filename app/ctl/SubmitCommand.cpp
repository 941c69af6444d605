#include "SubmitCommand.h"

#include "CtlContext.h"
#include "ledger/InvoiceDocument.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"
#include "ops/BatchSubmitterRun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString SubmitCommand::summary() const
{
    return u"submit --batch FILE.csv [--organisation ID [--invoice OUT.pdf]] [--result OUT.csv]: "
           u"queue a CSV of requests, idempotently"_s;
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
        {u"organisation"_s,
         u"Bill the batch to this organisation (its legal-entity id, شناسه ملی): the rows go "
         u"under its standing mandate, need no consent_token, and their fees are one invoice "
         u"instead of cash."_s,
         u"legal-entity-id"_s},
        {u"invoice"_s, u"With --organisation: write the batch's invoice as a PDF here."_s,
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

    LedgerService& ledger = context.ledger();
    Result<BatchSubmitterRun::Outcome> outcome =
        BatchSubmitterRun::run(ledger, **db, *session, csv, parser.value(u"organisation"_s),
                               QDateTime::currentMSecsSinceEpoch());
    if (!outcome)
        return context.fail(outcome.error());
    const BatchSubmitter::Summary* summary = &outcome->summary;
    QString invoicePath;
    if (outcome->invoice && parser.isSet(u"invoice"_s)) {
        invoicePath = parser.value(u"invoice"_s);
        ReportContext report;
        report.officeName = ledger.settings().officeName;
        report.officeCode = ledger.settings().officeCode;
        report.counter = ledger.settings().counter;
        report.generatedAt = QDateTime::currentMSecsSinceEpoch();
        if (Result<QMap<QString, QString>> names = ledger.serviceNames())
            report.serviceNames = *names;
        if (Status written = InvoiceDocument::pdf(*outcome->invoice, report, invoicePath); !written)
            return context.fail(written.error());
    }
    if (Status written = ReportExporter::writeFile(resultPath, summary->resultCsv()); !written)
        return context.fail(written.error());

    if (context.options().json) {
        context.printJson(
            {{u"ok"_s, summary->invalid == 0 && summary->failed == 0},
             {u"queued"_s, summary->queued},
             {u"duplicates"_s, summary->duplicates},
             {u"invalid"_s, summary->invalid},
             {u"failed"_s, summary->failed},
             {u"result_path"_s, resultPath},
             {u"invoice_number"_s, outcome->invoice ? outcome->invoice->number : QString()},
             {u"invoice_lines"_s, outcome->invoice ? int(outcome->invoice->lines.size()) : 0},
             {u"invoice_total_rials"_s,
              outcome->invoice ? double(outcome->invoice->total().rials()) : 0.0},
             {u"invoice_path"_s, invoicePath}});
    } else {
        context.out() << "queued " << summary->queued << ", already queued " << summary->duplicates
                      << ", invalid " << summary->invalid << ", failed " << summary->failed
                      << "; per-row result in " << QDir::toNativeSeparators(resultPath) << Qt::endl;
        if (outcome->invoice)
            context.out() << "invoice " << outcome->invoice->number << ": "
                          << outcome->invoice->lines.size() << " lines, "
                          << outcome->invoice->total().rials() << " rials"
                          << (invoicePath.isEmpty()
                                  ? QString()
                                  : u" in "_s + QDir::toNativeSeparators(invoicePath))
                          << Qt::endl;
    }
    return summary->invalid == 0 && summary->failed == 0 ? int(ExitCode::Ok)
                                                         : int(ExitCode::CheckFailed);
}

} // namespace pishkhan
