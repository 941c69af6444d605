// The answer the citizen paid for, on screen and on paper, in a training counter under Xvfb:
// the serve screen's receipt preview shows the paper's QR (not a broken image), the follow-up
// screen shows the municipality's answer as a labelled Persian form that the sandbox confirms
// as genuine, and "Print answer" / "Print property file" hand over documents whose PDFs read
// back with Persian labels, Solar Hijri dates, the masked citizen and the training mark. PNGs
// of the screens and of each document land in tests/gui/screenshots of the build.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "PdfText.h"
#include "ledger/LedgerService.h"
#include "ledger/ReceiptRenderer.h"
#include "print/PdfDocumentWriter.h"
#include "sync/SyncEngine.h"
#include "ui/FollowUpPage.h"
#include "ui/Localization.h"
#include "ui/PropertyPage.h"
#include "ui/ServePage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using namespace pishkhan::test;

namespace {
const QString kCitizen = u"0499370899"_s;
} // namespace

class TestAnswerScreens : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_dir = QStringLiteral(PISHKHAN_BINARY_DIR "/tests/gui/screenshots");
    QString m_tracking;
    QStringList m_problems;

    void shot(const QString& screen)
    {
        QTest::qWait(80);
        m_problems +=
            GuiProbe::grabAndCheck(&m_desk.window(), m_dir + u"/fa-"_s + screen + u".png"_s);
    }
    // Writes the document as the desk does (A5 PDF), reads it back, renders page 1.
    QString paper(const PrintableDocument& document, const QString& name)
    {
        const QString pdf = m_dir + u"/fa-"_s + name + u".pdf"_s;
        QFile::remove(pdf);
        if (!PdfDocumentWriter::write(document, PaperSize::A5, pdf).ok() || !pdfToPng(pdf))
            return {};
        return pdfText(pdf);
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_dir);
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        QVERIFY(m_desk.logIn(u"sara"_s, kAdminPassword));
    }

    void receiptPreviewShowsTheQr()
    {
        m_tracking = m_desk.serveCitizen(kCitizen, u"09123456789"_s);
        QVERIFY(!m_tracking.isEmpty());
        auto* preview = m_desk.find<QTextBrowser>(u"doneReceipt"_s);
        QVERIFY(preview);
        // The QR is the paper's image, not whatever the browser would load for the URL.
        const QVariant qr = preview->document()->resource(QTextDocument::ImageResource,
                                                          QUrl(u"pishkhan-qr:tracking"_s));
        QVERIFY(qr.isValid());
        QVERIFY(!qr.value<QImage>().isNull());
        QVERIFY(preview->toPlainText().contains(u"137"_s));
        preview->verticalScrollBar()->setValue(preview->verticalScrollBar()->maximum() / 2);
        shot(u"serve-receipt"_s);

        // The receipt on paper: training counter, so it says it is not valid.
        const auto data = m_desk.runtime().ledger()->receipt(
            m_desk.window().servePage()->flow()->committed().ledgerSeq, u"سارا محمدی"_s);
        QVERIFY(data.ok());
        QVERIFY(data->training);
        const auto printable =
            ReceiptRenderer::printable(*data, ReceiptRenderer::Language::Persian);
        QVERIFY(printable.ok());
        const QString text = paper(*printable, u"receipt"_s);
        const QStringList lost =
            missingFromPdfText(text, {m_tracking, u"137"_s, u"my.isfahan.ir"_s, u"فاقد اعتبار"_s});
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u" | "_s) + u"\n"_s + text));
    }

    void followUpShowsTheLabelledAnswer()
    {
        // The sandbox answers inquiries 20 s after receipt on its own clock.
        m_desk.runtime().sandboxAdmin(u"/admin/v1/clock"_s, {{u"advance_seconds"_s, 60}});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_desk.runtime().sync()->syncNow();
                return m_desk.queryNumber("SELECT COUNT(*) FROM outbox_result WHERE status = "
                                          "'done'") > 0;
            }(),
            30000);
        m_desk.press(Qt::Key_F3);
        QTRY_VERIFY(m_desk.find(u"followUpQuery"_s)->hasFocus());
        m_desk.type(u"followUpQuery"_s, m_tracking);
        m_desk.enter(u"followUpQuery"_s);
        auto* page = m_desk.window().followUpPage();
        QTRY_VERIFY(!page->isSearching()); // the search runs on the worker
        QCOMPARE(page->results().size(), 1);
        const QString details = m_desk.find<QTextBrowser>(u"followUpDetails"_s)->toPlainText();
        // Persian labels and formatted values, not the backend's keys.
        for (const QString& shown :
             {u"ارتفاع مجاز"_s, u"۱۶٫۵ متر"_s, u"پروانه‌ها و گواهی‌ها"_s,
              u"۱۳۷۵/۰۶/۱۴"_s, u"مسکونی"_s})
            QVERIFY2(details.contains(shown), qPrintable(shown + u"\n"_s + details));
        for (const QString& raw : {u"permitted_height_m"_s, u"summary_fa"_s, u"levy_debt_rials"_s})
            QVERIFY2(!details.contains(raw), qPrintable(raw + u"\n"_s + details));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk.find<QLabel>(u"followUpVerdict"_s)->text(),
                                  ui::FollowUpPage::tr("The municipality confirms this answer is "
                                                       "genuine."),
                                  15000);
        shot(u"followup-answer"_s);

        std::optional<PrintableDocument> printed;
        connect(page, &ui::FollowUpPage::printRequested, this,
                [&](const PrintableDocument& d) { printed = d; });
        QVERIFY(m_desk.click(u"followUpPrintAnswer"_s));
        QTRY_VERIFY(printed.has_value());
        QCOMPARE(printed->kind, DocumentKind::PropertyFile);
        QCOMPARE(printed->reference, m_tracking);
        QVERIFY(!printed->images.isEmpty());
        // The window wrote it to the store folder as well.
        QTRY_VERIFY(
            QFile::exists(QDir(m_desk.dataDir()).filePath(u"answers/"_s + m_tracking + u".pdf"_s)));
        const QString text = paper(*printed, u"answer"_s);
        const QStringList lost = missingFromPdfText(
            text, {u"شهرداری اصفهان"_s, m_tracking, u"******0899"_s, u"ارتفاع مجاز"_s,
                   u"۱۶٫۵ متر"_s, u"۱۳۷۵/۰۶/۱۴"_s, u"فاقد اعتبار"_s});
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u" | "_s) + u"\n"_s + text));
        QVERIFY(!text.contains(kCitizen));

        // A reprinted copy's preview carries the paper's QR too.
        QVERIFY(m_desk.click(u"followUpReprint"_s));
        auto* copy = m_desk.find<QTextBrowser>(u"followUpReceipt"_s);
        QTRY_VERIFY(copy->toPlainText().contains(u"رونوشت"_s));
        QVERIFY(!copy->document()
                     ->resource(QTextDocument::ImageResource, QUrl(u"pishkhan-qr:tracking"_s))
                     .value<QImage>()
                     .isNull());
    }

    void propertyFilePrints()
    {
        const qint64 answered =
            m_desk.queryNumber("SELECT COUNT(*) FROM outbox_result WHERE status = 'done'");
        const QString tracking =
            m_desk.inquirePropertyFile(u"0499370899"_s, u"09121234567"_s, u"7-3-88-41-0-0-0"_s);
        QVERIFY(!tracking.isEmpty());
        QVERIFY(m_desk.waitForAnswers(int(answered) + 1));
        m_desk.press(Qt::Key_F5);
        auto* page = m_desk.window().propertyPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->file().has_value(), 15000);
        shot(u"property-print"_s);
        std::optional<PrintableDocument> printed;
        connect(page, &ui::PropertyPage::printRequested, this,
                [&](const PrintableDocument& d) { printed = d; });
        QVERIFY(m_desk.click(u"propertyPrint"_s));
        QTRY_VERIFY(printed.has_value());
        QCOMPARE(printed->kind, DocumentKind::PropertyFile);
        // The paid answer: its tracking code and the QR that verifies it.
        QCOMPARE(printed->reference, tracking);
        QVERIFY(!printed->images.isEmpty());
        const QString text = paper(*printed, u"property-file"_s);
        const QStringList lost =
            missingFromPdfText(text, {u"پرونده ملک"_s, u"۱۳۷۲/۰۹/۰۱"_s, u"6109"_s, u"ارتفاع مجاز"_s,
                                      u"فاقد اعتبار"_s, u"137"_s, tracking});
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u" | "_s) + u"\n"_s + text));
    }

    void nothingEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAnswerScreens)
#include "tst_answer_screens.moc"
