#include "ReportCommand.h"

#include "CtlContext.h"
#include "core/SolarHijri.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"
#include "security/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Dates typed on the command line: Solar Hijri (1404/01/15, Persian digits accepted) or, with
// --calendar gregorian, ISO (2025-04-04).
Result<QDate> parseDay(const QString& text, bool gregorian)
{
    if (!gregorian)
        return SolarHijri::parse(text);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return Error(u"usage.date"_s,
                     QT_TRANSLATE_NOOP("Error", "The date is not a valid yyyy-MM-dd date."), text);
    return day;
}

} // namespace

QString ReportCommand::summary() const
{
    return u"report day [DATE] | range FROM TO [--format csv|pdf] [--output FILE]"_s;
}

int ReportCommand::run(CtlContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, u"day [DATE] or range FROM TO"_s,
                                 u"day [DATE] | range FROM TO"_s);
    parser.addOptions({
        {u"format"_s, u"csv (default) or pdf."_s, u"format"_s, u"csv"_s},
        {{u"o"_s, u"output"_s},
         u"Write to <file> (CSV default: standard output; PDF needs it)."_s,
         u"file"_s},
        {u"calendar"_s,
         u"How DATE, FROM and TO are written: jalali (default, 1404/01/15) or gregorian "
         u"(2025-04-04). The report itself shows Solar Hijri dates."_s,
         u"calendar"_s, u"jalali"_s},
    });
    if (auto done = parse(context, parser, arguments,
                          u"Day report (per clerk, service and payment method) or date-range "
                          u"report (per month and service) of this counter's ledger."_s))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    const QString format = parser.value(u"format"_s);
    const QString calendar = parser.value(u"calendar"_s);
    if (!((kind == u"day"_s && positional.size() <= 2) ||
          (kind == u"range"_s && positional.size() == 3)) ||
        (format != u"csv"_s && format != u"pdf"_s) ||
        (calendar != u"jalali"_s && calendar != u"gregorian"_s))
        return context.usage(u"expected: report day [DATE] | report range FROM TO"_s,
                             helpText(parser));
    const QString output = parser.value(u"output"_s);
    if (format == u"pdf"_s && output.isEmpty())
        return context.usage(u"a PDF report needs --output FILE"_s, helpText(parser));
    const bool gregorian = calendar == u"gregorian"_s;

    Result<Session> session = context.login(Permission::ExportReports);
    if (!session)
        return context.fail(session.error());
    LedgerService& ledger = context.ledger();
    ReportContext report;
    report.officeName = ledger.settings().officeName;
    report.officeCode = ledger.settings().officeCode;
    report.counter = ledger.settings().counter;
    report.generatedAt = QDateTime::currentMSecsSinceEpoch();
    report.serviceNames = ledger.serviceNames().valueOr({});

    QByteArray csv;
    Status written;
    QString subject;
    if (kind == u"day"_s) {
        Result<QDate> day = positional.size() == 2
                                ? parseDay(positional.at(1), gregorian)
                                : Result<QDate>(SolarHijri::businessDay(
                                      report.generatedAt, SolarHijri::officeTimeZone()));
        if (!day)
            return context.fail(day.error());
        Result<DayReport> data = ledger.dayReport(*session, *day);
        if (!data)
            return context.fail(data.error());
        subject = u"day "_s + day->toString(Qt::ISODate);
        if (format == u"csv"_s)
            csv = ReportExporter::dayCsv(*data, report);
        else
            written = ReportExporter::dayPdf(*data, report, output);
    } else {
        Result<QDate> from = parseDay(positional.at(1), gregorian);
        Result<QDate> to = parseDay(positional.at(2), gregorian);
        if (!from)
            return context.fail(from.error());
        if (!to)
            return context.fail(to.error());
        Result<RangeReport> data = ledger.rangeReport(*session, *from, *to);
        if (!data)
            return context.fail(data.error());
        subject = u"range "_s + from->toString(Qt::ISODate) + u".."_s + to->toString(Qt::ISODate);
        if (format == u"csv"_s)
            csv = ReportExporter::rangeCsv(*data, report);
        else
            written = ReportExporter::rangePdf(*data, report, output);
    }
    if (format == u"csv"_s) {
        if (output.isEmpty() || output == u"-"_s) {
            context.out() << QString::fromUtf8(csv) << Qt::flush;
        } else {
            written = ReportExporter::writeFile(output, csv);
        }
    }
    if (!written)
        return context.fail(written.error());
    (void)context.audit().record(
        AuditKind::Export, *session, subject,
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"format"_s, format}, {u"via"_s, u"ctl"_s}})
                              .toJson(QJsonDocument::Compact)));
    if (!output.isEmpty() && output != u"-"_s) {
        if (context.options().json)
            context.printJson({{u"ok"_s, true}, {u"path"_s, output}});
        else
            context.out() << "report written to " << QDir::toNativeSeparators(output) << Qt::endl;
    }
    return int(ExitCode::Ok);
}

} // namespace pishkhan
