// ESC/POS without a printer: the command bytes, the status bytes and what they mean, the
// printer address, and the 1-bit raster a receipt becomes (width, crisp QR modules).
#include "EscPosTestReceipt.h"

#include "ledger/QrCode.h"
#include "ledger/ReceiptRenderer.h"
#include "print/EscPosCommands.h"
#include "print/EscPosStatus.h"
#include "print/EscPosTarget.h"
#include "print/ThermalRaster.h"

#include <QTest>

Q_DECLARE_METATYPE(pishkhan::PaperSize)

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestEscPos : public QObject
{
    Q_OBJECT
private slots:
    void commands_data();
    void commands();
    void rasterBands_data();
    void rasterBands();
    void statusBytes_data();
    void statusBytes();
    void target_data();
    void target();
    void rasterWidth_data();
    void rasterWidth();
    void qrOnWholeDots_data();
    void qrOnWholeDots();
};

void TestEscPos::commands_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");
    using R = EscPosCommands::StatusRequest;
    QTest::newRow("init") << EscPosCommands::init() << QByteArray::fromHex("1b40");
    QTest::newRow("feed 3") << EscPosCommands::feed(3) << QByteArray::fromHex("1b6403");
    QTest::newRow("feed clamps to 255")
        << EscPosCommands::feed(300) << QByteArray::fromHex("1b64ff");
    QTest::newRow("feed clamps to 0") << EscPosCommands::feed(-1) << QByteArray::fromHex("1b6400");
    QTest::newRow("cut: feed and partial cut")
        << EscPosCommands::cut() << QByteArray::fromHex("1d564200");
    QTest::newRow("DLE EOT 1") << EscPosCommands::statusRequest(R::Printer)
                               << QByteArray::fromHex("100401");
    QTest::newRow("DLE EOT 2") << EscPosCommands::statusRequest(R::OfflineCause)
                               << QByteArray::fromHex("100402");
    QTest::newRow("DLE EOT 4") << EscPosCommands::statusRequest(R::PaperSensor)
                               << QByteArray::fromHex("100404");
    QTest::newRow("status requests")
        << EscPosCommands::statusRequests() << QByteArray::fromHex("100401100402100404");
}

void TestEscPos::commands()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QCOMPARE(bytes.toHex(' '), expected.toHex(' '));
}

namespace {

// 10 dots wide, 3 lines: line 0 all black, line 1 the first and last dot, line 2 white.
QImage smallImage(bool invertedTable)
{
    QImage image(10, 3, QImage::Format_Mono);
    const QRgb white = qRgb(255, 255, 255);
    const QRgb black = qRgb(0, 0, 0);
    image.setColorTable(invertedTable ? QList<QRgb>{black, white} : QList<QRgb>{white, black});
    const uint ink = invertedTable ? 0 : 1;
    image.fill(1 - ink);
    for (int x = 0; x < 10; ++x)
        image.setPixel(x, 0, ink);
    image.setPixel(0, 1, ink);
    image.setPixel(9, 1, ink);
    return image;
}

} // namespace

void TestEscPos::rasterBands_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<int>("bandLines");
    QTest::addColumn<QByteArray>("expected");
    // x = 2 bytes (10 dots padded with white), the pad bits of the last byte never print.
    const QByteArray oneBand = QByteArray::fromHex("1d76300002000300"
                                                   "ffc0"
                                                   "8040"
                                                   "0000");
    const QByteArray twoBands = QByteArray::fromHex("1d76300002000200"
                                                    "ffc0"
                                                    "8040"
                                                    "1d76300002000100"
                                                    "0000");
    QTest::newRow("one band") << smallImage(false) << 128 << oneBand;
    QTest::newRow("bands of two lines") << smallImage(false) << 2 << twoBands;
    QTest::newRow("black is colour 0") << smallImage(true) << 128 << oneBand;
    QTest::newRow("a band of 0 lines is a band of 1")
        << smallImage(false) << 0
        << QByteArray::fromHex("1d76300002000100ffc0"
                               "1d763000020001008040"
                               "1d763000020001000000");
}

void TestEscPos::rasterBands()
{
    QFETCH(QImage, image);
    QFETCH(int, bandLines);
    QFETCH(QByteArray, expected);
    QCOMPARE(EscPosCommands::raster(image, bandLines).toHex(' '), expected.toHex(' '));
}

void TestEscPos::statusBytes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<bool>("nearEnd");
    // DLE EOT 1, 2, 4 answers; 0x12 is a ready printer's byte for all three.
    QTest::newRow("ready") << QByteArray::fromHex("121212") << true << QString() << false;
    QTest::newRow("paper near end still prints")
        << QByteArray::fromHex("12121e") << true << QString() << true;
    QTest::newRow("paper end (sensor)")
        << QByteArray::fromHex("1a3272") << true << u"print.paper_out"_s << false;
    QTest::newRow("paper end and near end")
        << QByteArray::fromHex("1a327e") << true << u"print.paper_out"_s << true;
    QTest::newRow("paper end (offline cause only)")
        << QByteArray::fromHex("1a3212") << true << u"print.paper_out"_s << false;
    QTest::newRow("paper end, one sensor bit")
        << QByteArray::fromHex("121232") << true << u"print.paper_out"_s << false;
    QTest::newRow("cover open") << QByteArray::fromHex("1a1612") << true << u"print.cover_open"_s
                                << false;
    QTest::newRow("cover open wins over the blinded paper sensor")
        << QByteArray::fromHex("1a3672") << true << u"print.cover_open"_s << false;
    QTest::newRow("error (cutter)")
        << QByteArray::fromHex("1a5212") << true << u"print.printer_error"_s << false;
    QTest::newRow("offline, no cause")
        << QByteArray::fromHex("1a1212") << true << u"print.offline"_s << false;
    QTest::newRow("feed button held prints")
        << QByteArray::fromHex("521212") << true << QString() << false;
    QTest::newRow("bit 0 set: not a status")
        << QByteArray::fromHex("131212") << false << QString() << false;
    QTest::newRow("bit 7 set: not a status")
        << QByteArray::fromHex("129212") << false << QString() << false;
    QTest::newRow("bit 4 clear: not a status")
        << QByteArray::fromHex("121202") << false << QString() << false;
    QTest::newRow("zero bytes: not a status")
        << QByteArray::fromHex("000000") << false << QString() << false;
}

void TestEscPos::statusBytes()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, reported);
    QFETCH(QString, refusal);
    QFETCH(bool, nearEnd);
    const std::optional<EscPosStatus> status =
        EscPosStatus::fromBytes(static_cast<quint8>(answer[0]), static_cast<quint8>(answer[1]),
                                static_cast<quint8>(answer[2]));
    QCOMPARE(status.has_value(), reported);
    // A status that was not reported refuses nothing: it is unknown, not "ready".
    const EscPosStatus s = status.value_or(EscPosStatus{});
    QCOMPARE(s.reported, reported);
    QCOMPARE(s.paperNearEnd, nearEnd);
    const Status ready = s.readiness();
    QCOMPARE(ready.ok(), refusal.isEmpty());
    if (!ready) {
        QCOMPARE(ready.error().code(), refusal);
        QVERIFY(!QString::fromUtf8(ready.error().sourceText()).isEmpty());
    }
}

void TestEscPos::target_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("canonical");
    const int tcp = int(EscPosTarget::Kind::Tcp);
    const int dev = int(EscPosTarget::Kind::Device);
    QTest::newRow("tcp with port") << u"tcp://192.168.1.50:9100"_s << true << tcp
                                   << u"192.168.1.50"_s << 9100 << u"tcp://192.168.1.50:9100"_s;
    QTest::newRow("tcp default port")
        << u"tcp://printer.office"_s << true << tcp << u"printer.office"_s << 9100
        << u"tcp://printer.office:9100"_s;
    QTest::newRow("tcp other port") << u" TCP://10.0.0.7:9101 "_s << true << tcp << u"10.0.0.7"_s
                                    << 9101 << u"tcp://10.0.0.7:9101"_s;
    QTest::newRow("tcp IPv6") << u"tcp://[::1]:9100"_s << true << tcp << u"::1"_s << 9100
                              << u"tcp://[::1]:9100"_s;
    QTest::newRow("usb device") << u"/dev/usb/lp0"_s << true << dev << u"/dev/usb/lp0"_s << 0
                                << u"/dev/usb/lp0"_s;
    QTest::newRow("serial device")
        << u"/dev/ttyS0"_s << true << dev << u"/dev/ttyS0"_s << 0 << u"/dev/ttyS0"_s;
    QTest::newRow("empty") << u"  "_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("http scheme") << u"http://10.0.0.7:9100"_s << false << 0 << QString() << 0
                                 << QString();
    QTest::newRow("no scheme") << u"10.0.0.7:9100"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("no host") << u"tcp://:9100"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("port zero") << u"tcp://10.0.0.7:0"_s << false << 0 << QString() << 0
                               << QString();
    QTest::newRow("port too large")
        << u"tcp://10.0.0.7:70000"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("port not a number")
        << u"tcp://10.0.0.7:abc"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("a path after the port")
        << u"tcp://10.0.0.7:9100/print"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("a file outside /dev")
        << u"/home/clerk/receipt.bin"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("out of /dev by ..")
        << u"/dev/../etc/passwd"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("/dev itself") << u"/dev/"_s << false << 0 << QString() << 0 << QString();
    QTest::newRow("relative device") << u"usb/lp0"_s << false << 0 << QString() << 0 << QString();
}

void TestEscPos::target()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(QString, where);
    QFETCH(int, port);
    QFETCH(QString, canonical);
    const Result<EscPosTarget> t = EscPosTarget::parse(text);
    QCOMPARE(t.ok(), valid);
    if (!valid) {
        QCOMPARE(t.error().code(), u"print.bad_target"_s);
        return;
    }
    QCOMPARE(int(t->kind), kind);
    if (t->kind == EscPosTarget::Kind::Tcp) {
        QCOMPARE(t->host, where);
        QCOMPARE(int(t->port), port);
    } else {
        QCOMPARE(t->devicePath, where);
    }
    QCOMPARE(t->toString(), canonical);
    // What toString() writes (the settings file) parses back to the same target.
    const Result<EscPosTarget> again = EscPosTarget::parse(t->toString());
    QVERIFY(again.ok());
    QCOMPARE(again->toString(), canonical);
}

void TestEscPos::rasterWidth_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<int>("width");
    QTest::newRow("80 mm") << PaperSize::Roll80mm << 576;
    QTest::newRow("58 mm") << PaperSize::Roll58mm << 384;
    QTest::newRow("A5 is not a roll") << PaperSize::A5 << 0;
    QTest::newRow("A4 is not a roll") << PaperSize::A4 << 0;
}

void TestEscPos::rasterWidth()
{
    QFETCH(PaperSize, paper);
    QFETCH(int, width);
    const Result<PrintableDocument> doc =
        ReceiptRenderer::printable(escPosReceipt(), ReceiptRenderer::Language::Persian);
    QVERIFY(doc.ok());
    const Result<QImage> image = ThermalRaster::render(*doc, paper);
    QCOMPARE(ThermalRaster::widthDots(paper), width);
    if (width == 0) {
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code(), u"print.layout_failed"_s);
        return;
    }
    QVERIFY(image.ok());
    QCOMPARE(image->format(), QImage::Format_Mono);
    QCOMPARE(image->width(), width);
    // As tall as a receipt with a QR code (several centimetres), not a page.
    QVERIFY2(image->height() > 400 && image->height() < 4000,
             qPrintable(QString::number(image->height())));
    // Top and bottom margins print nothing; something prints in between.
    auto rowInk = [&](int y) {
        for (int x = 0; x < image->width(); ++x)
            if (image->pixelIndex(x, y) == 1)
                return true;
        return false;
    };
    for (int y = 0; y < ThermalRaster::kMarginDots / 2; ++y) {
        QVERIFY(!rowInk(y));
        QVERIFY(!rowInk(image->height() - 1 - y));
    }
    int inked = 0;
    int ruled = 0;
    for (int y = 0; y < image->height(); ++y) {
        inked += rowInk(y) ? 1 : 0;
        int dots = 0;
        for (int x = 0; x < image->width(); ++x)
            dots += image->pixelIndex(x, y);
        ruled += dots > image->width() * 9 / 10 ? 1 : 0;
    }
    QVERIFY(inked > image->height() / 4);
    // The receipt's two rules (<hr/>) print: light grey on screen, ink on paper.
    QVERIFY2(ruled >= 2, qPrintable(QString::number(ruled)));
}

void TestEscPos::qrOnWholeDots_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::newRow("80 mm") << PaperSize::Roll80mm;
    QTest::newRow("58 mm (shrunk to fit, still whole dots)") << PaperSize::Roll58mm;
}

void TestEscPos::qrOnWholeDots()
{
    QFETCH(PaperSize, paper);
    constexpr int kSourceModule = 6;
    const Result<QImage> qr = QrCode::image(u"1404-KTD-000042"_s, kSourceModule);
    QVERIFY(qr.ok());
    PrintableDocument doc;
    doc.fontFamily = u"Noto Sans Arabic"_s;
    doc.html = u"<p align=\"center\"><img src=\"pishkhan-qr:t\"/></p>"_s;
    doc.images.insert(QUrl(u"pishkhan-qr:t"_s), *qr);
    const Result<QImage> image = ThermalRaster::render(doc, paper);
    QVERIFY(image.ok());

    // The dark area is the QR without its four-module quiet zone.
    const int modules = qr->width() / kSourceModule - 8;
    int left = image->width(), right = -1, top = image->height(), bottom = -1;
    for (int y = 0; y < image->height(); ++y)
        for (int x = 0; x < image->width(); ++x)
            if (image->pixelIndex(x, y) == 1) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    const int w = right - left + 1;
    const int h = bottom - top + 1;
    QCOMPARE(w, h);
    QCOMPARE(w % modules, 0);
    const int dots = w / modules;
    QVERIFY2(dots >= 6, qPrintable(QString::number(dots))); // about 0.75 mm or more a module
    QVERIFY(left >= ThermalRaster::kSideMarginDots);
    QVERIFY(right < image->width() - ThermalRaster::kSideMarginDots);
    // Every module is one uniform square of dots and has the colour of the source module.
    for (int my = 0; my < modules; ++my) {
        for (int mx = 0; mx < modules; ++mx) {
            const int sourceX = (mx + 4) * kSourceModule + kSourceModule / 2;
            const int sourceY = (my + 4) * kSourceModule + kSourceModule / 2;
            const int want = qGray(qr->pixel(sourceX, sourceY)) < 128 ? 1 : 0;
            for (int y = top + my * dots; y < top + (my + 1) * dots; ++y)
                for (int x = left + mx * dots; x < left + (mx + 1) * dots; ++x)
                    if (image->pixelIndex(x, y) != want)
                        QFAIL(qPrintable(
                            u"module %1,%2 is not whole at dot %3,%4"_s.arg(mx).arg(my).arg(x).arg(
                                y)));
        }
    }
}

QTEST_MAIN(TestEscPos)
#include "tst_escpos.moc"
