// Routes (validation table, settings file with the old printer key), the "to print" list
// across a restart, the print service with a printer that does not exist, and receipt copies
// counted in the ledger (a retry from the list is not a copy).
#include "EscPosEmulator.h"
#include "LedgerTestSupport.h"

#include "counter/DeskSettings.h"
#include "counter/ReceiptCopies.h"
#include "ledger/LedgerStore.h"
#include "print/PrintErrors.h"
#include "print/PrintQueueStore.h"
#include "print/PrintService.h"
#include "print/PrinterRoute.h"
#include "security/AuditLog.h"

#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kMissingPrinter = u"Pishkhan-No-Such-Printer"_s;

PrintableDocument sampleDocument()
{
    PrintableDocument doc;
    doc.kind = DocumentKind::Receipt;
    doc.title = u"رسید ۱۴۰۴۰۱۰۲-۱-۰۰۴۲"_s;
    doc.reference = u"14040102-1-0042"_s;
    doc.html = u"<p dir=\"rtl\">رسید پرداخت <img src=\"qr://code\"/></p>"_s;
    doc.rightToLeft = true;
    doc.fontFamily = u"Vazirmatn"_s;
    QImage qr(21, 21, QImage::Format_RGB32);
    qr.fill(Qt::white);
    for (int i = 0; i < 21; ++i)
        qr.setPixel(i, i, qRgb(0, 0, 0));
    doc.images.insert(QUrl(u"qr://code"_s), qr);
    return doc;
}

} // namespace

class TestPrintCore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void routeValidation_data();
    void routeValidation();
    void routesInSettingsFile();
    void queueSurvivesRestart();
    void missingPrinterKeepsTheJob();
    void escPosRouteReachesTheThermalPrinter();
    void reprintsAreCounted();

private:
    QString reopen();
    PrintService service();

    std::optional<QTemporaryDir> m_dir; // a fresh store for every case
    QByteArray m_key;
    LedgerFixture m_f;
    std::unique_ptr<PrintQueueStore> m_queue;
    PrintRoutes m_routes;
};

void TestPrintCore::init()
{
    m_key = randomKey();
    m_dir.emplace();
    m_queue.reset();
    m_f.ledger.reset();
    const QString err = m_f.open(m_dir->filePath(u"store.db"_s), m_key);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_queue = std::make_unique<PrintQueueStore>(m_f.store->database());
    m_routes = PrintRoutes();
}

QString TestPrintCore::reopen()
{
    m_queue.reset();
    m_f.ledger.reset();
    m_f.accounts.reset();
    m_f.audit.reset();
    m_f.store.reset();
    const QString err = m_f.open(m_dir->filePath(u"store.db"_s), m_key, false);
    if (err.isEmpty())
        m_queue = std::make_unique<PrintQueueStore>(m_f.store->database());
    return err;
}

PrintService TestPrintCore::service()
{
    return PrintService(
        *m_queue, *m_f.audit, m_f.clock, [this] { return m_routes; }, m_dir->filePath(u"paper"_s));
}

void TestPrintCore::routeValidation_data()
{
    QTest::addColumn<PrinterRoute>("route");
    QTest::addColumn<QString>("code");
    QTest::newRow("pdf") << PrinterRoute::none(PaperSize::Roll80mm) << QString();
    QTest::newRow("pdf on A4") << PrinterRoute::none(PaperSize::A4) << QString();
    QTest::newRow("system") << PrinterRoute::system(u"HP_LaserJet"_s, PaperSize::A4) << QString();
    QTest::newRow("system on a roll")
        << PrinterRoute::system(u"Thermal-80"_s, PaperSize::Roll58mm) << QString();
    QTest::newRow("system without a name")
        << PrinterRoute::system(u"  "_s, PaperSize::A4) << u"print.route_invalid"_s;
    QTest::newRow("escpos tcp") << PrinterRoute::escPos(u"tcp://192.168.1.50:9100"_s,
                                                        PaperSize::Roll80mm)
                                << QString();
    QTest::newRow("escpos device")
        << PrinterRoute::escPos(u"/dev/usb/lp0"_s, PaperSize::Roll58mm) << QString();
    QTest::newRow("escpos without port")
        << PrinterRoute::escPos(u"tcp://192.168.1.50"_s, PaperSize::Roll80mm)
        << u"print.route_invalid"_s;
    QTest::newRow("escpos http") << PrinterRoute::escPos(u"http://printer:9100"_s,
                                                         PaperSize::Roll80mm)
                                 << u"print.route_invalid"_s;
    QTest::newRow("escpos empty") << PrinterRoute::escPos(QString(), PaperSize::Roll80mm)
                                  << u"print.route_invalid"_s;
    QTest::newRow("escpos bare /dev/")
        << PrinterRoute::escPos(u"/dev/"_s, PaperSize::Roll80mm) << u"print.route_invalid"_s;
    QTest::newRow("escpos on A4") << PrinterRoute::escPos(u"/dev/usb/lp0"_s, PaperSize::A4)
                                  << u"print.route_invalid"_s;
}

void TestPrintCore::routeValidation()
{
    QFETCH(PrinterRoute, route);
    QFETCH(QString, code);
    const Status s = route.validate();
    QCOMPARE(s.ok() ? QString() : s.error().code(), code);
    if (!s.ok())
        QVERIFY(!s.error().userMessage().isEmpty());
    // The settings refuse what the route refuses.
    DeskSettings settings;
    settings.printRoutes.setRoute(DocumentKind::ShiftSheet, route);
    const Status all = settings.validate();
    QCOMPARE(all.ok() ? QString() : all.error().code(), code);
}

void TestPrintCore::routesInSettingsFile()
{
    // A file from before routes: its printer is the receipts' route on an 80 mm roll.
    const QString old = m_dir->filePath(u"old.ini"_s);
    {
        QSettings ini(old, QSettings::IniFormat);
        ini.setValue(u"counter/printer"_s, u"Thermal-80"_s);
    }
    DeskSettings loaded = DeskSettings::load(old);
    QCOMPARE(loaded.printer, u"Thermal-80"_s);
    QCOMPARE(loaded.printRoutes.route(DocumentKind::Receipt),
             PrinterRoute::system(u"Thermal-80"_s, PaperSize::Roll80mm));
    QCOMPARE(loaded.printRoutes.route(DocumentKind::DayCloseSheet),
             PrinterRoute::none(PaperSize::A4));

    // Every kind its own route, back as saved; the old key names the receipts' printer.
    loaded.printRoutes.setRoute(DocumentKind::Receipt,
                                PrinterRoute::system(u"Office-Laser"_s, PaperSize::A5));
    loaded.printRoutes.setRoute(
        DocumentKind::RefundReceipt,
        PrinterRoute::escPos(u"tcp://10.0.0.9:9100"_s, PaperSize::Roll58mm));
    loaded.printRoutes.setRoute(DocumentKind::Report, PrinterRoute::none(PaperSize::A5));
    const QString path = m_dir->filePath(u"new.ini"_s);
    QVERIFY(loaded.save(path));
    const DeskSettings back = DeskSettings::load(path);
    QCOMPARE(back.printRoutes, loaded.printRoutes);
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"counter/printer"_s).toString(),
             u"Office-Laser"_s);
}

void TestPrintCore::queueSurvivesRestart()
{
    const PrintableDocument doc = sampleDocument();
    auto id = m_queue->enqueue(doc, PrintErrors::offline(u"Thermal-80"_s), m_f.clock.nowMs());
    QVERIFY2(id.ok(), qPrintable(whyNot(id)));

    QString err = reopen();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto pending = m_queue->pending();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    const PrintQueueStore::Job job = pending->first();
    QCOMPARE(job.id, *id);
    QCOMPARE(job.attempts, 1);
    QCOMPARE(job.lastErrorCode, u"print.offline"_s);
    QCOMPARE(job.document.kind, doc.kind);
    QCOMPARE(job.document.title, doc.title);
    QCOMPARE(job.document.reference, doc.reference);
    QCOMPARE(job.document.html, doc.html);
    QCOMPARE(job.document.rightToLeft, doc.rightToLeft);
    QCOMPARE(job.document.fontFamily, doc.fontFamily);
    QCOMPARE(job.document.images.keys(), doc.images.keys());
    QCOMPARE(job.document.images.first().convertToFormat(QImage::Format_RGB32), doc.images.first());

    // A retry that fails again is one more attempt, with the newest reason.
    QVERIFY(m_queue->recordFailure(*id, PrintErrors::refused(u"Thermal-80"_s), 2).ok());
    QCOMPARE(m_queue->find(*id)->attempts, 2);
    QCOMPARE(m_queue->find(*id)->lastErrorCode, u"print.refused"_s);

    // Discarding needs a reason and is audited; the row stays, closed.
    PrintService printing = service();
    const Status noReason = printing.discard(*id, m_f.clerk, u"  "_s);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code(), u"print.reason_missing"_s);
    QCOMPARE(*m_queue->pendingCount(), 1);
    QVERIFY(printing.discard(*id, m_f.clerk, u"کاغذ پاره شد؛ شهروند رسید نخواست"_s).ok());
    QCOMPARE(*m_queue->pendingCount(), 0);
    QCOMPARE(m_queue->find(*id)->state, PrintQueueStore::State::Discarded);
    QCOMPARE(m_queue->find(*id)->closedBy, u"clerk1"_s);
    AuditLog::Filter filter;
    filter.kinds = {AuditKind::PrintDiscarded};
    auto events = m_f.audit->read(m_f.supervisor, filter);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().subject, doc.reference);
    QVERIFY(events->first().detail.contains(u"کاغذ پاره شد"_s));
    // Closed is final.
    QCOMPARE(printing.retry(*id, m_f.clerk).error().code(), u"print.job_closed"_s);
    QCOMPARE(printing.discard(*id, m_f.clerk, u"again"_s).error().code(), u"print.job_closed"_s);
    QCOMPARE(printing.retry(*id + 100, m_f.clerk).error().code(), u"print.job_not_found"_s);
}

void TestPrintCore::missingPrinterKeepsTheJob()
{
    m_routes.setRoute(DocumentKind::Receipt,
                      PrinterRoute::system(kMissingPrinter, PaperSize::Roll80mm));
    PrintService printing = service();
    auto printed = printing.print(sampleDocument());
    QVERIFY(!printed.ok());
    QCOMPARE(printed.error().code(), u"print.no_such_printer"_s);
    QVERIFY(PrintService::keptInList(printed.error()));
    QVERIFY(printed.error().detail().contains(kMissingPrinter));
    auto jobs = printing.list();
    QVERIFY(jobs.ok());
    QCOMPARE(jobs->size(), 1);
    const qint64 id = jobs->first().id;
    QCOMPARE(jobs->first().lastErrorCode, u"print.no_such_printer"_s);

    // Retry through the same missing printer: still in the list, one more attempt.
    auto again = printing.retry(id, m_f.clerk);
    QCOMPARE(again.error().code(), u"print.no_such_printer"_s);
    QCOMPARE(printing.list()->size(), 1);
    QCOMPARE(printing.list()->first().attempts, 2);

    // The route now goes to a PDF: the retry prints the same document and closes the job.
    m_routes.setRoute(DocumentKind::Receipt, PrinterRoute::none(PaperSize::Roll80mm));
    auto done = printing.retry(id, m_f.clerk);
    QVERIFY2(done.ok(), qPrintable(whyNot(done)));
    QVERIFY(QFileInfo(done->pdfPath).size() > 0);
    QVERIFY(done->pdfPath.endsWith(u"receipts/14040102-1-0042.pdf"_s));
    QCOMPARE(*printing.pendingCount(), 0);
    QCOMPARE(m_queue->find(id)->state, PrintQueueStore::State::Printed);
}

void TestPrintCore::escPosRouteReachesTheThermalPrinter()
{
    EscPosEmulator printer;
    QVERIFY(printer.listen());
    m_routes.setRoute(
        DocumentKind::Receipt,
        PrinterRoute::escPos(u"tcp://127.0.0.1:%1"_s.arg(printer.port()), PaperSize::Roll80mm));
    PrintService printing = service();

    // Out of paper: nothing is sent, the receipt waits in the list with the printer's reason.
    printer.setStatus(1, 0x1a);
    printer.setStatus(2, 0x32);
    printer.setStatus(4, 0x72);
    auto refused = printing.print(sampleDocument());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), u"print.paper_out"_s);
    QCOMPARE(printer.rasterBytes(), 0);
    QCOMPARE(*printing.pendingCount(), 1);

    // Paper loaded: the retry prints the same receipt as raster and cuts it.
    for (int n = 1; n <= 4; ++n)
        printer.setStatus(n, EscPosEmulator::kReady);
    const qint64 id = printing.list()->first().id;
    auto done = printing.retry(id, m_f.clerk);
    QVERIFY2(done.ok(), qPrintable(whyNot(done)));
    QTRY_VERIFY(printer.rasterBytes() > 0);
    QTRY_VERIFY(printer.commands().join(u'|').contains(u"GS V"_s));
    QCOMPARE(printer.bitmap().width(), 576);
    QCOMPARE(*printing.pendingCount(), 0);
}

void TestPrintCore::reprintsAreCounted()
{
    PrintService printing = service();
    ReceiptCopies copies(*m_f.ledger, printing);
    auto fee = m_f.fee(m_f.clerk);
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    const auto persian = ReceiptLabels::Language::Persian;
    auto reprints = [this] {
        return *m_f.count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'reprint'");
    };

    auto original = copies.print(m_f.clerk, fee->seq, persian);
    QVERIFY2(original.ok(), qPrintable(whyNot(original)));
    QCOMPARE(original->copyNo, 0);
    QCOMPARE(reprints(), 0);
    QVERIFY(QFileInfo::exists(original->delivered.pdfPath));

    // Print again: a counted copy in the ledger, printed as "copy 1", then "copy 2".
    auto copy1 = copies.print(m_f.clerk, fee->seq, persian);
    QVERIFY2(copy1.ok(), qPrintable(whyNot(copy1)));
    QCOMPARE(copy1->copyNo, 1);
    QCOMPARE(reprints(), 1);
    QVERIFY(copy1->delivered.pdfPath.endsWith(u"-copy-1.pdf"_s));
    QCOMPARE(copies.print(m_f.clerk, fee->seq, persian)->copyNo, 2);
    QCOMPARE(reprints(), 2);

    // A copy the printer did not take is counted and kept; its retry is not another copy.
    m_routes.setRoute(DocumentKind::Receipt,
                      PrinterRoute::system(kMissingPrinter, PaperSize::Roll80mm));
    auto failed = copies.print(m_f.clerk, fee->seq, persian);
    QCOMPARE(failed.error().code(), u"print.no_such_printer"_s);
    QCOMPARE(reprints(), 3);
    QCOMPARE(printing.list()->size(), 1);
    m_routes.setRoute(DocumentKind::Receipt, PrinterRoute::none(PaperSize::Roll80mm));
    auto retried = printing.retry(printing.list()->first().id, m_f.clerk);
    QVERIFY2(retried.ok(), qPrintable(whyNot(retried)));
    QCOMPARE(reprints(), 3);

    // The original of a fee whose first print failed is in the list: printing it again at
    // the counter is a copy.
    auto fee2 = m_f.fee(m_f.clerk);
    QVERIFY(fee2.ok());
    m_routes.setRoute(DocumentKind::Receipt,
                      PrinterRoute::system(kMissingPrinter, PaperSize::Roll80mm));
    QVERIFY(!copies.print(m_f.clerk, fee2->seq, persian).ok());
    QVERIFY(copies.originalPrinted(fee2->seq));
    m_routes.setRoute(DocumentKind::Receipt, PrinterRoute::none(PaperSize::Roll80mm));
    QCOMPARE(copies.print(m_f.clerk, fee2->seq, persian)->copyNo, 1);
    QCOMPARE(reprints(), 4);
}

QTEST_MAIN(TestPrintCore)
#include "tst_print_core.moc"
