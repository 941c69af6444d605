// ESC/POS benchmark: a Persian receipt with its QR code rendered to a 1-bit raster and sent to
// the emulated printer on loopback TCP (status request, init, bands, feed, cut), many times,
// against rendering the same receipt to a PDF (PdfDocumentWriter) in the same process.
// Prints median and p99 in ms for each and the ratio; asserts nothing about time.
//   bench_escpos [--smoke] [--runs N] [--dir D]
#include "EscPosEmulator.h"
#include "EscPosTestReceipt.h"

#include "ledger/ReceiptRenderer.h"
#include "print/EscPosPrinter.h"
#include "print/PdfDocumentWriter.h"
#include "print/ThermalRaster.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    double median = 0;
    double p99 = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    f.median = ms.at(ms.size() / 2);
    f.p99 = ms.at(std::min<qsizetype>(ms.size() - 1, (ms.size() * 99 + 99) / 100 - 1));
    return f;
}

// Runs one step `runs` times (after two unmeasured warm-up runs); false on the first failure.
bool measure(int runs, const std::function<bool()>& step, const std::function<void()>& between,
             QList<double>& ms)
{
    for (int i = -2; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!step())
            return false;
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (i >= 0)
            ms.append(elapsed);
        between();
    }
    return true;
}

void report(const char* what, const Figures& f)
{
    std::printf("%-44s median %7.2f ms   p99 %7.2f ms\n", what, f.median, f.p99);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"smoke"_s, u"A few runs only, to keep the code alive."_s});
    parser.addOption({u"runs"_s, u"Measured runs of each step."_s, u"n"_s, u"200"_s});
    parser.addOption({u"dir"_s, u"Where the PDF goes."_s, u"dir"_s, QDir::tempPath()});
    parser.process(app);
    const int runs = parser.isSet(u"smoke"_s) ? 5 : std::max(1, parser.value(u"runs"_s).toInt());
    const QString pdfPath = QDir(parser.value(u"dir"_s)).filePath(u"bench-escpos-receipt.pdf"_s);

    const Result<PrintableDocument> doc =
        ReceiptRenderer::printable(escPosReceipt(), ReceiptRenderer::Language::Persian);
    if (!doc) {
        std::fprintf(stderr, "receipt: %s\n", qPrintable(doc.error().message()));
        return 1;
    }
    EscPosEmulator emulator;
    if (!emulator.listen()) {
        std::fprintf(stderr, "the emulated printer cannot listen\n");
        return 1;
    }
    std::printf("ESC/POS benchmark: %d runs each, %d cores\n", runs, QThread::idealThreadCount());

    QList<double> escpos;
    QList<double> raster;
    QList<double> pdf;
    int jobs = 0;
    EscPosPrinter printer(EscPosTarget::tcp(u"127.0.0.1"_s, emulator.port()), PaperSize::Roll80mm);
    Status last;
    const bool ok = measure(
                        runs,
                        [&] {
                            last = printer.print(*doc);
                            return last.ok();
                        },
                        [&] {
                            // Not timed: the emulator parses the job on its own thread; forget it
                            // before the next one so its bitmap does not grow.
                            ++jobs;
                            while (emulator.disconnections() < jobs)
                                QThread::usleep(200);
                            emulator.clear();
                        },
                        escpos) &&
                    measure(
                        runs, [&] { return ThermalRaster::render(*doc, PaperSize::Roll80mm).ok(); },
                        [] {}, raster) &&
                    measure(
                        runs,
                        [&] {
                            last = PdfDocumentWriter::write(*doc, PaperSize::Roll80mm, pdfPath);
                            return last.ok();
                        },
                        [] {}, pdf);
    if (!ok) {
        std::fprintf(stderr, "failed: %s\n",
                     qPrintable(last.ok() ? u"raster"_s : last.error().message()));
        return 1;
    }
    const Figures e = figures(escpos);
    const Figures r = figures(raster);
    const Figures p = figures(pdf);
    const Result<QImage> image = ThermalRaster::render(*doc, PaperSize::Roll80mm);
    std::printf("receipt raster: %d x %d dots, %lld bytes of GS v 0 data\n", image->width(),
                image->height(), static_cast<long long>(image->width() / 8 * image->height()));
    report("ESC/POS: status + render + send (80 mm)", e);
    report("  of which render to 1-bit raster", r);
    report("PDF: PdfDocumentWriter (80 mm roll)", p);
    std::printf("ratio ESC/POS / PDF (median): %.2f   goal: <= 300 ms per receipt\n",
                e.median / p.median);
    return 0;
}
