#include "PrintService.h"

#include "EscPosPrinter.h"
#include "EscPosTarget.h"

#include "PdfDocumentWriter.h"
#include "PrintErrors.h"
#include "SystemPrinter.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "security/Session.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const QString kKeptAs = u"kept as to-print job "_s;

} // namespace

bool PrintService::keptInList(const Error& error)
{
    return error.detail().startsWith(kKeptAs);
}

PrintService::PrintService(PrintQueueStore& queue, AuditLog& audit, const Clock& clock,
                           RouteSource routes, QString pdfRoot)
    : m_queue(queue)
    , m_audit(audit)
    , m_clock(clock)
    , m_routes(std::move(routes))
    , m_pdfRoot(std::move(pdfRoot))
{}

Result<std::unique_ptr<DocumentPrinter>> PrintService::makePrinter(const PrinterRoute& route,
                                                                   const QString& pdfPath)
{
    if (Status valid = route.validate(); !valid)
        return valid.error();
    switch (route.way) {
    case PrinterRoute::Way::None:
        return std::unique_ptr<DocumentPrinter>(
            std::make_unique<PdfDocumentWriter>(pdfPath, route.paper));
    case PrinterRoute::Way::System:
        return std::unique_ptr<DocumentPrinter>(
            std::make_unique<SystemPrinter>(route.target, route.paper));
    case PrinterRoute::Way::EscPos:
        return makeEscPosPrinter(route);
    }
    return PrintErrors::unsupported(printerWayKey(route.way));
}

Result<std::unique_ptr<DocumentPrinter>> PrintService::makeEscPosPrinter(const PrinterRoute& route)
{
    Result<EscPosTarget> target = EscPosTarget::parse(route.target);
    if (!target)
        return target.error();
    return std::unique_ptr<DocumentPrinter>(
        std::make_unique<EscPosPrinter>(std::move(*target), route.paper));
}

QString PrintService::pdfPathFor(const PrintableDocument& document, const QString& pdfName) const
{
    const bool receipt =
        document.kind == DocumentKind::Receipt || document.kind == DocumentKind::RefundReceipt;
    const bool answer =
        document.kind == DocumentKind::Answer || document.kind == DocumentKind::PropertyFile;
    const QString dir = QDir(m_pdfRoot).filePath(receipt  ? u"receipts"_s
                                                 : answer ? u"answers"_s
                                                          : u"documents"_s);
    QDir().mkpath(dir);
    QString stem = !pdfName.isEmpty()              ? pdfName
                   : !document.reference.isEmpty() ? document.reference
                                                   : documentKindKey(document.kind);
    stem.replace(QRegularExpression(u"[/\\\\:*?\"<>|\\s]"_s), u"-"_s);
    return QDir(dir).filePath(stem + u".pdf"_s);
}

Result<PrintService::Delivered> PrintService::send(const PrintableDocument& document,
                                                   const QString& pdfName)
{
    const PrinterRoute route = m_routes
                                   ? m_routes().route(document.kind)
                                   : PrinterRoute::none(PrinterRoute::defaultPaper(document.kind));
    const QString pdfPath =
        route.way == PrinterRoute::Way::None ? pdfPathFor(document, pdfName) : QString();
    auto printer = makePrinter(route, pdfPath);
    if (!printer)
        return printer.error();
    if (Status s = (*printer)->print(document); !s)
        return s.error();
    return Delivered{route, pdfPath};
}

Result<PrintService::Delivered> PrintService::print(const PrintableDocument& document,
                                                    const QString& pdfName)
{
    auto delivered = send(document, pdfName);
    if (delivered)
        return delivered;
    Error error = delivered.error();
    auto job = m_queue.enqueue(document, error, m_clock.nowMs());
    if (!job) {
        // The list could not take it either: say so rather than claim it is kept.
        Error lost = job.error();
        return lost.prefixDetail(u"printing failed ("_s + error.message() + u"), then"_s);
    }
    return error.prefixDetail(kKeptAs + QString::number(*job));
}

Result<PrintService::Delivered> PrintService::retry(qint64 jobId, const Session& clerk)
{
    auto job = m_queue.find(jobId);
    if (!job)
        return job.error();
    if (job->state != PrintQueueStore::State::Pending)
        return PrintErrors::jobClosed(jobId);
    auto delivered = send(job->document, {});
    if (!delivered) {
        if (Status s = m_queue.recordFailure(jobId, delivered.error(), m_clock.nowMs()); !s)
            return s.error();
        return delivered;
    }
    if (Status s = m_queue.markPrinted(jobId, clerk.username, m_clock.nowMs()); !s)
        return s.error();
    return delivered;
}

Result<QList<PrintQueueStore::Job>> PrintService::list()
{
    return m_queue.pending();
}

Result<int> PrintService::pendingCount()
{
    return m_queue.pendingCount();
}

Status PrintService::discard(qint64 jobId, const Session& clerk, const QString& reason)
{
    auto job = m_queue.find(jobId);
    if (!job)
        return job.error();
    if (Status s = m_queue.markDiscarded(jobId, clerk.username, reason, m_clock.nowMs()); !s)
        return s;
    const QJsonObject detail{{u"job"_s, jobId},
                             {u"kind"_s, documentKindKey(job->document.kind)},
                             {u"reason"_s, reason.trimmed()}};
    auto event =
        m_audit.record(AuditKind::PrintDiscarded, clerk, job->document.reference,
                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!event)
        return event.error();
    return {};
}

} // namespace pishkhan
