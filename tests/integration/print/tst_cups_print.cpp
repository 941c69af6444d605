// A receipt printed through PrintService to a system printer that is a real CUPS queue, and
// what happens when that queue is stopped or removed: a clear error, the receipt in the "to
// print" list, and a retry that prints it once the queue is back.
#include "LedgerTestSupport.h"
#include "PdfText.h"

#include "counter/ReceiptCopies.h"
#include "print/PrintQueueStore.h"
#include "print/PrintService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPrinterInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kQueue = u"PishkhanPDF"_s;
const QString kTracking = u"1404-KTD-000042"_s;
const QString kScript = QStringLiteral(PISHKHAN_SOURCE_DIR "/tests/support/private-cups.sh");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCupsPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void qtSeesTheQueue();
    void receiptReachesPaper();
    void stoppedQueueKeepsTheReceipt();
    void removedQueueKeepsTheReceipt();

private:
    QStringList outputs() const;
    // The newest PDF cups-pdf wrote once the queue holds no job and there is one more than
    // `before`; empty when none came within the deadline.
    QString waitForOutput(int before);
    void checkReceiptPdf(const QString& pdf, const QString& png);
    Run cups(const QString& tool, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_cups;
    bool m_started = false;
    LedgerFixture m_f;
    std::unique_ptr<PrintQueueStore> m_queue;
    std::unique_ptr<PrintService> m_printing;
    std::unique_ptr<ReceiptCopies> m_copies;
    PrintRoutes m_routes;
    qint64 m_fee = 0;
    QString m_receiptNumber;
    QString m_lastSentText; // pdftotext of the last job CUPS received
};

Run TestCupsPrint::cups(const QString& tool, const QStringList& args)
{
    return run(tool, args);
}

void TestCupsPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("PISHKHAN_KEEP_CUPS"));
    // The filters run as lp: they must reach the spool inside this folder.
    QVERIFY(QFile::setPermissions(
        m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    m_cups = m_dir.filePath(u"cups"_s);
    const Run started = run(kScript, {u"start"_s, m_cups, kQueue});
    if (started.exitCode == 3)
        QSKIP(qPrintable(u"a private CUPS server needs root: "_s + started.err.trimmed()));
    QVERIFY2(started.exitCode == 0, qPrintable(started.err));
    m_started = true;
    // Before any Qt print call: libcups reads the server once.
    qputenv("CUPS_SERVER", started.out.trimmed().toLocal8Bit());

    const QString err = m_f.open(m_dir.filePath(u"store.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_f.clock.set(tehran(2025, 3, 22, 14, 5)); // 1404/01/02 14:05
    auto fee = m_f.fee(m_f.clerk, u"property-file"_s);
    QVERIFY2(fee.ok(), qPrintable(whyNot(fee)));
    m_fee = fee->seq;
    QVERIFY(m_f.store->database()
                .exec(QByteArray("UPDATE outbox SET tracking_code = '" + kTracking.toLatin1() +
                                 "', state = 'accepted' WHERE request_id = '" +
                                 fee->requestId.toLatin1() + "'")
                          .constData())
                .ok());
    m_queue = std::make_unique<PrintQueueStore>(m_f.store->database());
    m_routes.setRoute(DocumentKind::Receipt, PrinterRoute::system(kQueue, PaperSize::Roll80mm));
    m_printing = std::make_unique<PrintService>(
        *m_queue, *m_f.audit, m_f.clock, [this] { return m_routes; }, m_dir.filePath(u"paper"_s));
    m_copies = std::make_unique<ReceiptCopies>(*m_f.ledger, *m_printing);
}

void TestCupsPrint::cleanupTestCase()
{
    if (!m_started)
        return;
    if (qEnvironmentVariableIsSet("PISHKHAN_KEEP_CUPS"))
        return;
    const Run stopped = run(kScript, {u"stop"_s, m_cups, kQueue});
    if (stopped.exitCode != 0)
        qWarning("stopping the private cupsd: %s", qPrintable(stopped.err));
}

QStringList TestCupsPrint::outputs() const
{
    return QDir(m_cups + u"/out"_s).entryList({u"*.pdf"_s}, QDir::Files, QDir::Time);
}

QString TestCupsPrint::waitForOutput(int before)
{
    // cups-pdf runs pdftocairo and Ghostscript after the job is handed over: poll, with a
    // generous deadline, until the queue is empty and the file is there.
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        const QStringList now = outputs();
        if (now.size() > before && cups(u"lpstat"_s, {u"-o"_s, kQueue}).out.trimmed().isEmpty()) {
            return m_cups + u"/out/"_s + now.first();
        }
        QTest::qWait(200);
    }
    return {};
}

void TestCupsPrint::checkReceiptPdf(const QString& pdf, const QString& png)
{
    // Kept (and rendered) before the checks, so a failure can be looked at.
    const QString outDir = QStringLiteral(PISHKHAN_BINARY_DIR "/cups-print");
    QVERIFY(QDir().mkpath(outDir));
    const QString kept = outDir + u'/' + png + u".pdf"_s;
    QFile::remove(kept);
    QVERIFY(QFile::copy(pdf, kept));
    QVERIFY(pdfToPng(kept));
    // What came out of the queue: the Persian text and the amount in Persian digits. cups-pdf
    // goes through PostScript, where the bold Latin codes' font (DejaVu Sans Bold) becomes a
    // Type 3 font without a Unicode map: on the paper (the PNG) they are whole, as text only
    // "KTD" survives. The full codes are checked in the job CUPS received, below.
    const QString text = pdfText(pdf);
    QStringList lost = missingFromPdfText(text, {u"دفتر پیشخوان شماره ۱۲ اصفهان"_s, u"پرونده ملک"_s,
                                                 u"۸٬۰۰۰ تومان"_s, u"کد رهگیری"_s, u"KTD"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + text));
    // The document the print system took for this job (cupsd keeps job files here), exactly
    // as the desk sent it: tracking code and receipt number too.
    const QStringList jobs =
        QDir(m_cups + u"/spool"_s).entryList({u"d*-001"_s}, QDir::Files, QDir::Time);
    QVERIFY(!jobs.isEmpty());
    const QString sent = pdfText(m_cups + u"/spool/"_s + jobs.first());
    lost = missingFromPdfText(
        sent, {u"دفتر پیشخوان شماره ۱۲ اصفهان"_s, u"۸٬۰۰۰ تومان"_s, kTracking, m_receiptNumber});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + sent));
    m_lastSentText = sent;
}

void TestCupsPrint::qtSeesTheQueue()
{
    QVERIFY2(QPrinterInfo::availablePrinterNames().contains(kQueue),
             qPrintable(QPrinterInfo::availablePrinterNames().join(u", "_s)));
    QVERIFY(!QPrinterInfo::printerInfo(kQueue).isNull());
}

void TestCupsPrint::receiptReachesPaper()
{
    const int before = int(outputs().size());
    auto printed = m_copies->print(m_f.clerk, m_fee, ReceiptLabels::Language::Persian);
    QVERIFY2(printed.ok(), qPrintable(whyNot(printed)));
    QCOMPARE(printed->copyNo, 0);
    QCOMPARE(printed->delivered.route.way, PrinterRoute::Way::System);
    m_receiptNumber = printed->receiptNumber;
    const QString pdf = waitForOutput(before);
    QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote nothing within 60 s");
    checkReceiptPdf(pdf, u"receipt-through-cups"_s);
    QCOMPARE(*m_printing->pendingCount(), 0);
}

void TestCupsPrint::stoppedQueueKeepsTheReceipt()
{
    QCOMPARE(cups(u"cupsdisable"_s, {kQueue}).exitCode, 0);
    // Print again at the counter: a counted copy, which the stopped queue does not take.
    auto printed = m_copies->print(m_f.clerk, m_fee, ReceiptLabels::Language::Persian);
    QVERIFY(!printed.ok());
    QCOMPARE(printed.error().code(), u"print.offline"_s);
    QVERIFY(PrintService::keptInList(printed.error()));
    auto jobs = m_printing->list();
    QVERIFY(jobs.ok());
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().document.reference, m_receiptNumber);

    QCOMPARE(cups(u"cupsenable"_s, {kQueue}).exitCode, 0);
    const int before = int(outputs().size());
    auto retried = m_printing->retry(jobs->first().id, m_f.clerk);
    QVERIFY2(retried.ok(), qPrintable(whyNot(retried)));
    const QString pdf = waitForOutput(before);
    QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote nothing within 60 s");
    checkReceiptPdf(pdf, u"receipt-retried-after-stop"_s);
    // The retry is the counted copy that failed, not another one.
    QVERIFY(missingFromPdfText(m_lastSentText, {u"رونوشت ۱"_s}).isEmpty());
    QCOMPARE(*m_printing->pendingCount(), 0);
}

void TestCupsPrint::removedQueueKeepsTheReceipt()
{
    QCOMPARE(cups(u"lpadmin"_s, {u"-x"_s, kQueue}).exitCode, 0);
    auto printed = m_copies->printCopy(m_f.clerk, m_fee, ReceiptLabels::Language::Persian);
    QVERIFY(!printed.ok());
    QCOMPARE(printed.error().code(), u"print.no_such_printer"_s);
    QVERIFY(!printed.error().userMessage().isEmpty());
    auto jobs = m_printing->list();
    QCOMPARE(jobs->size(), 1);

    const Run added = run(kScript, {u"queue"_s, m_cups, kQueue});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const int before = int(outputs().size());
    auto retried = m_printing->retry(jobs->first().id, m_f.clerk);
    QVERIFY2(retried.ok(), qPrintable(whyNot(retried)));
    const QString pdf = waitForOutput(before);
    QVERIFY2(!pdf.isEmpty(), "cups-pdf wrote nothing within 60 s");
    checkReceiptPdf(pdf, u"receipt-retried-after-removal"_s);
    QVERIFY(missingFromPdfText(m_lastSentText, {u"رونوشت ۲"_s}).isEmpty());
    QCOMPARE(*m_printing->pendingCount(), 0);
    QCOMPARE(*m_f.count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'reprint'"), 2);
}

QTEST_MAIN(TestCupsPrint)
#include "tst_cups_print.moc"
