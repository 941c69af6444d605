// A real receipt through EscPosPrinter to an emulated ESC/POS printer on loopback TCP (and
// through a pseudo-terminal, the serial path): the bitmap the printer rebuilds from the bands
// is pixel for pixel ThermalRaster's, the cut comes after the bands, and a printer out of
// paper, open or gone refuses the job before a single raster byte while the caller keeps the
// document. The rebuilt bitmaps are saved to <build>/escpos for a human to look at.
#include "EscPosEmulator.h"
#include "EscPosTestReceipt.h"

#include "ledger/ReceiptRenderer.h"
#include "print/EscPosPrinter.h"
#include "print/ThermalRaster.h"

#include <QDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

Q_DECLARE_METATYPE(pishkhan::PaperSize)

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

PrintableDocument persianReceipt()
{
    Result<PrintableDocument> doc =
        ReceiptRenderer::printable(escPosReceipt(), ReceiptRenderer::Language::Persian);
    Q_ASSERT(doc.ok());
    return *doc;
}

bool sameDocument(const PrintableDocument& a, const PrintableDocument& b)
{
    return a.kind == b.kind && a.title == b.title && a.reference == b.reference &&
           a.html == b.html && a.fontFamily == b.fontFamily && a.images == b.images;
}

// The commands of one job in the order they arrived, the three status requests first.
QStringList expectedOrder(int bands, int xBytes)
{
    QStringList want{u"DLE EOT 1"_s, u"DLE EOT 2"_s, u"DLE EOT 4"_s, u"ESC @"_s};
    for (int i = 0; i < bands; ++i)
        want << u"GS v 0 m=0 x=%1"_s.arg(xBytes);
    want << u"ESC d 3"_s << u"GS V 66 0"_s;
    return want;
}

// Generous waits for the emulator's answers under a loaded machine: a reply ends the wait at
// once, so they cost nothing when all goes well.
constexpr EscPosPrinter::Timeouts kPatient{10000, 10000, 30000};

QStringList withoutBandHeights(QStringList commands)
{
    for (QString& c : commands)
        if (c.startsWith(u"GS v 0"_s))
            c.truncate(c.indexOf(u" y="_s));
    return commands;
}

} // namespace

class TestEscPosEmulator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void receiptIsPixelIdentical_data();
    void receiptIsPixelIdentical();
    void refusedBeforeAnyRaster_data();
    void refusedBeforeAnyRaster();
    void unreachable_data();
    void unreachable();
    void silentPrinterIsUnreported();
    void serialLineThroughPseudoTerminal();

private:
    QString m_out;
};

void TestEscPosEmulator::initTestCase()
{
    m_out = QStringLiteral(PISHKHAN_BINARY_DIR "/escpos");
    QVERIFY(QDir().mkpath(m_out));
}

void TestEscPosEmulator::receiptIsPixelIdentical_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<int>("bandLines");
    QTest::addColumn<QString>("png");
    QTest::newRow("80 mm, bands of 128") << PaperSize::Roll80mm << 128 << u"receipt-80mm.png"_s;
    QTest::newRow("80 mm, bands of 24") << PaperSize::Roll80mm << 24 << QString();
    QTest::newRow("58 mm, bands of 256") << PaperSize::Roll58mm << 256 << u"receipt-58mm.png"_s;
}

void TestEscPosEmulator::receiptIsPixelIdentical()
{
    QFETCH(PaperSize, paper);
    QFETCH(int, bandLines);
    QFETCH(QString, png);
    EscPosEmulator emulator;
    QVERIFY(emulator.listen());
    const PrintableDocument doc = persianReceipt();

    EscPosPrinter printer(EscPosTarget::tcp(u"127.0.0.1"_s, emulator.port()), paper);
    printer.setTimeouts(kPatient);
    printer.setBandLines(bandLines);
    const Status printed = printer.print(doc);
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().message()));
    QVERIFY(printer.lastStatus().reported);
    QTRY_COMPARE(emulator.disconnections(), 1);

    const Result<QImage> expected = ThermalRaster::render(doc, paper);
    QVERIFY(expected.ok());
    const QImage printedBitmap = emulator.bitmap();
    if (!png.isEmpty())
        QVERIFY(printedBitmap.save(m_out + u'/' + png));
    QCOMPARE(printedBitmap.width(), ThermalRaster::widthDots(paper));
    QCOMPARE(printedBitmap.size(), expected->size());
    QVERIFY(printedBitmap == *expected);

    const int bands = (expected->height() + bandLines - 1) / bandLines;
    QCOMPARE(withoutBandHeights(emulator.commands()),
             expectedOrder(bands, ThermalRaster::widthDots(paper) / 8));
    QCOMPARE(emulator.rasterBytes(), qint64(expected->height()) * expected->width() / 8);
}

void TestEscPosEmulator::refusedBeforeAnyRaster_data()
{
    QTest::addColumn<QByteArray>("status"); // answers to DLE EOT 1, 2, 4
    QTest::addColumn<QString>("code");
    QTest::newRow("paper out") << QByteArray::fromHex("1a3272") << u"print.paper_out"_s;
    QTest::newRow("cover open") << QByteArray::fromHex("1a1612") << u"print.cover_open"_s;
    QTest::newRow("offline") << QByteArray::fromHex("1a1212") << u"print.offline"_s;
    QTest::newRow("cutter error") << QByteArray::fromHex("1a5212") << u"print.printer_error"_s;
}

void TestEscPosEmulator::refusedBeforeAnyRaster()
{
    QFETCH(QByteArray, status);
    QFETCH(QString, code);
    EscPosEmulator emulator;
    QVERIFY(emulator.listen());
    emulator.setStatus(1, static_cast<quint8>(status[0]));
    emulator.setStatus(2, static_cast<quint8>(status[1]));
    emulator.setStatus(4, static_cast<quint8>(status[2]));

    // The caller's "to print" list holds the document; a failed print leaves it as it was.
    QList<PrintableDocument> toPrint{persianReceipt()};
    const PrintableDocument before = toPrint.first();
    EscPosPrinter printer(EscPosTarget::tcp(u"127.0.0.1"_s, emulator.port()), PaperSize::Roll80mm);
    printer.setTimeouts(kPatient);
    const Status refused = printer.print(toPrint.first());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), code);
    QVERIFY(!refused.error().userMessage().isEmpty());
    QTRY_COMPARE(emulator.disconnections(), 1);
    QCOMPARE(emulator.commands(), (QStringList{u"DLE EOT 1"_s, u"DLE EOT 2"_s, u"DLE EOT 4"_s}));
    QCOMPARE(emulator.rasterBytes(), 0);
    QVERIFY(emulator.bitmap().isNull());
    QCOMPARE(toPrint.size(), 1);
    QVERIFY(sameDocument(toPrint.first(), before));

    // The clerk fixes the printer and prints the kept document: all of it arrives.
    for (int n : {1, 2, 4})
        emulator.setStatus(n, EscPosEmulator::kReady);
    emulator.clear();
    const Status again = printer.print(toPrint.first());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
    QTRY_COMPARE(emulator.disconnections(), 2);
    const Result<QImage> expected = ThermalRaster::render(before, PaperSize::Roll80mm);
    QVERIFY(expected.ok());
    QVERIFY(emulator.bitmap() == *expected);
    QCOMPARE(emulator.commands().constLast(), u"GS V 66 0"_s);
}

void TestEscPosEmulator::unreachable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("nobody listening on the port") << u"tcp"_s;
    QTest::newRow("no such device") << u"device"_s;
}

void TestEscPosEmulator::unreachable()
{
    QFETCH(QString, kind);
    EscPosTarget target;
    if (kind == u"tcp"_s) {
        EscPosEmulator emulator;
        QVERIFY(emulator.listen());
        target = EscPosTarget::tcp(u"127.0.0.1"_s, emulator.port());
        emulator.stop(); // the printer is switched off
    } else {
        target = EscPosTarget::device(u"/dev/pishkhan-no-such-printer"_s);
    }
    const PrintableDocument doc = persianReceipt();
    const PrintableDocument before = doc;
    EscPosPrinter printer(target, PaperSize::Roll80mm);
    printer.setTimeouts({1000, 500, 2000});
    const Status s = printer.print(doc);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), u"print.unreachable"_s);
    QVERIFY(sameDocument(doc, before));

    // A page size is refused before any connection: a roll printer has no pages.
    EscPosPrinter pages(target, PaperSize::A4);
    const Status notRoll = pages.print(doc);
    QVERIFY(!notRoll.ok());
    QCOMPARE(notRoll.error().code(), u"print.layout_failed"_s);

    // An empty target is refused as such, not as a connection failure.
    EscPosPrinter unset(EscPosTarget{}, PaperSize::Roll80mm);
    const Status noTarget = unset.print(doc);
    QVERIFY(!noTarget.ok());
    QCOMPARE(noTarget.error().code(), u"print.bad_target"_s);
}

void TestEscPosEmulator::silentPrinterIsUnreported()
{
    // A printer that ignores DLE EOT gets the job, and the status says it was not reported
    // rather than "ready".
    EscPosEmulator emulator;
    QVERIFY(emulator.listen());
    emulator.setAnswersStatus(false);
    EscPosPrinter printer(EscPosTarget::tcp(u"127.0.0.1"_s, emulator.port()), PaperSize::Roll58mm);
    printer.setTimeouts({10000, 300, 30000});
    const PrintableDocument doc = persianReceipt();
    QVERIFY(printer.print(doc).ok());
    QVERIFY(!printer.lastStatus().reported);
    QTRY_COMPARE(emulator.disconnections(), 1);
    const Result<QImage> expected = ThermalRaster::render(doc, PaperSize::Roll58mm);
    QVERIFY(expected.ok());
    QVERIFY(emulator.bitmap() == *expected);

    // A write-only device (here /dev/null) answers nothing either: printed, unreported.
    EscPosPrinter nullDevice(EscPosTarget::device(u"/dev/null"_s), PaperSize::Roll80mm);
    nullDevice.setTimeouts({10000, 300, 30000});
    QVERIFY(nullDevice.print(doc).ok());
    QVERIFY(!nullDevice.lastStatus().reported);
}

void TestEscPosEmulator::serialLineThroughPseudoTerminal()
{
    // A serial printer is a tty: the transport must switch it to raw bytes, or the line
    // discipline turns every 0x0A of the raster into 0x0D 0x0A and the picture shears.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0);
    QVERIFY(::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QVERIFY(slave.startsWith(u"/dev/"_s));

    EscPosEmulator emulator;
    emulator.setStatus(4, 0x1e); // near end: still prints
    std::atomic<bool> done = false;
    std::thread printerSide([&] {
        char buffer[4096];
        while (!done) {
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0 || (p.revents & POLLIN) == 0) {
                if (p.revents & (POLLHUP | POLLERR))
                    ::usleep(5000); // no slave open yet, or it just closed
                continue;
            }
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                continue;
            const QByteArray replies = emulator.consume(QByteArray(buffer, n));
            if (!replies.isEmpty() && ::write(master, replies.constData(), replies.size()) < 0)
                break;
        }
    });

    const PrintableDocument doc = persianReceipt();
    EscPosPrinter printer(EscPosTarget::device(slave), PaperSize::Roll80mm);
    printer.setTimeouts(kPatient);
    const Status printed = printer.print(doc);
    QTRY_VERIFY(emulator.commands().contains(u"GS V 66 0"_s));
    done = true;
    printerSide.join();
    ::close(master);

    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().message()));
    QVERIFY(printer.lastStatus().reported);
    QVERIFY(printer.lastStatus().paperNearEnd);
    const Result<QImage> expected = ThermalRaster::render(doc, PaperSize::Roll80mm);
    QVERIFY(expected.ok());
    QVERIFY(emulator.bitmap() == *expected);
}

QTEST_MAIN(TestEscPosEmulator)
#include "tst_escpos_emulator.moc"
