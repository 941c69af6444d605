// The refund receipt, the X report and the close sheet with card settlements as PDFs, read back
// with pdftotext (Persian labels, Persian digits, the reversal reference left to right) and
// rendered to PNG in <build>/ledger-render/ for a human to look at.
#include "LedgerTestSupport.h"
#include "PdfText.h"

#include "core/PersianText.h"
#include "ledger/ReceiptRenderer.h"
#include "ledger/ReportExporter.h"
#include "storage/RequestProgressStore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestMoneyRender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refundReceipt();
    void shiftReport();
    void closeSheetWithSettlement();

private:
    ReportContext context();
    QTemporaryDir m_dir;
    LedgerFixture m_f;
    QString m_out;
    LedgerEntry m_cardFee;
    LedgerEntry m_refund;
};

void TestMoneyRender::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftotext/pdftoppm missing (Debian package: poppler-utils)");
    m_out = QStringLiteral(PISHKHAN_BINARY_DIR "/ledger-render");
    QVERIFY(QDir().mkpath(m_out));
    QString err = m_f.open(m_dir.filePath(u"ledger.db"_s), randomKey());
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_f.clock.set(tehran(2025, 3, 22, 14, 5)); // 1404/01/02 14:05
    QVERIFY(m_f.fee(m_f.clerk).ok());
    auto card = m_f.fee(m_f.clerk, u"property-file"_s, Payment::card(u"12345678"_s, u"654321"_s));
    QVERIFY(card.ok());
    m_cardFee = *card;
    // Accepted, then rejected by the municipality.
    OutboxStore outbox(m_f.store->database());
    const qint64 now = m_f.clock.nowMs();
    QVERIFY(outbox.claim(card->requestId, now).ok());
    RequestProgressStore::Progress p;
    p.requestId = card->requestId;
    p.trackingCode = u"1404-KTD-000042"_s;
    p.status = u"rejected"_s;
    p.isFinal = true;
    QVERIFY(
        outbox.recordResults({OutboxResult::accepted(card->requestId, p.trackingCode)}, now, {p})
            .ok());
    m_f.clock.set(tehran(2025, 3, 22, 16, 30));
    auto refund = m_f.ledger->refundFee(
        m_f.supervisor, kPassword,
        RefundRequest{card->seq, u"رد درخواست در شهرداری"_s, {}, u"۹۸۷۶۵۴۳۲۱۰۱۲"_s});
    QVERIFY2(refund.ok(), qPrintable(whyNot(refund)));
    m_refund = *refund;
}

ReportContext TestMoneyRender::context()
{
    ReportContext c;
    c.officeName = m_f.ledger->settings().officeName;
    c.officeCode = m_f.ledger->settings().officeCode;
    c.counter = 1;
    c.generatedAt = m_f.clock.nowMs();
    c.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
    c.serviceNames = *m_f.ledger->serviceNames();
    return c;
}

void TestMoneyRender::refundReceipt()
{
    auto data = m_f.ledger->receipt(m_refund.seq);
    QVERIFY2(data.ok(), qPrintable(whyNot(data)));
    QVERIFY(data->refund);
    const QString pdf = m_out + u"/refund-receipt-thermal.pdf"_s;
    QVERIFY(ReceiptRenderer::renderThermalPdf(*data, pdf).ok());
    const QString text = pdfText(pdf);
    const QStringList lost = missingFromPdfText(
        text, {u"رسید بازپرداخت کارمزد دفتر پیشخوان"_s, u"بازپرداخت رسید"_s, u"14040102-1-0002"_s,
               u"۸٬۰۰۰"_s, u"987654321012"_s, u"12345678"_s, u"رد درخواست در شهرداری"_s,
               u"super1"_s, u"1404-KTD-000042"_s, u"۱۶:۳۰"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing: "_s + lost.join(u" | "_s)));
    QVERIFY(pdfToPng(pdf));
}

void TestMoneyRender::shiftReport()
{
    auto x = m_f.ledger->shiftReport(m_f.supervisor, u"clerk1"_s);
    QVERIFY(x.ok());
    const QString pdf = m_out + u"/shift-report.pdf"_s;
    QVERIFY(ReportExporter::shiftPdf(*x, context(), pdf, Money::fromRials(70'000)).ok());
    const QString text = pdfText(pdf);
    const QStringList lost = missingFromPdfText(text, {u"گزارش تحویل نوبت"_s, u"clerk1"_s,
                                                       u"نقد مورد انتظار"_s, u"۸٬۰۰۰"_s, u"۷٬۰۰۰"_s,
                                                       u"مبلغ بازپرداخت‌شده"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing: "_s + lost.join(u" | "_s)));
    QVERIFY(pdfToPng(pdf));
}

void TestMoneyRender::closeSheetWithSettlement()
{
    auto close = m_f.ledger->closeDay(m_f.supervisor, kPassword, m_cardFee.businessDay,
                                      {{u"clerk1"_s, u"8000"_s}},
                                      {{u"12345678"_s, SettlementInput{u"8000"_s, u"1"_s}}});
    QVERIFY2(close.ok(), qPrintable(whyNot(close)));
    const QString pdf = m_out + u"/close-settlement.pdf"_s;
    QVERIFY(ReportExporter::closePdf(*close, context(), pdf).ok());
    const QString text = pdfText(pdf);
    // Ledger on the terminal: 8,000 − 8,000 refunded = 0; the terminal settled 8,000.
    const QStringList lost =
        missingFromPdfText(text, {u"پایانه‌های کارت‌خوان"_s, u"12345678"_s,
                                  u"مبلغ تسویه"_s, u"مبلغ بازپرداخت‌شده"_s});
    QVERIFY2(lost.isEmpty(), qPrintable(u"missing: "_s + lost.join(u" | "_s)));
    QCOMPARE(close->settlements.at(0).difference(), Money::fromRials(80'000));
    QVERIFY(pdfToPng(pdf));
}

QTEST_MAIN(TestMoneyRender)
#include "tst_money_render.moc"
