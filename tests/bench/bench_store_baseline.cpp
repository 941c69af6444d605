// bench_store_baseline: the plain-SQLite half of the store benchmark.
//
// Links the system libsqlite3 and Qt Core, never a pishkhan library (the product must never
// link plain SQLite, and one process cannot hold both libraries' sqlite3_* symbols anyway).
// bench_store launches it and hands it a spec file holding the store's schema, its pragmas and
// the exact INSERT text OutboxStore::enqueue() runs; this program redoes, step for step, what
// enqueue() does per row — validate the id and the JSON payload, prepare, bind by name
// (UTF-8, SQLITE_TRANSIENT), step, finalize — so the two sides differ only in the library.
//
//   bench_store_baseline --spec FILE --db FILE --single N --bulk-batches B --batch-size S
//
// Prints one line: "BENCH_BASELINE sqlite_version=... single_commit_per_s=... ...".

#include "BenchRows.h"

#include <sqlite3.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using pishkhan::bench::BenchRow;

namespace {

[[noreturn]] void fail(const QString& what, sqlite3* db = nullptr)
{
    QString text = u"bench_store_baseline: "_s + what;
    if (db)
        text += u": "_s + QString::fromUtf8(sqlite3_errmsg(db));
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::exit(1);
}

void exec(sqlite3* db, const QString& sql)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(u"executing "_s + sql, db);
}

QString queryText(sqlite3* db, const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        fail(u"preparing "_s + sql, db);
    QString value;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return value;
}

// What OutboxStore::validateNew() checks, at the same cost (a QUuid parse and a QJsonDocument
// parse of the payload), so the store's validation is not billed to encryption.
void validate(const BenchRow& row)
{
    const QUuid uuid = QUuid::fromString(row.requestId);
    if (uuid.isNull() || uuid.version() != QUuid::Random ||
        uuid.toString(QUuid::WithoutBraces) != row.requestId || row.serviceId.isEmpty() ||
        row.nationalCode.isEmpty())
        fail(u"invalid row "_s + row.requestId);
    QJsonParseError error;
    if (!QJsonDocument::fromJson(row.payload.toUtf8(), &error).isObject())
        fail(u"payload is not a JSON object"_s);
}

class Inserter
{
public:
    Inserter(sqlite3* db, QByteArray sql)
        : m_db(db)
        , m_sql(std::move(sql))
    {}

    // One enqueue(): a fresh statement each time, as the store prepares one per call.
    void insert(const BenchRow& row)
    {
        validate(row);
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, m_sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            fail(u"preparing the outbox INSERT"_s, m_db);
        m_bound.clear();
        bindText(stmt, ":id", row.requestId);
        bindText(stmt, ":service", row.serviceId);
        bindInt(stmt, ":catalogue", row.catalogueVersion);
        bindText(stmt, ":nc", row.nationalCode);
        bindText(stmt, ":mobile", row.mobile);
        bindText(stmt, ":name", row.citizenName);
        bindText(stmt, ":payload", row.payload);
        bindText(stmt, ":fee", row.feeReference);
        bindText(stmt, ":consent", row.consentToken);
        bindInt(stmt, ":consent_exp", row.consentExpiresAt);
        bindInt(stmt, ":now", row.now);
        // A citizen's own consent: no organisation's mandate, as the store binds such a row.
        bindText(stmt, ":mandate", QString());
        bindText(stmt, ":organisation", QString());
        // A person applying for themself: no company.
        bindText(stmt, ":company", QString());
        // If the store's INSERT gains a parameter this side does not know, stop rather than
        // insert NULLs and measure something else.
        if (m_bound.size() != sqlite3_bind_parameter_count(stmt))
            fail(u"the store's INSERT has parameters this baseline does not bind: "_s +
                 QString::fromUtf8(m_sql));
        if (sqlite3_step(stmt) != SQLITE_DONE)
            fail(u"inserting "_s + row.requestId, m_db);
        sqlite3_finalize(stmt);
    }

private:
    int indexOf(sqlite3_stmt* stmt, const char* name)
    {
        const int index = sqlite3_bind_parameter_index(stmt, name);
        if (index == 0)
            fail(u"the store's INSERT has no parameter "_s + QString::fromLatin1(name));
        m_bound.insert(index);
        return index;
    }
    void bindText(sqlite3_stmt* stmt, const char* name, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        if (sqlite3_bind_text(stmt, indexOf(stmt, name), utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT) != SQLITE_OK)
            fail(u"binding "_s + QString::fromLatin1(name), m_db);
    }
    void bindInt(sqlite3_stmt* stmt, const char* name, qint64 value)
    {
        if (sqlite3_bind_int64(stmt, indexOf(stmt, name), value) != SQLITE_OK)
            fail(u"binding "_s + QString::fromLatin1(name), m_db);
    }

    sqlite3* m_db;
    QByteArray m_sql;
    QSet<int> m_bound;
};

QString rate(double count, double seconds)
{
    return QString::number(seconds > 0 ? count / seconds : 0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Plain-SQLite baseline for bench_store."_s);
    parser.addHelpOption();
    const QCommandLineOption specOpt(u"spec"_s, u"Spec file written by bench_store."_s, u"file"_s);
    const QCommandLineOption dbOpt(u"db"_s, u"Database file to create."_s, u"file"_s);
    const QCommandLineOption singleOpt(u"single"_s, u"Single-commit inserts."_s, u"n"_s);
    const QCommandLineOption batchesOpt(u"bulk-batches"_s, u"Bulk transactions."_s, u"n"_s);
    const QCommandLineOption sizeOpt(u"batch-size"_s, u"Rows per bulk transaction."_s, u"n"_s);
    parser.addOptions({specOpt, dbOpt, singleOpt, batchesOpt, sizeOpt});
    parser.process(app);
    if (!parser.isSet(specOpt) || !parser.isSet(dbOpt))
        fail(u"--spec and --db are required"_s);
    const qint64 singles = parser.value(singleOpt).toLongLong();
    const qint64 batches = parser.value(batchesOpt).toLongLong();
    const qint64 batchSize = parser.value(sizeOpt).toLongLong();
    if (singles <= 0 || batches <= 0 || batchSize <= 0)
        fail(u"--single, --bulk-batches and --batch-size must be positive"_s);

    QFile specFile(parser.value(specOpt));
    if (!specFile.open(QIODevice::ReadOnly))
        fail(u"cannot read "_s + specFile.fileName());
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
    const QJsonArray schema = spec.value(QLatin1String(pishkhan::bench::kSpecSchema)).toArray();
    const QByteArray insertSql =
        spec.value(QLatin1String(pishkhan::bench::kSpecInsert)).toString().toUtf8();
    const QJsonObject pragmas = spec.value(QLatin1String(pishkhan::bench::kSpecPragmas)).toObject();
    if (schema.isEmpty() || insertSql.isEmpty() || pragmas.isEmpty())
        fail(u"spec file is incomplete: "_s + specFile.fileName());

    const QString path = parser.value(dbOpt);
    QFile::remove(path);
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        fail(u"opening "_s + path, db);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);

    // The store's settings, as it reported them: page_size before the first table; then
    // journal mode, synchronous, checkpoint and cache. Each is read back, since SQLite ignores
    // a setting it cannot apply instead of failing.
    const QString journalMode =
        pragmas.value(QLatin1String(pishkhan::bench::kSpecJournalMode)).toString();
    exec(db, u"PRAGMA page_size = "_s + QString::number(pragmas.value(u"page_size"_s).toInt()));
    if (queryText(db, u"PRAGMA journal_mode = "_s + journalMode)
            .compare(journalMode, Qt::CaseInsensitive))
        fail(u"journal_mode "_s + journalMode + u" refused"_s);
    for (auto it = pragmas.begin(); it != pragmas.end(); ++it) {
        if (it.key() == QLatin1String(pishkhan::bench::kSpecJournalMode))
            continue;
        const QString value = QString::number(it.value().toInteger());
        if (it.key() != u"page_size"_s) // only takes effect on an empty file, applied above
            exec(db, u"PRAGMA "_s + it.key() + u" = "_s + value);
    }

    exec(db, u"BEGIN IMMEDIATE"_s);
    for (const QJsonValue& statement : schema)
        exec(db, statement.toString());
    exec(db,
         u"PRAGMA user_version = "_s +
             QString::number(spec.value(QLatin1String(pishkhan::bench::kSpecUserVersion)).toInt()));
    exec(db, u"COMMIT"_s);
    for (auto it = pragmas.begin(); it != pragmas.end(); ++it) {
        if (it.key() == QLatin1String(pishkhan::bench::kSpecJournalMode))
            continue;
        const QString actual = queryText(db, u"PRAGMA "_s + it.key());
        if (actual.toLongLong() != it.value().toInteger())
            fail(u"PRAGMA "_s + it.key() + u" is "_s + actual + u", the store has "_s +
                 QString::number(it.value().toInteger()));
    }

    const QList<BenchRow> singleRows = pishkhan::bench::benchRows(0, singles);
    const QList<BenchRow> bulkRows = pishkhan::bench::benchRows(singles, batches * batchSize);
    Inserter inserter(db, insertSql);

    // (a) durable single enqueue: autocommit, so every INSERT is its own transaction and
    // waits for the WAL fsync (synchronous=FULL).
    QElapsedTimer timer;
    timer.start();
    for (const BenchRow& row : singleRows)
        inserter.insert(row);
    const double singleSeconds = double(timer.nsecsElapsed()) / 1e9;

    // (b) bulk: batchSize inserts inside one BEGIN IMMEDIATE ... COMMIT, like Transaction.
    timer.restart();
    const std::clock_t cpuStart = std::clock();
    for (qint64 b = 0; b < batches; ++b) {
        exec(db, u"BEGIN IMMEDIATE"_s);
        for (qint64 i = 0; i < batchSize; ++i)
            inserter.insert(bulkRows[b * batchSize + i]);
        exec(db, u"COMMIT"_s);
    }
    const double bulkSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double bulkCpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    const qint64 expected = singles + batches * batchSize;
    if (queryText(db, u"SELECT count(*) FROM outbox"_s).toLongLong() != expected)
        fail(u"row count differs from "_s + QString::number(expected));
    if (sqlite3_close(db) != SQLITE_OK)
        fail(u"closing "_s + path);

    const QString line =
        QLatin1String(pishkhan::bench::kBaselineTag) + u" sqlite_version="_s +
        QString::fromLatin1(sqlite3_libversion()) + u" single_commits="_s +
        QString::number(singles) + u" single_seconds="_s + QString::number(singleSeconds, 'f', 4) +
        u" single_commit_per_s="_s + rate(double(singles), singleSeconds) + u" bulk_rows="_s +
        QString::number(batches * batchSize) + u" bulk_seconds="_s +
        QString::number(bulkSeconds, 'f', 4) + u" bulk_rows_per_s="_s +
        rate(double(batches * batchSize), bulkSeconds) + u" bulk_cpu_us_per_row="_s +
        QString::number(bulkCpuSeconds * 1e6 / double(batches * batchSize), 'f', 1);
    std::printf("%s\n", line.toUtf8().constData());
    return 0;
}
