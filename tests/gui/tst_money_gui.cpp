// Refunds, the close with a card terminal's settlement and the shift handover, driven by the
// keyboard against the in-process sandbox (training mode): a clerk takes a cash fee and two
// card fees; the cash fee's request is cancelled (the backend's answer is written as the sync
// engine would), so the supervisor refunds it on the refunds tab (a cash refund with a reversal
// reference is refused with its message first) and its receipt is saved; the shift handover
// records the clerk's drawer as an audit event only; the close takes the terminal's settlement
// one fee short and shows the difference as it is typed, signed into the close.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "ledger/LedgerService.h"
#include "security/AccountService.h"
#include "storage/Database.h"
#include "storage/RequestCancelStore.h"
#include "ui/DayClosePanel.h"
#include "ui/Localization.h"
#include "ui/RefundsPanel.h"
#include "ui/ShiftHandoverPanel.h"
#include "ui/SupervisorPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {
const QString kTerminal = u"12345678"_s;
} // namespace

class TestMoneyGui : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QStringList m_problems;

    ui::MainWindow& window() { return m_desk.window(); }
    void shot(const QString& name) { m_problems += m_desk.screenshot(name, 50); }

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_shots);
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        const Session admin = m_desk.runtime().session();
        AccountService& accounts = m_desk.runtime().accounts();
        QVERIFY(
            accounts.createAccount(admin, u"reza"_s, u"رضا کریمی"_s, Role::Clerk, kClerkPassword));
        QVERIFY(accounts.createAccount(admin, u"mina"_s, u"مینا احمدی"_s, Role::Supervisor,
                                       kSupervisorPassword));
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"reza"_s, kClerkPassword));
    }

    void clerkTakesCashAndCardFees()
    {
        QVERIFY(!m_desk.serveCitizen(u"0499370899"_s, u"09123456789"_s).isEmpty());
        QVERIFY(!m_desk.serveCitizen(u"0790419904"_s, u"09131112233"_s, kTerminal, u"111222"_s)
                     .isEmpty());
        QVERIFY(!m_desk.serveCitizen(u"0080075991"_s, u"09135556677"_s, kTerminal, u"333444"_s)
                     .isEmpty());
        QCOMPARE(
            m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry WHERE payment_method = 'card'"),
            2);
        // The cash fee's request is cancelled at the municipality (the answer the sync engine
        // records when the backend agrees).
        Database& db = m_desk.runtime().database();
        auto stmt = db.prepare("SELECT e.request_id, o.tracking_code FROM ledger_entry e JOIN "
                               "outbox o ON o.request_id = e.request_id WHERE e.kind = 'fee' "
                               "AND e.payment_method = 'cash'");
        QVERIFY(stmt.ok());
        auto row = stmt->first([](const Row& r) { return std::pair{r.text(0), r.text(1)}; });
        QVERIFY(row.ok() && row->has_value());
        RequestCancelStore cancels(db);
        QVERIFY(cancels.enqueue((*row)->first, (*row)->second, u"mina"_s, u"citizen withdrew"_s, 1)
                    .ok());
        QVERIFY(cancels.markCancelled((*row)->first, 2).ok());
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"mina"_s, kSupervisorPassword));
    }

    void refundOnTheRefundsTab()
    {
        m_desk.press(Qt::Key_F6);
        auto* page = window().supervisorPage();
        QTRY_VERIFY(page->isVisible());
        m_desk.press(Qt::Key_6, Qt::AltModifier);
        QTRY_VERIFY(page->refunds()->isVisible());
        auto* table = m_desk.find<QTableWidget>(u"refundCandidates"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        const qint64 ledgerBefore = m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry");

        // A cash refund with a reversal reference: its message, nothing written.
        m_desk.type(u"refundReversal"_s, u"123456"_s);
        m_desk.type(u"refundReason"_s, u"درخواست لغو شد"_s);
        QVERIFY(m_desk.click(u"refundApprove"_s));
        auto* message = m_desk.find<QLabel>(u"refundMessage"_s);
        QTRY_VERIFY(!message->text().isEmpty());
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry"), ledgerBefore);
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        // Then right: the whole fee, the supervisor's password.
        m_desk.type(u"refundReversal"_s, QString());
        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        QVERIFY(m_desk.click(u"refundApprove"_s));
        QTRY_COMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'refund'"),
                     1);
        QTRY_COMPARE(table->rowCount(), 0);
        QVERIFY(!page->refunds()->lastReceiptPdf().isEmpty());
        QVERIFY(QFile(page->refunds()->lastReceiptPdf()).size() > 1000);
        shot(u"supervisor-refunds"_s);
    }

    void shiftHandoverRecordsOnlyAnAuditEvent()
    {
        m_desk.press(Qt::Key_7, Qt::AltModifier);
        auto* page = window().supervisorPage();
        QTRY_VERIFY(page->shiftHandover()->isVisible());
        auto* clerk = m_desk.find<QComboBox>(u"shiftClerk"_s);
        QTRY_VERIFY(clerk->findText(u"reza"_s) >= 0);
        clerk->setCurrentIndex(clerk->findText(u"reza"_s));
        const qint64 ledgerBefore = m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry");
        // The cash fee went back: the drawer should hold nothing; one thousand toman is over.
        m_desk.type(u"shiftCounted"_s, u"۱٬۰۰۰"_s);
        QTRY_VERIFY(m_desk.find<QLabel>(u"shiftDifference"_s)->text().contains(u"۱٬۰۰۰"_s));
        m_desk.enter(u"shiftCounted"_s);
        QTRY_COMPARE(
            m_desk.queryNumber("SELECT COUNT(*) FROM audit_events WHERE kind = 'shift_handover'"),
            1);
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry"), ledgerBefore);
        shot(u"supervisor-shift"_s);
    }

    void closeWithATerminalOneFeeShort()
    {
        m_desk.press(Qt::Key_3, Qt::AltModifier);
        auto* panel = window().supervisorPage()->dayClose();
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(m_desk.find<QLineEdit>(u"closeSettledTotal_"_s + kTerminal));
        // Two card fees on the terminal; its batch report shows one.
        auto* terminals = m_desk.find<QTableWidget>(u"closeTerminals"_s);
        QVERIFY(terminals->item(0, 2));
        // The cash fee was refunded: the drawer holds the thousand toman counted at the handover.
        if (m_desk.find<QLineEdit>(u"closeCount_reza"_s))
            m_desk.type(u"closeCount_reza"_s, u"1000"_s);
        const qint64 oneFeeToman =
            m_desk.runtime()
                .database()
                .queryInt64("SELECT amount_rials FROM ledger_entry WHERE payment_method = 'card' "
                            "LIMIT 1")
                .valueOr(0) /
            10;
        m_desk.type(u"closeSettledTotal_"_s + kTerminal,
                    QLocale(QLocale::Persian, QLocale::Iran).toString(oneFeeToman));
        m_desk.type(u"closeSettledCount_"_s + kTerminal, u"۱"_s);
        const QString shown = terminals->item(0, 8)->text();
        QVERIFY2(shown.contains(QLocale(QLocale::Persian, QLocale::Iran).toString(oneFeeToman)),
                 qPrintable(shown));
        shot(u"supervisor-close-terminal"_s);
        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        QVERIFY(m_desk.click(u"closeSign"_s));
        QTRY_VERIFY(panel->lastClose().has_value());
        const DayClose& signed_ = *panel->lastClose();
        QCOMPARE(signed_.settlements.size(), 1);
        QCOMPARE(signed_.settlements.first().difference().rials(), -oneFeeToman * 10);
        QVERIFY(signed_.document.contains("card_settlements"));
        shot(u"supervisor-closed-terminal"_s);
    }

    void nothingEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestMoneyGui)
#include "tst_money_gui.moc"
