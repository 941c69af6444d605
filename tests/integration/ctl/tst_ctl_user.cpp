// pishkhanctl user as an office's administrator would run it, inside a private keychain: the
// admin's password and the new one come through stdin (--password-fd 0 --new-password-fd 0),
// each action prints the account, and each refusal exits with its code, names the core's error
// and leaves the accounts and the audit trail as they were.
#include "ProcessRun.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "security/KeyVault.h"
#include "storage/LocalStore.h"
#include "storage/Statement.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

using Run = ProcessRun;

const QString kAdminPassword = u"Office-Admin-2026"_s;
const QString kClerkPassword = u"Tall-Cedar-Window-9"_s;

} // namespace

class TestCtlUser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addListAndChange();
    void refusals_data();
    void refusals();

private:
    Run ctl(const QStringList& args, const QString& input, const QString& user = u"admin"_s)
    {
        return Run::run(QStringLiteral(PISHKHANCTL_EXE),
                        QStringList{u"user"_s} + args +
                            QStringList{u"--json"_s, u"--data-dir"_s, m_data, u"--user"_s, user,
                                        u"--password-fd"_s, u"0"_s, u"--new-password-fd"_s, u"0"_s},
                        input.toUtf8());
    }
    // Accounts and audit trail as text, to compare before and after a refusal.
    QString snapshot();

    QTemporaryDir m_dir;
    QString m_data;
    QString m_store;
    QByteArray m_key;
};

void TestCtlUser::initTestCase()
{
    m_data = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(m_data));
    m_store = QDir(m_data).filePath(u"pishkhan-store.db"_s);
    KeyVault vault; // the entry pishkhan-desk uses (this is a private keychain)
    auto key = vault.loadOrCreateKey();
    QVERIFY(key.ok());
    m_key = *key;
    auto store = LocalStore::open(m_store, m_key);
    QVERIFY(store.ok());
    AuditLog audit(store->database(), SystemClock::instance());
    AccountService accounts(store->database(), audit, SystemClock::instance());
    QVERIFY(accounts.createFirstAdmin(u"admin"_s, u"مدیر دفتر"_s, kAdminPassword).ok());
}

QString TestCtlUser::snapshot()
{
    auto store = LocalStore::open(m_store, m_key);
    if (!store)
        return u"cannot open"_s;
    QString out;
    for (const char* sql :
         // failed_logins left out: a wrong password counts toward the lockout, as it must.
         {"SELECT id || username || display_name || role || password_hash || active || "
          "must_change_password FROM accounts ORDER BY id",
          // Each run logs the administrator in (an event of its own); the rest must not move.
          "SELECT seq || kind || subject || detail FROM audit_events WHERE kind NOT IN "
          "('login', 'login_failed') ORDER BY seq",
          "SELECT seq || body FROM staff_outbox ORDER BY seq"}) {
        auto stmt = store->database().prepare(sql);
        if (!stmt)
            return u"prepare failed"_s;
        (void)stmt->forEachRow([&out](const Row& row) { out += row.text(0) + u'\n'; });
    }
    return out;
}

void TestCtlUser::addListAndChange()
{
    // A clerk with a Persian username typed with Arabic yeh; a supervisor who keeps the password.
    Run add = ctl({u"add"_s, u"علي"_s, u"--name"_s, u"علی رضایی"_s, u"--role"_s, u"clerk"_s},
                  kAdminPassword + u'\n' + kClerkPassword);
    QVERIFY2(add.code == 0, add.describe().constData());
    QCOMPARE(add.json().value(u"username"_s).toString(), u"علی"_s);
    QCOMPARE(add.json().value(u"must_change_password"_s).toBool(), true);
    Run sup = ctl({u"add"_s, u"sara"_s, u"--name"_s, u"Sara"_s, u"--role"_s, u"supervisor"_s,
                   u"--keep-password"_s},
                  kAdminPassword + u'\n' + kClerkPassword);
    QVERIFY2(sup.code == 0, sup.describe().constData());
    QCOMPARE(sup.json().value(u"must_change_password"_s).toBool(), false);

    Run list = ctl({u"list"_s}, kAdminPassword);
    QVERIFY2(list.code == 0, list.describe().constData());
    QCOMPARE(list.json().value(u"accounts"_s).toArray().size(), 3);

    Run role = ctl({u"set-role"_s, u"SARA"_s, u"clerk"_s}, kAdminPassword);
    QVERIFY2(role.code == 0, role.describe().constData());
    QCOMPARE(role.json().value(u"role"_s).toString(), u"clerk"_s);
    Run disable = ctl({u"disable"_s, u"sara"_s}, kAdminPassword);
    QVERIFY2(disable.code == 0, disable.describe().constData());
    QCOMPARE(disable.json().value(u"active"_s).toBool(true), false);
    // The disabled account cannot run anything, and reads as denied.
    QCOMPARE(ctl({u"list"_s}, kClerkPassword, u"sara"_s).code, 5);
    Run enable = ctl({u"enable"_s, u"sara"_s}, kAdminPassword);
    QCOMPARE(enable.json().value(u"active"_s).toBool(false), true);
    Run reset = ctl({u"reset-password"_s, u"sara"_s}, kAdminPassword + u"\nFresh-Start-Pass-44"_s);
    QVERIFY2(reset.code == 0, reset.describe().constData());
    QCOMPARE(reset.json().value(u"must_change_password"_s).toBool(), true);
    // After the reset her session may only change its password: denied here.
    Run forced = ctl({u"list"_s}, u"Fresh-Start-Pass-44"_s, u"sara"_s);
    QCOMPARE(forced.code, 5);
    QCOMPARE(forced.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"auth.password_change_required"_s);
    Run unlock = ctl({u"unlock"_s, u"sara"_s}, kAdminPassword);
    QVERIFY2(unlock.code == 0, unlock.describe().constData());
}

void TestCtlUser::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("error");
    const QString admin = kAdminPassword;
    QTest::newRow("duplicate, yeh variant")
        << QStringList{u"add"_s, u"علی"_s, u"--name"_s, u"X"_s, u"--role"_s, u"clerk"_s}
        << admin + u'\n' + kClerkPassword << 5 << u"auth.username_taken"_s;
    QTest::newRow("duplicate, case")
        << QStringList{u"add"_s, u"ADMIN"_s, u"--name"_s, u"X"_s, u"--role"_s, u"clerk"_s}
        << admin + u'\n' + kClerkPassword << 5 << u"auth.username_taken"_s;
    QTest::newRow("weak password")
        << QStringList{u"add"_s, u"reza"_s, u"--name"_s, u"Reza"_s, u"--role"_s, u"clerk"_s}
        << admin + u"\npassword123"_s << 5 << u"auth.password_common"_s;
    QTest::newRow("disable the last admin")
        << QStringList{u"disable"_s, u"admin"_s} << admin << 5 << u"auth.last_admin"_s;
    QTest::newRow("demote the last admin")
        << QStringList{u"set-role"_s, u"admin"_s, u"clerk"_s} << admin << 5 << u"auth.last_admin"_s;
    QTest::newRow("unknown account")
        << QStringList{u"unlock"_s, u"nobody"_s} << admin << 5 << u"auth.no_such_account"_s;
    QTest::newRow("wrong admin password")
        << QStringList{u"list"_s} << u"not-the-password"_s << 5 << u"auth.bad_credentials"_s;
    QTest::newRow("bad role") << QStringList{u"set-role"_s, u"sara"_s, u"boss"_s} << admin << 2
                              << QString();
    QTest::newRow("unknown action")
        << QStringList{u"delete"_s, u"sara"_s} << admin << 2 << QString();
}

void TestCtlUser::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, input);
    QFETCH(int, exit);
    QFETCH(QString, error);
    const QString before = snapshot();
    const Run r = ctl(args, input);
    QVERIFY2(r.code == exit, r.describe().constData());
    if (!error.isEmpty())
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(), error);
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCtlUser)
#include "tst_ctl_user.moc"
