// A live counter (a backend configured, no training) that was never activated asks
// for the office code and the municipality's one-time activation code. A wrong code shows the
// backend's reason and activates nothing; the right one activates the device, stores the
// office and counter, and the counter opens on the log-in page. The first administrator is
// then shown the recovery key and must type back the group asked for. Against a
// pishkhan-sandbox process over TLS with its pin, driven by keyboard under Xvfb.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "SandboxHarness.h"

#include "core/PersianText.h"
#include "counter/DeskRuntime.h"
#include "counter/DeskSettings.h"
#include "ops/RecoveryKey.h"
#include "ui/ActivationPage.h"
#include "ui/Localization.h"
#include "ui/LoginPage.h"
#include "ui/MainWindow.h"
#include "ui/RecoveryKeyDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
        live.liveBackend = true;
        QVERIFY(live.save(QDir(dir.path()).filePath(u"desk-settings.ini"_s)));

        DeskOptions options;
        options.dataDir = dir.path();
        options.training = false;
        options.firstRunConnection = live; // the address never goes through the file
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

        // The first administrator of the live counter is shown the recovery key once and must
        // type back the group the dialog asks for; a wrong group does not close it.
        const Result<QByteArray> storeKey = runtime.readStoreKey();
        QVERIFY(storeKey.ok());
        const QStringList groups = RecoveryKey::fromStoreKey(*storeKey)->groups();
        QStringList seen;
        auto* answer = new QTimer(this);
        answer->setInterval(30);
        connect(answer, &QTimer::timeout, this, [&, answer] {
            auto* dialog = qobject_cast<ui::RecoveryKeyDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* typed = dialog->findChild<QLineEdit*>(u"recoveryKeyConfirm"_s);
            auto* message = dialog->findChild<QLabel*>(u"recoveryKeyMessage"_s);
            if (seen.isEmpty()) {
                seen << dialog->findChild<QLabel*>(u"recoveryKeyText"_s)->text();
                const int wrong = (dialog->confirmGroup() + 1) % RecoveryKey::kGroups;
                QTest::keyClicks(typed, groups.at(wrong));
                QTest::keyClick(typed, Qt::Key_Return);
                seen << message->text(); // the refusal, dialog still open
                typed->clear();
                QTest::keyClicks(typed, groups.at(dialog->confirmGroup()).toLower());
                QTest::keyClick(typed, Qt::Key_Return);
                answer->stop();
            }
        });
        answer->start();
        window.activateWindow();
        QLineEdit* user = window.findChild<QLineEdit*>(u"loginUsername"_s);
        QTRY_VERIFY(user->isEnabled());
        QTest::keyClicks(user, u"sara"_s);
        GuiDesk::keys(window.findChild<QLineEdit*>(u"loginDisplayName"_s), u"سارا محمدی"_s);
        QTest::keyClicks(window.findChild<QLineEdit*>(u"loginPassword"_s), kAdminPassword);
        QLineEdit* confirm = window.findChild<QLineEdit*>(u"loginConfirm"_s);
        QTest::keyClicks(confirm, kAdminPassword);
        QTest::keyClick(confirm, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(DeskSettings::load(runtime.settingsPath()).recoveryKeyConfirmed ==
                                     RecoveryKey::fingerprint(*storeKey),
                                 10000);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(QString(seen.at(0)).remove(u' ').remove(u'\n'), groups.join(QString()));
        QVERIFY(!seen.at(1).isEmpty());
    }
};

QTEST_MAIN(TestLiveActivation)
#include "tst_live_activation.moc"
