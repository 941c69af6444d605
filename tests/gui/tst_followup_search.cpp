// The follow-up screens driven by the keyboard against the in-process sandbox (training mode):
// a request the municipality rejects after accepting it (a renovation code not on record) shows
// in Needs attention with the Persian reason and its next steps; the supervisor starts its
// refund from there (the refunds tab opens on that fee) and, refunded, it leaves the list; "fix
// and serve again" opens the serve screen on the form, filled in from the rejected request.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "core/SolarHijri.h"
#include "counter/ServeFlow.h"
#include "counter/TrainingBackend.h"
#include "ledger/Ed25519KeySigner.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/AccountService.h"
#include "sync/SyncEngine.h"
#include "ui/AttentionPage.h"
#include "ui/FollowUpPage.h"
#include "ui/Localization.h"
#include "ui/RefundsPanel.h"
#include "ui/ServePage.h"
#include "ui/SupervisorPage.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {
const QString kUnknownProperty = u"6-12-345-99-0-0-0"_s;
} // namespace

class TestFollowUpSearch : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QStringList m_problems;

    void shot(const QString& name) { m_problems += m_desk.screenshot(name, 80); }

private slots:
    void initTestCase()
    {
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

    void rejectedAfterAcceptanceNeedsAttention()
    {
        // Two citizens ask about a property the municipality has no record of: accepted now,
        // rejected when the sandbox's clock reaches the answer.
        QVERIFY(!m_desk.serveCitizen(u"0499370899"_s, u"09123456789"_s, {}, {}, kUnknownProperty)
                     .isEmpty());
        QVERIFY(!m_desk.serveCitizen(u"0790419904"_s, u"09131112233"_s, {}, {}, kUnknownProperty)
                     .isEmpty());
        m_desk.runtime().sandboxAdmin(u"/admin/v1/clock"_s, {{u"advance_seconds"_s, 120}});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                m_desk.runtime().sync()->pollNow();
                return m_desk.queryNumber("SELECT COUNT(*) FROM outbox_result WHERE status = "
                                          "'rejected' AND final = 1") == 2;
            }(),
            30000);
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"mina"_s, kSupervisorPassword));

        m_desk.press(Qt::Key_F4);
        auto* page = m_desk.window().attentionPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(page->requests().size(), 2);
        auto* table = m_desk.find<QTableWidget>(u"attentionList"_s);
        QTRY_VERIFY(table->hasFocus());
        QVERIFY2(table->item(0, 4)->text().contains(u"کد نوسازی"_s),
                 qPrintable(table->item(0, 4)->text()));
        auto* reason = m_desk.find<QLabel>(u"attentionReason"_s);
        QVERIFY2(reason->text().contains(u"ملکی با این کد نوسازی"_s), qPrintable(reason->text()));
        QVERIFY(m_desk.find<QWidget>(u"attentionNextSteps"_s)->isVisible());
        QVERIFY(m_desk.find<QPushButton>(u"attentionResubmitNew"_s)->isVisible());
        QVERIFY(m_desk.find<QPushButton>(u"attentionRefund"_s)->isVisible());
        QVERIFY(!m_desk.find<QWidget>(u"attentionEditor"_s)->isVisible());
        shot(u"attention-rejected"_s);
    }

    void refundStartsFromTheAttentionList()
    {
        auto* table = m_desk.find<QTableWidget>(u"attentionList"_s);
        table->setFocus();
        const qint64 feeSeq = m_desk.window().attentionPage()->requests().first().feeSeq;
        QVERIFY(feeSeq > 0);
        // Enter in the list moves to the next steps; Tab to the refund; Space starts it.
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(m_desk.find<QPushButton>(u"attentionResubmitNew"_s)->hasFocus());
        m_desk.press(Qt::Key_Tab);
        QTRY_VERIFY(m_desk.find<QPushButton>(u"attentionRefund"_s)->hasFocus());
        m_desk.press(Qt::Key_Space);

        auto* supervisor = m_desk.window().supervisorPage();
        QTRY_VERIFY(supervisor->refunds()->isVisible());
        auto* candidates = m_desk.find<QTableWidget>(u"refundCandidates"_s);
        QTRY_VERIFY(candidates->currentRow() >= 0);
        QTRY_VERIFY(m_desk.find<QLineEdit>(u"refundAmount"_s)->hasFocus());
        shot(u"attention-refund-started"_s);

        // The refund's own rules stay the ledger's: the reason and the password again.
        m_desk.type(u"refundReason"_s, u"ملک در سامانه شهرداری ثبت نشده است"_s);
        GuiDesk::answerDialog(u"passwordPrompt"_s, kSupervisorPassword);
        m_desk.enter(u"refundReason"_s);
        QTRY_COMPARE(m_desk.queryNumber("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'refund'"),
                     1);
        QCOMPARE(m_desk.queryNumber("SELECT target_seq FROM ledger_entry WHERE kind = 'refund'"),
                 feeSeq);

        // Refunded, it leaves the attention list; the other one stays.
        m_desk.press(Qt::Key_F4);
        QTRY_COMPARE(m_desk.window().attentionPage()->requests().size(), 1);
    }

    void fixAndServeAgainFillsTheForm()
    {
        auto* table = m_desk.find<QTableWidget>(u"attentionList"_s);
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(m_desk.find<QPushButton>(u"attentionResubmitNew"_s)->hasFocus());
        m_desk.press(Qt::Key_Space);
        auto* serve = m_desk.window().servePage();
        QTRY_VERIFY(serve->isVisible());
        QTRY_COMPARE(serve->flow()->step(), ServeFlow::Step::Form);
        QCOMPARE(serve->flow()->nationalCode()->canonical(), u"0790419904"_s);
        auto* rc = m_desk.find<QLineEdit>(u"field_renovation_code"_s);
        QVERIFY2(!rc->text().isEmpty(), "the renovation code is filled in");
        shot(u"attention-serve-again"_s);
    }

    // The list of a day range (and a clerk) comes through the search worker, a page at a time;
    // a day that is not one leaves the list as it was, with its Persian message.
    void dayListThroughTheWorker()
    {
        m_desk.press(Qt::Key_F3);
        auto* page = m_desk.window().followUpPage();
        QTRY_VERIFY(m_desk.find(u"followUpQuery"_s)->hasFocus());
        const auto today = SolarHijri::calendar().partsFromDate(
            QDateTime::currentDateTimeUtc().toTimeZone(SolarHijri::officeTimeZone()).date());
        const QString day = u"%1/%2/%3"_s.arg(today.year).arg(today.month).arg(today.day);
        m_desk.type(u"followUpQuery"_s, QString());
        m_desk.type(u"followUpFromDay"_s, day);
        m_desk.type(u"followUpToDay"_s, day);
        m_desk.type(u"followUpClerk"_s, u"reza"_s);
        m_desk.enter(u"followUpClerk"_s);
        QTRY_VERIFY(!page->isSearching());
        QCOMPARE(page->results().size(), 2);
        QVERIFY(!m_desk.find<QPushButton>(u"followUpNextPage"_s)->isEnabled());
        QTRY_VERIFY(m_desk.find<QTableWidget>(u"followUpResults"_s)->hasFocus());
        shot(u"followup-day-list"_s);

        m_desk.type(u"followUpToDay"_s, u"۱۴۰۵/۱۳/۴۰"_s);
        m_desk.enter(u"followUpToDay"_s);
        QVERIFY(!page->isSearching());
        QCOMPARE(page->results().size(), 2);
        auto* error = m_desk.find<QLabel>(u"followUpError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"سال/ماه/روز"_s), qPrintable(error->text()));
        shot(u"followup-day-error"_s);
    }

    // A second counter of the same office (its own device, activated at the training sandbox)
    // serves a citizen; this counter has nothing of it, finds it at the backend by tracking code
    // and by national code, and marks it "another counter".
    void requestOfAnotherCounter()
    {
        DeskRuntime& rt = m_desk.runtime();
        HttpSettings http;
        http.baseUrl = rt.settings().backendUrl;
        http.pinnedPublicKey = rt.settings().pinnedKey;
        http.caFile = rt.settings().caFile;
        http.proxy = u"direct"_s;
        pishkhan::HttpClient client(http);
        ApiClient second(client);
        const auto code =
            rt.options().trainingBackend->issueActivationCode(rt.options().trainingOffice);
        QVERIFY(code.ok());
        auto key = Ed25519KeySigner::generate();
        QVERIFY(key.ok());
        std::optional<ApiReply<Activation>> activated;
        second.activateDevice(
            rt.options().trainingOffice, *code, QString::fromLatin1(key->publicKey().toBase64()),
            u"ali"_s, [&](ApiReply<Activation> r) { activated.emplace(std::move(r)); },
            u"counter 2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(activated.has_value(), 15000);
        QVERIFY2(activated->ok(), qPrintable(activated->error().code()));
        second.setCredentials({(*activated)->deviceId, (*activated)->token});
        second.setClerkId(u"ali"_s);
        const QString nationalCode = u"0080075991"_s;
        const QString mobile = u"09135556677"_s;
        std::optional<ApiReply<OtpChallenge>> challenge;
        second.requestOtp(nationalCode, mobile, u"property-file"_s,
                          [&](ApiReply<OtpChallenge> r) { challenge.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(challenge.has_value(), 15000);
        QVERIFY(challenge->ok());
        QString sms;
        QTRY_VERIFY((sms = m_desk.lastSmsCode()).size() == 6);
        std::optional<ApiReply<ConsentGrant>> grant;
        second.verifyOtp((*challenge)->challengeId, sms,
                         [&](ApiReply<ConsentGrant> r) { grant.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(grant.has_value(), 15000);
        QVERIFY2(grant->ok(), qPrintable(grant->error().code()));
        const QJsonObject body{
            {u"service_id"_s, u"property-file"_s},
            {u"district"_s, 6},
            {u"citizen"_s, QJsonObject{{u"national_code"_s, nationalCode}, {u"mobile"_s, mobile}}},
            {u"fields"_s, QJsonObject{{u"renovation_code"_s, QJsonObject{{u"district"_s, 6},
                                                                         {u"area"_s, 12},
                                                                         {u"block"_s, 345},
                                                                         {u"property"_s, 17},
                                                                         {u"building"_s, 0},
                                                                         {u"apartment"_s, 0},
                                                                         {u"shop"_s, 0}}}}},
            {u"consent_token"_s, (*grant)->token},
            {u"fee_rials"_s, 80000},
            {u"receipt_number"_s, u"1001-2-20250321-0001"_s},
            {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}}};
        std::optional<ApiReply<SubmitAnswer>> submitted;
        second.submit(ApiClient::newIdempotencyKey(), body,
                      [&](ApiReply<SubmitAnswer> r) { submitted.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(submitted.has_value(), 15000);
        QVERIFY2(submitted->ok(),
                 qPrintable(submitted->error().code() + u' ' + submitted->error().messageEn()));
        const QString tracking = (*submitted)->trackingCode;

        // This counter: nothing in its own store, the backend answers for the other counter.
        m_desk.press(Qt::Key_F3);
        auto* page = m_desk.window().followUpPage();
        QTRY_VERIFY(m_desk.find(u"followUpQuery"_s)->hasFocus());
        for (const QString& name : {u"followUpFromDay"_s, u"followUpToDay"_s, u"followUpClerk"_s})
            m_desk.type(name, QString());
        for (const QString& typed : {tracking, nationalCode}) {
            m_desk.type(u"followUpQuery"_s, typed);
            m_desk.enter(u"followUpQuery"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isSearching(), 15000);
            QCOMPARE(page->results().size(), 1);
            QVERIFY(page->results().first().otherCounter);
            QCOMPARE(page->results().first().request.trackingCode, tracking);
            auto* table = m_desk.find<QTableWidget>(u"followUpResults"_s);
            QVERIFY2(table->item(0, 4)->text().contains(u"باجه دیگر"_s),
                     qPrintable(table->item(0, 4)->text()));
            QVERIFY(!table->item(0, 2)->text().contains(nationalCode));
            // §4.19 lists the citizen masked; §4.9 does not name the citizen at all.
            if (typed == nationalCode)
                QVERIFY2(table->item(0, 2)->text().contains(u"5991"_s),
                         qPrintable(table->item(0, 2)->text()));
            QVERIFY(!m_desk.find<QPushButton>(u"followUpReprint"_s)->isEnabled());
        }
        shot(u"followup-other-counter"_s);
    }

    void cleanupTestCase() { QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n'))); }
};

QTEST_MAIN(TestFollowUpSearch)
#include "tst_followup_search.moc"
