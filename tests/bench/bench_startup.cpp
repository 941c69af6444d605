// bench_startup: process start to the first frame of pishkhan-desk's window (the login screen,
// which appears before the training backend is ready), against a minimal Qt Widgets program
// (minimal_widgets) timed the same way in the same run. Goal: at most 1.5 times the minimal
// program.
//
// Each round runs, in turn: the minimal program; pishkhan-desk --training on a new, empty data
// folder (the store, its schema and the sandbox's files are created: a first start); and
// pishkhan-desk again on that folder (the store exists: every later start). The time is wall
// time from QProcess::start() to reading the "first-frame-ms" line each program prints once
// its first frame has been painted and handed to the window system (--bench-first-frame; for
// pishkhan-desk that is pishkhan-desk-bench, its start-up with the benchmark probe), so
// loading the libraries counts. One round first is not counted (disk cache, the training key
// created in the keychain). Medians are quoted; the ratio of medians is printed last. Benches
// report, tests judge: the exit code is non-zero only when the benchmark itself could not run.
//
// Needs a display and the Secret Service (tests/support/session.sh --keyring --display).
//
//   bench_startup --app PATH --minimal PATH [--dir DIR] [--runs N] [--smoke]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

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
    std::fprintf(stderr, "bench_startup: %s\n", what.toUtf8().constData());
    std::exit(1);
}

struct Sample
{
    double wallMs = 0;   // QProcess::start() to the line read
    double insideMs = 0; // what the program itself counted, from main() on
};

// Starts the program, waits for its first-frame line, then for it to quit (so runs never
// overlap).
Sample firstFrame(const QString& program, const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    process.start(program, args);
    if (!process.waitForStarted(30'000))
        fail(program + u": "_s + process.errorString());
    QByteArray output;
    Sample sample;
    while (sample.wallMs == 0) {
        if (!process.waitForReadyRead(60'000))
            fail(program + u" printed no first-frame line; exit code "_s +
                 QString::number(process.exitCode()) + u", output: "_s + QString::fromUtf8(output));
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("first-frame-ms ");
        const qsizetype end = at < 0 ? -1 : output.indexOf('\n', at);
        if (end >= 0) {
            sample.wallMs = double(wall.nsecsElapsed()) / 1e6;
            sample.insideMs = output.mid(at + 15, end - at - 15).trimmed().toDouble();
        }
    }
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        fail(program + u" did not quit cleanly after its first frame"_s);
    return sample;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double minimum(const QList<double>& v)
{
    return v.isEmpty() ? 0 : *std::min_element(v.cbegin(), v.cend());
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

struct Series
{
    QList<double> wall, inside;
    void add(const Sample& s)
    {
        wall << s.wallMs;
        inside << s.insideMs;
    }
    [[nodiscard]] QString describe() const
    {
        return u"median %1 ms, min %2 ms (from main(): median %3 ms)"_s.arg(
            fmt(median(wall)), fmt(minimum(wall)), fmt(median(inside)));
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOptions({{u"app"_s, u"pishkhan-desk binary"_s, u"path"_s},
                    {u"minimal"_s, u"minimal_widgets binary"_s, u"path"_s},
                    {u"dir"_s, u"folder for the data folders"_s, u"dir"_s, QDir::tempPath()},
                    {u"runs"_s, u"counted rounds"_s, u"n"_s, u"10"_s},
                    {u"smoke"_s, u"two rounds, no meaning in the figures"_s}});
    cli.process(app);
    const bool smoke = cli.isSet(u"smoke"_s);
    const int runs = smoke ? 2 : qMax(1, cli.value(u"runs"_s).toInt());
    const QString desk = cli.value(u"app"_s);
    const QString minimal = cli.value(u"minimal"_s);
    if (desk.isEmpty() || minimal.isEmpty())
        fail(u"--app and --minimal are required"_s);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        fail(u"no display: run inside tests/support/session.sh --keyring --display"_s);

    say(u"bench_startup: %1 rounds (+1 not counted), each: minimal Qt Widgets, pishkhan-desk on a "
        u"new data folder, pishkhan-desk again on that folder; QPA %2"_s.arg(runs)
            .arg(qEnvironmentVariable("QT_QPA_PLATFORM", u"default"_s)));

    Series base, cold, warm;
    for (int round = 0; round <= runs; ++round) {
        QTemporaryDir data(cli.value(u"dir"_s) + u"/bench-startup-XXXXXX"_s);
        if (!data.isValid())
            fail(u"cannot create a data folder under "_s + cli.value(u"dir"_s));
        const QStringList deskArgs{u"--training"_s, u"--data-dir"_s, data.path(),
                                   u"--bench-first-frame"_s};
        const Sample b = firstFrame(minimal, {u"--bench-first-frame"_s});
        const Sample c = firstFrame(desk, deskArgs);
        const Sample w = firstFrame(desk, deskArgs);
        if (round == 0)
            continue; // warm-up
        base.add(b);
        cold.add(c);
        warm.add(w);
    }

    say(u"  minimal Qt Widgets:                 "_s + base.describe());
    say(u"  pishkhan-desk, new data folder:     "_s + cold.describe());
    say(u"  pishkhan-desk, existing store:      "_s + warm.describe());
    const double baseMedian = median(base.wall);
    say(u"ratio first frame, existing store, pishkhan-desk / minimal Qt: %1 (goal <= 1.5)"_s.arg(
        fmt(median(warm.wall) / baseMedian, 2)));
    say(u"RATIO first frame pishkhan-desk / minimal Qt: %1 (goal <= 1.5)"_s.arg(
        fmt(median(cold.wall) / baseMedian, 2)));
    return 0;
}
