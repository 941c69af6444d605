// bench_memory: pishkhan-desk's resident memory once it has opened a store holding a year of
// 1,000,000 ledger entries and loaded the service catalogue, against the same start on an empty
// store. Goal: at most 120 MB.
//
// The store is made once and kept under --dir, named by kStoreVersion, the schema version and
// the row count, so later runs reuse it: LocalStore::open (the app's path: schema migrated to
// the newest version), then the rows bench_ledger loads (BenchLedgerRows: fees, voids and
// reprints over 365 business days, hash-chained as the product does). Its key is random and
// kept in a file beside it — the data is synthetic, and the keychain of a benchmark session
// does not outlive the session.
//
// Each run copies the store into a new data folder, puts its key in the keychain under the
// training key name, and starts pishkhan-desk --training --data-dir <folder> --bench-memory
// (the build of pishkhan-desk's start-up with the benchmark probe, pishkhan-desk-bench),
// which prints "rss-kb N" (VmRSS) once the runtime is ready, the catalogue loaded (first start:
// fetched from the in-process sandbox) and the login window painted. The training key the
// keychain held before is put back at the end. Benches report, tests judge: the exit code is
// non-zero only when the benchmark itself could not run.
//
// Needs a display and the Secret Service (tests/support/session.sh --keyring --display).
//
//   bench_memory --app PATH [--dir DIR] [--rows N] [--runs N] [--smoke]

#include <sqlcipher/sqlite3.h>

#include "BenchLedgerSqlite.h"

#include "counter/StoreLocation.h"
#include "security/KeyVault.h"
#include "storage/LocalStore.h"
#include "storage/SchemaMigrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {

// Bump when the generated rows or the way the store is made change.
constexpr int kStoreVersion = 1;

std::function<void()> g_restoreKey;

void say(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "bench_memory: %s\n", what.toUtf8().constData());
    if (g_restoreKey)
        g_restoreKey();
    std::exit(1);
}

// The app's training key entry, as pishkhan-desk --training names it.
KeyVault trainingVault()
{
    const StoreLocation training(QDir::tempPath(), true);
    return KeyVault(training.keychainService(), training.storeKeyName());
}

// The cached store and its key; made when missing.
struct BenchStore
{
    QString path;
    QByteArray key;
};

BenchStore benchStore(const QString& dir, qint64 rows)
{
    const QString folder = QDir(dir).filePath(u"bench-memory-v%1-schema%2-%3"_s.arg(kStoreVersion)
                                                  .arg(SchemaMigrator::latestVersion())
                                                  .arg(rows));
    const BenchStore store{StoreLocation(folder, true).storePath(), {}};
    const QString keyPath = folder + u"/store-key.hex"_s;
    const QString donePath = folder + u"/complete"_s;
    if (QFile::exists(donePath)) {
        QFile keyFile(keyPath);
        if (keyFile.open(QIODevice::ReadOnly))
            return {store.path, QByteArray::fromHex(keyFile.readAll().trimmed())};
    }

    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        fail(u"cannot create "_s + folder);
    auto key = KeyVault::generateKey();
    if (!key)
        fail(key.error().message());
    QElapsedTimer load;
    load.start();
    {
        auto opened = LocalStore::open(store.path, *key);
        if (!opened)
            fail(opened.error().message());
        sqlite3* db = opened->database().handle();
        if (!bench::loadLedger(db, rows, 365))
            fail(u"loading the ledger failed: "_s + QString::fromUtf8(sqlite3_errmsg(db)));
        // Leave one file to copy: the WAL folded into the database.
        if (!bench::execSql(db, "PRAGMA wal_checkpoint(TRUNCATE)"))
            fail(u"checkpoint failed"_s);
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(key->toHex()) < 0)
        fail(u"cannot write "_s + keyPath);
    keyFile.close();
    QFile done(donePath);
    if (!done.open(QIODevice::WriteOnly))
        fail(u"cannot write "_s + donePath);
    say(u"  made the store with %1 entries in %2 s: %3 (%4 MB)"_s.arg(rows)
            .arg(QString::number(load.elapsed() / 1000.0, 'f', 1), store.path)
            .arg(QFileInfo(store.path).size() / (1024 * 1024)));
    return {store.path, *key};
}

// One start of the app on a new data folder holding a copy of `source` (none: empty store).
// Returns VmRSS in kB.
qint64 residentKb(const QString& app, const QString& dir, const std::optional<BenchStore>& source)
{
    // A folder of its own, so a smoke test and a full run can share --dir.
    QTemporaryDir folder(QDir(dir).filePath(u"bench-memory-run-XXXXXX"_s));
    if (!folder.isValid())
        fail(u"cannot create a data folder under "_s + dir);
    const QString data = folder.path();
    if (source) {
        if (!QFile::copy(source->path, StoreLocation(data, true).storePath()))
            fail(u"cannot copy "_s + source->path);
        if (const Status written = trainingVault().writeKey(source->key); !written)
            fail(written.error().message());
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(app, {u"--training"_s, u"--data-dir"_s, data, u"--bench-memory"_s});
    if (!process.waitForStarted(30'000))
        fail(app + u": "_s + process.errorString());
    if (!process.waitForFinished(300'000))
        fail(u"pishkhan-desk did not report within 5 minutes"_s);
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype at = output.indexOf("rss-kb ");
    if (process.exitCode() != 0 || at < 0)
        fail(u"pishkhan-desk did not report its memory (exit code %1): %2"_s.arg(
            QString::number(process.exitCode()), QString::fromUtf8(output)));
    const qsizetype end = output.indexOf('\n', at);
    bool ok = false;
    const qint64 kb = output.mid(at + 7, end < 0 ? -1 : end - at - 7).trimmed().toLongLong(&ok);
    if (!ok)
        fail(u"unreadable memory report: "_s + QString::fromUtf8(output));
    // The app must have opened the copy, not set it aside for a new, empty store.
    if (source &&
        QFileInfo(StoreLocation(data, true).storePath()).size() < QFileInfo(source->path).size())
        fail(u"pishkhan-desk did not open the copied store"_s);
    return kb;
}

double medianMb(QList<qint64> kb)
{
    std::sort(kb.begin(), kb.end());
    return kb.isEmpty() ? 0 : double(kb[kb.size() / 2]) / 1024.0;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOptions({{u"app"_s, u"pishkhan-desk binary"_s, u"path"_s},
                    {u"dir"_s, u"folder for the kept store and the data folders"_s, u"dir"_s,
                     QDir::tempPath()},
                    {u"rows"_s, u"ledger entries"_s, u"n"_s, u"1000000"_s},
                    {u"runs"_s, u"starts of each kind (median quoted)"_s, u"n"_s, u"3"_s},
                    {u"smoke"_s, u"10,000 entries, one start each, no meaning in the figures"_s}});
    cli.process(app);
    const bool smoke = cli.isSet(u"smoke"_s);
    const qint64 rows = smoke ? 10'000 : cli.value(u"rows"_s).toLongLong();
    const int runs = smoke ? 1 : qMax(1, cli.value(u"runs"_s).toInt());
    const QString desk = cli.value(u"app"_s);
    const QString dir = cli.value(u"dir"_s);
    if (desk.isEmpty() || rows <= 0)
        fail(u"--app is required and --rows must be positive"_s);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        fail(u"no display: run inside tests/support/session.sh --keyring --display"_s);

    // Whatever training key this keychain held goes back at the end (the bench overwrites it).
    const auto before = trainingVault().readKey();
    if (!before)
        fail(before.error().message());
    const std::optional<QByteArray> previousKey = *before;
    g_restoreKey = [previousKey] {
        KeyVault vault = trainingVault();
        (void)(previousKey ? vault.writeKey(*previousKey) : vault.removeKey());
    };

    say(u"bench_memory: pishkhan-desk --training, resident memory once ready with the catalogue "
        u"loaded and the window painted; %1 start(s) of each kind"_s.arg(runs));
    const BenchStore store = benchStore(dir, rows);
    QList<qint64> emptyKb, fullKb;
    for (int i = 0; i < runs; ++i) {
        emptyKb << residentKb(desk, dir, std::nullopt);
        fullKb << residentKb(desk, dir, store);
    }
    g_restoreKey();
    g_restoreKey = nullptr;

    const double emptyMb = medianMb(emptyKb), fullMb = medianMb(fullKb);
    const QString entries = QLocale(QLocale::English).toString(rows);
    say(u"RSS after opening an empty store and the catalogue: %1 MB"_s.arg(fmt(emptyMb)));
    say(u"RSS after opening %1 entries and the catalogue: %2 MB (goal <= 120 MB)%3"_s.arg(
        entries, fmt(fullMb), smoke ? u" (smoke)"_s : QString()));
    say(u"RATIO RSS %1 entries / empty store: %2"_s.arg(entries, fmt(fullMb / emptyMb, 2)));
    return 0;
}
