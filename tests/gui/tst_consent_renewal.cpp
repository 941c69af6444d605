// Renewing a citizen's consent from Needs attention, by keyboard, against the in-process
// sandbox (training mode): a request whose consent expired in the queue is listed with the
// reason; Ctrl+R opens the renewal dialog with the masked mobile; Enter sends a new code; a
// wrong code is refused with the backend's Persian sentence; the right one puts the SAME request
// (same request id) back in the queue, and it is accepted.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/ConsentRenewal.h"
#include "counter/ServeBackend.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"
#include "ui/AttentionPage.h"
#include "ui/ConsentRenewalDialog.h"
#include "ui/Localization.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

class TestConsentRenewalGui : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    const QString m_nationalCode = u"0790419904"_s;

    std::optional<OutboxEntry> row(const QString& requestId)
    {
        OutboxStore outbox(m_desk.runtime().database());
        auto r = outbox.find(requestId);
        return r ? *r : std::nullopt;
    }

    // A consent the citizen gave (a real token), for a request that then waited in the queue
    // past the consent's end on this PC: the engine moves it to needs attention.
    QString enqueueWithExpiredConsent(const QString& mobile)
    {
        ServeBackend* backend = m_desk.runtime().serveBackend();
        std::optional<Answer<OtpIssued>> otp;
        backend->requestOtp(m_nationalCode, mobile, u"property-file"_s,
                            [&](Answer<OtpIssued> a) { otp = a; });
        if (!QTest::qWaitFor([&] { return otp.has_value(); }, 15000) || !otp->ok())
            return {};
        QString code;
        if (!QTest::qWaitFor([&] { return !(code = m_desk.lastSmsCode()).isEmpty(); }, 5000))
            return {};
        std::optional<Answer<ConsentIssued>> consent;
        backend->verifyOtp(otp->value->challengeId, code,
                           [&](Answer<ConsentIssued> a) { consent = a; });
        if (!QTest::qWaitFor([&] { return consent.has_value(); }, 15000) || !consent->ok())
            return {};
        OutboxEntry e;
        e.requestId = OutboxStore::newRequestId();
        e.serviceId = u"property-file"_s;
        e.nationalCode = m_nationalCode;
        e.mobile = mobile;
        e.citizenName = u"شهروند آزمون"_s;
        e.consentToken = consent->value->token;
        e.consentExpiresAt = QDateTime::currentMSecsSinceEpoch() - 1000; // expired while queued
        e.feeReference = u"cash"_s;
        e.payload = GuiDesk::cashPropertyFilePayload(6);
        OutboxStore outbox(m_desk.runtime().database());
        if (!outbox.enqueue(e, QDateTime::currentMSecsSinceEpoch()))
            return {};
        m_desk.runtime().sync()->syncNow();
        if (!QTest::qWaitFor(
                [&] {
                    return row(e.requestId) &&
                           row(e.requestId)->state == OutboxState::NeedsAttention;
                },
                20000))
            return {};
        return e.requestId;
    }

private slots:
    void initTestCase()
    {
        ui::Localization::apply(u"fa"_s);
        QDir().mkpath(QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots"));
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
    }

    void expiredConsentIsRenewedAndTheSameRequestAccepted()
    {
        // GIVEN a request whose consent expired in the queue
        const QString id = enqueueWithExpiredConsent(u"09131112233"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(row(id)->lastErrorCode, u"consent.expired"_s);

        // WHEN the clerk opens Needs attention (F4): it is listed with the reason, and the
        // renewal is offered for it
        m_desk.press(Qt::Key_F4);
        ui::AttentionPage* page = m_desk.window().attentionPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(page->requests().size(), 1);
        QCOMPARE(page->requests().first().request.requestId, id);
        auto* list = m_desk.find<QTableWidget>(u"attentionList"_s);
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(list->item(0, 4)->text().contains(u"رضایت"_s));
        QVERIFY(m_desk.find(u"attentionRenewConsent"_s)->isVisible());

        // AND presses Ctrl+R: the dialog shows the masked mobile, the focus on "Send code"
        m_desk.press(Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(page->renewalDialog() != nullptr);
        auto* dialog = qobject_cast<ui::ConsentRenewalDialog*>(page->renewalDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->activateWindow();
        const QString masked = m_desk.find<QLabel>(u"consentRenewalMobile"_s)->text();
        QVERIFY2(!masked.contains(u"1112233"_s) && masked.contains(u'*'), qPrintable(masked));
        auto* send = m_desk.find<QPushButton>(u"consentRenewalSend"_s);
        QTRY_VERIFY(send->hasFocus());
        QTest::keyClick(send, Qt::Key_Return); // Enter on the focused button sends the code
        auto* code = m_desk.find<QLineEdit>(u"consentRenewalCode"_s);
        QTRY_VERIFY_WITH_TIMEOUT(code->hasFocus(), 15000);
        QCOMPARE(dialog->renewal().step(), ConsentRenewal::Step::AwaitingCode);
        const QString sent = m_desk.lastSmsCode();
        QCOMPARE(sent.size(), 6);

        // A wrong code: the backend's Persian sentence, and the request is untouched
        const QString wrong = sent == u"000000"_s ? u"000001"_s : u"000000"_s;
        m_desk.type(u"consentRenewalCode"_s, wrong);
        m_desk.enter(u"consentRenewalCode"_s);
        auto* error = m_desk.find<QLabel>(u"consentRenewalError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 15000);
        QVERIFY2(error->text().contains(u"کد یکبار مصرف نادرست است"_s), qPrintable(error->text()));
        QCOMPARE(row(id)->state, OutboxState::NeedsAttention);
        QTRY_VERIFY(code->hasFocus());
        const QStringList problems = GuiProbe::grabAndCheck(
            dialog, QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots/fa-consent-renewal.png"));

        // The right code (Persian digits, as a clerk may type them) renews it
        QString persian;
        for (const QChar d : sent)
            persian.append(QChar(char16_t(0x06F0 + d.digitValue())));
        m_desk.type(u"consentRenewalCode"_s, persian);
        m_desk.enter(u"consentRenewalCode"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->renewalDialog() == nullptr, 15000);

        // THEN the same request goes back to the queue with the new consent and is accepted
        QTRY_VERIFY_WITH_TIMEOUT(row(id)->state == OutboxState::Accepted, 20000);
        QCOMPARE(row(id)->requestId, id);
        QVERIFY(!row(id)->trackingCode.isEmpty());
        QVERIFY(row(id)->consentExpiresAt > QDateTime::currentMSecsSinceEpoch());
        QVERIFY(!m_desk.find<QLabel>(u"attentionDone"_s)->text().isEmpty());
        QTRY_VERIFY(page->requests().isEmpty());
        QCOMPARE(m_desk.queryNumber("SELECT count(*) FROM outbox"), 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void escapeClosesWithoutChange()
    {
        // A second expired request: Ctrl+R, then Escape leaves it as it was.
        const QString id = enqueueWithExpiredConsent(u"09131112244"_s);
        QVERIFY(!id.isEmpty());
        ui::AttentionPage* page = m_desk.window().attentionPage();
        m_desk.press(Qt::Key_F4);
        QTRY_COMPARE(page->requests().size(), 1);
        QTRY_VERIFY(m_desk.find(u"attentionList"_s)->hasFocus());
        m_desk.press(Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(page->renewalDialog() != nullptr);
        QTRY_VERIFY(m_desk.find(u"consentRenewalSend"_s)->hasFocus());
        QTest::keyClick(m_desk.find(u"consentRenewalSend"_s), Qt::Key_Escape);
        QTRY_VERIFY(page->renewalDialog() == nullptr);
        QCOMPARE(row(id)->state, OutboxState::NeedsAttention);
        // Back in the list (Xvfb has no window manager to hand the window its focus back).
        m_desk.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_desk.window()));
        QTRY_VERIFY(m_desk.find(u"attentionList"_s)->hasFocus());
    }
};

QTEST_MAIN(TestConsentRenewalGui)
#include "tst_consent_renewal.moc"
