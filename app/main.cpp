#include "VersionInfo.h"
#include "counter/DeskRuntime.h"
#include "counter/DeskSettings.h"
#include "counter/SelfTest.h"
#include "security/KeyVault.h"
#include "security/LogSink.h"
#include "security/StoreOpener.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "ui/FirstRunDialog.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {

// Exit codes, documented in README.md.
enum ExitCode {
    ExitOk = 0,
    ExitSelfTestFailed = 1,
    ExitUsage = 2,
    ExitKeychain = 3,
    ExitStore = 4,
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int reportStoreError(const Error& error, const QString& path)
{
    err() << "pishkhan-desk: " << error.message() << Qt::endl;
    if (error.code().startsWith(u"keychain."_s))
        return ExitKeychain;
    const bool damaged =
        error.code() == u"storage.not_a_database"_s || error.code() == u"storage.corrupt"_s ||
        error.code() == u"storage.wrong_key"_s || error.code() == u"storage.plaintext_database"_s;
    if (damaged)
        err() << "The file was left exactly as it was: " << QDir::toNativeSeparators(path) << '\n'
              << "To keep it and start a new, empty store, run again with --move-aside."
              << Qt::endl;
    return ExitStore;
}

// --self-test: one line per step as it finishes, then the verdict.
int runSelfTest()
{
    out() << "Pishkhan Desk " << QStringLiteral(PISHKHAN_VERSION) << " self-test" << Qt::endl;
    SelfTest test;
    QObject::connect(&test, &SelfTest::stepFinished, [](const SelfTest::Step& step) {
        out() << (step.ok ? "ok      " : "FAILED  ") << step.name << " (" << step.elapsedMs
              << " ms): " << step.detail << Qt::endl;
    });
    QElapsedTimer timer;
    timer.start();
    const bool passed = test.run();
    out() << (passed ? "self-test passed" : "self-test FAILED") << " in " << timer.elapsed()
          << " ms" << Qt::endl;
    return passed ? ExitOk : ExitSelfTestFailed;
}

} // namespace

// The store report of the command line (what --check-store prints); also --version and
// --help. Runs without a display.
int runCli(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Pishkhan"_s);
    QCoreApplication::setApplicationName(u"pishkhan-desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PISHKHAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Pishkhan Desk: the counter application of a Pishkhan service office."_s);
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        u"version"_s, u"Print the app, Qt, SQLCipher, libcurl and store schema versions."_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, u"Keep the store in <dir> instead of the user's data folder."_s, u"dir"_s);
    const QCommandLineOption trainingOption(
        u"training"_s, u"Training mode: a separate store and key, never the office's real data."_s);
    const QCommandLineOption moveAsideOption(
        u"move-aside"_s,
        u"Rename an unreadable store file to <name>.broken-<time> and start a new store."_s);
    const QCommandLineOption checkStoreOption(
        u"check-store"_s, u"Open the store, report on it and its outbox, and exit (no window)."_s);
    const QCommandLineOption selfTestOption(
        u"self-test"_s, u"Check keychain, encrypted store, TLS to the built-in sandbox and the "
                        u"ledger on a throw-away store, then remove it (no window)."_s);
    parser.addOptions({versionOption, dataDirOption, trainingOption, moveAsideOption,
                       checkStoreOption, selfTestOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "pishkhan-desk: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(ExitOk);
    if (parser.isSet(versionOption)) {
        out() << VersionInfo::collect().describe() << Qt::flush;
        return ExitOk;
    }
    if (parser.isSet(selfTestOption))
        return runSelfTest();

    const bool training = parser.isSet(trainingOption);
    const QString dataDir = parser.isSet(dataDirOption)
                                ? parser.value(dataDirOption)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        err() << "pishkhan-desk: cannot create the data folder "
              << QDir::toNativeSeparators(dataDir) << Qt::endl;
        return ExitStore;
    }
    const QString path =
        QDir(dataDir).filePath(training ? u"training-store.db"_s : u"pishkhan-store.db"_s);

    if (parser.isSet(moveAsideOption) && QFileInfo::exists(path)) {
        const auto moved = LocalStore::moveAside(path);
        if (!moved)
            return reportStoreError(moved.error(), path);
        out() << "moved the old store aside to " << QDir::toNativeSeparators(moved.value())
              << Qt::endl;
    }

    KeyVault vault(KeyVault::defaultService(), training
                                                   ? KeyVault::defaultKeyName() + u"-training"_s
                                                   : KeyVault::defaultKeyName());
    auto store = StoreOpener::open(path, vault);
    if (!store)
        return reportStoreError(store.error(), path);
    out() << store->report().describe() << Qt::endl;

    OutboxStore outbox(store->database());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A row left in "sending" by a crash or power cut goes back to the queue; its request id
    // stays, so the backend answers a repeat with its first answer.
    const auto recovered = outbox.recoverAfterCrash(now);
    if (!recovered)
        return reportStoreError(recovered.error(), path);
    if (recovered.value() > 0)
        out() << "returned " << recovered.value() << " interrupted request(s) to the queue"
              << Qt::endl;

    const auto counts = outbox.countsByState();
    if (!counts)
        return reportStoreError(counts.error(), path);
    out() << "outbox:";
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        out() << ' ' << outboxStateName(it.key()) << '=' << it.value();
    out() << (training ? " (training mode)" : "") << Qt::endl;
    return ExitOk;
}

namespace {

bool wantsCli(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "--check-store" || arg == "--self-test" ||
            arg == "--help" || arg == "-h" || arg == "-?")
            return true;
    }
    return false;
}

// Benchmarks only (tests/bench): calls `then` once, after the window's first frame. Qt Widgets
// paints and flushes the backing store while it handles the first Expose of the native window,
// so a call queued from here runs once that frame has been handed to the window system.
class FirstFrameProbe : public QObject
{
public:
    FirstFrameProbe(QWindow* window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && m_then &&
            static_cast<QWindow*>(watched)->isExposed())
            QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
        return false;
    }

private:
    std::function<void()> m_then;
};

QByteArray residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return "unknown";
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0);
    return "unknown";
}

// --bench-first-frame prints "first-frame-ms N" (N: since runGui began; the bench times the
// whole process from outside) after the first frame and quits. --bench-memory prints
// "rss-kb N" once the runtime is ready, the catalogue loaded and the window painted, and quits.
void armBenchProbes(bool firstFrame, bool memory, ui::MainWindow& window, DeskRuntime& runtime,
                    const QElapsedTimer& started)
{
    auto painted = std::make_shared<bool>(false);
    auto reportMemory = [memory, painted, &runtime] {
        if (memory && *painted && runtime.isReady() && !runtime.catalogue().isEmpty()) {
            out() << "rss-kb " << residentKb() << Qt::endl;
            QCoreApplication::exit(ExitOk);
        }
    };
    new FirstFrameProbe(window.windowHandle(), [=] {
        *painted = true;
        if (firstFrame) {
            out() << "first-frame-ms " << started.elapsed() << Qt::endl;
            QCoreApplication::exit(ExitOk);
        }
        reportMemory();
    });
    QObject::connect(&runtime, &DeskRuntime::ready, &window, reportMemory);
    QObject::connect(&runtime, &DeskRuntime::catalogueChanged, &window, reportMemory);
    QObject::connect(&runtime, &DeskRuntime::failed, &window, [](const QString& message) {
        err() << "pishkhan-desk: " << message << Qt::endl;
        // Queued: failed() can come from start(), before the event loop runs.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(ExitStore); });
    });
}

// The counter window. Training mode when asked for, and by default while no backend has been
// configured: a fresh machine runs the whole product against the built-in sandbox.
int runGui(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Pishkhan"_s);
    QCoreApplication::setApplicationName(u"pishkhan-desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PISHKHAN_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(u"data-dir"_s, u"Store folder."_s, u"dir"_s);
    const QCommandLineOption trainingOption(u"training"_s, u"Training mode."_s);
    const QCommandLineOption moveAsideOption(u"move-aside"_s, u"Move a damaged store aside."_s);
    const QCommandLineOption languageOption(u"language"_s, u"fa or en."_s, u"lang"_s);
    // For tests/bench only (see armBenchProbes).
    const QCommandLineOption benchFirstFrameOption(u"bench-first-frame"_s, u"Benchmarks."_s);
    const QCommandLineOption benchMemoryOption(u"bench-memory"_s, u"Benchmarks."_s);
    parser.addOptions({dataDirOption, trainingOption, moveAsideOption, languageOption,
                       benchFirstFrameOption, benchMemoryOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        err() << "pishkhan-desk: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    DeskOptions options;
    options.dataDir = parser.isSet(dataDirOption)
                          ? parser.value(dataDirOption)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const DeskSettings live =
        DeskSettings::load(QDir(options.dataDir).filePath(u"desk-settings.ini"_s));
    options.training = parser.isSet(trainingOption) || live.backendUrl.isEmpty();
    ui::Localization::apply(parser.isSet(languageOption) ? parser.value(languageOption)
                                                         : live.language);
    // First start on this PC (no settings, no store of either kind): ask training or live.
    const QDir data(options.dataDir);
    const bool firstStart =
        !parser.isSet(trainingOption) && !parser.isSet(benchFirstFrameOption) &&
        !parser.isSet(benchMemoryOption) && !data.exists(u"desk-settings.ini"_s) &&
        !data.exists(u"pishkhan-store.db"_s) && !data.exists(u"training-store.db"_s);
    if (firstStart) {
        ui::FirstRunDialog choice;
        if (choice.exec() != QDialog::Accepted)
            return ExitOk;
        options.training = choice.training();
        if (!options.training) {
            DeskSettings chosen = choice.liveSettings();
            chosen.language = live.language;
            if (!QDir().mkpath(options.dataDir) ||
                !chosen.save(data.filePath(u"desk-settings.ini"_s))) {
                err() << "pishkhan-desk: cannot save the settings in "
                      << QDir::toNativeSeparators(options.dataDir) << Qt::endl;
                return ExitStore;
            }
        }
    }

    // The counter's log: redacted lines (no national code, mobile, code or token), one file
    // per data folder, for support; stderr keeps its messages too.
    const QString logPath = QDir(options.dataDir)
                                .filePath(options.training ? u"logs/pishkhan-desk-training.log"_s
                                                           : u"logs/pishkhan-desk.log"_s);
    if (QDir().mkpath(QFileInfo(logPath).absolutePath()))
        if (const Status logging = LogSink::install(logPath, QtInfoMsg, true); !logging)
            err() << "pishkhan-desk: " << logging.error().message() << Qt::endl;

    DeskRuntime runtime(options);
    const QString path = runtime.storePath();
    if (parser.isSet(moveAsideOption) && QFileInfo::exists(path)) {
        const auto moved = LocalStore::moveAside(path);
        if (!moved)
            return reportStoreError(moved.error(), path);
    }
    // The window first, the store after its first frame: opening the store (keychain over
    // D-Bus, SQLCipher, the training sandbox) is most of a start-up, and the clerk should see
    // the counter while it happens. A store that cannot be opened still ends the process with
    // its exit code and message, as before.
    ui::MainWindow window(runtime);
    window.show();
    if (parser.isSet(benchFirstFrameOption) || parser.isSet(benchMemoryOption))
        armBenchProbes(parser.isSet(benchFirstFrameOption), parser.isSet(benchMemoryOption), window,
                       runtime, started);
    // (--bench-first-frame quits at the first frame; nothing is opened after it.)
    if (!parser.isSet(benchFirstFrameOption))
        new FirstFrameProbe(window.windowHandle(), [&runtime, &window, path] {
            if (const Status opened = runtime.open(); !opened) {
                QCoreApplication::exit(reportStoreError(opened.error(), path));
                return;
            }
            window.storeOpened();
            runtime.start();
        });
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    return wantsCli(argc, argv) ? runCli(argc, argv) : runGui(argc, argv);
}
