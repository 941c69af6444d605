// The counter locks (Ctrl+Shift+L here; the idle timer does the same) and only the
// same clerk's password opens it. The lock covers the screen without touching it: the citizen's
// half-typed national code is still in its field after unlocking. While locked the screen
// shortcuts do nothing, a wrong password shows its reason, and "log out" leaves the counter to
// the next clerk. Driven by the keyboard under Xvfb against the in-process sandbox.
#include "GuiAccounts.h"
#include "GuiDesk.h"

#include "security/AccountService.h"
#include "ui/Localization.h"
#include "ui/LockPage.h"
#include "ui/LoginPage.h"
#include "ui/ServePage.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestIdleLock : public QObject
{
    Q_OBJECT
    GuiDesk m_desk;

private slots:
    void initTestCase()
    {
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
    }

    void lockKeepsTheFormAndOpensOnlyWithTheSamePassword()
    {
        ui::MainWindow& w = m_desk.window();
        m_desk.press(Qt::Key_F2);
        QTRY_VERIFY(w.servePage()->isVisible());
        m_desk.type(u"citizenNationalCode"_s, u"۰۴۹۹۳۷"_s); // half typed, Persian digits

        m_desk.press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w.isLocked());
        QVERIFY(w.lockPage()->isVisible());
        QVERIFY(!w.servePage()->isVisible());

        // Screen shortcuts are dead while locked.
        m_desk.press(Qt::Key_F3);
        QTest::qWait(100);
        QVERIFY(w.isLocked());

        m_desk.type(u"lockPassword"_s, u"not-the-password"_s);
        m_desk.enter(u"lockPassword"_s);
        QVERIFY(w.isLocked());
        QVERIFY(!m_desk.find<QLabel>(u"lockMessage"_s)->text().isEmpty());
        QVERIFY(m_desk.find<QLineEdit>(u"lockPassword"_s)->text().isEmpty());

        m_desk.type(u"lockPassword"_s, kAdminPassword);
        m_desk.enter(u"lockPassword"_s);
        QTRY_VERIFY(!w.isLocked());
        QVERIFY(w.servePage()->isVisible());
        QCOMPARE(m_desk.find<QLineEdit>(u"citizenNationalCode"_s)->text(), u"۰۴۹۹۳۷"_s);
        // Shortcuts work again.
        m_desk.press(Qt::Key_F3);
        QTRY_VERIFY(!w.servePage()->isVisible());
    }

    void logOutFromTheLockLeavesTheCounterToTheNextClerk()
    {
        ui::MainWindow& w = m_desk.window();
        w.lockCounter();
        QVERIFY(w.isLocked());
        m_desk.find(u"lockLogOut"_s)->setFocus();
        QTest::keyClick(m_desk.find(u"lockLogOut"_s), Qt::Key_Space);
        QTRY_VERIFY(w.loginPage()->isVisible());
        QVERIFY(!m_desk.runtime().session().isValid());
        QVERIFY(!w.isLocked());
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idle_lock.moc"
