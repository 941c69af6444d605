// Money of requests that do not go ahead, against the real sandbox over HTTPS: a request voided
// while queued is withdrawn and never reaches the sandbox; a sent request is cancelled while
// the municipality has not started, and the cancel is refused (the request goes on) once it
// has; a request accepted and then rejected, and a cancelled one, have their fees refunded by a
// supervisor, and the day report and the signed close show the refunds.
#include "SyncFixture.h"

#include "ledger/Ed25519KeySigner.h"
#include "ledger/LedgerService.h"
#include "ledger/TariffTable.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "storage/RequestCancelStore.h"
#include "storage/RequestProgressStore.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

const QString kTariffs = u"sample-2025.1"_s;
const QString kSuperPassword = u"Sup3r-Visor#2025"_s;
const QString kClerkPassword = u"Cl3rk-Counter#2025"_s;

} // namespace

class TestMoneySandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void voidedWhileQueuedIsNeverSent();
    void cancelAllowedThenRefusedOnceWorkBegan();
    void rejectedAfterAcceptanceIsRefundedAndClosed();
    void cleanupTestCase();

private:
    // A fee for a fresh property-file request (block 999: a property the sandbox does not
    // know, so the request is accepted and later rejected).
    Result<LedgerEntry> takeFee(int block = 345);
    bool waitAccepted(const QStringList& requestIds);
    QString stateOf(const QString& requestId);

    std::unique_ptr<SyncFixture> m_f;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::optional<Ed25519KeySigner> m_signer;
    std::unique_ptr<LedgerService> m_ledger;
    Session m_clerk;
    Session m_super;
    SyncFixture::Rig m_rig;
    int m_mobile = 700;
    QList<qint64> m_refunded;
};

void TestMoneySandbox::initTestCase()
{
    // A slow sandbox clock: a request stays "received" (not yet worked on) until the test moves
    // the clock, however slow this machine is.
    m_f = std::make_unique<SyncFixture>(QStringList{u"--quiet"_s, u"--time-scale"_s, u"0.001"_s});
    QVERIFY2(m_f->start(), qPrintable(m_f->error()));
    Database& db = m_f->db();
    m_audit = std::make_unique<AuditLog>(db, SystemClock::instance());
    m_accounts = std::make_unique<AccountService>(db, *m_audit, SystemClock::instance(), 1000);
    auto signer = Ed25519KeySigner::generate();
    QVERIFY(signer.ok());
    m_signer.emplace(std::move(*signer));
    LedgerSettings settings;
    settings.officeCode = u"IF-1001"_s;
    settings.officeName = u"دفتر آزمون"_s;
    settings.deviceId = m_f->sandbox().deviceId();
    settings.counter = 1;
    m_ledger = std::make_unique<LedgerService>(db, *m_accounts, *m_audit, *m_signer,
                                               SystemClock::instance(), settings);
    QVERIFY(m_accounts->createFirstAdmin(u"admin"_s, u"admin"_s, kSuperPassword).ok());
    auto admin = m_accounts->login(u"admin"_s, kSuperPassword);
    QVERIFY(admin.ok());
    QVERIFY(
        m_accounts->createAccount(*admin, u"clerk1"_s, u"c"_s, Role::Clerk, kClerkPassword).ok());
    QVERIFY(m_accounts->createAccount(*admin, u"super1"_s, u"s"_s, Role::Supervisor, kSuperPassword)
                .ok());
    auto clerk = m_accounts->login(u"clerk1"_s, kClerkPassword);
    auto super = m_accounts->login(u"super1"_s, kSuperPassword);
    QVERIFY(clerk.ok() && super.ok());
    m_clerk = *clerk;
    m_super = *super;
    using S = TariffTable::Service;
    QVERIFY(m_ledger
                ->registerTariffTable(
                    TariffTable(kTariffs, {S{u"property-file"_s, u"پرونده ملک"_s,
                                             u"Property file"_s, Money::fromRials(80'000)}}))
                .ok());
    SyncConfig config;
    config.minPollDelayMs = 100;
    config.maxPollDelayMs = 300;
    m_rig = m_f->makeRig(config);
}

void TestMoneySandbox::cleanupTestCase()
{
    if (m_rig.engine)
        m_rig.engine->stop();
}

Result<LedgerEntry> TestMoneySandbox::takeFee(int block)
{
    const QString nc = SyncFixture::nationalCode(m_mobile);
    const auto consents = m_f->mintConsents(1, nc, m_mobile++);
    if (consents.size() != 1)
        return Error(u"test.consent"_s, "no consent", m_f->error());
    OutboxEntry e = SyncFixture::propertyFileEntry(consents.first(), nc);
    e.payload.replace(u"\"block\":345"_s, u"\"block\":"_s + QString::number(block));
    return m_ledger->recordFee(m_clerk, FeeRequest{e, kTariffs, Payment::cash()});
}

QString TestMoneySandbox::stateOf(const QString& requestId)
{
    auto row = OutboxStore(m_f->db()).find(requestId);
    return row && row->has_value() ? outboxStateName((*row)->state) : QString();
}

bool TestMoneySandbox::waitAccepted(const QStringList& requestIds)
{
    m_rig.engine->syncNow();
    return SyncFixture::waitFor(
        [&] {
            for (const QString& id : requestIds)
                if (stateOf(id) != u"accepted"_s)
                    return false;
            return true;
        },
        20'000);
}

void TestMoneySandbox::voidedWhileQueuedIsNeverSent()
{
    // GIVEN a fee whose request is queued, voided before the engine runs, and a second one kept
    auto voided = takeFee();
    auto kept = takeFee();
    QVERIFY2(voided.ok() && kept.ok(),
             qPrintable(voided.ok() ? QString() : voided.error().detail()));
    auto v = m_ledger->voidFee(m_super, kSuperPassword, voided->seq, u"wrong citizen"_s);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().code()));
    QCOMPARE(stateOf(voided->requestId), u"withdrawn"_s);
    const qint64 before = m_f->sandbox().count(u"requests"_s);

    // WHEN the engine drains the outbox
    QVERIFY(m_rig.engine->start());
    QVERIFY(waitAccepted({kept->requestId}));

    // THEN only the kept request reached the sandbox
    QCOMPARE(m_f->sandbox().count(u"requests"_s), before + 1);
    QVERIFY(m_f->sandboxTrackingCodes({voided->requestId}).isEmpty());
    QCOMPARE(stateOf(voided->requestId), u"withdrawn"_s);
    QVERIFY(m_rig.engine->snapshot().queueDepth == 0);
}

void TestMoneySandbox::cancelAllowedThenRefusedOnceWorkBegan()
{
    // GIVEN two requests the sandbox accepted and has not started on
    auto early = takeFee();
    auto late = takeFee();
    QVERIFY(early.ok() && late.ok());
    QVERIFY(waitAccepted({early->requestId, late->requestId}));

    // WHEN a supervisor cancels the first while it is still "received"
    auto c = m_ledger->requestCancel(m_super, early->seq, u"citizen withdrew"_s);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().code()));
    m_rig.engine->syncNow();
    RequestCancelStore cancels(m_f->db());
    const auto cancelState = [&](const QString& id) {
        auto row = cancels.find(id);
        return row && row->has_value() ? RequestCancelStore::stateName((*row)->state) : QString();
    };
    // THEN the sandbox cancels it and the status poll reads it as cancelled (final)
    QVERIFY(SyncFixture::waitFor([&] { return cancelState(early->requestId) == u"cancelled"_s; },
                                 20'000));
    RequestProgressStore progress(m_f->db());
    QVERIFY(SyncFixture::waitFor(
        [&] {
            auto p = progress.progress(early->requestId);
            return p && p->has_value() && (*p)->status == u"cancelled"_s && (*p)->isFinal;
        },
        20'000));
    QCOMPARE(m_f->sandbox().count(u"cancels"_s), 1);

    // WHEN the municipality starts on the second before its cancel arrives
    m_f->sandbox().advanceClock(10);
    auto refused = m_ledger->requestCancel(m_super, late->seq, u"citizen withdrew"_s);
    QVERIFY2(refused.ok(), qPrintable(refused.ok() ? QString() : refused.error().code()));
    m_rig.engine->syncNow();
    // THEN the sandbox refuses it with the reason in Persian, and the request goes on
    QVERIFY(
        SyncFixture::waitFor([&] { return cancelState(late->requestId) == u"refused"_s; }, 20'000));
    auto row = cancels.find(late->requestId);
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->problemType, u"request-work-started"_s);
    QVERIFY((*row)->detail.contains(u"شهرداری"_s));
    QCOMPARE(stateOf(late->requestId), u"accepted"_s);
    QCOMPARE(m_f->sandbox().count(u"cancels"_s), 1);
    // AND its fee is not refundable; the cancelled one is
    auto notRefundable =
        m_ledger->refundFee(m_super, kSuperPassword, RefundRequest{late->seq, u"x"_s, {}, {}});
    QVERIFY(!notRefundable.ok());
    QCOMPARE(notRefundable.error().code(), u"ledger.refund_not_eligible"_s);
    auto refund = m_ledger->refundFee(m_super, kSuperPassword,
                                      RefundRequest{early->seq, u"cancelled"_s, {}, {}});
    QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : refund.error().code()));
    m_refunded << refund->seq;
}

void TestMoneySandbox::rejectedAfterAcceptanceIsRefundedAndClosed()
{
    // GIVEN a request the sandbox accepted for a property it does not know
    auto fee = takeFee(999);
    QVERIFY(fee.ok());
    QVERIFY(waitAccepted({fee->requestId}));
    auto early = m_ledger->refundFee(m_super, kSuperPassword,
                                     RefundRequest{fee->seq, u"too early"_s, {}, {}});
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code(), u"ledger.refund_not_eligible"_s);

    // WHEN its final answer (rejected) arrives
    m_f->sandbox().advanceClock(60);
    m_rig.engine->pollNow();
    RequestProgressStore progress(m_f->db());
    QVERIFY(SyncFixture::waitFor(
        [&] {
            auto p = progress.progress(fee->requestId);
            return p && p->has_value() && (*p)->status == u"rejected"_s && (*p)->isFinal;
        },
        20'000));

    // THEN a supervisor refunds it
    auto refund =
        m_ledger->refundFee(m_super, kSuperPassword,
                            RefundRequest{fee->seq, u"rejected by the municipality"_s, {}, {}});
    QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : refund.error().code()));
    m_refunded << refund->seq;

    // AND the day report and the signed close show both refunds
    auto day = m_ledger->openBusinessDay();
    QVERIFY(day.ok());
    auto report = m_ledger->dayReport(m_super, day->first);
    QVERIFY(report.ok());
    QCOMPARE(report->totals.refundCount, 2);
    QCOMPARE(report->totals.refundAmount, Money::fromRials(160'000));
    const Money expected = report->expectedCash().value(u"clerk1"_s);
    QCOMPARE(expected, Money::fromRials(report->totals.feeAmount.rials() -
                                        report->totals.voidAmount.rials() - 160'000));
    auto close = m_ledger->closeDay(m_super, kSuperPassword, day->first,
                                    {{u"clerk1"_s, QString::number(expected.rials() / 10)}});
    QVERIFY2(close.ok(), qPrintable(close.ok() ? QString() : close.error().code()));
    const QJsonObject doc = QJsonDocument::fromJson(close->document).object();
    QCOMPARE(doc[u"totals"_s][u"refund_count"_s].toInteger(), 2);
    QCOMPARE(doc[u"totals"_s][u"refund_amount_rials"_s].toInteger(), 160'000);
}

QTEST_GUILESS_MAIN(TestMoneySandbox)
#include "tst_money_sandbox.moc"
