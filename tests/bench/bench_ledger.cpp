// bench_ledger: the fee ledger's reports and chain verification at a year's scale, against the
// same SQL on plain SQLite.
//
// Loads 1,000,000 entries over 365 business days (about 2,700 a day: fees, a void and a reprint
// per hundred, cash and card) into the product's SQLCipher store with the product's schema
// (v5), then times what a supervisor waits for:
//   - the day report (LedgerReports::day, the product's code), median over 30 days — bar 50 ms;
//   - the one-month report (LedgerReports::range over a Solar Hijri month), median over 6
//     months — bar 500 ms;
//   - chain verification (LedgerStore::verifyChain) over all entries — bar 500,000 entries/s.
// Then it launches bench_ledger_baseline, which builds the same rows with the same schema,
// pragmas and SQL on the system's plain SQLite and runs the same statements and the same
// verification walk. Ratios (SQLCipher / plain) are printed last. Benches report, tests
// judge: the exit code is non-zero only when the benchmark itself could not run.
//
//   bench_ledger --baseline PATH [--dir DIR] [--rows N] [--smoke]

#include <sqlcipher/sqlite3.h>

#include "BenchLedgerSqlite.h"

#include "ledger/LedgerReports.h"
#include "ledger/LedgerStore.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"

#include <QCalendar>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace Qt::StringLiterals;
using namespace pishkhan;

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
    std::fprintf(stderr, "bench_ledger: %s\n", what.toUtf8().constData());
    std::exit(1);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Whole Solar Hijri months inside the loaded year: [first day, last day] as ISO dates.
QList<std::pair<QDate, QDate>> months(int count)
{
    const QCalendar jalali(QCalendar::System::Jalali);
    QList<std::pair<QDate, QDate>> list;
    for (int m = 2; m < 2 + count && m <= 12; ++m) {
        const QDate from = jalali.dateFromParts(1404, m, 1);
        const QDate to = m == 12 ? jalali.dateFromParts(1405, 1, 1).addDays(-1)
                                 : jalali.dateFromParts(1404, m + 1, 1).addDays(-1);
        list << std::pair{from, to};
    }
    return list;
}

QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOptions({{u"baseline"_s, u"bench_ledger_baseline binary"_s, u"path"_s},
                    {u"dir"_s, u"directory for the databases"_s, u"dir"_s, QDir::tempPath()},
                    {u"rows"_s, u"ledger entries"_s, u"n"_s, u"1000000"_s},
                    {u"smoke"_s, u"tiny run, no meaning in the figures"_s}});
    cli.process(app);
    const bool smoke = cli.isSet(u"smoke"_s);
    const qint64 rows = smoke ? 20'000 : cli.value(u"rows"_s).toLongLong();
    constexpr int kDays = 365;
    const QString dir = cli.value(u"dir"_s);
    const QString path = dir + u"/bench-ledger.db"_s;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);

    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    auto store = LocalStore::open(path, key);
    if (!store)
        fail(store.error().message());
    Database& db = store->database();
    say(u"bench_ledger: %1 entries over %2 business days; SQLCipher %3"_s.arg(rows).arg(kDays).arg(
        db.cipherVersion()));

    QElapsedTimer load;
    load.start();
    if (!bench::loadLedger(db.handle(), rows, kDays))
        fail(u"loading the SQLCipher ledger failed: "_s +
             QString::fromUtf8(sqlite3_errmsg(db.handle())));
    say(u"  SQLCipher load: %1 s"_s.arg(fmt(load.elapsed() / 1000.0, 1)));

    // Days spread over the year; months whole Solar Hijri months.
    QList<QDate> days;
    for (int i = 0; i < 30; ++i)
        days << bench::LedgerRowGenerator::firstDay().addDays(5 + i * (kDays - 10) / 30);
    const QList<std::pair<QDate, QDate>> monthList = months(6);

    LedgerReports reports(db);
    (void)reports.day(1, days.first()); // warm the page cache like a supervisor's second look
    QList<double> dayMs;
    for (const QDate& d : days) {
        QElapsedTimer t;
        t.start();
        auto r = reports.day(1, d);
        dayMs << t.nsecsElapsed() / 1e6;
        if (!r || r->totals.feeCount == 0)
            fail(u"day report failed for "_s + d.toString(Qt::ISODate));
    }
    QList<double> monthMs;
    for (const auto& [from, to] : monthList) {
        QElapsedTimer t;
        t.start();
        auto r = reports.range(1, from, to);
        monthMs << t.nsecsElapsed() / 1e6;
        if (!r || r->rows.isEmpty())
            fail(u"month report failed"_s);
    }
    LedgerStore ledger(db);
    QElapsedTimer vt;
    vt.start();
    auto chain = ledger.verifyChain();
    const double verifySec = vt.nsecsElapsed() / 1e9;
    if (!chain || chain->failure || chain->entriesChecked != rows)
        fail(u"chain verification failed: the generated rows do not match the product encoding"_s);
    const double cipherDay = median(dayMs), cipherMonth = median(monthMs);
    const double cipherRate = rows / verifySec;
    // The product's verifier for the whole file (pishkhanctl, restore): segments on their own
    // connections, one per core, seams checked after.
    const int workers = std::max(2, int(std::thread::hardware_concurrency()));
    QElapsedTimer pt;
    pt.start();
    auto parallel = LedgerStore::verifyChainParallel(path, key, workers);
    const double parallelRate = rows / (pt.nsecsElapsed() / 1e9);
    if (!parallel || parallel->failure || parallel->entriesChecked != rows ||
        parallel->lastHashHex != chain->lastHashHex)
        fail(u"the parallel chain walk disagrees with the single walk"_s);

    // The baseline: same schema (the product's v5 step), rows, SQL, days and months.
    QString schema;
    for (const MigrationStep& step : SchemaMigrator::steps())
        if (step.version == 5)
            schema = QString::fromUtf8(step.sql);
    QJsonArray dayArray, monthArray;
    for (const QDate& d : days)
        dayArray.append(d.toString(Qt::ISODate));
    for (const auto& [from, to] : monthList)
        monthArray.append(QJsonArray{from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    const QString specPath = dir + u"/bench-ledger-spec.json"_s;
    QFile spec(specPath);
    if (!spec.open(QIODevice::WriteOnly))
        fail(u"cannot write "_s + specPath);
    spec.write(
        QJsonDocument(QJsonObject{{u"rows"_s, rows},
                                  {u"days_in_year"_s, kDays},
                                  {u"schema"_s, schema},
                                  {u"day_sql"_s, QString::fromUtf8(LedgerReports::kDaySql)},
                                  {u"range_sql"_s, QString::fromUtf8(LedgerReports::kRangeSql)},
                                  {u"days"_s, dayArray},
                                  {u"months"_s, monthArray},
                                  {u"db"_s, QString(dir + u"/bench-ledger-baseline.db"_s)}})
            .toJson());
    spec.close();
    QProcess baseline;
    baseline.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    baseline.start(cli.value(u"baseline"_s), {specPath});
    if (!baseline.waitForStarted(10000) || !baseline.waitForFinished(600000) ||
        baseline.exitCode() != 0)
        fail(u"the baseline did not run: "_s + baseline.errorString());
    const QList<QByteArray> lines = baseline.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject base = QJsonDocument::fromJson(lines.last()).object();
    if (base.isEmpty())
        fail(u"the baseline answered no JSON"_s);
    const double baseDay = base.value(u"day_ms"_s).toDouble();
    const double baseMonth = base.value(u"month_ms"_s).toDouble();
    const double baseRate = base.value(u"verify_per_s"_s).toDouble();
    say(u"  plain SQLite %1 load: %2 s"_s.arg(base.value(u"sqlite_version"_s).toString(),
                                              fmt(base.value(u"load_s"_s).toDouble(), 1)));

    auto bar = [smoke](bool ok) { return smoke ? u"(smoke)"_s : ok ? u"ok"_s : u"MISSED"_s; };
    say(u"  day report (median of %1):   SQLCipher %2 ms, plain SQLite %3 ms   [bar 50 ms: %4]"_s
            .arg(days.size())
            .arg(fmt(cipherDay), fmt(baseDay), bar(cipherDay <= 50)));
    say(u"  month report (median of %1): SQLCipher %2 ms, plain SQLite %3 ms   [bar 500 ms: %4]"_s
            .arg(monthList.size())
            .arg(fmt(cipherMonth), fmt(baseMonth), bar(cipherMonth <= 500)));
    say(u"  chain verification, 1 thread: SQLCipher %1 entries/s, plain SQLite %2 entries/s"_s.arg(
        fmt(cipherRate, 0), fmt(baseRate, 0)));
    say(u"  chain verification, %1 threads (verifyChainParallel): SQLCipher %2 entries/s   "
        u"[bar 500,000/s: %3]"_s.arg(workers)
            .arg(fmt(parallelRate, 0), bar(parallelRate >= 500'000)));
    say(u"ratio day report   (SQLCipher time / plain SQLite time): %1"_s.arg(
        fmt(cipherDay / baseDay)));
    say(u"ratio month report (SQLCipher time / plain SQLite time): %1"_s.arg(
        fmt(cipherMonth / baseMonth)));
    say(u"ratio verification, 1 thread (SQLCipher rate / plain SQLite rate): %1"_s.arg(
        fmt(cipherRate / baseRate)));
    say(u"ratio verification, %1 threads / plain SQLite 1 thread: %2"_s.arg(workers).arg(
        fmt(parallelRate / baseRate)));
    return 0;
}
