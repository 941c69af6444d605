// Follow-up search benchmark: an encrypted outbox of 1,000,000 requests (a year of them, about
// five per citizen, eight clerks), searched by national code, tracking code and day range — the
// first page (50 rows) as the follow-up screen asks for it, through the product's
// FollowUpLookup — against the same schema, indexes and rows in an unencrypted database of the
// same SQLite engine, in the same run. Then the window's side: searches run through
// FollowUpSearchWorker while a 5 ms QTimer on the main thread records the longest gap between
// its ticks (the event loop must never be held up for more than 50 ms).
// Prints p50/p99 in ms, the ratio and the longest gap; asserts nothing about time.
//   bench_followup [--rows N] [--smoke] [--dir DIR]
// Full run (about a minute or two): cmake --build <build dir> --target run_bench_followup
#include "core/SolarHijri.h"
#include "counter/FollowUpLookup.h"
#include "counter/FollowUpQuery.h"
#include "counter/FollowUpSearchWorker.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pishkhan;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kZone(QByteArrayLiteral("Asia/Tehran"));
constexpr int kClerks = 8;
constexpr int kPerCitizen = 5;
constexpr qint64 kDayMs = 86'400'000;
// 1 Farvardin 1404 at 00:00 Tehran, and one year of requests from there.
const qint64 kStart = QDateTime(QDate(2025, 3, 21), QTime(0, 0), kZone).toMSecsSinceEpoch();

QString nationalCode(qint64 citizen)
{
    // Nine digits from the citizen's number, then the check digit.
    QString nine = QString::number(100'000'000 + citizen * 7 % 800'000'000).right(9);
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nine[i].digitValue() * (10 - i);
    const int r = sum % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

QString trackingCode(qint64 i)
{
    const auto letter = [](qint64 n) { return QChar(u'A' + char16_t(n % 26)); };
    const qint64 block = i / 1'000'000;
    return u"1404-"_s + letter(block / 676) + letter(block / 26) + letter(block) + u'-' +
           QString::number(i % 1'000'000).rightJustified(6, u'0');
}

qint64 createdAt(qint64 i, qint64 rows)
{
    return kStart + i * (365 * kDayMs) / rows;
}

bool fill(Database& db, qint64 rows)
{
    if (!SchemaMigrator::migrate(db, SchemaMigrator::latestVersion()))
        return false;
    auto tx = Transaction::begin(db);
    if (!tx)
        return false;
    {
        auto insert = db.prepare(
            "INSERT INTO outbox (request_id, service_id, catalogue_version, national_code, mobile, "
            "citizen_name, payload, fee_reference, consent_token, consent_expires_at, state, "
            "attempt_count, next_attempt_at, tracking_code, created_at, updated_at, clerk_id) "
            "VALUES (?1, 'property-file', 1, ?2, ?3, 'زهرا احمدی', "
            "'{\"district\":6,\"fields\":{\"renovation_code\":\"6-12-345-17-0-0-0\"}}', '', "
            "'consent', 0, ?4, 0, ?5, ?6, ?5, ?5, ?7)");
        if (!insert)
            return false;
        const qint64 citizens = std::max<qint64>(1, rows / kPerCitizen);
        for (qint64 i = 0; i < rows; ++i) {
            const bool accepted = i % 10 != 0;
            const QString id =
                u"00000000-0000-4000-8000-"_s + QString::number(i).rightJustified(12, u'0');
            const Status s = insert->execute(std::initializer_list<SqlValue>{
                id, nationalCode(i % citizens),
                QString(u"0912"_s + QString::number(1'000'000 + i % 9'000'000).right(7)),
                accepted ? u"accepted"_s : u"queued"_s, createdAt(i, rows),
                accepted ? SqlValue(trackingCode(i)) : SqlValue(), u"clerk%1"_s.arg(i % kClerks)});
            if (!s)
                return false;
        }
    }
    return tx->commit().ok();
}

struct Figures
{
    double p50 = 0;
    double p99 = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    return {ms.at(ms.size() / 2),
            ms.at(std::min<qsizetype>(ms.size() - 1, (ms.size() * 99 + 99) / 100 - 1))};
}

QList<FollowUpQuery> queries(const QString& kind, qint64 rows, int count)
{
    QRandomGenerator random(42); // the same questions for both databases
    const qint64 citizens = std::max<qint64>(1, rows / kPerCitizen);
    QList<FollowUpQuery> out;
    for (int n = 0; n < count; ++n) {
        FollowUpQuery::Criteria c;
        if (kind == u"national code")
            c.text = nationalCode(random.bounded(citizens));
        else if (kind == u"tracking code")
            c.text = trackingCode(random.bounded(rows / 10) * 10 + 1);
        else {
            const QDate day = QDate(2025, 3, 21).addDays(random.bounded(358));
            const auto jalali = [](QDate d) {
                const auto p = SolarHijri::calendar().partsFromDate(d);
                return u"%1/%2/%3"_s.arg(p.year).arg(p.month).arg(p.day);
            };
            c.fromDay = jalali(day);
            c.toDay = jalali(day.addDays(6));
        }
        auto q = FollowUpQuery::parse(c, kZone);
        if (q)
            out.append(*q);
    }
    return out;
}

// First pages of each query, timed one by one.
std::optional<Figures> run(FollowUpLookup& lookup, const QList<FollowUpQuery>& qs)
{
    QList<double> ms;
    for (const FollowUpQuery& q : qs) {
        QElapsedTimer t;
        t.start();
        auto page = lookup.search(q);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!page || page->records.isEmpty())
            return std::nullopt;
    }
    return figures(ms);
}

QByteArray randomKey()
{
    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    qint64 rows = smoke ? 2'000 : 1'000'000;
    QString dir = QDir::currentPath();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rows")
            rows = args[i + 1].toLongLong();
        if (args[i] == u"--dir")
            dir = args[i + 1];
    }
    const int perKind = smoke ? 20 : 500;
    const QByteArray key = randomKey();
    const QString encryptedPath = QDir(dir).filePath(u"bench_followup_%1_encrypted.db"_s.arg(rows));
    const QString plainPath = QDir(dir).filePath(u"bench_followup_%1_plain.db"_s.arg(rows));
    for (const QString& p : {encryptedPath, plainPath})
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(p + suffix);

    std::printf("follow-up search over %lld requests, first page of %d, %d queries per kind\n",
                rows, FollowUpQuery::kDefaultPageSize, perKind);
    QMap<QString, Figures> encryptedFigures;
    for (const auto& [path, rawKey, label] : {std::tuple{encryptedPath, key, "SQLCipher"},
                                              std::tuple{plainPath, QByteArray(), "plain"}}) {
        auto db = Database::open(path, rawKey);
        if (!db || !db->enableWal()) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!fill(*db, rows)) {
            std::fprintf(stderr, "cannot fill %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%-10s %lld rows written in %.1f s\n", label, rows, t.elapsed() / 1000.0);
        LedgerStore ledger(*db);
        FollowUpLookup lookup(*db, ledger);
        for (const QString& kind : {u"national code"_s, u"tracking code"_s, u"day range"_s}) {
            const auto f = run(lookup, queries(kind, rows, perKind));
            if (!f) {
                std::fprintf(stderr, "%s: a search failed or found nothing\n", qPrintable(kind));
                return 1;
            }
            std::printf("%-10s %-14s p50 %7.2f ms   p99 %7.2f ms\n", label, qPrintable(kind),
                        f->p50, f->p99);
            if (rawKey.isEmpty()) {
                const Figures& e = encryptedFigures[kind];
                std::printf("%-10s %-14s SQLCipher/plain p50 %.2fx  p99 %.2fx\n", "ratio",
                            qPrintable(kind), f->p50 > 0 ? e.p50 / f->p50 : 0.0,
                            f->p99 > 0 ? e.p99 / f->p99 : 0.0);
            } else {
                encryptedFigures[kind] = *f;
            }
        }
    }

    // The window's side: the worker runs the searches one after another (each new one when the
    // last page arrives) while a timer on this thread measures how long the loop is held up.
    qRegisterMetaType<FollowUpResultPage>();
    qRegisterMetaType<Error>();
    FollowUpSearchWorker worker(encryptedPath, key);
    QList<FollowUpQuery> all = queries(u"national code"_s, rows, perKind);
    all += queries(u"day range"_s, rows, perKind);
    all += queries(u"tracking code"_s, rows, perKind);
    qsizetype next = 0;
    int failures = 0;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    const auto ask = [&] {
        if (next < all.size())
            worker.search(all[next++]);
        else
            app.quit();
    };
    QObject::connect(&worker, &FollowUpSearchWorker::pageReady, ask);
    QObject::connect(&worker, &FollowUpSearchWorker::failed, [&] {
        ++failures;
        ask();
    });
    QTimer::singleShot(0, [&] {
        clock.start();
        last = 0;
        ticker.start();
        ask();
    });
    QElapsedTimer total;
    total.start();
    app.exec();
    std::printf("worker: %lld searches in %.2f s, %d failed; longest gap between 5 ms ticks on "
                "the main thread: %.2f ms (limit 50 ms)\n",
                qint64(all.size()), total.elapsed() / 1000.0, failures, longest / 1e6);
    for (const QString& p : {encryptedPath, plainPath})
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(p + suffix);
    return failures == 0 ? 0 : 1;
}
