// The supervisor's screen, the settings and the property file, driven by the keyboard against
// the in-process sandbox (training mode): a clerk takes two fees and asks for both to be
// voided; the supervisor sees the fees in today's totals, approves one void and refuses the
// other, closes the day with a counted drawer (a count that is not a number is refused with its
// message first), saves the close as a PDF and exports the day report; the administrator's
// settings refuse an insecure server address with the reason; a property file is a paid
// inquiry (fee, audit event) whose answer shows its permitted height on F5; the audit trail,
// filtered by person and kind, shows the approved void and verifies, and its export leaves an
// export event.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "ledger/LedgerService.h"
#include "security/AccountService.h"
#include "ui/AuditTrailPanel.h"
#include "ui/DayClosePanel.h"
#include "ui/DayTotalsPanel.h"
#include "ui/FollowUpPage.h"
#include "ui/Localization.h"
#include "ui/OfficeDayPanel.h"
#include "ui/PropertyPage.h"
#include "ui/ReportsPanel.h"
#include "ui/SettingsPage.h"
#include "ui/SupervisorPage.h"
#include "ui/VoidRequestsPanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestSupervisorSettings : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QStringList m_problems;
    Money m_fee;

    ui::MainWindow& window() { return m_desk.window(); }
    void shot(const QString& name)
    {
        QTest::qWait(50);
        m_problems += GuiProbe::grabAndCheck(
            &window(), m_shots + u'/' + ui::Localization::current() + u'-' + name + u".png"_s);
    }
    // Finds the served request on Follow up and asks for a void with a reason.
    void askForVoid(const QString& tracking, const QString& reason)
    {
        m_desk.press(Qt::Key_F3);
        QTRY_VERIFY2(
            m_desk.find(u"followUpQuery"_s)->hasFocus(),
            qPrintable(u"focus %1, active %2, modal %3"_s.arg(
                QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s,
                QApplication::activeWindow() ? QApplication::activeWindow()->objectName()
                                             : u"none"_s,
                QApplication::activeModalWidget() ? QApplication::activeModalWidget()->objectName()
                                                  : u"none"_s)));
        m_desk.type(u"followUpQuery"_s, tracking);
        m_desk.enter(u"followUpQuery"_s);
        QTRY_VERIFY(!window().followUpPage()->isSearching()); // the search runs on the worker
        QCOMPARE(window().followUpPage()->results().size(), 1);
        auto* button = m_desk.find<QPushButton>(u"followUpRequestVoid"_s);
        QVERIFY(button->isEnabled());
        GuiDesk::answerDialog(u"reasonPrompt"_s, reason);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QTRY_VERIFY(!m_desk.find<QLabel>(u"followUpPrinted"_s)->text().isEmpty());
        QVERIFY2(!m_desk.find<QLabel>(u"followUpError"_s)->isVisible(),
                 qPrintable(m_desk.find<QLabel>(u"followUpError"_s)->text()));
    }

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

    void clerkTakesTwoFeesAndAsksForVoids()
    {
        const QString first = m_desk.serveCitizen(u"0499370899"_s, u"09123456789"_s);
        QVERIFY(!first.isEmpty());
        const QString second = m_desk.serveCitizen(u"0790419904"_s, u"09131112233"_s);
        QVERIFY(!second.isEmpty());
        // A clerk has no supervisor's screen.
        m_desk.press(Qt::Key_F6);
        QTest::qWait(200);
        QVERIFY(!window().supervisorPage()->isVisible());
        askForVoid(first, u"شهروند منصرف شد"_s);
        askForVoid(second, u"مبلغ اشتباه"_s);
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"mina"_s, kSupervisorPassword));
    }

    void totalsShowTheClerksFees()
    {
        m_desk.press(Qt::Key_F6);
        auto* page = window().supervisorPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->tabs()->currentWidget(), page->totals());
        QTableWidget* clerks = page->totals()->clerkTable();
        QTRY_COMPARE(clerks->rowCount(), 1);
        QCOMPARE(clerks->item(0, 0)->text(), u"reza"_s);
        QCOMPARE(clerks->item(0, 1)->text(), u"۲"_s); // two fees, Persian digits
        shot(u"supervisor-totals"_s);
    }

    void approveOneVoidRefuseTheOther()
    {
        m_desk.press(Qt::Key_2, Qt::AltModifier);
        auto* panel = window().supervisorPage()->voids();
        QTRY_VERIFY(panel->isVisible());
        QTRY_COMPARE(panel->requests().size(), 2);
        const qint64 firstFee = panel->requests().first().feeSeq;
        m_fee = panel->requests().first().fee.amount;
        auto* approve = m_desk.find<QPushButton>(u"voidApprove"_s);
        shot(u"supervisor-voids"_s);

        // A wrong password approves nothing.
        GuiDesk::answerDialog(u"passwordPrompt"_s, u"not-my-password"_s);
        approve->setFocus();
        QTest::keyClick(approve, Qt::Key_Space);
        QTRY_VERIFY(!m_desk.find<QLabel>(u"voidMessage"_s)->text().isEmpty());
        QCOMPARE(panel->requests().size(), 2);

        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        QTest::keyClick(approve, Qt::Key_Space);
        QTRY_COMPARE(panel->requests().size(), 1);
        QVERIFY(panel->requests().first().feeSeq != firstFee);

        GuiDesk::answerDialog(u"reasonPrompt"_s, u"رسید اصلی ارائه نشد"_s);
        auto* refuse = m_desk.find<QPushButton>(u"voidRefuse"_s);
        refuse->setFocus();
        QTest::keyClick(refuse, Qt::Key_Space);
        QTRY_VERIFY(panel->requests().isEmpty());

        // The totals now count one void.
        m_desk.press(Qt::Key_1, Qt::AltModifier);
        QTableWidget* clerks = window().supervisorPage()->totals()->clerkTable();
        QTRY_COMPARE(clerks->item(0, 3)->text(), u"۱"_s);
    }

    void closeTheDayWithCountedCash()
    {
        m_desk.press(Qt::Key_3, Qt::AltModifier);
        auto* panel = window().supervisorPage()->dayClose();
        QTRY_VERIFY(panel->isVisible());
        auto* count = m_desk.find<QLineEdit>(u"closeCount_reza"_s);
        QVERIFY(count);
        auto* sign = m_desk.find<QPushButton>(u"closeSign"_s);

        // Not a number: its message, no password asked, nothing closed.
        m_desk.type(u"closeCount_reza"_s, u"سی هزار"_s);
        sign->setFocus();
        QTest::keyClick(sign, Qt::Key_Space);
        auto* error = m_desk.find<QLabel>(u"closeError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!panel->lastClose());
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        // One fee is left after the void: count it one thousand toman short, in Persian digits.
        const qint64 countedToman = m_fee.toman() - 1000;
        m_desk.type(u"closeCount_reza"_s,
                    QLocale(QLocale::Persian, QLocale::Iran).toString(countedToman));
        auto* drawers = m_desk.find<QTableWidget>(u"closeDrawers"_s);
        QVERIFY2(drawers->item(0, 3)->text().contains(u"۱٬۰۰۰"_s),
                 qPrintable(drawers->item(0, 3)->text()));
        shot(u"supervisor-close"_s);
        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        sign->setFocus();
        QTest::keyClick(sign, Qt::Key_Space);
        QTRY_VERIFY(panel->lastClose().has_value());
        const DayClose& close = *panel->lastClose();
        QCOMPARE(close.drawers.size(), 1);
        QCOMPARE(close.drawers.first().difference().rials(), -10000);
        QCOMPARE(close.report.totals.feeCount, 2);
        QCOMPARE(close.report.totals.voidCount, 1);
        auto* summary = m_desk.find<QTextBrowser>(u"closeSummary"_s);
        QVERIFY(summary->isVisible());
        QVERIFY(summary->toPlainText().contains(u"mina"_s));
        shot(u"supervisor-closed"_s);
        const QString pdf = QDir(m_desk.dataDir()).filePath(u"close.pdf"_s);
        QVERIFY(panel->saveSummaryPdf(pdf));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void reportsAndExport()
    {
        m_desk.press(Qt::Key_4, Qt::AltModifier);
        auto* panel = window().supervisorPage()->reports();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(!m_desk.find<QLineEdit>(u"reportFrom"_s)->text().isEmpty());
        m_desk.enter(u"reportFrom"_s);
        auto* view = m_desk.find<QTextBrowser>(u"reportView"_s);
        QTRY_VERIFY(!view->toPlainText().isEmpty());
        // A date that does not exist is refused with its reason.
        m_desk.type(u"reportTo"_s, u"1403/12/31"_s);
        m_desk.enter(u"reportTo"_s);
        QVERIFY(m_desk.find<QLabel>(u"reportError"_s)->isVisible());
        m_desk.type(u"reportTo"_s, m_desk.find<QLineEdit>(u"reportFrom"_s)->text());
        m_desk.enter(u"reportTo"_s);
        QTRY_VERIFY(!view->toPlainText().isEmpty());
        shot(u"supervisor-reports"_s);

        QSignalSpy done(panel, &ui::ReportsPanel::exportFinished);
        const QString csv = QDir(m_desk.dataDir()).filePath(u"day.csv"_s);
        panel->exportTo(csv, ui::ReportsPanel::Format::Csv);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(QFile(csv).size() > 3);
        const QString pdf = QDir(m_desk.dataDir()).filePath(u"day.pdf"_s);
        panel->exportTo(pdf, ui::ReportsPanel::Format::Pdf);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void officeView()
    {
        m_desk.press(Qt::Key_5, Qt::AltModifier);
        auto* panel = window().supervisorPage()->office();
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), 20000);
        QVERIFY(panel->table()->rowCount() >= 1);
        // Today's row of this counter carries the signed close's figures: two fees, one void.
        QCOMPARE(panel->table()->item(0, 2)->text(), u"۲"_s);
        QCOMPARE(panel->table()->item(0, 4)->text(), u"۱"_s);
        shot(u"supervisor-office"_s);
    }

    void auditTrail()
    {
        m_desk.press(Qt::Key_0, Qt::AltModifier);
        auto* panel = window().supervisorPage()->auditTrail();
        QTRY_VERIFY(panel->isVisible());
        auto* events = m_desk.find<QTableWidget>(u"auditEvents"_s);
        QTRY_VERIFY(events->rowCount() > 5);
        QVERIFY(panel->page()->chainHolds());
        // The whole chain was walked: the label gives the count the walk checked.
        QVERIFY(m_desk.find<QLabel>(u"auditChain"_s)
                    ->text()
                    .contains(QLocale().toString(panel->page()->chain.entriesChecked)));

        // The supervisor's approved void, and nothing else, for person mina and that kind.
        auto* actor = m_desk.find<QComboBox>(u"auditActor"_s);
        auto* kind = m_desk.find<QComboBox>(u"auditKind"_s);
        QVERIFY(actor->findData(u"reza"_s) > 0);
        actor->setCurrentIndex(actor->findData(u"mina"_s));
        kind->setCurrentIndex(kind->findData(auditKindName(AuditKind::VoidApproved)));
        m_desk.type(u"auditDay"_s, QString());
        m_desk.enter(u"auditDay"_s);
        QTRY_COMPARE(events->rowCount(), 1);
        QCOMPARE(events->item(0, 3)->text(), u"mina"_s);
        QCOMPARE(events->item(0, 2)->text(), auditKindDisplayName(AuditKind::VoidApproved));
        shot(u"supervisor-audit"_s);

        // A day that does not exist is refused with its reason; the last page is cleared.
        m_desk.type(u"auditDay"_s, u"1403/12/31"_s);
        m_desk.enter(u"auditDay"_s);
        QVERIFY(m_desk.find<QLabel>(u"auditError"_s)->isVisible());
        QCOMPARE(events->rowCount(), 0);
        m_desk.type(u"auditDay"_s, QString());
        m_desk.enter(u"auditDay"_s);
        QTRY_COMPARE(events->rowCount(), 1);

        QSignalSpy done(panel, &ui::AuditTrailPanel::exportFinished);
        const QString csv = QDir(m_desk.dataDir()).filePath(u"audit.csv"_s);
        panel->exportTo(csv, ui::AuditTrailPanel::Format::Csv);
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(u"\r\n"_s), 2); // the header and the one event
        QVERIFY(text.contains(u",void_approved,"_s));
        const QString pdf = QDir(m_desk.dataDir()).filePath(u"audit.pdf"_s);
        panel->exportTo(pdf, ui::AuditTrailPanel::Format::Pdf);
        QCOMPARE(done.size(), 2);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QVERIFY(QFile(pdf).size() > 1000);

        // Both exports are in the trail, by the supervisor.
        kind->setCurrentIndex(kind->findData(auditKindName(AuditKind::Export)));
        m_desk.enter(u"auditDay"_s);
        QTRY_VERIFY(events->rowCount() >= 2);
        QVERIFY(events->item(0, 4)->text().contains(u"audit_trail"_s));
    }

    // F5 is a paid inquiry: nothing to look up without a citizen; the citizen's code, the fee
    // and an audit event; the answer shows on F5 when it arrives.
    void propertyFileIsAPaidInquiry()
    {
        m_desk.press(Qt::Key_F5);
        auto* page = window().propertyPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(!m_desk.find(u"propertyQuery"_s)); // no free look-up field
        const qint64 feesBefore = m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry");
        const char* const inquiries =
            "SELECT COUNT(*) FROM audit_events WHERE kind = 'property_inquiry'";
        const qint64 inquiriesBefore = m_desk.queryNumber(inquiries);
        const int listedBefore = page->requestCount();
        const qint64 answered =
            m_desk.queryNumber("SELECT COUNT(*) FROM outbox_result WHERE status = 'done'");
        const QString tracking =
            m_desk.inquirePropertyFile(u"0499370899"_s, u"09121234567"_s, u"۶-۱۲-۳۴۵-۱۷-۰-۰-۰"_s);
        QVERIFY(!tracking.isEmpty());
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry"), feesBefore + 1);
        QCOMPARE(m_desk.queryNumber(inquiries), inquiriesBefore + 1);
        QVERIFY(m_desk.waitForAnswers(int(answered) + 1));
        m_desk.press(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(page->file().has_value(), 15000);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->requestCount(), listedBefore + 1);
        const QString height = m_desk.find<QLabel>(u"propertyHeight"_s)->text();
        QVERIFY2(height.contains(u"۱۶٫۵"_s), qPrintable(height));
        QVERIFY(m_desk.find<QTableWidget>(u"propertyPermits"_s)->rowCount() > 0);
        shot(u"property"_s);
    }

    void settingsRefuseAnInsecureAddress()
    {
        // A supervisor has no settings screen.
        m_desk.press(Qt::Key_F7);
        QVERIFY(!window().settingsPage()->isVisible());
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"sara"_s, kAdminPassword));
        m_desk.press(Qt::Key_F7);
        QTRY_VERIFY(window().settingsPage()->isVisible());
        const DeskSettings before = m_desk.runtime().settings();
        QFile ini(m_desk.runtime().settingsPath());
        const QByteArray fileBefore = ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray();
        ini.close();
        m_desk.type(u"settingsUrl"_s, u"http://api.example.ir"_s);
        m_desk.press(Qt::Key_S, Qt::ControlModifier);
        const QString message = m_desk.find<QLabel>(u"settingsMessage"_s)->text();
        QVERIFY2(message.contains(u"https://"_s),
                 qPrintable(message + u" | focus "_s +
                            (QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                         : u"none"_s)));
        QCOMPARE(m_desk.runtime().settings().backendUrl, before.backendUrl);
        QFile after(m_desk.runtime().settingsPath());
        QCOMPARE(after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray(), fileBefore);
        shot(u"settings"_s);
        // A valid retention change is saved.
        m_desk.type(u"settingsUrl"_s, before.backendUrl);
        auto* retention = m_desk.find(u"settingsRetention"_s);
        retention->setFocus();
        QTest::keyClick(retention, Qt::Key_Up);
        m_desk.press(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_desk.runtime().settings().backupRetention,
                 DeskSettings::kDefaultBackupRetention + 1);
    }

    void screenshotsAreNotEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestSupervisorSettings)
#include "tst_supervisor_settings.moc"
