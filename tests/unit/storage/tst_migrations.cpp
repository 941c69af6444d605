// An empty database and every older schema version migrate to the newest; a database
// newer than this build is refused without being changed.
#include "StorageTestSupport.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreNumberedInOrder();
    void emptyDatabaseMigratesToNewest();
    void olderVersionMigratesToNewest_data();
    void olderVersionMigratesToNewest();
    void newerThanAppIsRefused();
    void reopenAtNewestDoesNothing();

private:
    // The schema as SQLite describes it, to compare a migrated database with a fresh one.
    static QStringList schemaOf(Database& db);
    QTemporaryDir m_dir;
};

QStringList TestMigrations::schemaOf(Database& db)
{
    QStringList schema;
    auto stmt = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master "
                           "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    if (!stmt)
        return {stmt.error().message()};
    while (stmt->step().valueOr(false)) {
        schema << stmt->columnText(0) + u'|' + stmt->columnText(1) + u'|' + stmt->columnText(2) +
                      u'|' + stmt->columnText(3).simplified();
    }
    // ALTER TABLE ADD COLUMN leaves the CREATE TABLE text of a migrated table different from a
    // fresh one; the columns are what must match.
    auto columns = db.prepare("PRAGMA table_info(outbox)");
    while (columns && columns->step().valueOr(false))
        schema << u"column|"_s + columns->columnText(1) + u'|' + columns->columnText(2) + u'|' +
                      QString::number(columns->columnInt64(3));
    return schema;
}

void TestMigrations::stepsAreNumberedInOrder()
{
    int expected = 1;
    for (const MigrationStep& step : SchemaMigrator::steps())
        QCOMPARE(step.version, expected++);
    QVERIFY(SchemaMigrator::latestVersion() >= 2);
}

void TestMigrations::emptyDatabaseMigratesToNewest()
{
    const QString path = m_dir.filePath(u"fresh.db"_s);
    auto store = LocalStore::open(path, randomKey());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    QCOMPARE(store->report().outcome, StoreReport::Outcome::Created);
    QCOMPARE(store->report().fromVersion, 0);
    QCOMPARE(store->report().toVersion, SchemaMigrator::latestVersion());
    QCOMPARE(SchemaMigrator::currentVersion(store->database()).valueOr(-1),
             SchemaMigrator::latestVersion());
    QCOMPARE(store->report().journalMode, u"wal"_s);
    QVERIFY(store->report().describe().contains(u"created new store"_s));

    OutboxStore outbox(store->database());
    QVERIFY(outbox.enqueue(sampleEntry(), 1000).ok());
}

void TestMigrations::olderVersionMigratesToNewest_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 1; v < SchemaMigrator::latestVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::olderVersionMigratesToNewest()
{
    QFETCH(int, fromVersion);
    const QByteArray key = randomKey();
    const QString path = m_dir.filePath(u"old-v%1.db"_s.arg(fromVersion));
    const QString freshPath = m_dir.filePath(u"fresh-for-v%1.db"_s.arg(fromVersion));

    // GIVEN a database built with the old steps only, holding a row written the old way
    {
        auto db = Database::open(path, key);
        QVERIFY(db.ok());
        QVERIFY(db->enableWal().ok());
        auto before = SchemaMigrator::migrate(*db, fromVersion);
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : describeError(before.error())));
        QCOMPARE(SchemaMigrator::currentVersion(*db).valueOr(-1), fromVersion);
        // Columns every version has had since v1.
        QVERIFY(db->exec("INSERT INTO outbox (request_id, service_id, catalogue_version, "
                         "national_code, mobile, citizen_name, payload, fee_reference, "
                         "consent_token, consent_expires_at, state, next_attempt_at, created_at, "
                         "updated_at) VALUES ('3f0c2a5e-8f0b-4c1d-9a57-1b2c3d4e5f60', 'svc', 1, "
                         "'0499370899', '09121234567', 'x', '{}', 'fee', '', 0, 'queued', 5, 5, "
                         "5)")
                    .ok());
    }

    // WHEN the store is opened by this build
    auto store = LocalStore::open(path, key);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));

    // THEN it reports the migration, is at the newest version, kept the row and has the same
    // schema as a database created fresh
    QCOMPARE(store->report().outcome, StoreReport::Outcome::Migrated);
    QCOMPARE(store->report().fromVersion, fromVersion);
    QCOMPARE(store->report().toVersion, SchemaMigrator::latestVersion());
    QVERIFY(store->report().describe().contains(u"migrated"_s));
    QCOMPARE(SchemaMigrator::currentVersion(store->database()).valueOr(-1),
             SchemaMigrator::latestVersion());
    OutboxStore outbox(store->database());
    auto row = outbox.find(u"3f0c2a5e-8f0b-4c1d-9a57-1b2c3d4e5f60"_s);
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->nationalCode, u"0499370899"_s);
    QVERIFY((*row)->lastErrorMessageFa.isNull());
    QCOMPARE(store->database().queryText("PRAGMA integrity_check").valueOr(QString()), u"ok"_s);

    auto fresh = LocalStore::open(freshPath, randomKey());
    QVERIFY(fresh.ok());
    QStringList migratedSchema = schemaOf(store->database());
    QStringList freshSchema = schemaOf(fresh->database());
    // Only the table's CREATE text may differ (see schemaOf).
    migratedSchema.removeIf([](const QString& s) { return s.startsWith(u"table|outbox|"_s); });
    freshSchema.removeIf([](const QString& s) { return s.startsWith(u"table|outbox|"_s); });
    QCOMPARE(migratedSchema, freshSchema);
}

void TestMigrations::newerThanAppIsRefused()
{
    const QByteArray key = randomKey();
    const QString path = m_dir.filePath(u"newer.db"_s);
    {
        auto store = LocalStore::open(path, key);
        QVERIFY(store.ok());
        const QByteArray bump =
            "PRAGMA user_version = " + QByteArray::number(SchemaMigrator::latestVersion() + 1);
        QVERIFY(store->database().exec(bump.constData()).ok());
    }
    const QByteArray hashBefore = fileHash(path);
    auto store = LocalStore::open(path, key);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), u"storage.schema_too_new"_s);
    QVERIFY(store.error().detail().contains(path));
    QCOMPARE(fileHash(path), hashBefore);

    // The migrator itself refuses too, for callers that bypass LocalStore.
    auto db = Database::open(path, key);
    QVERIFY(db.ok());
    auto migrated = SchemaMigrator::migrate(*db);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().code(), u"storage.schema_too_new"_s);
}

void TestMigrations::reopenAtNewestDoesNothing()
{
    const QByteArray key = randomKey();
    const QString path = m_dir.filePath(u"reopen.db"_s);
    QVERIFY(LocalStore::open(path, key).ok());
    auto again = LocalStore::open(path, key);
    QVERIFY(again.ok());
    QCOMPARE(again->report().outcome, StoreReport::Outcome::Opened);
    QCOMPARE(again->report().fromVersion, SchemaMigrator::latestVersion());
    QVERIFY(again->report().describe().contains(u"opened existing store"_s));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
