// Receipts (80 mm thermal and A5) and both report PDFs render in Persian. Each PDF is
// turned back into text with pdftotext (poppler-utils); after NFKC (PDF text comes back as
// Arabic presentation forms) the text holds the Persian service name, the amount, the Solar
// Hijri date, and the receipt number and tracking code in their true left-to-right order. Page
// 1 of each is rendered to PNG with pdftoppm into <build>/ledger-render/ for a human to look at.
#include "LedgerTestSupport.h"
#include "PdfText.h"

#include "core/PersianText.h"
#include "core/SolarHijri.h"
#include "ledger/ReceiptRenderer.h"
#include "ledger/ReportExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kTracking = u"1404-KTD-000042"_s;

} // namespace

class TestLedgerRender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receipts_data();
    void receipts();
    void dayReport();
    void rangeReport();
    void csvHasBomAndPersian();
    void closeSheetPrintsThePreviousAcknowledgement();

private:
    QTemporaryDir m_dir;
    LedgerFixture m_f;
    QString m_out;
    qint64 m_cardFee = 0;
    qint64 m_queuedFee = 0;
    qint64 m_reprint = 0;
    ReportContext context();
};

void TestLedgerRender::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftotext/pdftoppm missing (Debian package: poppler-utils)");
    m_out = QStringLiteral(PISHKHAN_BINARY_DIR "/ledger-render");
    QVERIFY(QDir().mkpath(m_out));
    QString err = m_f.open(m_dir.filePath(u"ledger.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_f.clock.set(tehran(2025, 3, 22, 14, 5)); // 1404/01/02 14:05
    auto card = m_f.fee(m_f.clerk, u"property-file"_s, Payment::card(u"12345678"_s, u"654321"_s));
    QVERIFY2(card.ok(), qPrintable(whyNot(card)));
    m_cardFee = card->seq;
    // The backend answered this one; the other stays queued.
    QVERIFY(m_f.store->database()
                .exec(QByteArray("UPDATE outbox SET tracking_code = '" + kTracking.toLatin1() +
                                 "', state = 'accepted' WHERE request_id = '" +
                                 card->requestId.toLatin1() + "'")
                          .constData())
                .ok());
    auto queued = m_f.fee(m_f.clerk2, u"notary-inquiry"_s);
    QVERIFY(queued.ok());
    m_queuedFee = queued->seq;
    auto reprint = m_f.ledger->recordReprint(m_f.clerk, m_cardFee);
    QVERIFY(reprint.ok());
    m_reprint = reprint->seq;
    // A few more days so the monthly report has months and services to show.
    for (auto [y, m, d, svc] :
         {std::tuple{2025, 4, 10, u"bank-inquiry"_s}, std::tuple{2025, 4, 11, u"notary-inquiry"_s},
          std::tuple{2025, 5, 2, u"completion-certificate-status"_s}}) {
        m_f.clock.set(tehran(y, m, d, 10));
        QVERIFY(m_f.fee(m_f.clerk, svc).ok());
    }
}

ReportContext TestLedgerRender::context()
{
    ReportContext c;
    c.officeName = m_f.ledger->settings().officeName;
    c.officeCode = m_f.ledger->settings().officeCode;
    c.counter = 1;
    c.generatedAt = tehran(2025, 5, 5, 18);
    c.zone = m_f.ledger->settings().zone;
    c.serviceNames = *m_f.ledger->serviceNames();
    c.clerkNames = {{u"clerk1"_s, u"مریم رضایی"_s}, {u"clerk2"_s, u"علی کاظمی"_s}};
    return c;
}

void TestLedgerRender::receipts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("thermal");
    // 0 original with tracking code, 1 queued, 2 copy, 3 original printed in training mode
    QTest::addColumn<int>("which");
    QTest::newRow("thermal original") << u"receipt-thermal"_s << true << 0;
    QTest::newRow("a5 original") << u"receipt-a5"_s << false << 0;
    QTest::newRow("thermal queued") << u"receipt-thermal-queued"_s << true << 1;
    QTest::newRow("a5 copy") << u"receipt-a5-copy"_s << false << 2;
    QTest::newRow("thermal copy") << u"receipt-thermal-copy"_s << true << 2;
    QTest::newRow("thermal training") << u"receipt-thermal-training"_s << true << 3;
    QTest::newRow("a5 queued training") << u"receipt-a5-queued-training"_s << false << 4;
}

void TestLedgerRender::receipts()
{
    QFETCH(QString, name);
    QFETCH(bool, thermal);
    QFETCH(int, which);
    const bool training = which >= 3;
    const bool queued = which == 1 || which == 4;
    const qint64 seq = which == 0 || which == 3 ? m_cardFee : queued ? m_queuedFee : m_reprint;
    auto data = m_f.ledger->receipt(seq, queued ? u"علی کاظمی"_s : u"مریم رضایی"_s);
    QVERIFY2(data.ok(), qPrintable(whyNot(data)));
    data->training = training;
    const QString pdf = m_out + u'/' + name + u".pdf"_s;
    QFile::remove(pdf);
    Status s = thermal ? ReceiptRenderer::renderThermalPdf(*data, pdf)
                       : ReceiptRenderer::renderA5Pdf(*data, pdf);
    QVERIFY2(s.ok(), qPrintable(whyNot(s)));
    const QString text = pdfText(pdf);
    // Every receipt tells the citizen where to follow up: the support line and the site.
    QStringList needles{u"دفتر پیشخوان شماره ۱۲ اصفهان"_s,
                        u"۱۴۰۴/۰۱/۰۲ ۱۴:۰۵"_s,
                        data->receiptNumber,
                        u"تعرفه مصوب شورا"_s,
                        u"سامانه پاسخگویی شهرداری"_s,
                        u"137"_s,
                        u"my.isfahan.ir"_s};
    if (queued) {
        // A queued request: it will be sent, and how to follow it up with the receipt number.
        needles << u"استعلام دفترخانه"_s << u"۹٬۰۰۰ تومان"_s << u"در صف ارسال"_s
                << u"14040102-1-0002"_s << u"پس از ارسال، کد رهگیری"_s
                << u"با شماره رسید از همین دفتر بخواهید"_s;
    } else {
        // The name is matched without its parentheses: bidi mirroring turns "(" into ")" in
        // the glyph stream, and pdftotext gives the glyph back.
        needles << u"پرونده من"_s << u"پرونده ملک"_s << u"۸٬۰۰۰ تومان"_s << kTracking
                << u"14040102-1-0001"_s << u"12345678"_s << u"654321"_s;
    }
    if (which == 2)
        needles << u"رونوشت ۱"_s;
    if (training)
        needles << u"آموزشی"_s << u"فاقد اعتبار"_s;
    const QStringList lost = missingFromPdfText(text, needles);
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + text));
    QCOMPARE(PersianText::comparisonKey(text).contains(u"فاقد اعتبار"_s), training);
    if (which != 2)
        QVERIFY(!PersianText::comparisonKey(text).contains(u"رونوشت"_s));
    QVERIFY(pdfToPng(pdf));
}

void TestLedgerRender::dayReport()
{
    auto report = m_f.ledger->dayReport(m_f.supervisor, QDate(2025, 3, 22));
    QVERIFY(report.ok());
    const QString pdf = m_out + u"/day-report.pdf"_s;
    QVERIFY(ReportExporter::dayPdf(*report, context(), pdf).ok());
    const QString text = pdfText(pdf);
    const QStringList lost =
        missingFromPdfText(text, {u"گزارش روزانه کارمزدها"_s, u"۲ فروردین ۱۴۰۴"_s, u"پرونده من"_s,
                                  u"استعلام دفترخانه"_s, u"مریم رضایی"_s, u"علی کاظمی"_s,
                                  u"۸٬۰۰۰ تومان"_s, u"۱۷٬۰۰۰ تومان"_s, u"IF-1001"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + text));
    QVERIFY(pdfToPng(pdf));
}

void TestLedgerRender::rangeReport()
{
    auto report = m_f.ledger->rangeReport(m_f.supervisor, QDate(2025, 3, 21), QDate(2025, 5, 21));
    QVERIFY(report.ok());
    QCOMPARE(report->rows.size(), 4); // Farvardin: 3 services, Ordibehesht: 1
    const QString pdf = m_out + u"/range-report.pdf"_s;
    QVERIFY(ReportExporter::rangePdf(*report, context(), pdf).ok());
    const QString text = pdfText(pdf);
    const QStringList lost = missingFromPdfText(
        text, {u"گزارش ماهانه خدمات"_s, u"فروردین ۱۴۰۴"_s, u"اردیبهشت ۱۴۰۴"_s, u"استعلام بانک"_s,
               u"وضعیت گواهی پایان کار"_s, u"۱۴۰۴/۰۱/۰۱"_s, u"۱۴۰۴/۰۲/۳۱"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + text));
    QVERIFY(pdfToPng(pdf));
}

void TestLedgerRender::csvHasBomAndPersian()
{
    auto day = m_f.ledger->dayReport(m_f.supervisor, QDate(2025, 3, 22));
    const QByteArray csv = ReportExporter::dayCsv(*day, context());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.contains(u"1404/01/02,"_s));
    QVERIFY(text.contains(u"پرونده من (پرونده ملک)"_s));
    QVERIFY(text.contains(u",80000,"_s));
    QVERIFY(ReportExporter::writeFile(m_out + u"/day-report.csv"_s, csv).ok());
    auto range = m_f.ledger->rangeReport(m_f.supervisor, QDate(2025, 3, 21), QDate(2025, 5, 21));
    const QByteArray rcsv = ReportExporter::rangeCsv(*range, context());
    QVERIFY(rcsv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(rcsv).contains(u"1404/01,bank-inquiry,استعلام بانک,1,90000,"_s));
    QVERIFY(ReportExporter::writeFile(m_out + u"/range-report.csv"_s, rcsv).ok());
}

// A fresh ledger: day 1 closed, uploaded and acknowledged; day 2 closed with a card fee and a
// short drawer. Day 2's sheet must show the municipality's receipt for day 1.
void TestLedgerRender::closeSheetPrintsThePreviousAcknowledgement()
{
    QTemporaryDir dir;
    LedgerFixture f;
    QString err = f.open(dir.filePath(u"close.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    f.clock.set(tehran(2025, 3, 21, 10));
    QVERIFY(f.fee(f.clerk).ok());
    auto first =
        f.ledger->closeDay(f.supervisor, kPassword, QDate(2025, 3, 21), {{u"clerk1"_s, u"8000"_s}});
    QVERIFY2(first.ok(), qPrintable(whyNot(first)));
    auto server = Ed25519KeySigner::generate();
    QByteArray sig;
    const QByteArray ackBytes = signedAck(*server, *first, &sig);
    auto ack = CloseAcknowledgement::fromBytes(ackBytes, sig, {});
    QVERIFY(ack.ok());
    QVERIFY(f.ledger->recordCloseAcknowledgement(*ack, server->publicKey()).ok());

    f.clock.set(tehran(2025, 3, 22, 11));
    QVERIFY(f.fee(f.clerk).ok());
    QVERIFY(f.fee(f.clerk2, u"notary-inquiry"_s, Payment::card(u"12345678"_s, u"777001"_s)).ok());
    auto second = f.ledger->closeDay(f.supervisor, kPassword, QDate(2025, 3, 22),
                                     {{u"clerk1"_s, u"7,500"_s}});
    QVERIFY2(second.ok(), qPrintable(whyNot(second)));

    ReportContext c = context();
    c.serviceNames = *f.ledger->serviceNames();
    const QString pdf = m_out + u"/day-close.pdf"_s;
    QVERIFY(ReportExporter::closePdf(*second, c, pdf).ok());
    const QString text = pdfText(pdf);
    const QStringList lost = missingFromPdfText(
        text, {u"صورت‌حساب بستن روز باجه"_s, u"۲ فروردین ۱۴۰۴"_s,
               u"مریم رضایی"_s, u"۸٬۰۰۰ تومان"_s, u"۷٬۵۰۰ تومان"_s, u"۵۰۰ تومان"_s, u"12345678"_s,
               u"777001"_s, u"رسید شهرداری برای بستن قبلی"_s, u"۱ فروردین ۱۴۰۴"_s,
               first->lastEntryHash.left(32), u"۲۵٬۰۰۰"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing "_s + lost.join(u" | "_s) + u"\n"_s + text));
    QVERIFY(pdfToPng(pdf));

    // The short drawer is a negative difference (the glyph order of a sign is pdftotext's).
    QVERIFY(ReportExporter::closeHtml(*second, c).contains(u"\u2212۵۰۰"_s));
    // The first close had no acknowledged predecessor and says so.
    const QString html = ReportExporter::closeHtml(*first, c);
    QVERIFY(html.contains(u"هنوز از سوی شهرداری تأیید نشده است"_s));
    // An unwritable path is an error, not a silent nothing.
    QVERIFY(!ReportExporter::closePdf(*second, c, u"/nonexistent-dir/x.pdf"_s).ok());
}

QTEST_MAIN(TestLedgerRender)
#include "tst_ledger_render.moc"
