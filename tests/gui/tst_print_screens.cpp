// The print routes in the settings and the "to print" list (F9), typed into the real widgets
// against the in-process sandbox: the receipts' printer is one the system does not have, so
// the clerk's receipt and its copy wait in the list with the Persian reason; a bad thermal
// printer address is refused by the settings; after the receipts are routed to PDF the list
// prints the first job again, and the second is discarded with a reason (audited).
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/DeskRuntime.h"
#include "print/PrintService.h"
#include "security/AccountService.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"
#include "ui/PrintQueuePage.h"
#include "ui/SettingsPage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {
const QString kMissing = u"Pishkhan-Missing-Printer"_s;
} // namespace

class TestPrintScreens : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QStringList m_problems;

    ui::MainWindow& window() { return m_desk.window(); }
    void shot(const QString& name) { m_problems += m_desk.screenshot(name, 50); }
    QTableWidget* queue() { return m_desk.find<QTableWidget>(u"printQueue"_s); }
    QString settingsMessage() { return m_desk.find<QLabel>(u"settingsMessage"_s)->text(); }

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_shots);
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        QVERIFY(m_desk.runtime().accounts().createAccount(
            m_desk.runtime().session(), u"reza"_s, u"رضا کریمی"_s, Role::Clerk, kClerkPassword));
        // A receipts' printer this computer does not have (one removed since, say).
        DeskSettings s = m_desk.runtime().settings();
        s.printRoutes.setRoute(DocumentKind::Receipt,
                               PrinterRoute::system(kMissing, PaperSize::Roll80mm));
        QVERIFY(m_desk.runtime().saveSettings(s).ok());
    }

    void settingsShowAndCheckRoutes()
    {
        m_desk.press(Qt::Key_F7);
        QTRY_VERIFY(window().settingsPage()->isVisible());
        auto* printer = m_desk.find<QComboBox>(u"printRoute_receipt_printer"_s);
        QVERIFY(printer->isVisible());
        QVERIFY(printer->currentText().contains(kMissing));
        // The refund receipts to a thermal printer, first with an address that is not one.
        auto* way = m_desk.find<QComboBox>(u"printRoute_refund_receipt_way"_s);
        way->setFocus();
        QTest::keyClick(way, Qt::Key_End); // the last choice: ESC/POS
        QTRY_VERIFY(m_desk.find(u"printRoute_refund_receipt_target"_s)->isVisible());
        QVERIFY(!m_desk.find(u"printRoute_refund_receipt_printer"_s)->isVisible());
        m_desk.type(u"printRoute_refund_receipt_target"_s, u"printer.local"_s);
        m_desk.enter(u"printRoute_refund_receipt_target"_s);
        QTRY_VERIFY(settingsMessage().contains(u"tcp://192.168.1.50:9100"_s));
        QVERIFY(settingsMessage().contains(u"نشانی چاپگر حرارتی"_s));
        QCOMPARE(m_desk.runtime().settings().printRoutes.route(DocumentKind::RefundReceipt).way,
                 PrinterRoute::Way::None);
        shot(u"settings-print-routes-refused"_s);
        auto* target = m_desk.find<QLineEdit>(u"printRoute_refund_receipt_target"_s);
        target->clear();
        m_desk.type(u"printRoute_refund_receipt_target"_s, u"tcp://192.168.1.50:9100"_s);
        m_desk.enter(u"printRoute_refund_receipt_target"_s);
        QTRY_COMPARE(m_desk.runtime().settings().printRoutes.route(DocumentKind::RefundReceipt),
                     PrinterRoute::escPos(u"tcp://192.168.1.50:9100"_s, PaperSize::Roll80mm));
        shot(u"settings-print-routes"_s);
    }

    void failedReceiptsWaitInTheList()
    {
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"reza"_s, kClerkPassword));
        QVERIFY(!m_desk.serveCitizen(u"0499370899"_s, u"09123456789"_s).isEmpty());
        QVERIFY(m_desk.click(u"donePrint"_s));
        QTRY_VERIFY(m_desk.find<QLabel>(u"serveError"_s)->text().contains(u"نصب نیست"_s));
        QVERIFY(m_desk.find<QLabel>(u"serveError"_s)->text().contains(u"F9"_s));
        // Print again at the counter: a counted copy, which waits too.
        QVERIFY(m_desk.click(u"donePrint"_s));
        QTRY_COMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM print_job WHERE state = 'pending'"),
                     2);
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'reprint'"), 1);
        shot(u"serve-print-failed"_s);

        m_desk.press(Qt::Key_F9);
        QTRY_VERIFY(window().printQueuePage()->isVisible());
        QCOMPARE(queue()->rowCount(), 2);
        QVERIFY(queue()->item(0, 4)->text().contains(u"نصب نیست"_s));
        QVERIFY(m_desk.find<QLabel>(u"printQueueCount"_s)->text().contains(u"۲"_s));
        shot(u"print-queue"_s);
    }

    void routeToPdfThenRetryAndDiscard()
    {
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"sara"_s, kAdminPassword));
        m_desk.press(Qt::Key_F7);
        QTRY_VERIFY(window().settingsPage()->isVisible());
        auto* way = m_desk.find<QComboBox>(u"printRoute_receipt_way"_s);
        way->setFocus();
        QTest::keyClick(way, Qt::Key_Home); // the first choice: a PDF file
        m_desk.press(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(m_desk.runtime().settings().printRoutes.route(DocumentKind::Receipt).way,
                     PrinterRoute::Way::None);

        m_desk.press(Qt::Key_F9);
        QTRY_VERIFY(window().printQueuePage()->isVisible());
        QCOMPARE(queue()->rowCount(), 2);
        queue()->setFocus();
        queue()->setCurrentCell(0, 0);
        QVERIFY(m_desk.click(u"printRetry"_s));
        QTRY_COMPARE(queue()->rowCount(), 1);
        const QStringList pdfs =
            QDir(m_desk.dataDir() + u"/receipts"_s).entryList({u"*.pdf"_s}, QDir::Files);
        QCOMPARE(pdfs.size(), 1);
        QVERIFY(m_desk.find<QLabel>(u"printQueueMessage"_s)->text().contains(u".pdf"_s));
        // The retry printed the same paper: still one reprint in the ledger.
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'reprint'"), 1);
        shot(u"print-queue-retried"_s);

        // Discarding needs a reason; it goes to the audit trail.
        QVERIFY(m_desk.click(u"printDiscard"_s));
        QTRY_VERIFY(m_desk.find<QLabel>(u"printQueueMessage"_s)->text().contains(u"بنویسید چرا"_s));
        QCOMPARE(queue()->rowCount(), 1);
        m_desk.type(u"printDiscardReason"_s, u"شهروند رونوشت نخواست"_s);
        m_desk.enter(u"printDiscardReason"_s);
        QTRY_COMPARE(queue()->rowCount(), 0);
        QCOMPARE(
            m_desk.queryNumber("SELECT COUNT(*) FROM audit_events WHERE kind = 'print_discarded'"),
            1);
        QVERIFY(m_desk.find<QLabel>(u"printQueueCount"_s)->text().contains(u"چیزی"_s));
        shot(u"print-queue-empty"_s);
    }

    void cleanupTestCase() { QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n'))); }
};

QTEST_MAIN(TestPrintScreens)
#include "tst_print_screens.moc"
