// A draft's day at the counter, by keyboard against the in-process sandbox (training mode): with
// the backend away the clerk still takes the citizen and the form and keeps them with Ctrl+S;
// the drafts screen (F10) lists it; when the network is back the clerk resumes it with Enter,
// the form comes back as typed, the citizen reads out the code and the request is sent and
// accepted; the draft is gone once its request is committed. A draft whose service has left
// the catalogue is refused with a Persian message and stays listed.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/ServeFlow.h"
#include "storage/DraftStore.h"
#include "ui/DraftsPage.h"
#include "ui/Localization.h"
#include "ui/ServePage.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using Step = ServeFlow::Step;

namespace {
const QString kNationalCode = u"0499370899"_s;
const QString kMobile = u"09123456789"_s;
const QString kRenovationCode = u"6-12-345-17-0-0-0"_s;
} // namespace

class TestDraftsJourney : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QStringList m_problems;

    ServeFlow* flow() { return m_desk.window().servePage()->flow(); }
    QTableWidget* table() { return m_desk.find<QTableWidget>(u"draftsTable"_s); }
    void shot(const QString& name) { m_problems += m_desk.screenshot(name, 120); }

private slots:
    void initTestCase()
    {
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
    }

    void offlineFormIsKeptAsDraft()
    {
        m_desk.runtime().stopSandbox();
        m_desk.press(Qt::Key_F2);
        QTRY_VERIFY(flow() != nullptr);
        m_desk.window().servePage()->startOver();
        m_desk.type(u"citizenNationalCode"_s, kNationalCode);
        m_desk.enter(u"citizenNationalCode"_s);
        QTRY_VERIFY(m_desk.find(u"citizenMobile"_s)->hasFocus());
        GuiDesk::keys(m_desk.find(u"citizenMobile"_s), kMobile);
        m_desk.enter(u"citizenMobile"_s);
        QCOMPARE(flow()->step(), Step::Service);
        QTest::keyClicks(m_desk.find(u"serviceSearch"_s), u"property file"_s);
        m_desk.enter(u"serviceSearch"_s);
        QCOMPARE(flow()->step(), Step::Form);
        auto* rc = m_desk.find<QLineEdit>(u"field_renovation_code"_s);
        QVERIFY(rc);
        QTRY_VERIFY(rc->hasFocus());
        GuiDesk::keys(rc, kRenovationCode);

        m_desk.press(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM serve_draft"), 1);
        // Keeping a draft asks nothing of the backend and takes no fee.
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM outbox"), 0);
    }

    void draftsScreenListsIt()
    {
        m_desk.press(Qt::Key_F10);
        QTRY_VERIFY(m_desk.find(u"draftsPage"_s)->isVisible());
        QTRY_COMPARE(table()->rowCount(), 1);
        QString row;
        for (int c = 0; c < table()->columnCount(); ++c)
            row += table()->item(0, c)->text() + u' ';
        // The citizen's code is masked on screen; the service is named in Persian.
        QVERIFY2(!row.contains(kNationalCode), qPrintable(row));
        QVERIFY2(row.contains(u"پرونده"_s), qPrintable(row));
        shot(u"drafts-list"_s);
    }

    void networkBackResumeCodeSent()
    {
        QVERIFY(m_desk.runtime().restartSandbox());
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->currentRow(), 0);
        QTest::keyClick(table(), Qt::Key_Return);
        QTRY_VERIFY2(flow()->step() == Step::Form,
                     qPrintable(m_desk.find<QLabel>(u"serveError"_s)->text()));
        QVERIFY(m_desk.window().servePage()->isVisible());
        auto* rc = m_desk.find<QLineEdit>(u"field_renovation_code"_s);
        QCOMPARE(rc->text(), kRenovationCode);
        QCOMPARE(flow()->nationalCode()->canonical(), kNationalCode);
        QTRY_VERIFY(rc->hasFocus());
        QTest::keyClick(rc, Qt::Key_Return);
        QCOMPARE(flow()->step(), Step::Consent);
        const QString tracking = m_desk.consentAndPay(*flow());
        QVERIFY2(!tracking.isEmpty(), qPrintable(m_desk.find<QLabel>(u"serveError"_s)->text()));
        QCOMPARE(flow()->step(), Step::Done);
        QCOMPARE(flow()->outcome().kind, SendOutcome::Kind::Accepted);
        QVERIFY(!flow()->outcome().trackingCode.isEmpty());
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM serve_draft"), 0);
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM outbox"), 1);
    }

    void draftOfAServiceGoneIsRefusedAndKept()
    {
        DraftStore::Draft gone;
        gone.clerkId = m_desk.runtime().session().username;
        gone.nationalCode = kNationalCode;
        gone.mobile = kMobile;
        gone.serviceId = u"no-such-service"_s;
        gone.district = 6;
        gone.fieldsJson = u"{}"_s;
        QVERIFY(DraftStore(m_desk.runtime().database())
                    .save(gone, QDateTime::currentMSecsSinceEpoch()));

        m_desk.press(Qt::Key_F10);
        QTRY_VERIFY(m_desk.find(u"draftsPage"_s)->isVisible());
        QTRY_COMPARE(table()->rowCount(), 1);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->currentRow(), 0);
        QTest::keyClick(table(), Qt::Key_Return);
        // The clerk stays on the list, where the draft was chosen, and reads why.
        auto* message = m_desk.find<QLabel>(u"draftsMessage"_s);
        QTRY_VERIFY(!message->text().isEmpty());
        QVERIFY2(message->text().contains(u"خدمت"_s), qPrintable(message->text()));
        QVERIFY(m_desk.find(u"draftsPage"_s)->isVisible());
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM serve_draft"), 1);
        shot(u"drafts-service-gone"_s);
    }

    void cleanupTestCase() { QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n'))); }
};

QTEST_MAIN(TestDraftsJourney)
#include "tst_drafts_journey.moc"
