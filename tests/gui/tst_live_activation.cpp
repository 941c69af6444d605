// Issue 7: a live counter (a backend configured, no training) that was never activated asks
// for the office code and the municipality's one-time activation code. A wrong code shows the
// backend's reason and activates nothing; the right one activates the device, stores the
// office and counter, and the counter opens on the log-in page. Against a pishkhan-sandbox
// process over TLS with its pin, driven by keyboard under Xvfb.
#include "GuiDesk.h"
#include "SandboxHarness.h"

#include "core/PersianText.h"
#include "counter/DeskRuntime.h"
#include "counter/DeskSettings.h"
#include "ui/ActivationPage.h"
#include "ui/Localization.h"
#include "ui/LoginPage.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using pishkhan::test::SandboxHarness;

class TestLiveActivation : public QObject
{
    Q_OBJECT

    QLineEdit* edit(QWidget& root, const QString& name) { return root.findChild<QLineEdit*>(name); }

private slots:
    void initTestCase() { ui::Localization::apply(u"fa"_s); }

    void activatesWithTheMunicipalitysCode()
    {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        DeskSettings live;
        live.backendUrl = sandbox.process().url();
        live.caFile = sandbox.process().certPath();
        live.pinnedKey = sandbox.process().pin();
        live.proxy = u"direct"_s;
        QVERIFY(live.save(QDir(dir.path()).filePath(u"desk-settings.ini"_s)));

        DeskOptions options;
        options.dataDir = dir.path();
        options.training = false;
        options.pbkdf2Iterations = 1000;
        DeskRuntime runtime(options);
        QVERIFY(runtime.open().ok());
        ui::MainWindow window(runtime);
        window.show();
        window.activateWindow(); // no window manager under Xvfb hands out the focus
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy failed(&runtime, &DeskRuntime::activationFailed);
        runtime.start();
        QTRY_VERIFY(window.activationPage()->isVisible());

        // A wrong code: the backend's reason, nothing stored.
        QTest::keyClicks(edit(window, u"activationOffice"_s), u"if-1001"_s);
        QTest::keyClick(edit(window, u"activationOffice"_s), Qt::Key_Return);
        GuiDesk::keys(edit(window, u"activationCode"_s), u"۰۰۰۰-۰۰۰۰"_s);
        QTest::keyClick(edit(window, u"activationCode"_s), Qt::Key_Return);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!window.findChild<QLabel*>(u"activationMessage"_s)->text().isEmpty());
        QVERIFY(!runtime.isReady());
        QVERIFY(DeskSettings::load(runtime.settingsPath()).deviceId.isEmpty());

        // The right code (Persian digits are fine): ready, and the office is remembered.
        const QString code = sandbox.activationCode(u"IF-1001"_s);
        QVERIFY(!code.isEmpty());
        QLineEdit* codeEdit = edit(window, u"activationCode"_s);
        codeEdit->clear();
        GuiDesk::keys(codeEdit, PersianText::toPersianDigits(code));
        QTest::keyClick(codeEdit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(runtime.isReady(), 15000);
        QTRY_VERIFY(window.loginPage()->isVisible());
        const DeskSettings stored = DeskSettings::load(runtime.settingsPath());
        QVERIFY(!stored.deviceId.isEmpty());
        QCOMPARE(stored.officeCode, u"IF-1001"_s);
        QVERIFY(stored.counter >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!runtime.catalogue().isEmpty(), 15000);
    }
};

QTEST_MAIN(TestLiveActivation)
#include "tst_live_activation.moc"
