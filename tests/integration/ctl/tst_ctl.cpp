// pishkhanctl as an office's script would run it, inside a private keychain: the store key is
// where pishkhan-desk keeps it, passwords come through --password-fd.
// `ledger verify` exits 0 on a good store and 1 naming the entry on a tampered one.
#include "../../unit/ledger/LedgerTestSupport.h"
#include "ProcessRun.h"
#include "ops/RecoveryKey.h"
#include "security/KeyVault.h"
#include "sync/CatalogueCache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

using Run = pishkhan::test::ProcessRun;

// Runs pishkhanctl; `secret` (password or recovery key) goes to its stdin, read via fd 0.
Run ctl(const QStringList& args, const QString& secret = {})
{
    return Run::run(QStringLiteral(PISHKHANCTL_EXE), args, secret.toUtf8());
}

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheExitCodes();
    void statusNeedsNoLogin();
    void ledgerVerifyOnAGoodStore();
    void rolesAreTheCore();
    void reportsToStdoutAndPdf();
    void submitBatch();
    void backupRestoreOnANewMachine();
    void rekeyPrintsANewRecoveryKey();
    void ledgerVerifyNamesTheTamperedEntry();
    void syncDrainsThroughTheTrainingBackend();

private:
    QStringList as(const QString& user, const QStringList& args) const
    {
        return args +
               QStringList{u"--data-dir"_s, m_data, u"--user"_s, user, u"--password-fd"_s, u"0"_s};
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_store;
    QByteArray m_key;
};

void TestCtl::initTestCase()
{
    m_data = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(m_data));
    m_store = QDir(m_data).filePath(u"pishkhan-store.db"_s);
    KeyVault vault; // the entry pishkhan-desk uses (this is a private keychain)
    auto key = vault.loadOrCreateKey();
    QVERIFY2(key.ok(), qPrintable(whyNot(key)));
    m_key = *key;
    QFile catalogue(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/catalogue.json"));
    QVERIFY(catalogue.open(QIODevice::ReadOnly));
    const QByteArray json = catalogue.readAll();
    auto tariffs = TariffTable::fromCatalogue(QJsonDocument::fromJson(json).object());
    QVERIFY(tariffs.ok());
    LedgerFixture f;
    const QString failed = openWithCatalogueTariffs(f, m_store, m_key, *tariffs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (int i = 0; i < 12; ++i)
        QVERIFY(f.fee(i % 3 ? f.clerk : f.clerk2).ok());
    QVERIFY(
        CatalogueCache(f.store->database()).store("\"v1\"", u"v1"_s, json, f.clock.nowMs()).ok());
}

void TestCtl::helpListsTheExitCodes()
{
    const Run top = ctl({u"--help"_s});
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains(u"Exit codes"_s));
    for (const QString& command :
         {u"status"_s, u"sync"_s, u"queue"_s, u"ledger"_s, u"report"_s, u"backup"_s, u"restore"_s,
          u"rekey"_s, u"recovery-key"_s, u"submit"_s}) {
        QVERIFY2(top.out.contains(command), qPrintable(command));
        const Run help = ctl({command, u"--help"_s});
        QVERIFY2(help.code == 0, help.describe().constData());
        QVERIFY2(help.out.contains(u"Exit codes"_s) && help.out.contains(u"--data-dir"_s),
                 help.describe().constData());
    }
    QCOMPARE(ctl({}).code, 2);
    QCOMPARE(ctl({u"bogus"_s}).code, 2);
    QCOMPARE(ctl({u"ledger"_s, u"--data-dir"_s, m_data, u"frobnicate"_s}).code, 2);
    // No store in that folder: exit 4, nothing created.
    const QString empty = m_dir.filePath(u"empty"_s);
    QCOMPARE(ctl({u"status"_s, u"--data-dir"_s, empty}).code, 4);
    QVERIFY(!QFile::exists(QDir(empty).filePath(u"pishkhan-store.db"_s)));
}

void TestCtl::statusNeedsNoLogin()
{
    const Run r = ctl({u"status"_s, u"--json"_s, u"--data-dir"_s, m_data});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"queue"_s).toObject().value(u"queued"_s).toInt(), 12);
    QCOMPARE(o.value(u"ledger_head_seq"_s).toInt(), 12);
}

void TestCtl::ledgerVerifyOnAGoodStore()
{
    const Run r = ctl(as(u"super1"_s, {u"ledger"_s, u"verify"_s}), kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.out.contains(u"12 entries, chain holds"_s));
    const Run j = ctl(as(u"admin"_s, {u"ledger"_s, u"verify"_s, u"--json"_s}), kPassword);
    QVERIFY2(j.code == 0, j.describe().constData());
    QCOMPARE(j.json().value(u"ok"_s).toBool(), true);
    QCOMPARE(j.json().value(u"ledger_entries_checked"_s).toInt(), 12);
}

void TestCtl::rolesAreTheCore()
{
    // A clerk may not read the audit trail or back up; a supervisor may not rekey.
    Run r = ctl(as(u"clerk1"_s, {u"ledger"_s, u"verify"_s}), kClerkPassword);
    QVERIFY2(r.code == 5, r.describe().constData());
    QVERIFY(r.err.contains(u"auth.forbidden"_s));
    r = ctl(as(u"clerk1"_s, {u"backup"_s}), kClerkPassword);
    QVERIFY2(r.code == 5, r.describe().constData());
    r = ctl(as(u"super1"_s, {u"rekey"_s}), kPassword);
    QVERIFY2(r.code == 5, r.describe().constData());
    r = ctl(as(u"super1"_s, {u"recovery-key"_s, u"show"_s}), kPassword);
    QVERIFY2(r.code == 5, r.describe().constData());
    // Wrong password.
    r = ctl(as(u"super1"_s, {u"ledger"_s, u"verify"_s, u"--json"_s}), u"wrong"_s);
    QVERIFY2(r.code == 5, r.describe().constData());
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"auth.bad_credentials"_s);
    // A clerk may list the queue (identifiers masked).
    r = ctl(as(u"clerk1"_s, {u"queue"_s, u"list"_s, u"--json"_s}), kClerkPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.json().value(u"requests"_s).toArray().size(), 12);
    QVERIFY(!r.out.contains(u"0499370899"_s));
}

void TestCtl::reportsToStdoutAndPdf()
{
    Run r = ctl(
        as(u"super1"_s, {u"report"_s, u"day"_s, u"2025-03-22"_s, u"--calendar"_s, u"gregorian"_s}),
        kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.out.count(u'\n') > 3);
    // The same day typed in the Solar Hijri calendar (1404/01/02), with Persian digits.
    Run same = ctl(as(u"super1"_s, {u"report"_s, u"day"_s, u"۱۴۰۴/۰۱/۰۲"_s}), kPassword);
    QVERIFY2(same.code == 0, same.describe().constData());
    QCOMPARE(same.out.count(u'\n'), r.out.count(u'\n'));
    const QString pdf = m_dir.filePath(u"range.pdf"_s);
    r = ctl(as(u"super1"_s, {u"report"_s, u"range"_s, u"1404/01/01"_s, u"1404/01/31"_s,
                             u"--format"_s, u"pdf"_s, u"--output"_s, pdf}),
            kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    r = ctl(as(u"clerk1"_s, {u"report"_s, u"day"_s}), kClerkPassword);
    QCOMPARE(r.code, 5);
}

void TestCtl::submitBatch()
{
    const QString csv = m_dir.filePath(u"batch.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("service_id,national_code,mobile,consent_token,field.renovation_code,"
               "field.registered_plate,field.bank,field.loan_type\n"
               "bank-inquiry,0499370899,09121234567,ct_a,6-12-345-17-0-0-0,14/2153/47,melli,"
               "purchase\n"
               "bank-inquiry,0499370898,09121234567,ct_b,6-12-345-17-0-0-0,14/2153/47,melli,"
               "purchase\n"
               "bank-inquiry,0499370899,09121234567,ct_c,6-12-345-17-0-0-0,14/2153/47,sepah,"
               "construction\n");
    file.close();
    Run r = ctl(as(u"clerk1"_s, {u"submit"_s, u"--batch"_s, csv, u"--json"_s}), kClerkPassword);
    QCOMPARE(r.code, 1); // one row refused
    QCOMPARE(r.json().value(u"queued"_s).toInt(), 2);
    QCOMPARE(r.json().value(u"invalid"_s).toInt(), 1);
    QFile result(m_dir.filePath(u"batch.result.csv"_s));
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(result.readAll());
    QVERIFY2(text.contains(u"3,invalid,national_code.checksum"_s), qPrintable(text));
    r = ctl(as(u"clerk1"_s, {u"submit"_s, u"--batch"_s, csv, u"--json"_s}), kClerkPassword);
    QCOMPARE(r.json().value(u"queued"_s).toInt(), 0);
    QCOMPARE(r.json().value(u"duplicates"_s).toInt(), 2);
    r = ctl({u"status"_s, u"--json"_s, u"--data-dir"_s, m_data});
    QCOMPARE(r.json().value(u"queue"_s).toObject().value(u"queued"_s).toInt(), 14);
}

void TestCtl::backupRestoreOnANewMachine()
{
    const QString usb = m_dir.filePath(u"usb"_s);
    Run r = ctl(as(u"super1"_s, {u"backup"_s, u"--to"_s, usb, u"--json"_s}), kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    const QString backup = r.json().value(u"path"_s).toString();
    const QString head = r.json().value(u"ledger_head_hash"_s).toString();
    QVERIFY(QFile::exists(backup));
    r = ctl(as(u"admin"_s, {u"recovery-key"_s, u"show"_s, u"--json"_s}), kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    const QString recovery = r.json().value(u"recovery_key"_s).toString();
    QCOMPARE(RecoveryKey::parse(recovery)->storeKey(), m_key);

    // New machine: the keychain has no store key, a new data folder.
    KeyVault vault;
    QVERIFY(vault.removeKey().ok());
    const QString fresh = m_dir.filePath(u"new-pc"_s);
    QString typo = recovery;
    typo[3] = typo[3] == u'A' ? u'B' : u'A';
    r = ctl({u"restore"_s, backup, u"--data-dir"_s, fresh, u"--key-fd"_s, u"0"_s, u"--json"_s},
            typo);
    QVERIFY2(r.code == 7, r.describe().constData());
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"recovery_key.group_check"_s);
    QVERIFY(!vault.readKey()->has_value());
    r = ctl({u"restore"_s, backup, u"--data-dir"_s, fresh, u"--key-fd"_s, u"0"_s, u"--json"_s},
            recovery);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.json().value(u"ledger_head_hash"_s).toString(), head);
    QCOMPARE(**vault.readKey(), m_key);
    r = ctl({u"ledger"_s, u"verify"_s, u"--data-dir"_s, fresh, u"--user"_s, u"super1"_s,
             u"--password-fd"_s, u"0"_s},
            kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    // Once there is a store, restore refuses to overwrite it unless told to.
    r = ctl({u"restore"_s, backup, u"--data-dir"_s, fresh, u"--key-fd"_s, u"0"_s}, recovery);
    QVERIFY2(r.code == 6, r.describe().constData());
    // Told to, it takes one of that store's administrators: the recovery key line, then the
    // password, on the same descriptor.
    const QStringList replace{u"restore"_s, backup,        u"--replace"_s, u"--data-dir"_s,
                              fresh,        u"--key-fd"_s, u"0"_s,         u"--password-fd"_s,
                              u"0"_s,       u"--json"_s};
    r = ctl(replace + QStringList{u"--user"_s, u"admin"_s}, recovery + u'\n' + u"wrong"_s);
    QVERIFY2(r.code == 5, r.describe().constData());
    QVERIFY(QDir(fresh).entryList({u"*.broken-*"_s}, QDir::Files).isEmpty());
    r = ctl(replace + QStringList{u"--user"_s, u"super1"_s}, recovery + u'\n' + kPassword);
    QVERIFY2(r.code == 5, r.describe().constData());
    r = ctl(replace + QStringList{u"--user"_s, u"admin"_s}, recovery + u'\n' + kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(QFile::exists(r.json().value(u"moved_aside"_s).toString()));
}

void TestCtl::rekeyPrintsANewRecoveryKey()
{
    Run r = ctl(as(u"admin"_s, {u"rekey"_s, u"--json"_s}), kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    const QString recovery = r.json().value(u"recovery_key"_s).toString();
    auto parsed = RecoveryKey::parse(recovery);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->storeKey() != m_key);
    QVERIFY(!Database::open(m_store, m_key, OpenMode::ReadOnly).ok());
    m_key = parsed->storeKey();
    r = ctl(as(u"super1"_s, {u"ledger"_s, u"verify"_s}), kPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
}

void TestCtl::ledgerVerifyNamesTheTamperedEntry()
{
    {
        // Around the triggers, through a connection holding the key.
        auto db = Database::open(m_store, m_key);
        QVERIFY2(db.ok(), qPrintable(whyNot(db)));
        QVERIFY(db->exec("DROP TRIGGER ledger_entry_no_update;"
                         "UPDATE ledger_entry SET amount_rials = amount_rials + 10000 "
                         "WHERE seq = 4;")
                    .ok());
    }
    Run r = ctl(as(u"super1"_s, {u"ledger"_s, u"verify"_s}), kPassword);
    QVERIFY2(r.code == 1, r.describe().constData());
    QVERIFY2(r.err.contains(u"ledger_entry entry 4"_s), r.describe().constData());
    r = ctl(as(u"super1"_s, {u"ledger"_s, u"verify"_s, u"--json"_s}), kPassword);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json().value(u"first_bad_entry"_s).toInt(), 4);
    QCOMPARE(r.json().value(u"table"_s).toString(), u"ledger_entry"_s);
    // And a backup of a tampered store is refused rather than labelled good.
    r = ctl(as(u"super1"_s, {u"backup"_s, u"--to"_s, m_dir.filePath(u"usb2"_s)}), kPassword);
    QVERIFY2(r.code == 1, r.describe().constData());
}

void TestCtl::syncDrainsThroughTheTrainingBackend()
{
    // The training store (its own keychain entry) and the in-process sandbox backend: a batch
    // goes in with submit, and sync drains it. The consent tokens are made up, so the backend
    // refuses each one (consent-token-invalid): they land in needs-attention, never retried.
    KeyVault vault(KeyVault::defaultService(), KeyVault::defaultKeyName() + u"-training"_s);
    auto key = vault.loadOrCreateKey();
    QVERIFY(key.ok());
    QFile catalogue(QStringLiteral(PISHKHAN_SOURCE_DIR "/resources/sandbox/catalogue.json"));
    QVERIFY(catalogue.open(QIODevice::ReadOnly));
    const QByteArray json = catalogue.readAll();
    auto tariffs = TariffTable::fromCatalogue(QJsonDocument::fromJson(json).object());
    QVERIFY(tariffs.ok());
    {
        LedgerFixture f;
        const QString failed = openWithCatalogueTariffs(
            f, QDir(m_data).filePath(u"training-store.db"_s), *key, *tariffs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(CatalogueCache(f.store->database())
                    .store("\"v1\"", u"v1"_s, json, f.clock.nowMs())
                    .ok());
    }
    const QString csv = m_dir.filePath(u"training.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("service_id,national_code,mobile,consent_token,field.renovation_code,"
               "field.registered_plate,field.bank,field.loan_type\n");
    for (int i = 0; i < 5; ++i)
        file.write("bank-inquiry,0499370899,09121234567,ct_made_up_" + QByteArray::number(i) +
                   ",6-12-345-17-0-0-0,14/2153/47,melli,purchase\n");
    file.close();
    Run r = ctl(as(u"clerk1"_s, {u"submit"_s, u"--training"_s, u"--batch"_s, csv, u"--json"_s}),
                kClerkPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.json().value(u"queued"_s).toInt(), 5);

    r = ctl(as(u"clerk1"_s, {u"sync"_s, u"--training"_s, u"--timeout"_s, u"90"_s}), kClerkPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    qInfo("%s", qPrintable(r.out.trimmed()));
    // Not a terminal: plain lines, no progress bar.
    QVERIFY2(!r.out.contains(u'\r') && r.out.contains(u"queue drained"_s),
             r.describe().constData());
    r = ctl({u"status"_s, u"--training"_s, u"--json"_s, u"--data-dir"_s, m_data});
    const QJsonObject queue = r.json().value(u"queue"_s).toObject();
    QCOMPARE(queue.value(u"queued"_s).toInt(), 0);
    QCOMPARE(queue.value(u"sending"_s).toInt(), 0);
    QCOMPARE(queue.value(u"needs_attention"_s).toInt() + queue.value(u"accepted"_s).toInt(), 5);
    r = ctl(as(u"clerk1"_s, {u"queue"_s, u"list"_s, u"--training"_s, u"--state"_s,
                             u"needs_attention"_s, u"--json"_s}),
            kClerkPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonArray rows = r.json().value(u"requests"_s).toArray();
    QVERIFY(!rows.isEmpty());
    const QString id = rows.first().toObject().value(u"request_id"_s).toString();
    r = ctl(as(u"clerk1"_s, {u"queue"_s, u"retry"_s, id, u"--training"_s, u"--json"_s}),
            kClerkPassword);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.json().value(u"request"_s).toObject().value(u"state"_s).toString(), u"queued"_s);
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
