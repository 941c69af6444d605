// bench_ledger_baseline: bench_ledger's plain-SQLite side. Reads the spec bench_ledger wrote
// (the product's v5 schema, the report SQL, the days and months), builds the same rows with
// the same pragmas on the system's SQLite, runs the same statements and the same chain walk,
// and prints one JSON line of figures. Its own process: nothing that links the product's
// storage may load libsqlite3.

#include <sqlite3.h>

#include "BenchLedgerSqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pishkhan::bench;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

int fail(const char* what)
{
    std::fprintf(stderr, "bench_ledger_baseline: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 2)
        return fail("usage: bench_ledger_baseline SPEC");
    QFile specFile(app.arguments()[1]);
    if (!specFile.open(QIODevice::ReadOnly))
        return fail("cannot read the spec");
    const QJsonObject spec = QJsonDocument::fromJson(specFile.readAll()).object();
    const QByteArray path = spec.value(u"db"_s).toString().toUtf8();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(QString::fromUtf8(path + suffix));
    sqlite3* db = nullptr;
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
        return fail("cannot open the database");
    // The product's pragmas (Database::open / enableWal), minus the cipher.
    const QByteArray schema = spec.value(u"schema"_s).toString().toUtf8();
    if (!execSql(db, "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; "
                     "PRAGMA synchronous = FULL;") ||
        !execSql(db, schema.constData()))
        return fail(sqlite3_errmsg(db));
    const qint64 rows = qint64(spec.value(u"rows"_s).toDouble());
    QElapsedTimer load;
    load.start();
    if (!loadLedger(db, rows, spec.value(u"days_in_year"_s).toInt()))
        return fail(sqlite3_errmsg(db));
    const double loadS = load.elapsed() / 1000.0;

    const QByteArray daySql = spec.value(u"day_sql"_s).toString().toUtf8();
    const QByteArray rangeSql = spec.value(u"range_sql"_s).toString().toUtf8();
    const QJsonArray days = spec.value(u"days"_s).toArray();
    (void)runReport(db, daySql.constData(), days.first().toString().toLatin1(), {}, false);
    QList<double> dayMs, monthMs;
    for (const QJsonValue& d : days) {
        QElapsedTimer t;
        t.start();
        if (runReport(db, daySql.constData(), d.toString().toLatin1(), {}, false) <= 0)
            return fail("day report returned nothing");
        dayMs << t.nsecsElapsed() / 1e6;
    }
    for (const QJsonValue& m : spec.value(u"months"_s).toArray()) {
        QElapsedTimer t;
        t.start();
        if (runReport(db, rangeSql.constData(), m.toArray()[0].toString().toLatin1(),
                      m.toArray()[1].toString().toLatin1(), true) <= 0)
            return fail("month report returned nothing");
        monthMs << t.nsecsElapsed() / 1e6;
    }
    QElapsedTimer vt;
    vt.start();
    const qint64 verified = verifyLedgerChain(db);
    const double verifyS = vt.nsecsElapsed() / 1e9;
    if (verified != rows)
        return fail("chain verification failed");
    sqlite3_close(db);
    const QJsonObject out{{u"sqlite_version"_s, QString::fromLatin1(sqlite3_libversion())},
                          {u"load_s"_s, loadS},
                          {u"day_ms"_s, median(dayMs)},
                          {u"month_ms"_s, median(monthMs)},
                          {u"verify_per_s"_s, rows / verifyS}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
