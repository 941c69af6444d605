// One office day on one counter, typed into the real widgets against the in-process sandbox
// (training mode), from an office with only its administrator to a signed close:
//  - the administrator adds a clerk and a supervisor on the staff screen (F8);
//  - the clerk serves two citizens: one pays by card, the other in cash for a property the
//    municipality has no record of — accepted at once, rejected when the municipality's
//    clock reaches the review;
//  - the supervisor refunds the rejected fee (password again) and hands the clerk's shift over
//    with an X report (an audit event, nothing in the ledger);
//  - a bank's 200-row batch under its mandate is invoiced to the bank, not to a drawer;
//  - the close takes the card terminal's settlement one fee above the ledger; the close sheet's
//    text (pdftotext) shows the refund, the invoice total and the card difference.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "PdfText.h"

#include "core/NationalCode.h"
#include "ledger/LedgerService.h"
#include "security/AccountService.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"
#include "ui/BatchPanel.h"
#include "ui/DayClosePanel.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"
#include "ui/RefundsPanel.h"
#include "ui/ShiftHandoverPanel.h"
#include "ui/StaffPage.h"
#include "ui/SupervisorPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using namespace pishkhan::test;

namespace {
const QString kTerminal = u"12345678"_s;
const QString kBank = u"10380284790"_s;
// A property the municipality's register does not hold: the request is accepted, then
// rejected at review.
const QString kUnknownProperty = u"9-9-9-9-0-0-0"_s;

QString persian(qint64 toman)
{
    return QLocale(QLocale::Persian, QLocale::Iran).toString(toman);
}
} // namespace

class TestOfficeDay : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QStringList m_problems;
    QTemporaryDir m_files;
    qint64 m_cashFeeToman = 0;
    qint64 m_cardFeeToman = 0;
    Money m_invoiceTotal;

    ui::MainWindow& window() { return m_desk.window(); }
    ui::SupervisorPage* supervisor() { return window().supervisorPage(); }
    void shot(const QString& name)
    {
        QTest::qWait(50);
        m_problems += GuiProbe::grabAndCheck(
            &window(), m_shots + u'/' + ui::Localization::current() + u'-' + name + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_shots));
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
    }

    void administratorAddsAClerkAndASupervisor()
    {
        m_desk.press(Qt::Key_F8);
        QTRY_VERIFY(window().staffPage()->isVisible());
        // The office hands the new staff their first passwords in person today: no forced
        // change at the first log-in.
        auto* mustChange = m_desk.find<QCheckBox>(u"staffMustChange"_s);
        if (mustChange->isChecked()) {
            mustChange->setFocus();
            QTest::keyClick(mustChange, Qt::Key_Space);
        }
        QVERIFY(!mustChange->isChecked());
        m_desk.addAccount(u"reza"_s, u"رضا کریمی"_s, 0, kClerkPassword);
        m_desk.addAccount(u"mina"_s, u"مینا احمدی"_s, 1, kSupervisorPassword);
        QCOMPARE(m_desk.find<QTableWidget>(u"staffTable"_s)->rowCount(), 3);
        QCOMPARE(
            m_desk.queryNumber("SELECT COUNT(*) FROM accounts WHERE role = 'clerk' AND active = 1"),
            1);
        QCOMPARE(m_desk.queryNumber(
                     "SELECT COUNT(*) FROM accounts WHERE role = 'supervisor' AND active = 1"),
                 1);
        shot(u"day-staff"_s);
        m_desk.logOut();
    }

    void clerkServesTwoCitizens()
    {
        QVERIFY(m_desk.logIn(u"reza"_s, kClerkPassword));
        QVERIFY(!m_desk.serveCitizen(u"0499370899"_s, u"09123456789"_s, kTerminal, u"111222"_s)
                     .isEmpty());
        QVERIFY(!m_desk.serveCitizen(u"0790419904"_s, u"09131112233"_s, {}, {}, kUnknownProperty)
                     .isEmpty());
        m_cardFeeToman =
            m_desk.queryNumber("SELECT amount_rials FROM ledger_entry WHERE kind = 'fee' AND "
                               "payment_method = 'card'") /
            10;
        m_cashFeeToman =
            m_desk.queryNumber("SELECT amount_rials FROM ledger_entry WHERE kind = 'fee' AND "
                               "payment_method = 'cash'") /
            10;
        QVERIFY(m_cardFeeToman > 0 && m_cashFeeToman > 0);
        m_desk.logOut();
    }

    void rejectedRequestIsRefundedWithTheSupervisorsApproval()
    {
        QVERIFY(m_desk.logIn(u"mina"_s, kSupervisorPassword));
        // The municipality reviews the request an hour later: no such property, rejected.
        m_desk.runtime().sandboxAdmin(u"/admin/v1/clock"_s, {{u"advance_seconds"_s, 3600}});
        m_desk.press(Qt::Key_F6);
        QTRY_VERIFY(supervisor()->isVisible());
        m_desk.press(Qt::Key_6, Qt::AltModifier);
        QTRY_VERIFY(supervisor()->refunds()->isVisible());
        auto* table = m_desk.find<QTableWidget>(u"refundCandidates"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_desk.runtime().sync()->pollNow();
                QTest::qWait(200);
                supervisor()->refunds()->refresh();
                return table->rowCount() == 1;
            }(),
            60000);
        m_desk.type(u"refundReason"_s, u"ملک در سامانه شهرداری ثبت نشده است"_s);
        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        QVERIFY(m_desk.click(u"refundApprove"_s));
        QTRY_COMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'refund'"),
                     1);
        QCOMPARE(m_desk.queryNumber("SELECT amount_rials FROM ledger_entry WHERE kind = 'refund'"),
                 m_cashFeeToman * 10);
        QVERIFY(QFile(supervisor()->refunds()->lastReceiptPdf()).size() > 1000);
        shot(u"day-refund"_s);
    }

    void clerkHandsOverWithAnXReport()
    {
        m_desk.press(Qt::Key_7, Qt::AltModifier);
        QTRY_VERIFY(supervisor()->shiftHandover()->isVisible());
        auto* clerk = m_desk.find<QComboBox>(u"shiftClerk"_s);
        QTRY_VERIFY(clerk->findText(u"reza"_s) >= 0);
        clerk->setCurrentIndex(clerk->findText(u"reza"_s));
        const qint64 ledgerBefore = m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry");
        // The cash fee went back to the citizen: the drawer should be empty, and is.
        m_desk.type(u"shiftCounted"_s, u"۰"_s);
        m_desk.enter(u"shiftCounted"_s);
        QTRY_COMPARE(
            m_desk.queryNumber("SELECT COUNT(*) FROM audit_events WHERE kind = 'shift_handover'"),
            1);
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry"), ledgerBefore);
        shot(u"day-handover"_s);
    }

    void bankBatchIsInvoiced()
    {
        m_desk.registerBankMandate(kBank);
        const QString csv = m_files.filePath(u"bank.csv"_s);
        QVERIFY(GuiDesk::writeBankBatch(csv, 200));
        const qint64 cashBefore =
            m_desk.queryNumber("SELECT COALESCE(SUM(amount_rials), 0) FROM ledger_entry "
                               "WHERE payment_method = 'cash'");
        ui::BatchPanel* panel = supervisor()->batches();
        QVERIFY(m_desk.runBatch(csv, kBank));
        QTRY_VERIFY2_WITH_TIMEOUT(panel->rows()->rowCount() == 200,
                                  qPrintable(m_desk.find<QLabel>(u"batchState"_s)->text()), 60000);
        QVERIFY(panel->invoice().has_value());
        QCOMPARE(panel->invoice()->lines.size(), 200);
        m_invoiceTotal = panel->invoice()->total();
        QVERIFY(m_invoiceTotal.rials() > 0);
        QCOMPARE(m_desk.queryNumber(
                     "SELECT COUNT(*) FROM ledger_entry WHERE payment_method = 'invoice'"),
                 200);
        // Nothing of it is cash in a drawer.
        QCOMPARE(m_desk.queryNumber("SELECT COALESCE(SUM(amount_rials), 0) FROM ledger_entry WHERE "
                                    "payment_method = 'cash'"),
                 cashBefore);
        shot(u"day-batch"_s);
    }

    void closeWithTheTerminalOneFeeOver()
    {
        m_desk.press(Qt::Key_3, Qt::AltModifier);
        auto* panel = supervisor()->dayClose();
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(m_desk.find<QLineEdit>(u"closeSettledTotal_"_s + kTerminal));
        // Every drawer the close asks about is counted as the ledger expects it: empty.
        for (QLineEdit* count : window().findChildren<QLineEdit*>())
            if (count->objectName().startsWith(u"closeCount_"_s) && count->isVisible())
                m_desk.type(count->objectName(), u"۰"_s);
        // The terminal's batch report: two payments, where the ledger has one.
        m_desk.type(u"closeSettledTotal_"_s + kTerminal, persian(2 * m_cardFeeToman));
        m_desk.type(u"closeSettledCount_"_s + kTerminal, u"۲"_s);
        shot(u"day-close"_s);
        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        QVERIFY(m_desk.click(u"closeSign"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastClose().has_value(), 20000);
        const DayClose& close = *panel->lastClose();
        QCOMPARE(close.settlements.size(), 1);
        QCOMPARE(close.settlements.first().difference().rials(), m_cardFeeToman * 10);
        QVERIFY(close.document.contains("card_settlements"));
        QVERIFY(close.document.contains("invoiced_by_organisation"));

        const QString pdf = m_files.filePath(u"close.pdf"_s);
        QVERIFY(panel->saveSummaryPdf(pdf));
        const QString text = pdfText(pdf);
        const QStringList absent = missingFromPdfText(
            text, {u"بازپرداخت"_s, persian(m_cashFeeToman), kBank,
                   persian(m_invoiceTotal.rials() / 10), kTerminal, persian(m_cardFeeToman)});
        QVERIFY2(absent.isEmpty(), qPrintable(absent.join(u", "_s) + u"\n"_s + text));
        shot(u"day-closed"_s);
    }

    void nothingEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestOfficeDay)
#include "tst_office_day.moc"
