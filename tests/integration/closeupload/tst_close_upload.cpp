// The signed close is queued for upload like any request: fees, a supervisor's
// close, the sync engine uploading it through LedgerCloseUploadSource to a real sandbox, the
// signed acknowledgement stored in the ledger and verified with the server key; a repeat
// (lost answer, then a restart) stays one close at the backend.
#include "SyncFixture.h"

#include "counter/LedgerCloseUploadSource.h"
#include "ledger/CloseSigner.h"
#include "ledger/DayCloseDocument.h"
#include "ledger/DayCloseStore.h"
#include "ledger/LedgerService.h"
#include "ledger/TariffTable.h"
#include "net/ApiClient.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/BackendSigningKeys.h"
#include "security/Clock.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>

#include <QJsonDocument>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pishkhan::test {

namespace {

const QString kTariff = u"close-upload-1"_s;
const QString kPassword = u"Sup3r-Visor#2025"_s;
const QString kClerkPassword = u"Cl3rk-Counter#2025"_s;

// The ledger signs with the key the sandbox registered at activation.
class DeviceSigner : public CloseSigner
{
public:
    explicit DeviceSigner(TestDevice& device)
        : m_device(device)
    {}
    Result<QByteArray> sign(const QByteArray& message) override { return m_device.sign(message); }
    QByteArray publicKey() const override { return m_device.publicKey(); }

private:
    TestDevice& m_device;
};

OutboxEntry feeRequest()
{
    OutboxEntry e;
    e.requestId = OutboxStore::newRequestId();
    e.serviceId = u"property-file"_s;
    e.catalogueVersion = 1;
    e.nationalCode = u"0499370899"_s;
    e.mobile = u"09121234567"_s;
    e.citizenName = u"زهرا احمدی"_s;
    e.payload = u"{\"district\":6}"_s;
    return e;
}

} // namespace

class TestCloseUpload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void uploadsOnceAndStoresTheAcknowledgement();
    void cleanupTestCase();

private:
    std::unique_ptr<SyncFixture> m_fx;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<DeviceSigner> m_signer;
    std::unique_ptr<LedgerService> m_ledger;
    Session m_clerk, m_supervisor;
};

void TestCloseUpload::initTestCase()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
    Database& db = m_fx->db();
    const Clock& clock = SystemClock::instance();
    m_audit = std::make_unique<AuditLog>(db, clock);
    m_accounts = std::make_unique<AccountService>(db, *m_audit, clock, 1000);
    m_signer = std::make_unique<DeviceSigner>(m_fx->sandbox().device());
    LedgerSettings settings;
    settings.officeCode = u"IF-1001"_s;
    settings.officeName = u"دفتر پیشخوان آزمون"_s;
    settings.deviceId = m_fx->sandbox().deviceId();
    settings.counter = 1;
    m_ledger =
        std::make_unique<LedgerService>(db, *m_accounts, *m_audit, *m_signer, clock, settings);
    QVERIFY(m_accounts->createFirstAdmin(u"admin"_s, u"admin"_s, kPassword).ok());
    auto admin = m_accounts->login(u"admin"_s, kPassword);
    QVERIFY(admin.ok());
    QVERIFY(m_accounts->createAccount(*admin, u"clerk1"_s, u"clerk1"_s, Role::Clerk, kClerkPassword)
                .ok());
    QVERIFY(m_accounts->createAccount(*admin, u"super1"_s, u"super1"_s, Role::Supervisor, kPassword)
                .ok());
    using S = TariffTable::Service;
    QVERIFY(m_ledger
                ->registerTariffTable(
                    TariffTable(kTariff, {S{u"property-file"_s, u"پرونده ملک"_s, u"Property file"_s,
                                            Money::fromRials(80'000)}}))
                .ok());
    auto clerk = m_accounts->login(u"clerk1"_s, kClerkPassword);
    auto supervisor = m_accounts->login(u"super1"_s, kPassword);
    QVERIFY(clerk.ok() && supervisor.ok());
    m_clerk = *clerk;
    m_supervisor = *supervisor;
}

void TestCloseUpload::cleanupTestCase()
{
    m_ledger.reset();
    m_accounts.reset();
    m_audit.reset();
    m_fx.reset();
}

void TestCloseUpload::uploadsOnceAndStoresTheAcknowledgement()
{
    // 1. Three cash fees and the supervisor's close of the open day (password again).
    for (int i = 0; i < 3; ++i) {
        auto fee = m_ledger->recordFee(m_clerk, FeeRequest{feeRequest(), kTariff, Payment::cash()});
        QVERIFY2(fee.ok(), fee.ok() ? "" : qPrintable(fee.error().message()));
    }
    auto day = m_ledger->openBusinessDay();
    QVERIFY(day.ok());
    auto preview = m_ledger->previewClose(m_supervisor, day->first);
    QVERIFY(preview.ok());
    QMap<QString, QString> counted;
    for (const DrawerCount& d : preview->drawers)
        counted.insert(d.clerkId, QString::number(d.expected.rials() / 10));
    QVERIFY(!m_ledger->closeDay(m_supervisor, u"wrong password"_s, day->first, counted).ok());
    auto close = m_ledger->closeDay(m_supervisor, kPassword, day->first, counted);
    QVERIFY2(close.ok(), close.ok() ? "" : qPrintable(close.error().message()));
    QCOMPARE(close->report.totals.feeCount, 3);

    auto pending = m_ledger->pendingCloseUploads();
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 1);
    const PendingCloseUpload upload = pending->first();

    // 2. A first attempt whose answer is lost: the backend has the close, the ledger no ack.
    const HttpReply lost = m_fx->sandbox().api().post(u"/api/v1/day-closes"_s, upload.requestBody(),
                                                      upload.idempotencyKey().toUtf8());
    QCOMPARE(lost.status, 201L);
    QCOMPARE(m_fx->sandbox().count(u"day_closes"_s), 1);

    // 3. "Restart": a fresh engine and source. The engine uploads the queued close again; the
    // backend answers with its stored acknowledgement; the ledger keeps it.
    QElapsedTimer timer;
    timer.start();
    {
        SyncConfig config;
        SyncFixture::Rig rig = m_fx->makeRig(config);
        LedgerCloseUploadSource source(*m_ledger, *rig.api);
        source.setEngine(rig.engine.get());
        rig.engine->addDayCloseSource(&source);
        // No key recorded yet (a counter activated before keys were recorded): fetched once.
        BackendSigningKeys keys(m_fx->db(), *m_audit);
        QVERIFY(source.useKeyRecord(keys, u"first start after update"_s).ok());
        QVERIFY(!source.hasServerKey());
        source.prefetchServerKey();
        QVERIFY(SyncFixture::waitFor([&] { return source.hasServerKey(); }, 15'000));
        QVERIFY(SyncFixture::waitFor([&] { return keys.all().valueOr({}).size() == 1; }, 5'000));
        QVERIFY(rig.engine->start().ok());
        QVERIFY2(SyncFixture::waitFor(
                     [&] {
                         auto p = m_ledger->pendingCloseUploads();
                         return p.ok() && p->isEmpty();
                     },
                     30'000),
                 "the close was not acknowledged");
        QVERIFY(source.hasServerKey());
        QVERIFY(source.refusals().isEmpty());
        QCOMPARE(source.unstoredAcknowledgements(), 0);
        rig.engine->stop();
    }
    qInfo() << "upload + acknowledgement took" << timer.elapsed() << "ms";
    QCOMPARE(m_fx->sandbox().count(u"day_closes"_s), 1);

    // 4. The stored acknowledgement: "received up to entry N, hash H", signed by the server.
    DayCloseStore closes(m_fx->db());
    auto ack = closes.latestAcknowledgement(1);
    QVERIFY(ack.ok() && ack->has_value());
    const CloseAcknowledgement& a = **ack;
    QCOMPARE(a.businessDay, day->first);
    QCOMPARE(a.receivedUpToEntry, close->lastEntrySeq);
    QCOMPARE(a.lastEntryHash, close->lastEntryHash);
    QCOMPARE(a.closeSha256, DayCloseDocument::sha256Hex(close->document));
    const QJsonObject key =
        QJsonDocument::fromJson(m_fx->sandbox().admin().get(u"/api/v1/server-key"_s).body).object();
    const QByteArray serverKey =
        QByteArray::fromBase64(key.value(u"public_key"_s).toString().toLatin1());
    QCOMPARE(a.keyId, key.value(u"key_id"_s).toString());
    QVERIFY(TestDevice::verify(serverKey, a.ack, a.signature));
    QByteArray tampered = a.ack;
    tampered[10] = char(tampered.at(10) ^ 1);
    QVERIFY(!TestDevice::verify(serverKey, tampered, a.signature));
    // The ledger itself refuses an acknowledgement that does not verify with the key.
    CloseAcknowledgement forged = a;
    forged.signature[0] = char(forged.signature.at(0) ^ 1);
    auto refused = m_ledger->recordCloseAcknowledgement(forged, serverKey);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), u"close.ack_signature"_s);

    // The key was recorded once, with its key id, and audited.
    BackendSigningKeys keys(m_fx->db(), *m_audit);
    QCOMPARE(keys.all().valueOr({}).value(a.keyId), serverKey);
    AuditLog::Filter filter;
    filter.kinds = {AuditKind::SettingsChanged};
    auto events = m_audit->read(m_supervisor, filter);
    QVERIFY(events.ok());
    const auto keyEvents = std::count_if(events->cbegin(), events->cend(), [](const AuditEvent& e) {
        return e.subject == QLatin1String(BackendSigningKeys::kSettingKey);
    });
    QCOMPARE(int(keyEvents), 1);

    // 5. Another restart: nothing left to send, the backend still holds one close. The key
    // comes from the store at once: nothing is fetched on a start.
    {
        SyncConfig config;
        SyncFixture::Rig rig = m_fx->makeRig(config);
        LedgerCloseUploadSource source(*m_ledger, *rig.api);
        source.setEngine(rig.engine.get());
        rig.engine->addDayCloseSource(&source);
        QVERIFY(source.useKeyRecord(keys, u"first start after update"_s).ok());
        QVERIFY(source.hasServerKey());
        QCOMPARE(source.serverKeyId(), a.keyId);
        QVERIFY(rig.engine->start().ok());
        auto again = source.pendingDayCloses(5, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QTest::qWait(300);
        rig.engine->stop();
    }
    QCOMPARE(m_fx->sandbox().count(u"day_closes"_s), 1);
}

} // namespace pishkhan::test

QTEST_GUILESS_MAIN(pishkhan::test::TestCloseUpload)
#include "tst_close_upload.moc"
