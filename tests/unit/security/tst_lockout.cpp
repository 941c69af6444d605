// Lockout against the ways round it: wrong passwords sent in parallel through several
// connections are all counted, a clock moved back does not stretch a lock past the lockout
// period, and the idle lock follows a monotonic timer, not the wall clock.
#include "SecurityTestSupport.h"

#include "security/IdleLock.h"

#include <QTest>

#include <latch>
#include <thread>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// Enough PBKDF2 work that every racing attempt has read the account before the first one
// writes: the window a parallel attack uses.
constexpr int kSlowIterations = 60'000;

// A second counter process over the same file: its own connection, audit log and service.
struct Connection
{
    std::optional<LocalStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
};

qint64 count(SecurityFixture& f, const char* sql)
{
    return f.db().queryInt64(sql).valueOr(-1);
}

} // namespace

class TestLockout : public QObject
{
    Q_OBJECT
private slots:
    void parallelWrongPasswordsAreAllCounted()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session admin = f.adminSession();
        AccountService slow(f.db(), *f.audit, f.clock, kSlowIterations);
        QVERIFY(slow.createAccount(admin, u"clerk1"_s, u"clerk1"_s, Role::Clerk, kGoodPassword));

        constexpr int kAttempts = 8;
        std::vector<Connection> connections(kAttempts);
        for (Connection& c : connections) {
            auto opened = LocalStore::open(f.dbPath(), f.key);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : describe(opened.error())));
            c.store.emplace(std::move(*opened));
            c.audit = std::make_unique<AuditLog>(c.store->database(), f.clock);
            c.accounts = std::make_unique<AccountService>(c.store->database(), *c.audit, f.clock,
                                                          kSlowIterations);
        }

        // WHEN eight wrong passwords arrive at once through eight connections
        std::vector<QString> codes(kAttempts);
        std::latch start(kAttempts);
        std::vector<std::thread> threads;
        for (int i = 0; i < kAttempts; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                auto r = connections[i].accounts->login(u"clerk1"_s,
                                                        u"wrong-password-"_s + QString::number(i));
                codes[i] = r ? u"ok"_s : r.error().code();
            });
        }
        for (std::thread& t : threads)
            t.join();

        // THEN only the first four get another try; the fifth locks, the rest meet the lock
        const auto bad = std::count(codes.begin(), codes.end(), u"auth.bad_credentials"_s);
        const auto locked = std::count(codes.begin(), codes.end(), u"auth.locked"_s);
        QCOMPARE(int(bad), AccountService::kMaxFailedLogins - 1);
        QCOMPARE(int(locked), kAttempts - AccountService::kMaxFailedLogins + 1);
        QCOMPARE(count(f, "SELECT failed_logins FROM accounts WHERE username = 'clerk1'"),
                 qint64(AccountService::kMaxFailedLogins));
        QVERIFY(count(f, "SELECT locked_until FROM accounts WHERE username = 'clerk1'") >
                f.clock.nowMs());
        QCOMPARE(count(f, "SELECT COUNT(*) FROM audit_events WHERE kind = 'login_failed' AND "
                          "username = 'clerk1'"),
                 qint64(AccountService::kMaxFailedLogins));
        // AND the right password is refused too while the lock holds
        auto right = connections[0].accounts->login(u"clerk1"_s, kGoodPassword);
        QVERIFY(!right);
        QCOMPARE(right.error().code(), u"auth.locked"_s);
    }

    void clockMovedBackDoesNotStretchTheLock()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        QVERIFY(clerk.isValid());
        for (int i = 0; i < AccountService::kMaxFailedLogins; ++i)
            QVERIFY(!f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s));

        // WHEN the clock is moved back a day
        f.clock.advance(-24LL * 3600 * 1000);
        auto r = f.accounts->login(u"clerk1"_s, kGoodPassword);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), u"auth.locked"_s);
        // THEN the lock still ends within the lockout period from now
        QVERIFY2(r.error().retryAfterSeconds() <= AccountService::kLockoutMs / 1000,
                 qPrintable(QString::number(r.error().retryAfterSeconds())));
        QVERIFY(count(f, "SELECT locked_until FROM accounts WHERE username = 'clerk1'") <=
                f.clock.nowMs() + AccountService::kLockoutMs);
        f.clock.advance(AccountService::kLockoutMs);
        auto after = f.accounts->login(u"clerk1"_s, kGoodPassword);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : describe(after.error())));
    }

    void idleLockIgnoresWallClockJumps()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        // The real monotonic timer: a short idle period, and the wall clock jumping about.
        IdleLock lock(*f.accounts, *f.audit, clerk, 300);

        // A wall clock a day ahead does not lock a counter in use.
        f.clock.advance(24LL * 3600 * 1000);
        QVERIFY(!lock.isLocked());
        // A wall clock a day behind does not keep an idle counter open.
        f.clock.advance(-48LL * 3600 * 1000);
        QTest::qWait(400);
        QVERIFY(lock.isLocked());
    }

    void idleLockFollowsTheMonotonicSource()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        qint64 monotonic = 1'000;
        IdleLock lock(*f.accounts, *f.audit, f.sessionFor(Role::Clerk), 60'000,
                      [&monotonic] { return monotonic; });
        f.clock.advance(-3600'000); // wall clock back an hour: nothing changes
        monotonic += 59'999;
        QVERIFY(!lock.isLocked());
        lock.activity();
        monotonic += 59'999;
        QVERIFY(!lock.isLocked());
        monotonic += 1;
        QVERIFY(lock.isLocked());
        QVERIFY(lock.unlock(kGoodPassword));
        f.clock.advance(365LL * 24 * 3600 * 1000); // a year ahead on the wall: still open
        QVERIFY(!lock.isLocked());
    }
};

QTEST_GUILESS_MAIN(TestLockout)
#include "tst_lockout.moc"
