// The first-start choice. Training is the default (Enter accepts it); live needs a
// valid https:// server address (and a well-formed pin when one is given), refused with its
// reason otherwise, and hands the chosen connection settings back. Keyboard only, under Xvfb.
#include "ui/FirstRunDialog.h"
#include "ui/Localization.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ui::Localization::apply(u"fa"_s); }

    void trainingIsTheDefault()
    {
        ui::FirstRunDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QLineEdit*>(u"firstRunUrl"_s)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.training());
    }

    void liveNeedsASecureAddress()
    {
        ui::FirstRunDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* live = dialog.findChild<QRadioButton*>(u"firstRunLive"_s);
        live->setFocus();
        QTest::keyClick(live, Qt::Key_Space);
        QVERIFY(live->isChecked());
        auto* url = dialog.findChild<QLineEdit*>(u"firstRunUrl"_s);
        QVERIFY(url->isEnabled());
        QTest::keyClicks(url, u"http://api.example.ir"_s);
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // refused
        QVERIFY(!dialog.findChild<QLabel*>(u"firstRunMessage"_s)->text().isEmpty());

        url->clear();
        QTest::keyClicks(url, u"https://api.example.ir"_s);
        auto* pin = dialog.findChild<QLineEdit*>(u"firstRunPin"_s);
        QTest::keyClicks(pin, u"not-a-pin"_s);
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // a malformed pin is refused too

        pin->clear();
        const QString goodPin = u"sha256//"_s + QString::fromLatin1(QByteArray(32, 'k').toBase64());
        QTest::keyClicks(pin, goodPin);
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.training());
        QCOMPARE(dialog.liveSettings().backendUrl, u"https://api.example.ir"_s);
        QCOMPARE(dialog.liveSettings().pinnedKey, goodPin);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
