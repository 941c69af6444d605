// Accounts, password hashing, lockout and its expiry on an injected clock,
// reauthentication, and the idle lock keeping a half-filled form.

#include "SecurityTestSupport.h"
#include "security/IdleLock.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// What the UI holds while the clerk types: the core must give it no reason to be dropped.
struct ServeCitizenForm
{
    QString nationalCode;
    QString mobile;
    QString serviceId;
    QMap<QString, QString> fields;
    friend bool operator==(const ServeCitizenForm&, const ServeCitizenForm&) = default;
};

qint64 auditCount(SecurityFixture& f, const char* kind)
{
    auto stmt = f.db().prepare("SELECT COUNT(*) FROM audit_events WHERE kind = ?");
    if (!stmt || !stmt->bindText(1, QString::fromLatin1(kind)) || !stmt->step().valueOr(false))
        return -1;
    return stmt->columnInt64(0);
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
private slots:
    void pbkdf2KnownAnswer()
    {
        // RFC 7914 §11 test vector for PBKDF2-HMAC-SHA256 (c = 1, dkLen = 64).
        const QByteArray dk = PasswordHasher::derive("passwd", "salt", 1, 64);
        QCOMPARE(dk.toHex(), QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c"
                                        "20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd5"
                                        "09112041d3a19783"));
    }

    void productionIterationCount()
    {
        QVERIFY(PasswordHasher::kProductionIterations >= 600'000);
        PasswordHasher hasher; // the default is the production count
        QCOMPARE(hasher.iterations(), PasswordHasher::kProductionIterations);
        QElapsedTimer t;
        t.start();
        auto stored = hasher.hash(kGoodPassword);
        QVERIFY(stored.ok());
        QVERIFY(stored->startsWith(u"pbkdf2-sha256$600000$"_s));
        QVERIFY(hasher.verify(kGoodPassword, *stored));
        QVERIFY(!hasher.verify(kGoodPassword + u'x', *stored));
        qInfo("hash + 2 verifications at 600,000 iterations: %lld ms", t.elapsed());
    }

    void productionLogin()
    {
        // The whole login path at the production count, as the app runs it.
        SecurityFixture f;
        QVERIFY(f.open(PasswordHasher::kProductionIterations));
        QVERIFY(f.accounts->createFirstAdmin(u"admin"_s, u"Admin"_s, kAdminPassword).ok());
        auto hash = f.db().queryText("SELECT password_hash FROM accounts");
        QVERIFY(hash->startsWith(u"pbkdf2-sha256$600000$"_s));
        QVERIFY(f.accounts->login(u"admin"_s, kAdminPassword).ok());
    }

    void saltsDiffer()
    {
        PasswordHasher hasher(kFastIterations);
        QVERIFY(*hasher.hash(kGoodPassword) != *hasher.hash(kGoodPassword));
        QVERIFY(!hasher.verify(kGoodPassword, u"pbkdf2-sha256$1$AAAA$AAAA"_s));
        QVERIFY(!hasher.verify(kGoodPassword, u"garbage"_s));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too short") << u"Ab1!x"_s << u"auth.password_too_short"_s;
        QTest::newRow("common") << u"password123"_s << u"auth.password_common"_s;
        QTest::newRow("common any case") << u"PassWord1"_s << u"auth.password_common"_s;
        QTest::newRow("local favourite") << u"pishkhan123"_s << u"auth.password_common"_s;
        QTest::newRow("digit run") << u"23456789"_s << u"auth.password_common"_s;
        QTest::newRow("same char") << u"aaaaaaaaaa"_s << u"auth.password_common"_s;
        QTest::newRow("username") << u"reza.karimi"_s << u"auth.password_common"_s;
        QTest::newRow("good") << kGoodPassword << QString();
        QTest::newRow("persian") << u"گلدان-آبی-۱۴۰۵"_s << QString();
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const Status s = PasswordPolicy::check(password, u"reza.karimi"_s);
        QCOMPARE(s.ok() ? QString() : s.error().code(), expected);
    }

    void firstRunCreatesTheAdminOnce()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.accounts->needsFirstAdmin().valueOr(false), true);
        QVERIFY(!f.accounts->createFirstAdmin(u"admin"_s, u"Admin"_s, u"short"_s));
        auto id = f.accounts->createFirstAdmin(u"Admin"_s, u"مدیر دفتر"_s, kAdminPassword);
        QVERIFY(id.ok());
        QCOMPARE(f.accounts->needsFirstAdmin().valueOr(true), false);
        auto again = f.accounts->createFirstAdmin(u"admin2"_s, u"Admin"_s, kAdminPassword);
        QCOMPARE(again.error().code(), u"auth.already_initialised"_s);
        // Usernames are case-insensitive (stored lower case).
        auto s = f.accounts->login(u"ADMIN"_s, kAdminPassword);
        QVERIFY(s.ok());
        QCOMPARE(s->role, Role::Admin);
        QCOMPARE(s->displayName, u"مدیر دفتر"_s);
        QCOMPARE(s->loginAt, f.clock.nowMs());
        // The database holds no password in clear.
        QVERIFY(!f.db().queryText("SELECT password_hash FROM accounts")->contains(kAdminPassword));
    }

    void usernames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << u"clerk.2"_s << true;
        QTest::newRow("email-like") << u"a_b-c@office"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("persian") << u"کاربر"_s << true;
        QTest::newRow("persian with zwnj") << u"علی\u200Cرضا"_s << false;
        QTest::newRow("arabic diacritic") << u"عَلی"_s << false;
        QTest::newRow("too long") << QString(65, u'a') << false;
    }

    void usernames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(AccountService::normaliseUsername(name).ok(), ok);
    }

    void duplicateUsernameRefused()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session admin = f.adminSession();
        QVERIFY(f.accounts->createAccount(admin, u"ali"_s, u"Ali"_s, Role::Clerk, kGoodPassword));
        auto dup = f.accounts->createAccount(admin, u"ALI"_s, u"Ali"_s, Role::Clerk, kGoodPassword);
        QCOMPARE(dup.error().code(), u"auth.username_taken"_s);
    }

    void lockoutAndExpiry()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        QVERIFY(clerk.isValid());

        // GIVEN four wrong passwords: still "bad credentials", no lock
        for (int i = 0; i < 4; ++i) {
            auto r = f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s);
            QCOMPARE(r.error().code(), u"auth.bad_credentials"_s);
        }
        // WHEN the fifth is wrong too
        auto fifth = f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s);
        // THEN the account is locked for five minutes, and the error says how long
        QCOMPARE(fifth.error().code(), u"auth.locked"_s);
        QCOMPARE(fifth.error().nativeCode(), 300);
        QCOMPARE(auditCount(f, "account_locked"), qint64(1));

        // Even the right password is refused while locked, with the time left.
        f.clock.advanceSeconds(100);
        auto during = f.accounts->login(u"clerk1"_s, kGoodPassword);
        QCOMPARE(during.error().code(), u"auth.locked"_s);
        QCOMPARE(during.error().nativeCode(), 200);
        QCOMPARE(during.error().retryAfterSeconds(), 200);
        QVERIFY(during.error().detail().contains(u"200 s"_s));
        // Attempts while locked do not extend the lock.
        (void)f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s);
        f.clock.advanceSeconds(199);
        QCOMPARE(f.accounts->login(u"clerk1"_s, kGoodPassword).error().nativeCode(), 1);

        // AFTER five minutes the right password works and the count starts over
        f.clock.advanceSeconds(1);
        QVERIFY(f.accounts->login(u"clerk1"_s, kGoodPassword).ok());
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s).error().code(),
                     u"auth.bad_credentials"_s);
        // A success in between resets the count.
        QVERIFY(f.accounts->login(u"clerk1"_s, kGoodPassword).ok());
        QCOMPARE(f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s).error().code(),
                 u"auth.bad_credentials"_s);
        QCOMPARE(f.db()
                     .queryInt64("SELECT failed_logins FROM accounts WHERE username = 'clerk1'")
                     .valueOr(-1),
                 qint64(1));
    }

    void lockExpiryRestartsTheCount()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        QVERIFY(f.sessionFor(Role::Clerk).isValid());
        for (int i = 0; i < 5; ++i)
            (void)f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s);
        f.clock.advanceSeconds(301);
        // One wrong attempt after expiry is one, not six.
        QCOMPARE(f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s).error().code(),
                 u"auth.bad_credentials"_s);
    }

    void unknownUserLooksLikeWrongPassword()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        QVERIFY(f.adminSession().isValid());
        auto r = f.accounts->login(u"nobody"_s, kGoodPassword);
        QCOMPARE(r.error().code(), u"auth.bad_credentials"_s);
        // A password typed into the username field is not kept in the trail.
        (void)f.accounts->login(u"My Secret Pass 1"_s, kGoodPassword);
        QCOMPARE(f.db()
                     .queryInt64("SELECT COUNT(*) FROM audit_events WHERE "
                                 "username LIKE '%secret%'")
                     .valueOr(-1),
                 qint64(0));
        QCOMPARE(auditCount(f, "login_failed"), qint64(2));
    }

    void disabledAccountCannotLogIn()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session admin = f.adminSession();
        auto id =
            f.accounts->createAccount(admin, u"sara"_s, u"Sara"_s, Role::Clerk, kGoodPassword);
        QVERIFY(f.accounts->updateAccount(admin, *id, u"Sara"_s, Role::Clerk, false));
        QCOMPARE(f.accounts->login(u"sara"_s, kGoodPassword).error().code(), u"auth.disabled"_s);
    }

    void lastAdminIsKept()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session admin = f.adminSession();
        QCOMPARE(f.accounts->updateAccount(admin, admin.accountId, u"A"_s, Role::Clerk, true)
                     .error()
                     .code(),
                 u"auth.last_admin"_s);
        QCOMPARE(f.accounts->updateAccount(admin, admin.accountId, u"A"_s, Role::Admin, false)
                     .error()
                     .code(),
                 u"auth.last_admin"_s);
    }

    void reauthentication()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session admin = f.adminSession();
        const Session sup = f.sessionFor(Role::Supervisor);
        QVERIFY(f.accounts->reauthenticate(sup, kGoodPassword));
        QCOMPARE(f.accounts->reauthenticate(sup, kAdminPassword).error().code(),
                 u"auth.bad_credentials"_s);
        // Failures count toward the lockout like logins.
        for (int i = 0; i < 4; ++i)
            (void)f.accounts->reauthenticate(sup, u"nope-nope-nope"_s);
        QCOMPARE(f.accounts->reauthenticate(sup, kGoodPassword).error().code(), u"auth.locked"_s);
        f.clock.advanceSeconds(300);
        QVERIFY(f.accounts->reauthenticate(sup, kGoodPassword));
        // Demoted since login: the old session cannot confirm a supervisor's act.
        QVERIFY(f.accounts->updateAccount(admin, sup.accountId, u"S"_s, Role::Clerk, true));
        QCOMPARE(f.accounts->reauthenticate(sup, kGoodPassword).error().code(),
                 u"auth.session_stale"_s);
        QCOMPARE(f.accounts->reauthenticate(Session{}, kGoodPassword).error().code(),
                 u"auth.forbidden"_s);
    }

    void changeOwnPasswordAndRehash()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        QCOMPARE(f.accounts->changeOwnPassword(clerk, u"wrong-current-1"_s, u"New-Pass-Word-5"_s)
                     .error()
                     .code(),
                 u"auth.bad_credentials"_s);
        QVERIFY(f.accounts->changeOwnPassword(clerk, kGoodPassword, u"New-Pass-Word-5"_s));
        QVERIFY(!f.accounts->login(u"clerk1"_s, kGoodPassword));
        QVERIFY(f.accounts->login(u"clerk1"_s, u"New-Pass-Word-5"_s));

        // A service with a higher count upgrades the stored hash at the next login.
        AccountService stronger(f.db(), *f.audit, f.clock, kFastIterations * 2);
        QVERIFY(stronger.login(u"clerk1"_s, u"New-Pass-Word-5"_s));
        QVERIFY(f.db()
                    .queryText("SELECT password_hash FROM accounts WHERE username = 'clerk1'")
                    ->startsWith(u"pbkdf2-sha256$2000$"_s));
    }

    void idleLockKeepsTheForm()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        const Session other = f.sessionFor(Role::Supervisor);
        // The idle period runs on a monotonic timer; the test drives its own.
        qint64 monotonic = 0;
        const auto advanceSeconds = [&monotonic](qint64 s) { monotonic += s * 1000; };
        IdleLock lock(*f.accounts, *f.audit, clerk, IdleLock::kDefaultTimeoutMs,
                      [&monotonic] { return monotonic; }); // default 5 minutes
        QCOMPARE(lock.timeoutMs(), 5 * 60 * 1000);

        // GIVEN a half-filled form on screen
        ServeCitizenForm form{u"0499370899"_s,
                              u"09121234567"_s,
                              u"property-file-status"_s,
                              {{u"file_no"_s, u"12-345"_s}}};
        const ServeCitizenForm snapshot = form;

        // Activity keeps it open.
        advanceSeconds(299);
        QVERIFY(!lock.isLocked());
        lock.activity();
        advanceSeconds(299);
        QVERIFY(!lock.isLocked());
        // WHEN five minutes pass without input
        advanceSeconds(1);
        QVERIFY(lock.isLocked());
        lock.activity(); // input on the lock screen does not unlock
        QVERIFY(lock.isLocked());

        // THEN only the same clerk's password opens it
        QVERIFY(!lock.unlock(kAdminPassword));
        QVERIFY(!lock.unlock(u"wrong-password-x"_s));
        QVERIFY(lock.isLocked());
        QVERIFY(other.isValid()); // the supervisor's own password is not the clerk's
        QVERIFY(lock.unlock(kGoodPassword));
        QVERIFY(!lock.isLocked());

        // AND the form is exactly as it was
        QVERIFY(form == snapshot);
        QCOMPARE(lock.session().accountId, clerk.accountId);
        QCOMPARE(auditCount(f, "idle_locked"), qint64(1));
        QCOMPARE(auditCount(f, "unlocked"), qint64(1));
        QCOMPARE(auditCount(f, "unlock_failed"), qint64(2));
    }

    void idleTimeoutConfigurable()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        qint64 monotonic = 0;
        const auto advanceSeconds = [&monotonic](qint64 s) { monotonic += s * 1000; };
        IdleLock lock(*f.accounts, *f.audit, f.sessionFor(Role::Clerk), 60'000,
                      [&monotonic] { return monotonic; });
        advanceSeconds(59);
        QVERIFY(!lock.isLocked());
        advanceSeconds(1);
        QVERIFY(lock.isLocked());
        QVERIFY(lock.unlock(kGoodPassword));
        lock.setTimeoutMs(0); // disabled
        advanceSeconds(100000);
        QVERIFY(!lock.isLocked());
        lock.lock();
        QVERIFY(lock.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
