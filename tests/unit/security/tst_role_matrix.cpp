// Every protected core operation x every role, data-driven. Roles are enforced in the
// services themselves; each row calls the real operation with a real session of that role and
// expects either success (or at least a failure that is not a permission error) or
// "auth.forbidden".

#include "SecurityTestSupport.h"
#include "security/ActivationService.h"
#include "security/Authorizer.h"
#include "security/DeviceIdentity.h"
#include "security/SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

// The transport a test needs to prove activation got past the permission check: it records
// the call and answers with a network error, so nothing reaches the keychain.
class RecordingTransport final : public ActivationTransport
{
public:
    int calls = 0;
    void activate(const ActivationRequest&, Done done) override
    {
        ++calls;
        QTimer::singleShot(
            0, [done] { done(Error(u"net.offline"_s, QT_TRANSLATE_NOOP("Error", "offline"))); });
    }
};

// Independent of Authorizer's switch: the rules written out as a table.
const QMap<Permission, QList<Role>>& expectedTable()
{
    static const QMap<Permission, QList<Role>> t = {
        {Permission::ServeCitizen, {Role::Clerk, Role::Supervisor, Role::Admin}},
        {Permission::ReprintReceipt, {Role::Clerk, Role::Supervisor, Role::Admin}},
        {Permission::RequestVoid, {Role::Clerk, Role::Supervisor, Role::Admin}},
        {Permission::ApproveVoid, {Role::Supervisor, Role::Admin}},
        {Permission::CloseDay, {Role::Supervisor, Role::Admin}},
        {Permission::ViewReports, {Role::Supervisor, Role::Admin}},
        {Permission::ExportReports, {Role::Supervisor, Role::Admin}},
        {Permission::ReadAudit, {Role::Supervisor, Role::Admin}},
        {Permission::Backup, {Role::Supervisor, Role::Admin}},
        {Permission::ManageAccounts, {Role::Admin}},
        {Permission::ChangeSettings, {Role::Admin}},
        {Permission::ActivateDevice, {Role::Admin}},
        {Permission::Rekey, {Role::Admin}},
    };
    return t;
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT
private slots:
    void authorizerTable_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        for (Role r : kAllRoles)
            for (Permission p : kAllPermissions)
                QTest::addRow("%s x %s", qPrintable(roleName(r)), qPrintable(permissionName(p)))
                    << int(r) << int(p) << expectedTable().value(p).contains(r);
    }

    void authorizerTable()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        const Session s{42, u"someone"_s, u"Someone"_s, Role(role), 1};
        const Status st = Authorizer::require(s, Permission(permission));
        QCOMPARE(st.ok(), allowed);
        if (!allowed) {
            QCOMPARE(st.error().code(), u"auth.forbidden"_s);
            QVERIFY(!st.error().userMessage().isEmpty());
        }
    }

    void everyPermissionIsInTheTable()
    {
        QCOMPARE(expectedTable().size(), int(std::size(kAllPermissions)));
    }

    void noSessionIsForbiddenEverything()
    {
        for (Permission p : kAllPermissions)
            QCOMPARE(Authorizer::require(Session{}, p).error().code(), u"auth.forbidden"_s);
    }

    void operations_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        const QStringList adminOnly = {
            u"create_account"_s, u"update_account"_s,  u"reset_password"_s,   u"list_accounts"_s,
            u"change_setting"_s, u"activate_device"_s, u"deactivate_device"_s};
        const QStringList supervisorUp = {u"read_audit"_s};
        for (const QString& op : adminOnly + supervisorUp)
            for (Role r : kAllRoles)
                QTest::addRow("%s by %s", qPrintable(op), qPrintable(roleName(r)))
                    << op << int(r)
                    << (r == Role::Admin || (supervisorUp.contains(op) && r == Role::Supervisor));
    }

    void operations()
    {
        QFETCH(QString, operation);
        QFETCH(int, role);
        QFETCH(bool, allowed);

        SecurityFixture f;
        QVERIFY(f.open());
        const Session admin = f.adminSession();
        QVERIFY(admin.isValid());
        const Session actor = f.sessionFor(Role(role));
        QVERIFY(actor.isValid());
        const qint64 victim =
            *f.accounts->createAccount(admin, u"victim"_s, u"Victim"_s, Role::Clerk, kGoodPassword);

        SecretStore secrets(u"ir.pishkhan.test.rolematrix"_s);
        DeviceIdentity identity(secrets);
        RecordingTransport transport;
        ActivationService activation(identity, *f.settings, *f.audit, transport);

        Status result;
        if (operation == u"create_account") {
            auto r =
                f.accounts->createAccount(actor, u"newbie"_s, u"New"_s, Role::Clerk, kGoodPassword);
            result = r ? Status() : Status(r.error());
        } else if (operation == u"update_account") {
            result = f.accounts->updateAccount(actor, victim, u"Renamed"_s, Role::Supervisor, true);
        } else if (operation == u"reset_password") {
            result = f.accounts->resetPassword(actor, victim, u"Another-Good-Pass-7"_s);
        } else if (operation == u"list_accounts") {
            auto r = f.accounts->listAccounts(actor);
            result = r ? Status() : Status(r.error());
        } else if (operation == u"change_setting") {
            result = f.settings->set(actor, u"retention.days"_s, u"60"_s);
        } else if (operation == u"read_audit") {
            auto r = f.audit->read(actor, {});
            result = r ? Status() : Status(r.error());
        } else if (operation == u"activate_device") {
            bool finished = false;
            activation.activate(actor, u"IF-1001"_s, u"1111-2222-3333"_s, {}, [&](Status s) {
                result = s;
                finished = true;
            });
            QTRY_VERIFY(finished);
            // Permitted: it got as far as the network (which the fake refuses).
            QCOMPARE(transport.calls, allowed ? 1 : 0);
            if (allowed) {
                QCOMPARE(result.error().code(), u"net.offline"_s);
                result = Status();
            }
        } else if (operation == u"deactivate_device") {
            result = activation.deactivate(actor);
        } else {
            QFAIL("unknown operation");
        }

        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code(), u"auth.forbidden"_s);
        }
    }

    void forbiddenOperationsChangeNothing()
    {
        SecurityFixture f;
        QVERIFY(f.open());
        const Session clerk = f.sessionFor(Role::Clerk);
        const qint64 before = f.db().queryInt64("SELECT COUNT(*) FROM accounts").valueOr(-1);
        QVERIFY(!f.accounts->createAccount(clerk, u"x1"_s, u"X"_s, Role::Admin, kGoodPassword));
        QVERIFY(!f.settings->set(clerk, u"backend.url"_s, u"https://evil.example"_s));
        QCOMPARE(f.db().queryInt64("SELECT COUNT(*) FROM accounts").valueOr(-1), before);
        QCOMPARE(f.db().queryInt64("SELECT COUNT(*) FROM settings").valueOr(-1), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_role_matrix.moc"
