// Two counters of one office, each with its own encrypted store, its own device credentials
// and its own sync engine, against one real pishkhan-sandbox over HTTPS: an administrator adds
// a clerk with a Persian username at counter A, both sync, and the clerk logs in at counter B
// with the same password; the clerk is disabled at A, both sync, and B refuses the log-in and
// the clerk's open session there. The sandbox's files never hold the password, nor the
// verifier in the clear.
#include "SyncFixture.h"

#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "security/StaffOutboxStore.h"
#include "storage/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pishkhan::test {

namespace {

const QString kAdminPassword = u"Office-Admin-2026"_s;
const QString kClerkPassword = u"گلدان-آبی-۱۴۰۵-Zr"_s;
// Typed with the Arabic keyboard's yeh at A; stored and sent as the Persian one.
const QString kClerkTyped = u"علي.رضايي"_s;
const QString kClerkStored = u"علی.رضایی"_s;

// One counter: its store, its services and its engine with its own device's credentials.
struct Counter
{
    QTemporaryDir dir;
    std::optional<LocalStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<pishkhan::HttpClient> http;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<SyncEngine> engine;

    bool open(const HttpSettings& settings, const DeviceCredentials& credentials)
    {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
        auto opened = LocalStore::open(dir.filePath(u"desk.db"_s), key);
        if (!opened)
            return false;
        store.emplace(std::move(*opened));
        const Clock& clock = SystemClock::instance();
        audit = std::make_unique<AuditLog>(db(), clock);
        accounts = std::make_unique<AccountService>(db(), *audit, clock, 1000);
        http = std::make_unique<pishkhan::HttpClient>(settings);
        api = std::make_unique<ApiClient>(*http);
        api->setCredentials(credentials);
        engine = std::make_unique<SyncEngine>(db(), *api, clock);
        engine->enableStaffSync(*accounts);
        return true;
    }
    Database& db() { return store->database(); }
    qint64 queued() { return StaffOutboxStore(db()).pendingCount().valueOr(-1); }
    qint64 since() { return StaffOutboxStore(db()).sinceRevision().valueOr(-1); }
};

} // namespace

class TestStaffSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clerkMadeAtOneCounterWorksAtTheOther();
    void sandboxNeverHoldsThePassword();
    void cleanupTestCase();

private:
    // Runs both engines until each has sent what it queued and pulled the office's latest.
    bool syncBoth();
    qint64 officeRevision();

    std::unique_ptr<SyncFixture> m_fx;
    Counter m_a, m_b;
    QString m_verifier;
};

void TestStaffSync::initTestCase()
{
    m_fx = std::make_unique<SyncFixture>();
    QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
    // Counter B: a second device of the same office.
    TestDevice deviceB;
    const QString code = m_fx->sandbox().activationCode(u"IF-1001"_s);
    const HttpReply r = m_fx->sandbox().api().post(
        u"/api/v1/devices/activate"_s,
        QJsonObject{{u"office_code"_s, u"IF-1001"_s},
                    {u"activation_code"_s, code},
                    {u"device_public_key"_s, QString::fromLatin1(deviceB.publicKey().toBase64())},
                    {u"device_label"_s, u"counter B"_s}},
        SandboxHarness::newKey());
    QVERIFY2(r.status == 201, qPrintable(r.describe()));
    const DeviceCredentials credentialsB{r.json().value(u"device_id"_s).toString(),
                                         r.json().value(u"token"_s).toString()};
    QVERIFY(m_a.open(m_fx->httpSettings(), m_fx->credentials()));
    QVERIFY(m_b.open(m_fx->httpSettings(), credentialsB));

    // Each counter's first administrator, before the office had any staff.
    QVERIFY(m_a.accounts->createFirstAdmin(u"admin"_s, u"مدیر"_s, kAdminPassword).ok());
    QVERIFY(m_b.accounts->createFirstAdmin(u"admin.b"_s, u"مدیر ب"_s, kAdminPassword).ok());
    QVERIFY(m_a.engine->start());
    QVERIFY(m_b.engine->start());
}

void TestStaffSync::cleanupTestCase()
{
    m_a.engine.reset();
    m_b.engine.reset();
}

qint64 TestStaffSync::officeRevision()
{
    const HttpReply r = m_fx->sandbox().api().get(u"/api/v1/offices/current/staff?since=0"_s);
    return r.status == 200 ? qint64(r.json().value(u"revision"_s).toDouble()) : -1;
}

bool TestStaffSync::syncBoth()
{
    // A's changes first, then B's pull (and the other way round) until both hold the office's
    // latest revision with nothing queued.
    for (int round = 0; round < 3; ++round) {
        m_a.engine->syncNow();
        if (!SyncFixture::waitFor([this] { return m_a.queued() == 0; }, 20'000))
            return false;
        m_b.engine->syncNow();
        if (!SyncFixture::waitFor([this] { return m_b.queued() == 0; }, 20'000))
            return false;
        const qint64 office = officeRevision();
        m_a.engine->syncNow();
        m_b.engine->syncNow();
        if (SyncFixture::waitFor(
                [this, office] { return m_a.since() == office && m_b.since() == office; },
                20'000) &&
            officeRevision() == office)
            return true;
    }
    return false;
}

void TestStaffSync::clerkMadeAtOneCounterWorksAtTheOther()
{
    // GIVEN the administrator of counter A adds a clerk, typing the username with Arabic yeh
    const Session adminA = m_a.accounts->login(u"admin"_s, kAdminPassword).valueOr({});
    QVERIFY(adminA.isValid());
    m_a.api->setClerkId(adminA.username);
    auto clerkId = m_a.accounts->createAccount(adminA, kClerkTyped, u"علی رضایی"_s, Role::Clerk,
                                               kClerkPassword);
    QVERIFY(clerkId.ok());
    m_b.api->setClerkId(u"admin.b"_s);

    // WHEN both counters sync
    QVERIFY(syncBoth());

    // THEN the clerk logs in at counter B with the same password (either keyboard)
    auto atB = m_b.accounts->login(kClerkTyped, kClerkPassword);
    QVERIFY2(atB.ok(), atB.ok() ? "" : qPrintable(atB.error().code()));
    QCOMPARE(atB->username, kClerkStored);
    QCOMPARE(atB->role, Role::Clerk);
    QVERIFY(m_b.accounts->login(kClerkStored, u"wrong-password-1"_s).error().code() ==
            u"auth.bad_credentials"_s);
    // Each counter has the other's administrator too: staff belong to the office.
    QVERIFY(m_b.accounts->login(u"admin"_s, kAdminPassword).ok());
    QVERIFY(m_a.accounts->login(u"admin.b"_s, kAdminPassword).ok());

    // The Persian username travels as the X-Clerk-Id of the clerk's own calls over HTTPS:
    // the clerk resets nothing, but B's engine now speaks for the clerk, and the sandbox
    // records who made the next change.
    m_b.api->setClerkId(atB->username);
    const Session adminB = m_b.accounts->login(u"admin.b"_s, kAdminPassword).valueOr({});
    QVERIFY(m_b.accounts->setAccountRole(adminB, atB->accountId, Role::Supervisor));
    QVERIFY(syncBoth());
    const HttpReply changes = m_fx->sandbox().api().get(u"/api/v1/offices/current/staff?since=0"_s);
    QCOMPARE(changes.status, 200);
    QJsonObject clerkRecord;
    for (const QJsonValue v : changes.json().value(u"changes"_s).toArray())
        if (v.toObject().value(u"username"_s).toString() == kClerkStored)
            clerkRecord = v.toObject();
    QCOMPARE(clerkRecord.value(u"updated_by_clerk"_s).toString(), kClerkStored);
    QCOMPARE(clerkRecord.value(u"role"_s).toString(), u"supervisor"_s);
    m_verifier = clerkRecord.value(u"verifier"_s).toString();
    QVERIFY(m_verifier.startsWith(u"pbkdf2-sha256$1000$"_s));
    QVERIFY(m_a.accounts->login(kClerkStored, kClerkPassword)->role == Role::Supervisor);

    // WHEN the administrator disables the clerk at A and both sync
    const Session open = m_b.accounts->login(kClerkStored, kClerkPassword).valueOr({});
    QVERIFY(open.isValid());
    QVERIFY(m_b.accounts->checkSession(open));
    QSignalSpy changed(m_b.engine.get(), &SyncEngine::staffChanged);
    QVERIFY(m_a.accounts->setAccountActive(adminA, *clerkId, false));
    QVERIFY(syncBoth());

    // THEN counter B refuses the log-in and the session still open there
    QCOMPARE(m_b.accounts->login(kClerkStored, kClerkPassword).error().code(), u"auth.disabled"_s);
    QCOMPARE(m_b.accounts->checkSession(open).error().code(), u"auth.disabled"_s);
    QVERIFY(changed.count() >= 1);
    // The account is disabled, not deleted: its name stays for past receipts and events.
    QCOMPARE(m_b.db()
                 .queryInt64("SELECT COUNT(*) FROM accounts WHERE username = 'علی.رضایی'")
                 .valueOr(-1),
             qint64(1));

    // The backend keeps the office's last active administrator too: with A's admin disabled
    // at B (and pushed), demoting B's admin at A is refused by the backend, and A takes the
    // office's record back at the next pull.
    const Session adminB2 = m_b.accounts->login(u"admin.b"_s, kAdminPassword).valueOr({});
    auto adminAtB = m_b.accounts->findAccount(adminB2, u"admin"_s);
    QVERIFY(adminAtB.ok());
    QVERIFY(m_b.accounts->setAccountActive(adminB2, adminAtB->id, false));
    m_b.engine->syncNow();
    QVERIFY(SyncFixture::waitFor([this] { return m_b.queued() == 0; }, 20'000));
    // A has not pulled yet: locally it still has two active admins and allows the demotion.
    auto adminBAtA = m_a.accounts->findAccount(adminA, u"admin.b"_s);
    QVERIFY(adminBAtA.ok());
    QVERIFY(m_a.accounts->setAccountRole(adminA, adminBAtA->id, Role::Clerk));
    QVERIFY(syncBoth());
    QCOMPARE(m_a.db()
                 .queryText("SELECT error FROM staff_outbox ORDER BY seq DESC LIMIT 1")
                 .valueOr(QString()),
             u"api.problem.staff-last-admin"_s);
    QCOMPARE(m_a.accounts->login(u"admin.b"_s, kAdminPassword)->role, Role::Admin);
    QCOMPARE(m_a.accounts->login(u"admin"_s, kAdminPassword).error().code(), u"auth.disabled"_s);
}

void TestStaffSync::sandboxNeverHoldsThePassword()
{
    QVERIFY(!m_verifier.isEmpty());
    const QByteArray password = kClerkPassword.toUtf8();
    // The hash part of the verifier (after the last '$') is what a thief would crack.
    const QByteArray hash = m_verifier.section(u'$', -1).toUtf8();
    const QByteArray salt = m_verifier.section(u'$', 2, 2).toUtf8();
    int files = 0;
    QDirIterator it(m_fx->sandbox().process().dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        QVERIFY2(!bytes.contains(password), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(hash), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(salt), qPrintable(file.fileName()));
    }
    QVERIFY(files > 0);
}

} // namespace pishkhan::test

QTEST_GUILESS_MAIN(pishkhan::test::TestStaffSync)
#include "tst_staff_sync.moc"
