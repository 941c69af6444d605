#pragma once

#include "DocumentPrinter.h"
#include "PrintQueueStore.h"
#include "PrinterRoute.h"

#include <functional>
#include <memory>

namespace pishkhan {

class AuditLog;
class Clock;
struct Session;

// Every way a document reaches paper goes through here: the route its kind has in the
// settings picks the printer, and a document the printer does not take goes into the "to
// print" list (PrintQueueStore) before the error is returned, so it is never lost. Retrying a
// job prints the same document again (it is not a new copy: counting copies of a receipt is
// the ledger's, before the document is built); discarding one needs a reason and leaves an
// audit event.
class PrintService
{
public:
    // The routes as the settings say now (read on every print, so a change applies at once).
    using RouteSource = std::function<PrintRoutes()>;

    struct Delivered
    {
        PrinterRoute route;
        // Route None: the PDF written, for the desktop's viewer.
        QString pdfPath;
    };

    // pdfRoot: where documents without a printer are written (receipts in "receipts", other
    // kinds in "documents").
    PrintService(PrintQueueStore& queue, AuditLog& audit, const Clock& clock, RouteSource routes,
                 QString pdfRoot);

    // Prints through the kind's route. On failure the document is in the list and the
    // printer's Error comes back (print.no_such_printer, print.offline, print.refused,
    // print.unsupported, print.layout_failed, print.pdf_failed); its detail names the job.
    // pdfName: the PDF's file name without ".pdf" (route None), default the reference.
    [[nodiscard]] Result<Delivered> print(const PrintableDocument& document,
                                          const QString& pdfName = {});
    // The same document of a pending job again, through its kind's route as it is now; on
    // failure the job stays with one more attempt. Error codes as print(), plus
    // print.job_not_found and print.job_closed.
    [[nodiscard]] Result<Delivered> retry(qint64 jobId, const Session& clerk);
    // Pending jobs, oldest first.
    [[nodiscard]] Result<QList<PrintQueueStore::Job>> list();
    [[nodiscard]] Result<int> pendingCount();
    // Gives a job up (print.reason_missing without a reason); audit event print_discarded.
    Status discard(qint64 jobId, const Session& clerk, const QString& reason);

    // The printer a route stands for. EscPos routes go to makeEscPosPrinter().
    [[nodiscard]] static Result<std::unique_ptr<DocumentPrinter>>
    makePrinter(const PrinterRoute& route, const QString& pdfPath);
    // The ESC/POS thermal printer for a route: print.unsupported until one is built in.
    [[nodiscard]] static Result<std::unique_ptr<DocumentPrinter>>
    makeEscPosPrinter(const PrinterRoute& route);

    [[nodiscard]] PrintQueueStore& queue() { return m_queue; }
    // A failure of print() after which the document is in the "to print" list (the list took
    // it), as opposed to one before any printer saw it.
    [[nodiscard]] static bool keptInList(const Error& error);

private:
    Result<Delivered> send(const PrintableDocument& document, const QString& pdfName);
    QString pdfPathFor(const PrintableDocument& document, const QString& pdfName) const;

    PrintQueueStore& m_queue;
    AuditLog& m_audit;
    const Clock& m_clock;
    RouteSource m_routes;
    QString m_pdfRoot;
};

} // namespace pishkhan
