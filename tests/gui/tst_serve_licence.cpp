// An engineers-only service served by keyboard against the in-process sandbox (training mode):
// the licence step comes before the form; a wrong licence is refused in Persian and stays; the
// right one (typed in Persian digits) opens the form with the licence filled in and locked;
// Esc from the form goes back to the licence; then the consent with the code from the SMS log,
// cash, and the request accepted. The licence step is saved as a screenshot and checked.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/ServeFlow.h"
#include "ui/Localization.h"
#include "ui/ServePage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using Step = ServeFlow::Step;

class TestServeLicence : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QStringList m_problems;

    ServeFlow* flow() { return m_desk.window().servePage()->flow(); }
    QString error() { return m_desk.find<QLabel>(u"serveError"_s)->text(); }
    QWidget* focused() { return QApplication::focusWidget(); }

private slots:
    void initTestCase()
    {
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
    }

    void engineerServedAfterTheLicence()
    {
        m_desk.press(Qt::Key_F2);
        QTRY_VERIFY(flow() != nullptr);
        m_desk.window().servePage()->startOver();
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        m_desk.type(u"citizenNationalCode"_s, u"1583250689"_s);
        m_desk.enter(u"citizenNationalCode"_s);
        QTRY_VERIFY(m_desk.find(u"citizenMobile"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenMobile"_s), u"09351234567"_s);
        m_desk.enter(u"citizenMobile"_s);
        QCOMPARE(flow()->step(), Step::Service);
        QTest::keyClicks(m_desk.find(u"serviceSearch"_s), u"violation registration"_s);
        m_desk.enter(u"serviceSearch"_s);
        QCOMPARE(flow()->step(), Step::Licence);
        auto* licence = m_desk.find<QLineEdit>(u"licenceNumber"_s);
        QTRY_VERIFY(licence->hasFocus());
        QCOMPARE(licence->layoutDirection(), Qt::LeftToRight);

        // A licence of the wrong shape is refused here, with the hint under the field.
        GuiDesk::keys(licence, u"11-30"_s);
        QVERIFY(!m_desk.find<QLabel>(u"licenceHint"_s)->text().isEmpty());
        m_desk.enter(u"licenceNumber"_s);
        QCOMPARE(flow()->step(), Step::Licence);

        // A well-formed licence that is not this engineer's: the municipality's Persian refusal.
        m_desk.type(u"licenceNumber"_s, u"11-300-99999"_s);
        QVERIFY(m_desk.find<QLabel>(u"licenceHint"_s)->text().isEmpty());
        m_desk.enter(u"licenceNumber"_s);
        const auto licenceHint = [this] { return m_desk.find<QLabel>(u"licenceHint"_s)->text(); };
        QTRY_VERIFY_WITH_TIMEOUT(!flow()->isBusy() && !licenceHint().isEmpty(), 15000);
        QCOMPARE(flow()->step(), Step::Licence);
        // The sandbox's title_fa for engineer-license-refused, under the field.
        QVERIFY2(licenceHint().contains(u"پروانه"_s), qPrintable(licenceHint()));
        m_problems += m_desk.screenshot(u"serve-licence-refused"_s);
        const QString shot =
            QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots/fa-serve-licence-refused.png");
        QFile::remove(u"/work/wt/licence-shot.png"_s);
        QFile::copy(shot, u"/work/wt/licence-shot.png"_s);

        // The right one, typed in Persian digits.
        m_desk.type(u"licenceNumber"_s, u"۱۱-۳۰۰-۱۲۳۴۵"_s);
        m_desk.enter(u"licenceNumber"_s);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Form, 15000);
        QCOMPARE(flow()->engineer()->license, u"11-300-12345"_s);
        auto* field = m_desk.find<QLineEdit>(u"field_engineer_license"_s);
        QCOMPARE(field->text(), u"11-300-12345"_s);
        QVERIFY(field->isReadOnly());

        // Esc from the form: the licence again, checked again with Enter.
        auto* rc = m_desk.find<QLineEdit>(u"field_renovation_code"_s);
        QTRY_VERIFY(rc->hasFocus());
        QTest::keyClick(rc, Qt::Key_Escape);
        QCOMPARE(flow()->step(), Step::Licence);
        QVERIFY(!flow()->engineer());
        QTRY_VERIFY(m_desk.find(u"licenceNumber"_s)->hasFocus());
        m_desk.enter(u"licenceNumber"_s);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Form, 15000);

        rc = m_desk.find<QLineEdit>(u"field_renovation_code"_s);
        QTRY_VERIFY(rc->hasFocus());
        GuiDesk::keys(rc, u"7-3-88-41-0-0-0"_s);
        m_desk.type(u"field_violation_type"_s, u"extra_floor"_s);
        m_desk.type(u"field_inspection_date"_s, u"۱۴۰۵/۰۹/۰۱"_s);
        m_desk.enter(u"field_inspection_date"_s);
        QTRY_COMPARE(flow()->step(), Step::Consent);
        QCOMPARE(flow()->formValues().value(u"engineer_license"_s).toString(), u"11-300-12345"_s);

        const QString tracking = m_desk.consentAndPay(*flow());
        QVERIFY2(!tracking.isEmpty(), qPrintable(error()));
        QCOMPARE(flow()->step(), Step::Done);
        QVERIFY2(flow()->outcome().kind == SendOutcome::Kind::Accepted,
                 qPrintable(flow()->outcome().message));
        QVERIFY(!flow()->outcome().trackingCode.isEmpty());
    }

    void backFromTheLicenceGoesToTheServices()
    {
        m_desk.window().servePage()->startOver();
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        m_desk.type(u"citizenNationalCode"_s, u"4032152314"_s);
        m_desk.type(u"citizenMobile"_s, u"09351234568"_s);
        m_desk.enter(u"citizenMobile"_s);
        QCOMPARE(flow()->step(), Step::Service);
        QTest::keyClicks(m_desk.find(u"serviceSearch"_s), u"violation registration"_s);
        m_desk.enter(u"serviceSearch"_s);
        QCOMPARE(flow()->step(), Step::Licence);
        QTRY_VERIFY(m_desk.find(u"licenceNumber"_s)->hasFocus());
        QTest::keyClick(m_desk.find(u"licenceNumber"_s), Qt::Key_Escape);
        QCOMPARE(flow()->step(), Step::Service);
    }

    void screenshotsAreClean()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestServeLicence)
#include "tst_serve_licence.moc"
