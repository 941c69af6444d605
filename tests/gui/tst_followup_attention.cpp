// Follow up and Needs attention driven by the keyboard against the in-process sandbox (training
// mode): a served request found by tracking code, receipt number and national code (masked in
// the list), reprinted as a copy; a request the sandbox refuses shows in Needs attention with
// the backend's Persian reason, is corrected, sent again under the same request id and
// accepted. Screenshots of both screens in Persian and English.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"
#include "counter/DeskRuntime.h"
#include "counter/ServeBackend.h"
#include "counter/ServeFlow.h"
#include "ledger/LedgerService.h"
#include "sandbox/SandboxTrainingBackend.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"
#include "ui/AttentionPage.h"
#include "ui/FollowUpPage.h"
#include "ui/Localization.h"
#include "ui/LoginPage.h"
#include "ui/MainWindow.h"
#include "ui/ServePage.h"
#include "ui/SmsLogPanel.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using Step = ServeFlow::Step;

class TestFollowUpAttention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DeskRuntime> m_runtime;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QStringList m_problems;
    QString m_tracking;
    QString m_receipt;
    QString m_requestId;
    const QString m_nationalCode = u"0499370899"_s;

    template<typename T = QWidget>
    T* find(const QString& name)
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    ServeFlow* flow() { return m_window->servePage()->flow(); }
    void enter(QWidget* w) { QTest::keyClick(w, Qt::Key_Return); }
    static void keys(QWidget* w, const QString& text) { GuiProbe::typeText(w, text); }
    void type(const QString& name, const QString& text)
    {
        auto* edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        keys(edit, text);
    }
    void shot(const QString& name)
    {
        QTest::qWait(50);
        m_problems += GuiProbe::grabAndCheck(
            m_window.get(), m_shots + u'/' + ui::Localization::current() + u'-' + name + u".png"_s);
    }
    QString lastCode()
    {
        m_window->smsPanel()->refresh();
        const QRegularExpressionMatch m =
            QRegularExpression(u"(\\d{6})"_s).match(m_window->smsPanel()->lastMessage());
        return m.hasMatch() ? m.captured(1) : QString();
    }
    std::optional<OutboxEntry> row(const QString& requestId)
    {
        OutboxStore outbox(m_runtime->database());
        auto r = outbox.find(requestId);
        return r ? *r : std::nullopt;
    }
    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(*m_runtime);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void press(int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : static_cast<QWidget*>(m_window.get());
        QTest::keyClick(target, Qt::Key(key), mods);
    }

    // A request the sandbox refuses: a real consent for the citizen, but a district the city
    // does not have. Returns its request id once it is in needs_attention.
    QString enqueueRefused(const QString& nationalCode, const QString& mobile)
    {
        ServeBackend* backend = m_runtime->serveBackend();
        std::optional<Answer<OtpIssued>> otp;
        backend->requestOtp(nationalCode, mobile, u"property-file"_s,
                            [&](Answer<OtpIssued> a) { otp = a; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(otp.has_value(), 15000); }();
        if (!otp || !otp->ok())
            return {};
        QString code;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!(code = lastCode()).isEmpty(), 5000); }();
        std::optional<Answer<ConsentIssued>> consent;
        backend->verifyOtp(otp->value->challengeId, code,
                           [&](Answer<ConsentIssued> a) { consent = a; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(consent.has_value(), 15000); }();
        if (!consent || !consent->ok())
            return {};
        OutboxEntry e;
        e.requestId = OutboxStore::newRequestId();
        e.serviceId = u"property-file"_s;
        e.nationalCode = nationalCode;
        e.mobile = mobile;
        e.citizenName = u"شهروند آزمون"_s;
        e.consentToken = consent->value->token;
        e.consentExpiresAt = consent->value->expiresAtMs;
        e.feeReference = u"cash"_s;
        e.payload = GuiDesk::cashPropertyFilePayload(99);
        OutboxStore outbox(m_runtime->database());
        if (!outbox.enqueue(e, QDateTime::currentMSecsSinceEpoch()))
            return {};
        m_runtime->sync()->syncNow();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                row(e.requestId) && row(e.requestId)->state == OutboxState::NeedsAttention, 20000);
        }();
        return e.requestId;
    }

    // Needs attention: the refusal is listed with the Persian reason; a wrong district is
    // refused by the form; the right one sends it again and it is accepted.
    void fixAndResubmit(const QString& requestId, const QString& reason, const QString& screenshot)
    {
        press(Qt::Key_F4);
        auto* page = m_window->attentionPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(page->requests().size(), 1);
        QCOMPARE(page->requests().first().request.requestId, requestId);
        auto* list = find<QTableWidget>(u"attentionList"_s);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->item(0, 4)->text(), reason);
        const QString shown = find<QLabel>(u"attentionReason"_s)->text();
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        QVERIFY(list->item(0, 2)->text().contains(u'*'));
        QCOMPARE(find<QLineEdit>(u"amend_renovation_code"_s)->text(), u"6-12-345-17-0-0-0"_s);
        enter(list); // to the first field
        QTRY_VERIFY2(find(u"amend_district"_s)->hasFocus(),
                     qPrintable(QApplication::focusWidget()
                                    ? QApplication::focusWidget()->objectName()
                                    : u"none"_s));
        shot(screenshot);
        type(u"amend_district"_s, u"abc"_s);
        enter(find(u"amend_district"_s));
        QVERIFY(!find<QLabel>(u"attentionError"_s)->text().isEmpty());
        QCOMPARE(row(requestId)->state, OutboxState::NeedsAttention);
        type(u"amend_district"_s, u"۶"_s);
        enter(find(u"amend_district"_s));
        QVERIFY2(find<QLabel>(u"attentionError"_s)->text().isEmpty(),
                 qPrintable(find<QLabel>(u"attentionError"_s)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(row(requestId)->state == OutboxState::Accepted, 20000);
        QVERIFY(!row(requestId)->trackingCode.isEmpty());
        QTRY_VERIFY(page->requests().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_shots);
        ui::Localization::apply(u"fa"_s);
        DeskOptions options;
        options.dataDir = m_dir.path();
        options.training = true;
        options.trainingBackend = std::make_shared<sandbox::SandboxTrainingBackend>();
        options.pbkdf2Iterations = 1000;
        m_runtime = std::make_unique<DeskRuntime>(options);
        const Status opened = m_runtime->open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        openWindow();
        m_runtime->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_runtime->isReady(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_runtime->catalogue().isEmpty(), 30000);
        m_window->loginPage()->refresh();
        type(u"loginUsername"_s, u"sara"_s);
        type(u"loginDisplayName"_s, u"سارا محمدی"_s);
        type(u"loginPassword"_s, kAdminPassword);
        type(u"loginConfirm"_s, kAdminPassword);
        enter(find(u"loginConfirm"_s));
        QTRY_VERIFY(m_runtime->session().isValid());
    }

    void serveACitizen()
    {
        m_window->servePage()->startOver();
        type(u"citizenNationalCode"_s, m_nationalCode);
        enter(find(u"citizenNationalCode"_s));
        QTRY_VERIFY(find(u"citizenMobile"_s)->hasFocus());
        keys(find(u"citizenMobile"_s), u"09123456789"_s);
        enter(find(u"citizenMobile"_s));
        QTest::keyClicks(find(u"serviceSearch"_s), u"property file"_s);
        enter(find(u"serviceSearch"_s));
        auto* rc = find<QLineEdit>(u"field_renovation_code"_s);
        QTRY_VERIFY(rc->hasFocus());
        QTest::keyClicks(rc, u"6-12-345-17-0-0-0"_s);
        enter(rc);
        QTRY_VERIFY(find(u"consentCode"_s)->hasFocus());
        enter(find(u"consentCode"_s));
        QTRY_VERIFY_WITH_TIMEOUT(flow()->hasChallenge() && !flow()->isBusy(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!lastCode().isEmpty(), 5000);
        type(u"consentCode"_s, lastCode());
        enter(find(u"consentCode"_s));
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Payment, 15000);
        QTRY_VERIFY(find(u"paymentCash"_s)->hasFocus());
        enter(find(u"paymentCash"_s));
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Done, 20000);
        QCOMPARE(flow()->outcome().kind, SendOutcome::Kind::Accepted);
        m_tracking = flow()->outcome().trackingCode;
        m_receipt = flow()->committed().receiptNumber;
        m_requestId = flow()->committed().requestId;
        QVERIFY(!m_tracking.isEmpty() && !m_receipt.isEmpty());
    }

    void findByTrackingCodeAndReprint()
    {
        press(Qt::Key_F3);
        auto* page = m_window->followUpPage();
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(find(u"followUpQuery"_s)->hasFocus());
        keys(find(u"followUpQuery"_s), m_tracking.toLower()); // case does not matter
        enter(find(u"followUpQuery"_s));
        QTRY_VERIFY(!page->isSearching()); // the search runs on the worker
        QCOMPARE(page->results().size(), 1);
        QCOMPARE(page->results().first().request.requestId, m_requestId);
        QCOMPARE(page->results().first().receiptNumber, m_receipt);
        auto* table = find<QTableWidget>(u"followUpResults"_s);
        QTRY_VERIFY(table->hasFocus());
        QVERIFY(table->item(0, 0)->text().contains(m_tracking));
        QVERIFY(!table->item(0, 2)->text().contains(m_nationalCode));
        QVERIFY(table->item(0, 2)->text().contains(u'*'));
        QVERIFY(table->item(0, 3)->text().contains(u'*'));
        const QString details = find<QTextBrowser>(u"followUpDetails"_s)->toPlainText();
        QVERIFY2(details.contains(ui::FollowUpPage::stateName(OutboxState::Accepted)),
                 qPrintable(details));
        QVERIFY(page->results().first().progress.has_value());

        // Reprint: a ledger event, the receipt marked as a copy, saved as a PDF.
        press(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(!find<QLabel>(u"followUpPrinted"_s)->text().isEmpty());
        const qint64 feeSeq = page->results().first().feeSeq;
        auto copies = m_runtime->ledger()->store().reprintCount(feeSeq);
        QVERIFY(copies);
        QCOMPARE(*copies, 1);
        QVERIFY(find<QTextBrowser>(u"followUpReceipt"_s)->toPlainText().contains(u"رونوشت"_s));
        QCOMPARE(QDir(m_dir.filePath(u"receipts"_s)).entryList({u"*-copy-1.pdf"_s}).size(), 1);
        shot(u"followup"_s);
    }

    void findByNationalCodeAndReceipt()
    {
        type(u"followUpQuery"_s, u"۰۴۹۹۳۷۰۸۹۹"_s); // Persian digits
        enter(find(u"followUpQuery"_s));
        auto* page = m_window->followUpPage();
        QTRY_VERIFY(!page->isSearching());
        QVERIFY(!page->results().isEmpty());
        QCOMPARE(page->results().first().request.requestId, m_requestId);
        type(u"followUpQuery"_s, m_receipt);
        enter(find(u"followUpQuery"_s));
        QTRY_VERIFY(!page->isSearching());
        QCOMPARE(page->results().size(), 1);
        QCOMPARE(page->results().first().request.requestId, m_requestId);
        // A malformed question: its message, and the list stays as it was.
        type(u"followUpQuery"_s, u"12345"_s);
        enter(find(u"followUpQuery"_s));
        QVERIFY(!page->isSearching());
        QCOMPARE(page->results().size(), 1);
        QVERIFY(!find<QLabel>(u"followUpError"_s)->text().isEmpty());
    }

    void refusedRequestIsFixedAndAccepted()
    {
        const QString id = enqueueRefused(u"0790419904"_s, u"09131112233"_s);
        QVERIFY(!id.isEmpty());
        fixAndResubmit(id, u"منطقه شهرداری نامعتبر است"_s, u"attention"_s); // the backend's Persian
        // Follow up shows the same request id accepted.
        press(Qt::Key_F3);
        QTRY_VERIFY(find(u"followUpQuery"_s)->hasFocus());
        type(u"followUpQuery"_s, row(id)->trackingCode);
        enter(find(u"followUpQuery"_s));
        QTRY_VERIFY(!m_window->followUpPage()->isSearching());
        QCOMPARE(m_window->followUpPage()->results().size(), 1);
        QCOMPARE(m_window->followUpPage()->results().first().request.requestId, id);
    }

    void englishScreens()
    {
        ui::Localization::apply(u"en"_s);
        openWindow();
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        type(u"loginUsername"_s, u"sara"_s);
        type(u"loginPassword"_s, kAdminPassword);
        enter(find(u"loginPassword"_s));
        QTRY_VERIFY(m_window->servePage()->isVisible());
        press(Qt::Key_F3);
        QTRY_VERIFY(find(u"followUpQuery"_s)->hasFocus());
        keys(find(u"followUpQuery"_s), m_tracking);
        enter(find(u"followUpQuery"_s));
        QTRY_VERIFY(!m_window->followUpPage()->isSearching());
        QCOMPARE(m_window->followUpPage()->results().size(), 1);
        press(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(!find<QLabel>(u"followUpPrinted"_s)->text().isEmpty());
        shot(u"followup"_s);
        const QString id = enqueueRefused(u"0084575948"_s, u"09141112233"_s);
        QVERIFY(!id.isEmpty());
        fixAndResubmit(id, u"Unknown district"_s, u"attention"_s); // its English sentence
        ui::Localization::apply(u"fa"_s);
    }

    void screenshotsAreNotEmptyOrClipped()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_runtime.reset();
    }
};

QTEST_MAIN(TestFollowUpAttention)
#include "tst_followup_attention.moc"
