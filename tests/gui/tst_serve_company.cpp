// A company served by keyboard against the in-process sandbox (training mode): Ctrl+2 makes
// the applicant a company, an invalid legal-entity id is refused with the core's Persian
// message and does not advance, a valid one (Persian digits) goes on with its representative's
// national code and mobile, who gets the one-time code; the request is accepted and the outbox
// row keeps the company's id. The company's citizen step is saved as a screenshot and checked.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/ServeFlow.h"
#include "ui/Localization.h"
#include "ui/ServePage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using Step = ServeFlow::Step;

class TestServeCompany : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QStringList m_problems;

    ServeFlow* flow() { return m_desk.window().servePage()->flow(); }
    QString error() { return m_desk.find<QLabel>(u"serveError"_s)->text(); }
    QString hint() { return m_desk.find<QLabel>(u"citizenLegalEntityIdHint"_s)->text(); }

private slots:
    void initTestCase()
    {
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        m_desk.press(Qt::Key_F2);
        QTRY_VERIFY(flow() != nullptr);
    }

    void invalidLegalEntityIdIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        // The core's sentences (app/core/LegalEntityId), shown in Persian.
        QTest::newRow("check digit")
            << u"10380284792"_s
            << u"This legal entity's national id is not valid; check the digits."_s;
        QTest::newRow("ten digits")
            << u"1038028479"_s << u"A legal entity's national id must be 11 digits."_s;
    }
    void invalidLegalEntityIdIsRefused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        m_desk.window().servePage()->startOver();
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        m_desk.press(Qt::Key_2, Qt::ControlModifier);
        QVERIFY(m_desk.find<QComboBox>(u"citizenKind"_s)->currentIndex() == 1);
        QTRY_VERIFY(m_desk.find(u"citizenLegalEntityId"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenLegalEntityId"_s), typed);
        m_desk.enter(u"citizenLegalEntityId"_s);
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenNationalCode"_s), u"0499370899"_s);
        m_desk.enter(u"citizenNationalCode"_s);
        GuiDesk::keys(m_desk.find(u"citizenMobile"_s), u"09131112233"_s);
        m_desk.enter(u"citizenMobile"_s);
        QCOMPARE(flow()->step(), Step::Citizen);
        QVERIFY(m_desk.find(u"citizenLegalEntityId"_s)->hasFocus());
        const QString persian = QCoreApplication::translate("Error", message.toUtf8().constData());
        QVERIFY2(persian != message, "no Persian translation");
        QVERIFY2(hint() == persian, qPrintable(hint()));
    }

    void companyServedEndToEnd()
    {
        m_desk.window().servePage()->startOver();
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        m_desk.press(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_desk.find(u"citizenLegalEntityId"_s)->hasFocus());
        QVERIFY(m_desk.find(u"citizenLegalEntityId"_s)->isVisible());
        GuiDesk::keys(m_desk.find(u"citizenLegalEntityId"_s), u"۱۰۳۸۰۲۸۴۷۹۰"_s);
        m_desk.enter(u"citizenLegalEntityId"_s);
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenNationalCode"_s), u"0499370899"_s);
        m_desk.enter(u"citizenNationalCode"_s);
        QTRY_VERIFY(m_desk.find(u"citizenMobile"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenMobile"_s), u"09131112233"_s);
        QVERIFY(hint().isEmpty());
        m_problems += m_desk.screenshot(u"serve-company-citizen"_s);
        QFile::remove(u"/work/wt/company-shot.png"_s);
        QFile::copy(
            QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots/fa-serve-company-citizen.png"),
            u"/work/wt/company-shot.png"_s);
        m_desk.enter(u"citizenMobile"_s);
        QCOMPARE(flow()->step(), Step::Service);
        QVERIFY(flow()->isCompany());

        // Engineers-only services are not for a company.
        QTest::keyClicks(m_desk.find(u"serviceSearch"_s), u"violation registration"_s);
        m_desk.enter(u"serviceSearch"_s);
        QCOMPARE(flow()->step(), Step::Service);
        QVERIFY(!error().isEmpty());

        auto* search = m_desk.find<QLineEdit>(u"serviceSearch"_s);
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QTest::keyClicks(search, u"property file"_s);
        m_desk.enter(u"serviceSearch"_s);
        QCOMPARE(flow()->step(), Step::Form);
        auto* rc = m_desk.find<QLineEdit>(u"field_renovation_code"_s);
        QTRY_VERIFY(rc->hasFocus());
        GuiDesk::keys(rc, u"6-12-345-17-0-0-0"_s);
        m_desk.enter(u"field_renovation_code"_s);
        QTRY_COMPARE(flow()->step(), Step::Consent);

        const QString tracking = m_desk.consentAndPay(*flow());
        QVERIFY2(!tracking.isEmpty(), qPrintable(error()));
        QCOMPARE(flow()->step(), Step::Done);
        QVERIFY2(flow()->outcome().kind == SendOutcome::Kind::Accepted,
                 qPrintable(flow()->outcome().message));
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM outbox WHERE applicant_legal_entity_id "
                                    "= '10380284790' AND state = 'accepted'"),
                 qint64(1));
    }

    void aPersonAfterTheCompany()
    {
        m_desk.window().servePage()->startOver();
        QTRY_VERIFY(m_desk.find(u"citizenNationalCode"_s)->hasFocus());
        QCOMPARE(m_desk.find<QComboBox>(u"citizenKind"_s)->currentIndex(), 0);
        QVERIFY(!m_desk.find(u"citizenLegalEntityId"_s)->isVisible());
    }

    void screenshotsAreClean()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestServeCompany)
#include "tst_serve_company.moc"
