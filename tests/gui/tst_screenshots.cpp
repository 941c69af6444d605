// Every main screen rendered in Persian and in English under Xvfb, saved as PNG in the build
// tree (tests/gui/screenshots/<lang>-<screen>.png) and checked: nothing blank, no label, button
// or line edit whose text is wider than the widget, no table header narrower than its title.
// The screens hold real data: a served citizen, a void request, a property file.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "ui/FollowUpPage.h"
#include "ui/Localization.h"
#include "ui/PropertyPage.h"
#include "ui/SupervisorPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {}

class TestScreenshots : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_dir = QStringLiteral(PISHKHAN_BINARY_DIR "/tests/gui/screenshots");
    QString m_tracking;
    QStringList m_problems;

    QString path(const QString& screen) const
    {
        return m_dir + u'/' + ui::Localization::current() + u'-' + screen + u".png"_s;
    }
    void shot(const QString& screen)
    {
        QTest::qWait(80); // layouts settle, queued resizes run
        m_problems += GuiProbe::grabAndCheck(&m_desk.window(), path(screen));
    }
    // The help is a modal message box: grabbed from inside its own event loop, then closed.
    void helpShot()
    {
        const QString file = path(u"help"_s);
        bool seen = false;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != u"helpDialog"_s)
                return;
            timer.stop();
            QTest::qWait(80);
            m_problems += GuiProbe::grabAndCheck(modal, file);
            seen = true;
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        timer.start();
        m_desk.press(Qt::Key_F1);
        QVERIFY(seen);
    }

    void allScreens()
    {
        ui::MainWindow& w = m_desk.window();
        const Qt::LayoutDirection expected =
            ui::Localization::current() == u"fa"_s ? Qt::RightToLeft : Qt::LeftToRight;
        QCOMPARE(w.layoutDirection(), expected);
        shot(u"login"_s);
        QVERIFY(m_desk.logIn(u"sara"_s, kAdminPassword));

        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        m_desk.type(u"citizenNationalCode"_s, u"0499370898"_s); // a wrong check digit: its hint
        shot(u"serve"_s);

        m_desk.press(Qt::Key_F3);
        QTRY_VERIFY(m_desk.find(u"followUpQuery"_s)->hasFocus());
        m_desk.type(u"followUpQuery"_s, m_tracking);
        m_desk.enter(u"followUpQuery"_s);
        QTRY_VERIFY(!w.followUpPage()->isSearching()); // the search runs on the worker
        QCOMPARE(w.followUpPage()->results().size(), 1);
        shot(u"followup"_s);

        m_desk.press(Qt::Key_F4);
        shot(u"attention"_s);

        // The served citizen's property file, once the municipality has answered it.
        QVERIFY(m_desk.waitForAnswers(1));
        m_desk.press(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(w.propertyPage()->file().has_value(), 15000);
        shot(u"property"_s);

        m_desk.press(Qt::Key_F6);
        QTRY_VERIFY(w.supervisorPage()->isVisible());
        const QStringList tabs{u"supervisor-totals"_s, u"supervisor-voids"_s,
                               u"supervisor-close"_s,  u"supervisor-reports"_s,
                               u"supervisor-office"_s, u"supervisor-audit"_s};
        for (int i = 0; i < tabs.size(); ++i) {
            // The audit trail is the last tab and answers to Alt+0.
            const bool audit = tabs[i] == u"supervisor-audit"_s;
            m_desk.press(audit ? Qt::Key_0 : Qt::Key_1 + i, Qt::AltModifier);
            QTRY_COMPARE(w.supervisorPage()->tabs()->currentIndex(),
                         audit ? w.supervisorPage()->tabs()->count() - 1 : i);
            if (tabs[i] == u"supervisor-reports"_s)
                m_desk.enter(u"reportFrom"_s);
            QTest::qWait(300); // the office tab asks the sandbox
            shot(tabs[i]);
        }

        m_desk.press(Qt::Key_F7);
        shot(u"settings"_s);
        helpShot();
        w.lockCounter();
        QTRY_VERIFY(w.isLocked());
        shot(u"lock"_s);
        m_desk.type(u"lockPassword"_s, kAdminPassword);
        m_desk.enter(u"lockPassword"_s);
        QTRY_VERIFY(!w.isLocked());
        m_desk.logOut();
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_dir);
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        m_tracking = m_desk.serveCitizen(u"0499370899"_s, u"09123456789"_s);
        QVERIFY(!m_tracking.isEmpty());
        // A pending void request, so the supervisor's list is not empty.
        m_desk.press(Qt::Key_F3);
        m_desk.type(u"followUpQuery"_s, m_tracking);
        m_desk.enter(u"followUpQuery"_s);
        GuiDesk::answerDialog(u"reasonPrompt"_s, u"شهروند منصرف شد"_s);
        auto* ask = m_desk.find(u"followUpRequestVoid"_s);
        ask->setFocus();
        QTest::keyClick(ask, Qt::Key_Space);
        m_desk.logOut();
    }

    void persian()
    {
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.openWindow());
        allScreens();
    }

    void english()
    {
        ui::Localization::apply(u"en"_s);
        QVERIFY(m_desk.openWindow());
        allScreens();
        ui::Localization::apply(u"fa"_s);
    }

    void nothingEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
