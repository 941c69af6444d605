// bench_store: how fast the encrypted store takes citizen requests, against plain SQLite.
//
// Runs (a) durable single enqueue — every OutboxStore::enqueue() its own commit, WAL with
// synchronous=FULL — and (b) bulk insert — batches of enqueue() inside one Transaction — on the
// product's SQLCipher store, then launches bench_store_baseline, which does the same on the
// system's plain SQLite with the same schema, pragmas, INSERT and rows (the spec file this
// program writes makes them the same by construction). Rounds alternate A (SQLCipher) and
// B (SQLite) so machine drift hits both; the ratios of the medians are printed last.
// Benches report, tests judge: the exit code is 0 whatever the ratio, non-zero only when the
// benchmark itself could not run.
//
// Why the ratio is what it is:
//  - A single commit appends a few pages to the WAL (table leaf, the request_id, due and
//    national_code index leaves) and then fsyncs it. SQLCipher encrypts and MACs each of those
//    4 KiB pages (AES-256-CBC + HMAC-SHA1, a few microseconds with AES-NI) while the fsync costs
//    around a millisecond or more, so the single-commit ratio sits near 1; run to run it moves
//    with the disk's fsync latency (on a shared VM by tens of percent either way), which is why
//    rounds alternate and medians are compared.
//  - Bulk commits spread one fsync over 1,000 rows, so CPU dominates (compare the "us CPU/row"
//    figures with the wall time per row). Encryption is paid per page, not per row: about ten
//    rows share a page, so under perf libcrypto is only ~4% of bench_store's CPU. The bulk of a
//    row's CPU is the same on both sides — enqueue() prepares its INSERT per call (parser, CHECK
//    and four indices), Qt's UUID and JSON validation, UTF-8 conversion, malloc — and dilutes
//    the crypto cost, so the bulk ratio lands around 0.9 rather than far lower.
//  - Debian's SQLCipher 3.4.1 carries SQLite 3.15.2, the baseline uses the system's SQLite
//    3.40: years of engine CPU optimisations (prepare, b-tree, VDBE) are billed to "SQLCipher"
//    too. The ratio is the product store against the best plain SQLite on the machine, not the
//    pure price of encryption.
//
//   bench_store [--baseline PATH] [--dir DIR] [--rounds N] [--single N] [--bulk-batches B]
//               [--batch-size S] [--smoke]

#include "BenchRows.h"

#include "storage/Database.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <sqlcipher/sqlite3.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace pishkhan;
using pishkhan::bench::BenchRow;

namespace {

void say(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_store: %s\n", what.toUtf8().constData());
    std::exit(1);
}

template<typename T>
T take(Result<T> result, const QString& what)
{
    if (!result)
        fail(what + u": "_s + result.error().message());
    return std::move(result).value();
}

void check(const Status& status, const QString& what)
{
    if (!status)
        fail(what + u": "_s + status.error().message());
}

struct Rates
{
    double singlePerSecond = 0;
    double bulkRowsPerSecond = 0;
    // Process CPU time per bulk row: shows how much of a bulk row is CPU (where encryption
    // costs) rather than waiting for the disk.
    double bulkCpuMicrosPerRow = 0;
};

struct Plan
{
    qint64 singles = 500;
    qint64 batches = 20;
    qint64 batchSize = 1000;
};

OutboxEntry toEntry(const BenchRow& row)
{
    OutboxEntry e;
    e.requestId = row.requestId;
    e.serviceId = row.serviceId;
    e.catalogueVersion = row.catalogueVersion;
    e.nationalCode = row.nationalCode;
    e.mobile = row.mobile;
    e.citizenName = row.citizenName;
    e.payload = row.payload;
    e.feeReference = row.feeReference;
    e.consentToken = row.consentToken;
    e.consentExpiresAt = row.consentExpiresAt;
    return e;
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

bool startsWithPlainHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

int captureInsert(unsigned type, void* context, void* p, void*)
{
    if (type == SQLITE_TRACE_STMT) {
        const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(p));
        if (sql && QByteArray(sql).trimmed().startsWith("INSERT INTO outbox"))
            *static_cast<QByteArray*>(context) = sql;
    }
    return 0;
}

// Opens a throw-away store the product's way and writes what the baseline needs to build the
// same database: the schema as SQLite stores it, the settings the store ends up with, and the
// INSERT text enqueue() really runs (caught with a trace hook rather than copied, so a change
// in app/storage reaches the baseline without anyone editing it).
void writeSpec(const QString& dir, const QByteArray& key, const QString& specPath)
{
    const QString path = dir + u"/spec-probe.db"_s;
    {
        LocalStore store = take(LocalStore::open(path, key), u"opening the probe store"_s);
        Database& db = store.database();

        QByteArray insertSql;
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, captureInsert, &insertSql);
        OutboxStore outbox(db);
        const BenchRow row = bench::benchRow(-1);
        check(outbox.enqueue(toEntry(row), row.now), u"probe enqueue"_s);
        sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
        if (insertSql.isEmpty())
            fail(u"enqueue() ran no INSERT INTO outbox that the trace could see"_s);

        QJsonArray schema;
        Statement stmt = take(db.prepare("SELECT sql FROM sqlite_master WHERE sql NOT NULL AND "
                                         "name NOT LIKE 'sqlite_%' ORDER BY rowid"),
                              u"reading the schema"_s);
        while (take(stmt.step(), u"reading the schema"_s))
            schema.append(stmt.columnText(0));

        QJsonObject pragmas;
        for (const char* name : {"page_size", "synchronous", "wal_autocheckpoint", "cache_size",
                                 "temp_store", "foreign_keys"}) {
            const QByteArray sql = QByteArray("PRAGMA ") + name;
            pragmas.insert(QLatin1String(name),
                           take(db.queryInt64(sql.constData()), QString::fromUtf8(sql)));
        }
        pragmas.insert(QLatin1String(bench::kSpecJournalMode),
                       take(db.queryText("PRAGMA journal_mode"), u"journal_mode"_s));

        const QJsonObject spec{
            {QLatin1String(bench::kSpecSchema), schema},
            {QLatin1String(bench::kSpecUserVersion), SchemaMigrator::latestVersion()},
            {QLatin1String(bench::kSpecInsert), QString::fromUtf8(insertSql)},
            {QLatin1String(bench::kSpecPragmas), pragmas},
        };
        QFile file(specPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(spec).toJson()) < 0)
            fail(u"cannot write "_s + specPath);
        say(u"store settings: "_s +
            QString::fromUtf8(QJsonDocument(pragmas).toJson(QJsonDocument::Compact)));
    }
    removeDatabase(path);
}

Rates runStore(const QString& path, const QByteArray& key, const Plan& plan)
{
    removeDatabase(path);
    const QList<BenchRow> singleRows = bench::benchRows(0, plan.singles);
    const QList<BenchRow> bulkRows = bench::benchRows(plan.singles, plan.batches * plan.batchSize);
    QList<OutboxEntry> singleEntries;
    QList<OutboxEntry> bulkEntries;
    for (const BenchRow& row : singleRows)
        singleEntries.append(toEntry(row));
    for (const BenchRow& row : bulkRows)
        bulkEntries.append(toEntry(row));

    Rates rates;
    {
        LocalStore store = take(LocalStore::open(path, key), u"opening "_s + path);
        Database& db = store.database();
        if (take(db.queryInt64("PRAGMA synchronous"), u"synchronous"_s) != 2)
            fail(u"the store is not at synchronous=FULL"_s);
        OutboxStore outbox(db);

        // (a) enqueue() runs one INSERT in autocommit mode: one durable commit per request.
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < singleEntries.size(); ++i)
            check(outbox.enqueue(singleEntries[i], singleRows[i].now), u"enqueue"_s);
        const double singleSeconds = double(timer.nsecsElapsed()) / 1e9;

        // (b) the same enqueue() inside a Transaction joins it (it opens none of its own), so a
        // batch is one commit.
        timer.restart();
        const std::clock_t cpuStart = std::clock();
        for (qint64 b = 0; b < plan.batches; ++b) {
            Transaction tx = take(Transaction::begin(db), u"begin"_s);
            for (qint64 i = b * plan.batchSize; i < (b + 1) * plan.batchSize; ++i)
                check(outbox.enqueue(bulkEntries[i], bulkRows[i].now), u"bulk enqueue"_s);
            check(tx.commit(), u"commit"_s);
        }
        const double bulkSeconds = double(timer.nsecsElapsed()) / 1e9;
        const double bulkCpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

        const qint64 expected = plan.singles + plan.batches * plan.batchSize;
        if (take(db.queryInt64("SELECT count(*) FROM outbox"), u"count"_s) != expected)
            fail(u"row count differs from "_s + QString::number(expected));
        rates.singlePerSecond = double(plan.singles) / singleSeconds;
        rates.bulkRowsPerSecond = double(plan.batches * plan.batchSize) / bulkSeconds;
        rates.bulkCpuMicrosPerRow = bulkCpuSeconds * 1e6 / double(plan.batches * plan.batchSize);
    }
    if (startsWithPlainHeader(path))
        fail(path + u" is not encrypted"_s);
    removeDatabase(path);
    return rates;
}

struct BaselineRun
{
    Rates rates;
    QString sqliteVersion;
};

BaselineRun runBaseline(const QString& program, const QString& specPath, const QString& path,
                        const Plan& plan)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, {u"--spec"_s, specPath, u"--db"_s, path, u"--single"_s,
                            QString::number(plan.singles), u"--bulk-batches"_s,
                            QString::number(plan.batches), u"--batch-size"_s,
                            QString::number(plan.batchSize)});
    if (!process.waitForStarted())
        fail(u"cannot start "_s + program + u": "_s + process.errorString());
    if (!process.waitForFinished(15 * 60 * 1000))
        fail(program + u" did not finish"_s);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(program + u" failed with exit code "_s + QString::number(process.exitCode()));

    BaselineRun run;
    bool found = false;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String(bench::kBaselineTag) + u' '))
            continue;
        found = true;
        for (const QString& field : line.split(u' ', Qt::SkipEmptyParts)) {
            const QString name = field.section(u'=', 0, 0);
            const QString value = field.section(u'=', 1);
            if (name == u"single_commit_per_s"_s)
                run.rates.singlePerSecond = value.toDouble();
            else if (name == u"bulk_rows_per_s"_s)
                run.rates.bulkRowsPerSecond = value.toDouble();
            else if (name == u"bulk_cpu_us_per_row"_s)
                run.rates.bulkCpuMicrosPerRow = value.toDouble();
            else if (name == u"sqlite_version"_s)
                run.sqliteVersion = value;
        }
    }
    if (!found || run.rates.singlePerSecond <= 0 || run.rates.bulkRowsPerSecond <= 0)
        fail(program + u" printed no result line: "_s + out);
    if (!startsWithPlainHeader(path))
        fail(path + u" is not a plain SQLite database"_s);
    removeDatabase(path);
    return run;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString rateLine(const QString& label, const Rates& r)
{
    return label + u"single_commit "_s + fixed(r.singlePerSecond).rightJustified(8) +
           u" enqueues/s   bulk "_s + fixed(r.bulkRowsPerSecond).rightJustified(9) +
           u" rows/s ("_s + fixed(r.bulkCpuMicrosPerRow) + u" us CPU/row)"_s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Encrypted store throughput against plain SQLite."_s);
    parser.addHelpOption();
    const QCommandLineOption baselineOpt(
        u"baseline"_s, u"bench_store_baseline executable (default: beside this one)."_s, u"path"_s);
    const QCommandLineOption dirOpt(
        u"dir"_s, u"Directory for the databases (default: beside this executable)."_s, u"dir"_s);
    const QCommandLineOption roundsOpt(u"rounds"_s, u"A/B rounds (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption singleOpt(u"single"_s, u"Single commits a round (default 500)."_s,
                                       u"n"_s, u"500"_s);
    const QCommandLineOption batchesOpt(
        u"bulk-batches"_s, u"Bulk transactions a round (default 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption sizeOpt(u"batch-size"_s, u"Rows a bulk transaction (default 1000)."_s,
                                     u"n"_s, u"1000"_s);
    const QCommandLineOption smokeOpt(
        u"smoke"_s, u"Tiny counts, one round: proves the bench runs, measures nothing."_s);
    parser.addOptions({baselineOpt, dirOpt, roundsOpt, singleOpt, batchesOpt, sizeOpt, smokeOpt});
    parser.process(app);

    Plan plan{parser.value(singleOpt).toLongLong(), parser.value(batchesOpt).toLongLong(),
              parser.value(sizeOpt).toLongLong()};
    int rounds = parser.value(roundsOpt).toInt();
    if (parser.isSet(smokeOpt)) {
        plan = Plan{5, 2, 50};
        rounds = 1;
    }
    if (rounds <= 0 || plan.singles <= 0 || plan.batches <= 0 || plan.batchSize <= 0)
        fail(u"counts must be positive"_s);

    const QString baseline = parser.isSet(baselineOpt) ? parser.value(baselineOpt)
                                                       : QCoreApplication::applicationDirPath() +
                                                             u"/bench_store_baseline"_s;
    if (!QFileInfo(baseline).isExecutable())
        fail(u"no baseline executable at "_s + baseline + u" (pass --baseline)"_s);

    // Under the build tree by default: /tmp may be a tmpfs, where fsync is free and the
    // single-commit figures would mean nothing.
    const QString parent =
        parser.isSet(dirOpt) ? parser.value(dirOpt) : QCoreApplication::applicationDirPath();
    QTemporaryDir work(parent + u"/bench_store-XXXXXX"_s);
    if (!work.isValid())
        fail(u"cannot create a directory under "_s + parent);
    const QStorageInfo storage(work.path());

    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->generate(key.begin(), key.end());

    const QString specPath = work.filePath(u"spec.json"_s);
    say(u"bench_store: SQLCipher "_s + QString::fromLatin1(sqlite3_libversion()) +
        u" engine (A) against plain SQLite (B, bench_store_baseline)"_s);
    say(u"work dir: "_s + work.path() + u" ("_s + QString::fromUtf8(storage.fileSystemType()) +
        u" on "_s + QString::fromUtf8(storage.device()) + u")"_s);
    if (storage.fileSystemType() == "tmpfs")
        say(u"warning: tmpfs has no real fsync; single-commit figures are not meaningful"_s);
    writeSpec(work.path(), key, specPath);

    qint64 payloadBytes = 0, payloadMin = 0, payloadMax = 0;
    for (const BenchRow& row : bench::benchRows(0, 1000)) {
        const qint64 size = row.payload.toUtf8().size();
        payloadBytes += size;
        payloadMin = payloadMin ? std::min(payloadMin, size) : size;
        payloadMax = std::max(payloadMax, size);
    }
    say(u"per round: "_s + QString::number(plan.singles) + u" single commits, "_s +
        QString::number(plan.batches) + u" x "_s + QString::number(plan.batchSize) +
        u" bulk rows; "_s + QString::number(rounds) + u" rounds A B A B; payload mean "_s +
        QString::number(payloadBytes / 1000) + u" bytes UTF-8 ("_s + QString::number(payloadMin) +
        u"–"_s + QString::number(payloadMax) + u")"_s);

    QList<double> storeSingle, storeBulk, storeCpu, baseSingle, baseBulk, baseCpu;
    QString sqliteVersion;
    for (int r = 1; r <= rounds; ++r) {
        const Rates a = runStore(work.filePath(u"store.db"_s), key, plan);
        storeSingle.append(a.singlePerSecond);
        storeBulk.append(a.bulkRowsPerSecond);
        storeCpu.append(a.bulkCpuMicrosPerRow);
        say(rateLine(u"round "_s + QString::number(r) + u" A sqlcipher "_s, a));

        const BaselineRun b =
            runBaseline(baseline, specPath, work.filePath(u"baseline.db"_s), plan);
        sqliteVersion = b.sqliteVersion;
        baseSingle.append(b.rates.singlePerSecond);
        baseBulk.append(b.rates.bulkRowsPerSecond);
        baseCpu.append(b.rates.bulkCpuMicrosPerRow);
        say(rateLine(u"round "_s + QString::number(r) + u" B sqlite    "_s, b.rates));
    }

    const Rates medianStore{bench::median(storeSingle), bench::median(storeBulk),
                            bench::median(storeCpu)};
    const Rates medianBase{bench::median(baseSingle), bench::median(baseBulk),
                           bench::median(baseCpu)};
    say(rateLine(u"median  A sqlcipher "_s, medianStore));
    say(rateLine(u"median  B sqlite    "_s, medianBase));
    say(u"engines: SQLCipher on SQLite "_s + QString::fromLatin1(sqlite3_libversion()) +
        u", baseline SQLite "_s + sqliteVersion);
    say(u"ratio single_commit sqlcipher/sqlite = "_s +
        fixed(medianStore.singlePerSecond / medianBase.singlePerSecond, 2) + u" (goal >= 0.80)"_s);
    say(u"ratio bulk sqlcipher/sqlite = "_s +
        fixed(medianStore.bulkRowsPerSecond / medianBase.bulkRowsPerSecond, 2) +
        u" (goal >= 0.70)"_s);
    return 0;
}
