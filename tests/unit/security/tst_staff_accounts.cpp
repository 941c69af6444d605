// Staff management in the core: Persian usernames and their folding, the forced password
// change a reset brings (enforced by Authorizer, not only by the login screen), unlock, disable
// and role changes with their refusals (each leaving every account, audit and staff_outbox row
// as it was), the queue of changes for the office, and applying the office's staff list.

#include "SecurityTestSupport.h"
#include "security/AccountStore.h"
#include "security/Authorizer.h"
#include "security/StaffOutboxStore.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// Every row of the tables a refusal must leave alone, as one comparable text.
QString tablesSnapshot(Database& db)
{
    QString out;
    for (const char* sql :
         {"SELECT id, username, display_name, role, password_hash, active, failed_logins, "
          "locked_until, must_change_password, office_revision, updated_at FROM accounts "
          "ORDER BY id",
          "SELECT seq, kind, username, subject, detail, hash FROM audit_events ORDER BY seq",
          "SELECT seq, username, body, state FROM staff_outbox ORDER BY seq",
          "SELECT since_revision FROM staff_sync"}) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return u"prepare failed"_s;
        (void)stmt->forEachRow([&out, &stmt](const Row& row) {
            for (int c = 0; c < stmt->columnCount(); ++c)
                out += row.text(c) + u'|';
            out += u'\n';
        });
        out += u"--\n"_s;
    }
    return out;
}

qint64 count(Database& db, const char* sql)
{
    return db.queryInt64(sql).valueOr(-1);
}

// An office: the first admin, a clerk typed with Arabic yeh, and a Latin clerk.
struct Office
{
    SecurityFixture f;
    Session admin;
    qint64 persianClerk = 0;
    qint64 latinClerk = 0;

    bool open()
    {
        if (!f.open())
            return false;
        admin = f.adminSession();
        auto a =
            f.accounts->createAccount(admin, u"علي"_s, u"علی رضایی"_s, Role::Clerk, kGoodPassword);
        auto b =
            f.accounts->createAccount(admin, u"Clerk1"_s, u"Sara"_s, Role::Clerk, kGoodPassword);
        if (!a || !b)
            return false;
        persianClerk = *a;
        latinClerk = *b;
        return admin.isValid();
    }
};

using Attempt = std::function<QString(Office&)>;

QString codeOf(const Status& s)
{
    return s.ok() ? QString() : s.error().code();
}

template<typename T>
QString codeOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().code();
}

} // namespace

Q_DECLARE_METATYPE(Attempt)

class TestStaffAccounts : public QObject
{
    Q_OBJECT
private slots:
    void usernameFolding_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("latin lower-cased") << u"Reza.Karimi"_s << u"reza.karimi"_s;
        QTest::newRow("arabic yeh") << u"علي"_s << u"علی"_s;
        QTest::newRow("alef maksura") << u"مصطفى"_s << u"مصطفی"_s;
        QTest::newRow("arabic kaf") << u"كاظم"_s << u"کاظم"_s;
        QTest::newRow("persian digits") << u"clerk۱۲"_s << u"clerk12"_s;
        QTest::newRow("arabic-indic digits") << u"زهرا٣"_s << u"زهرا3"_s;
        QTest::newRow("persian letters") << u"پژمان.چگینی"_s << u"پژمان.چگینی"_s;
        QTest::newRow("trimmed") << u"  ali  "_s << u"ali"_s;
    }

    void usernameFolding()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        auto name = AccountService::normaliseUsername(typed);
        QVERIFY2(name.ok(), qPrintable(typed));
        QCOMPARE(*name, stored);
    }

    void refusalsLeaveEveryTableUnchanged_data()
    {
        QTest::addColumn<Attempt>("attempt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate: yeh variant") << Attempt([](Office& o) {
            return codeOf(
                o.f.accounts->createAccount(o.admin, u"علی"_s, u"X"_s, Role::Clerk, kGoodPassword));
        }) << u"auth.username_taken"_s;
        QTest::newRow("duplicate: case") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->createAccount(o.admin, u"CLERK1"_s, u"X"_s, Role::Clerk,
                                                      kGoodPassword));
        }) << u"auth.username_taken"_s;
        QTest::newRow("duplicate: persian digit") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->createAccount(o.admin, u"clerk۱"_s, u"X"_s, Role::Clerk,
                                                      kGoodPassword));
        }) << u"auth.username_taken"_s;
        QTest::newRow("invalid username") << Attempt([](Office& o) {
            return codeOf(
                o.f.accounts->createAccount(o.admin, u"a b"_s, u"X"_s, Role::Clerk, kGoodPassword));
        }) << u"auth.username_invalid"_s;
        QTest::newRow("weak password") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->createAccount(o.admin, u"new.one"_s, u"X"_s, Role::Clerk,
                                                      u"password123"_s));
        }) << u"auth.password_common"_s;
        QTest::newRow("weak reset") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->resetPassword(o.admin, o.latinClerk, u"short"_s));
        }) << u"auth.password_too_short"_s;
        QTest::newRow("disable self") << Attempt([](Office& o) {
            // With a second administrator, so the last-admin rule is not what refuses it.
            if (!o.f.accounts->createAccount(o.admin, u"admin2"_s, u"A2"_s, Role::Admin,
                                             kGoodPassword))
                return u"setup"_s;
            const QString before = tablesSnapshot(o.f.db());
            const QString code =
                codeOf(o.f.accounts->setAccountActive(o.admin, o.admin.accountId, false));
            return tablesSnapshot(o.f.db()) == before ? code : u"changed"_s;
        }) << u"auth.cannot_disable_self"_s;
        QTest::newRow("disable self, last admin") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->setAccountActive(o.admin, o.admin.accountId, false));
        }) << u"auth.last_admin"_s;
        QTest::newRow("demote last admin") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->setAccountRole(o.admin, o.admin.accountId, Role::Clerk));
        }) << u"auth.last_admin"_s;
        QTest::newRow("bad role") << Attempt([](Office&) {
            return codeOf(AccountService::parseRole(u"boss"_s));
        }) << u"auth.role_invalid"_s;
        QTest::newRow("unknown id: disable") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->setAccountActive(o.admin, 999, false));
        }) << u"auth.no_such_account"_s;
        QTest::newRow("unknown id: role") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->setAccountRole(o.admin, 999, Role::Supervisor));
        }) << u"auth.no_such_account"_s;
        QTest::newRow("unknown id: reset") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->resetPassword(o.admin, 999, kGoodPassword));
        }) << u"auth.no_such_account"_s;
        QTest::newRow("unknown id: unlock")
            << Attempt([](Office& o) { return codeOf(o.f.accounts->unlockAccount(o.admin, 999)); })
            << u"auth.no_such_account"_s;
        QTest::newRow("unknown username") << Attempt([](Office& o) {
            return codeOf(o.f.accounts->findAccount(o.admin, u"nobody"_s));
        }) << u"auth.no_such_account"_s;
        QTest::newRow("clerk adds an account") << Attempt([](Office& o) {
            const Session clerk = o.f.accounts->login(u"clerk1"_s, kGoodPassword).valueOr({});
            // The log-in itself is an audit event: compare from after it.
            const QString before = tablesSnapshot(o.f.db());
            const QString code = codeOf(
                o.f.accounts->createAccount(clerk, u"x.y"_s, u"X"_s, Role::Admin, kGoodPassword));
            return tablesSnapshot(o.f.db()) == before ? code : u"changed"_s;
        }) << u"auth.forbidden"_s;
    }

    void refusalsLeaveEveryTableUnchanged()
    {
        QFETCH(Attempt, attempt);
        QFETCH(QString, expected);
        Office o;
        QVERIFY(o.open());
        const QString before = tablesSnapshot(o.f.db());
        QCOMPARE(attempt(o), expected);
        // Rows that set something up first compare from after it themselves.
        const QLatin1StringView tag(QTest::currentDataTag());
        if (tag != "clerk adds an account"_L1 && tag != "disable self"_L1)
            QCOMPARE(tablesSnapshot(o.f.db()), before);
    }

    void resetForcesANewPasswordInTheCore()
    {
        Office o;
        QVERIFY(o.open());
        // GIVEN an administrator resets the clerk's password
        QVERIFY(o.f.accounts->resetPassword(o.admin, o.latinClerk, u"Given-By-Admin-77"_s));
        // WHEN the clerk logs in with it
        auto s = o.f.accounts->login(u"clerk1"_s, u"Given-By-Admin-77"_s);
        QVERIFY(s.ok());
        QVERIFY(s->mustChangePassword);
        // THEN the session can do nothing else, whatever the screen offers
        for (Permission p : kAllPermissions)
            QCOMPARE(Authorizer::require(*s, p).error().code(), u"auth.password_change_required"_s);
        QCOMPARE(
            o.f.accounts->changeRequiredPassword(*s, u"Given-By-Admin-77"_s, u"Given-By-Admin-77"_s)
                .error()
                .code(),
            u"auth.password_unchanged"_s);
        QCOMPARE(o.f.accounts->changeRequiredPassword(*s, u"Given-By-Admin-77"_s, u"password123"_s)
                     .error()
                     .code(),
                 u"auth.password_common"_s);
        auto full = o.f.accounts->changeRequiredPassword(*s, u"Given-By-Admin-77"_s,
                                                         u"My-Own-Choice-2026"_s);
        QVERIFY(full.ok());
        QVERIFY(!full->mustChangePassword);
        QVERIFY(Authorizer::require(*full, Permission::ServeCitizen));
        QVERIFY(o.f.accounts->checkSession(*full));
        auto again = o.f.accounts->login(u"clerk1"_s, u"My-Own-Choice-2026"_s);
        QVERIFY(again.ok() && !again->mustChangePassword);
        // A reset while logged in ends the open session at its next check.
        QVERIFY(o.f.accounts->resetPassword(o.admin, o.latinClerk, u"Second-Reset-Pass-8"_s));
        QCOMPARE(o.f.accounts->checkSession(*again).error().code(), u"auth.session_stale"_s);
    }

    void newAccountMayHaveToChooseItsPassword()
    {
        Office o;
        QVERIFY(o.open());
        QVERIFY(o.f.accounts->createAccount(o.admin, u"ناظر"_s, u"ناظر"_s, Role::Supervisor,
                                            kGoodPassword,
                                            AccountService::FirstLogin::ChooseNewPassword));
        auto s = o.f.accounts->login(u"ناظر"_s, kGoodPassword);
        QVERIFY(s.ok() && s->mustChangePassword);
        QCOMPARE(o.f.accounts->listAccounts(*s).error().code(), u"auth.password_change_required"_s);
    }

    void unlockEndsTheLockout()
    {
        Office o;
        QVERIFY(o.open());
        for (int i = 0; i < AccountService::kMaxFailedLogins; ++i)
            (void)o.f.accounts->login(u"clerk1"_s, u"wrong-password-x"_s);
        QCOMPARE(o.f.accounts->login(u"clerk1"_s, kGoodPassword).error().code(), u"auth.locked"_s);
        const auto accounts = o.f.accounts->listAccounts(o.admin);
        QVERIFY(accounts.ok());
        bool locked = false;
        for (const Account& a : *accounts)
            locked = locked || (a.username == u"clerk1"_s && a.isLocked(o.f.clock.nowMs()));
        QVERIFY(locked);
        const qint64 events = count(o.f.db(), "SELECT COUNT(*) FROM audit_events");
        QVERIFY(o.f.accounts->unlockAccount(o.admin, o.latinClerk));
        QCOMPARE(count(o.f.db(), "SELECT COUNT(*) FROM audit_events"), events + 1);
        QVERIFY(o.f.accounts->login(u"clerk1"_s, kGoodPassword).ok());
        // Unlocking an account that is not locked changes nothing.
        const QString before = tablesSnapshot(o.f.db());
        QVERIFY(o.f.accounts->unlockAccount(o.admin, o.persianClerk));
        QCOMPARE(tablesSnapshot(o.f.db()), before);
    }

    void disableStopsTheOpenSessionAndKeepsTheName()
    {
        Office o;
        QVERIFY(o.open());
        // Typed with Persian kaf/yeh as the other keyboard gives them: the same account.
        const Session clerk = o.f.accounts->login(u"علی"_s, kGoodPassword).valueOr({});
        QVERIFY(clerk.isValid());
        QCOMPARE(clerk.username, u"علی"_s);
        QVERIFY(o.f.accounts->checkSession(clerk));
        const qint64 accounts = count(o.f.db(), "SELECT COUNT(*) FROM accounts");
        QVERIFY(o.f.accounts->setAccountActive(o.admin, o.persianClerk, false));
        QCOMPARE(o.f.accounts->checkSession(clerk).error().code(), u"auth.disabled"_s);
        QCOMPARE(o.f.accounts->login(u"علي"_s, kGoodPassword).error().code(), u"auth.disabled"_s);
        QCOMPARE(count(o.f.db(), "SELECT COUNT(*) FROM accounts"), accounts);
        QVERIFY(o.f.accounts->setAccountActive(o.admin, o.persianClerk, true));
        QVERIFY(o.f.accounts->login(u"علی"_s, kGoodPassword).ok());
        // A second administrator may be demoted; then the first is the last again.
        auto second =
            o.f.accounts->createAccount(o.admin, u"admin2"_s, u"A2"_s, Role::Admin, kGoodPassword);
        QVERIFY(second.ok());
        QVERIFY(o.f.accounts->setAccountRole(o.admin, *second, Role::Supervisor));
        QCOMPARE(o.f.accounts->setAccountRole(o.admin, o.admin.accountId, Role::Supervisor)
                     .error()
                     .code(),
                 u"auth.last_admin"_s);
    }

    void everyChangeIsQueuedForTheOfficeWithoutThePassword()
    {
        Office o;
        QVERIFY(o.open());
        // First admin + two clerks.
        QCOMPARE(count(o.f.db(), "SELECT COUNT(*) FROM staff_outbox"), qint64(3));
        QVERIFY(o.f.accounts->setAccountRole(o.admin, o.latinClerk, Role::Supervisor));
        QVERIFY(o.f.accounts->resetPassword(o.admin, o.latinClerk, u"Reset-Pass-Word-31"_s));
        QVERIFY(o.f.accounts->setAccountActive(o.admin, o.latinClerk, false));
        QCOMPARE(count(o.f.db(), "SELECT COUNT(*) FROM staff_outbox"), qint64(6));
        auto pending = StaffOutboxStore(o.f.db()).pending(100);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 6);
        QSet<QString> keys;
        for (const auto& p : *pending) {
            keys.insert(p.idempotencyKey);
            QVERIFY(!p.body.contains(kGoodPassword.toUtf8()));
            QVERIFY(!p.body.contains("Reset-Pass-Word-31"));
            QVERIFY(p.body.contains("pbkdf2-sha256$"));
        }
        QCOMPARE(keys.size(), 6);
        const QJsonObject last = QJsonDocument::fromJson(pending->last().body).object();
        QCOMPARE(last.value(u"username"_s).toString(), u"clerk1"_s);
        QCOMPARE(last.value(u"role"_s).toString(), u"supervisor"_s);
        QCOMPARE(last.value(u"active"_s).toBool(true), false);
        QCOMPARE(last.value(u"must_change_password"_s).toBool(), true);
    }

    void officeStaffReachesAnotherCounter()
    {
        Office a;
        QVERIFY(a.open());
        SecurityFixture b;
        QVERIFY(b.open());
        QVERIFY(b.adminSession().isValid());

        // The records as the backend would hand them out, with its revisions.
        auto recordOf = [&a](const QString& username, qint64 revision) {
            Account account = *AccountStore(a.f.db()).findByUsername(username).value();
            StaffRecord r = StaffRecord::fromAccount(account);
            r.revision = revision;
            return r;
        };
        auto applied = b.accounts->applyOfficeStaff({recordOf(u"علی"_s, 2)}, 2);
        QVERIFY(applied.ok());
        QCOMPARE(*applied, 1);
        const Session onB = b.accounts->login(u"علي"_s, kGoodPassword).valueOr({});
        QVERIFY(onB.isValid());
        QCOMPARE(StaffOutboxStore(b.db()).sinceRevision().valueOr(-1), qint64(2));

        // Disabled at A: at B the open session and the next log-in are refused.
        QVERIFY(a.f.accounts->setAccountActive(a.admin, a.persianClerk, false));
        const qint64 events = count(b.db(), "SELECT COUNT(*) FROM audit_events");
        QCOMPARE(b.accounts->applyOfficeStaff({recordOf(u"علی"_s, 5)}, 5).valueOr(-1), 1);
        QCOMPARE(count(b.db(), "SELECT COUNT(*) FROM audit_events"), events + 1);
        QCOMPARE(b.accounts->checkSession(onB).error().code(), u"auth.disabled"_s);
        QCOMPARE(b.accounts->login(u"علی"_s, kGoodPassword).error().code(), u"auth.disabled"_s);
        // An older revision arriving late changes nothing.
        StaffRecord old = recordOf(u"علی"_s, 4);
        old.active = true;
        QCOMPARE(b.accounts->applyOfficeStaff({old}, 5).valueOr(-1), 0);
        QCOMPARE(b.accounts->login(u"علی"_s, kGoodPassword).error().code(), u"auth.disabled"_s);

        // A change still queued at B wins over what the backend sent before it.
        const Session adminB = b.adminSession();
        auto id = b.accounts->findAccount(adminB, u"علی"_s);
        QVERIFY(id.ok());
        QVERIFY(b.accounts->setAccountActive(adminB, id->id, true));
        StaffRecord later = recordOf(u"علی"_s, 9);
        later.displayName = u"Changed elsewhere"_s;
        QCOMPARE(b.accounts->applyOfficeStaff({later}, 9).valueOr(-1), 0);
        QVERIFY(b.accounts->login(u"علی"_s, kGoodPassword).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaffAccounts)
#include "tst_staff_accounts.moc"
