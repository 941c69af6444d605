// Serve drafts in the encrypted store: saved, updated, listed newest first per clerk, loaded,
// deleted and purged by age; never in clear on disk; a database at step 13 gains the table and
// keeps what it held.
#include "StorageTestSupport.h"
#include "storage/DraftStore.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace pishkhan;
using namespace pishkhan::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000; // a fixed "now"; the clock is injected

DraftStore::Draft draftFor(const QString& clerk, const QString& service = u"renovation"_s)
{
    DraftStore::Draft d;
    d.clerkId = clerk;
    d.serviceId = service;
    d.district = 3;
    d.nationalCode = kNationalCode;
    d.mobile = u"0912"_s; // incomplete: a draft keeps what was typed
    d.fieldsJson = uR"({"owner":"زهرا احمدی","area":"12x"})"_s;
    return d;
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndLoadKeepsWhatWasTyped();
    void updateKeepsCreatedAndClerk();
    void listIsNewestFirstAndPerClerk();
    void removeDeletesOnlyThatDraft();
    void purgeByAge_data();
    void purgeByAge();
    void draftsAreNotInClearOnDisk();
    void migrationFrom13KeepsData();

private:
    QTemporaryDir m_dir;
    std::optional<LocalStore> m_store;
    int m_opened = 0;
};

void TestDrafts::init()
{
    auto store = LocalStore::open(m_dir.filePath(u"store-%1.db"_s.arg(++m_opened)), randomKey());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    m_store.emplace(std::move(*store));
}

void TestDrafts::cleanup()
{
    m_store.reset();
}

void TestDrafts::saveAndLoadKeepsWhatWasTyped()
{
    DraftStore drafts(m_store->database());
    auto id = drafts.save(draftFor(u"clerk-1"_s), kT0);
    QVERIFY(id.ok());
    QVERIFY(*id > 0);
    auto loaded = drafts.load(*id);
    QVERIFY(loaded.ok() && loaded->has_value());
    const DraftStore::Draft& d = **loaded;
    QCOMPARE(d.id, *id);
    QCOMPARE(d.clerkId, u"clerk-1"_s);
    QCOMPARE(d.createdAt, kT0);
    QCOMPARE(d.updatedAt, kT0);
    QCOMPARE(d.serviceId, u"renovation"_s);
    QCOMPARE(d.district, 3);
    QCOMPARE(d.nationalCode, kNationalCode);
    QCOMPARE(d.mobile, u"0912"_s);
    QCOMPARE(d.fieldsJson, uR"({"owner":"زهرا احمدی","area":"12x"})"_s);

    auto missing = drafts.load(*id + 100);
    QVERIFY(missing.ok() && !missing->has_value());
}

void TestDrafts::updateKeepsCreatedAndClerk()
{
    DraftStore drafts(m_store->database());
    auto id = drafts.save(draftFor(u"clerk-1"_s), kT0);
    QVERIFY(id.ok());
    DraftStore::Draft changed = draftFor(u"someone-else"_s, u"permit"_s);
    changed.id = *id;
    changed.mobile = kMobile;
    auto again = drafts.save(changed, kT0 + 5000);
    QVERIFY(again.ok());
    QCOMPARE(*again, *id);
    auto loaded = drafts.load(*id);
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->clerkId, u"clerk-1"_s);
    QCOMPARE((*loaded)->createdAt, kT0);
    QCOMPARE((*loaded)->updatedAt, kT0 + 5000);
    QCOMPARE((*loaded)->serviceId, u"permit"_s);
    QCOMPARE((*loaded)->mobile, kMobile);

    changed.id = *id + 100;
    auto gone = drafts.save(changed, kT0);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code(), u"draft.not_found"_s);
}

void TestDrafts::listIsNewestFirstAndPerClerk()
{
    DraftStore drafts(m_store->database());
    const qint64 a = drafts.save(draftFor(u"clerk-1"_s, u"a"_s), kT0).valueOr(0);
    const qint64 b = drafts.save(draftFor(u"clerk-1"_s, u"b"_s), kT0 + 10).valueOr(0);
    QVERIFY(drafts.save(draftFor(u"clerk-2"_s, u"c"_s), kT0 + 20).ok());
    // Updating the older one makes it the newest.
    DraftStore::Draft touched = draftFor(u"clerk-1"_s, u"a"_s);
    touched.id = a;
    QVERIFY(drafts.save(touched, kT0 + 30).ok());

    auto list = drafts.list(u"clerk-1"_s);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, a);
    QCOMPARE(list->at(1).id, b);
    auto other = drafts.list(u"clerk-2"_s);
    QVERIFY(other.ok());
    QCOMPARE(other->size(), 1);
    QCOMPARE(other->at(0).serviceId, u"c"_s);
    QVERIFY(drafts.list(u"nobody"_s).valueOr({draftFor(u"x"_s)}).isEmpty());
}

void TestDrafts::removeDeletesOnlyThatDraft()
{
    DraftStore drafts(m_store->database());
    const qint64 a = drafts.save(draftFor(u"clerk-1"_s), kT0).valueOr(0);
    const qint64 b = drafts.save(draftFor(u"clerk-1"_s), kT0 + 1).valueOr(0);
    QVERIFY(drafts.remove(a).ok());
    QVERIFY(!drafts.load(a).valueOr(std::nullopt).has_value());
    QVERIFY(drafts.load(b).valueOr(std::nullopt).has_value());
    Status again = drafts.remove(a);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), u"draft.not_found"_s);
}

void TestDrafts::purgeByAge_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("purged");
    const qint64 day = DraftStore::kDayMs;
    QTest::newRow("fresh") << qint64(0) << 14 << false;
    QTest::newRow("one day under") << 13 * day << 14 << false;
    QTest::newRow("exactly the period") << 14 * day << 14 << false;
    QTest::newRow("a millisecond over") << 14 * day + 1 << 14 << true;
    QTest::newRow("a month old") << 30 * day << 14 << true;
    QTest::newRow("one-day retention") << day + 1 << 1 << true;
}

void TestDrafts::purgeByAge()
{
    QFETCH(qint64, ageMs);
    QFETCH(int, days);
    QFETCH(bool, purged);
    DraftStore drafts(m_store->database());
    const qint64 now = kT0 + 100 * DraftStore::kDayMs;
    const qint64 old = drafts.save(draftFor(u"clerk-1"_s), now - ageMs).valueOr(0);
    const qint64 fresh = drafts.save(draftFor(u"clerk-1"_s), now).valueOr(0);
    auto count = drafts.purgeOlderThan(days, now);
    QVERIFY(count.ok());
    QCOMPARE(*count, purged ? 1 : 0);
    QCOMPARE(drafts.load(old).valueOr(std::nullopt).has_value(), !purged);
    QVERIFY(drafts.load(fresh).valueOr(std::nullopt).has_value());
}

void TestDrafts::draftsAreNotInClearOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.db"_s);
    {
        auto store = LocalStore::open(path, randomKey());
        QVERIFY(store.ok());
        DraftStore drafts(store->database());
        DraftStore::Draft d = draftFor(u"clerk-1"_s);
        d.mobile = kMobile;
        for (int i = 0; i < 50; ++i)
            QVERIFY(drafts.save(d, kT0 + i).ok());
    }
    for (const QFileInfo& info : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(kNationalCode.toUtf8()), qPrintable(info.fileName()));
        QVERIFY2(!bytes.contains(kMobile.toUtf8()), qPrintable(info.fileName()));
        QVERIFY2(!bytes.contains(u"زهرا احمدی"_s.toUtf8()), qPrintable(info.fileName()));
    }
}

void TestDrafts::migrationFrom13KeepsData()
{
    QVERIFY(SchemaMigrator::latestVersion() >= 14);
    const QByteArray key = randomKey();
    const QString path = m_dir.filePath(u"at-13.db"_s);
    const QString requestId = u"3f0c2a5e-8f0b-4c1d-9a57-1b2c3d4e5f61"_s;
    {
        auto db = Database::open(path, key);
        QVERIFY(db.ok());
        QVERIFY(db->enableWal().ok());
        QVERIFY(SchemaMigrator::migrate(*db, 13).ok());
        QCOMPARE(db->queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE name = 'serve_draft'")
                     .valueOr(-1),
                 qint64(0));
        // The row as a build at step 13 wrote it: today's OutboxStore writes later columns.
        const OutboxEntry e = sampleEntry(requestId);
        auto insert = db->prepare(
            "INSERT INTO outbox (request_id, service_id, catalogue_version, national_code, "
            "mobile, citizen_name, payload, fee_reference, consent_token, consent_expires_at, "
            "state, next_attempt_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "?8, ?9, 0, 'queued', 1000, 1000, 1000)");
        QVERIFY(insert.ok());
        QVERIFY(insert
                    ->execute({e.requestId, e.serviceId, e.catalogueVersion, e.nationalCode,
                               e.mobile, e.citizenName, e.payload, e.feeReference, e.consentToken})
                    .ok());
    }
    auto store = LocalStore::open(path, key);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : describeError(store.error())));
    QCOMPARE(store->report().fromVersion, 13);
    QCOMPARE(store->report().toVersion, SchemaMigrator::latestVersion());
    OutboxStore outbox(store->database());
    auto row = outbox.find(requestId);
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->nationalCode, kNationalCode);
    DraftStore drafts(store->database());
    QVERIFY(drafts.save(draftFor(u"clerk-1"_s), kT0).ok());
    QCOMPARE(drafts.list(u"clerk-1"_s).valueOr({}).size(), 1);
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
