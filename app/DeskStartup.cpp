#include "DeskStartup.h"

#include "DeskCommandLine.h"
#include "DeskExitCode.h"
#include "FirstFrameWatcher.h"
#include "VersionInfo.h"
#include "counter/DeskRuntime.h"
#include "counter/DeskSettings.h"
#include "counter/SelfTest.h"
#include "counter/StoreLocation.h"
#include "sandbox/SandboxTrainingBackend.h"
#include "security/KeyVault.h"
#include "security/LogSink.h"
#include "security/StoreOpener.h"
#include "storage/OutboxStore.h"
#include "storage/StoreLock.h"
#include "ui/FirstRunDialog.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

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

void nameApplication()
{
    QCoreApplication::setOrganizationName(u"Pishkhan"_s);
    QCoreApplication::setApplicationName(u"pishkhan-desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PISHKHAN_VERSION));
}

int reportStoreError(const Error& error, const QString& path)
{
    err() << "pishkhan-desk: " << error.message() << Qt::endl;
    if (error.code() == u"storage.move_aside_refused"_s)
        return ExitMoveAsideRefused;
    if (error.code().startsWith(u"keychain."_s))
        return ExitKeychain;
    if (StoreOpener::isUnreadable(error))
        err() << "The file was left exactly as it was: " << QDir::toNativeSeparators(path) << '\n'
              << "To keep it and start a new, empty store, run again with --move-aside."
              << Qt::endl;
    return ExitStore;
}

// --move-aside: only a store that fails to open is renamed (StoreOpener::moveAsideUnreadable);
// false when the process must end (the message is printed, *exitCode set).
bool moveAsideIfUnreadable(const StoreLocation& location, int* exitCode)
{
    const QString path = location.storePath();
    if (!QFileInfo::exists(path))
        return true;
    KeyVault vault(location.keychainService(), location.storeKeyName());
    const auto moved = StoreOpener::moveAsideUnreadable(path, vault);
    if (!moved) {
        *exitCode = reportStoreError(moved.error(), path);
        return false;
    }
    out() << "moved the old store aside to " << QDir::toNativeSeparators(moved.value()) << Qt::endl;
    return true;
}

// --self-test: one line per step as it finishes, then the verdict.
int runSelfTest()
{
    out() << "Pishkhan Desk " << QStringLiteral(PISHKHAN_VERSION) << " self-test" << Qt::endl;
    SelfTestOptions options;
    options.backend = std::make_shared<sandbox::SandboxTrainingBackend>();
    SelfTest test(options);
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

// --check-store: the store report of the command line.
int runStoreCheck(const DeskCommandLine& options)
{
    const StoreLocation location(options.dataDir(), options.training());
    if (!QDir().mkpath(location.dataDir())) {
        err() << "pishkhan-desk: cannot create the data folder "
              << QDir::toNativeSeparators(location.dataDir()) << Qt::endl;
        return ExitStore;
    }
    const QString path = location.storePath();
    // Held to the end: a running counter's store is neither moved aside nor recovered.
    const Result<StoreLock> lock = StoreLock::acquire(path);
    if (!lock)
        return reportStoreError(lock.error(), path);

    if (int exitCode = ExitOk; options.moveAside() && !moveAsideIfUnreadable(location, &exitCode))
        return exitCode;

    KeyVault vault(location.keychainService(), location.storeKeyName());
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
    out() << (options.training() ? " (training mode)" : "") << Qt::endl;
    return ExitOk;
}

// The runs without a window: --version, --self-test, --check-store (and --help). Runs without
// a display.
int runWithoutDisplay(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    DeskCommandLine options;
    if (!options.parse(QCoreApplication::arguments())) {
        err() << "pishkhan-desk: " << options.errorText() << Qt::endl;
        return ExitUsage;
    }
    switch (options.action()) {
    case DeskCommandLine::Action::Version:
        out() << VersionInfo::collect().describe() << Qt::flush;
        return ExitOk;
    case DeskCommandLine::Action::SelfTest:
        return runSelfTest();
    case DeskCommandLine::Action::CheckStore:
    case DeskCommandLine::Action::Window:
        break;
    }
    return runStoreCheck(options);
}

// The counter window. Training mode when asked for, and by default while no backend has been
// configured: a fresh machine runs the whole product against the built-in sandbox.
int runWindow(int argc, char* argv[], DeskStartupProbe* probe)
{
    QApplication app(argc, argv);
    nameApplication();
    DeskCommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        err() << "pishkhan-desk: " << commandLine.errorText() << Qt::endl;
        return ExitUsage;
    }
    DeskOptions options;
    options.dataDir = commandLine.dataDir();
    const StoreLocation liveLocation(options.dataDir, false);
    const StoreLocation trainingLocation(options.dataDir, true);
    const DeskSettings live = DeskSettings::load(liveLocation.settingsPath());
    options.training = commandLine.training() || !live.liveBackend;
    ui::Localization::apply(commandLine.language().isEmpty() ? live.language
                                                             : commandLine.language());
    // First start on this PC (no settings, no store of either kind): ask training or live.
    const bool firstStart = !commandLine.training() && !probe &&
                            !QFileInfo::exists(liveLocation.settingsPath()) &&
                            !QFileInfo::exists(liveLocation.storePath()) &&
                            !QFileInfo::exists(trainingLocation.storePath());
    if (firstStart) {
        ui::FirstRunDialog choice;
        if (choice.exec() != QDialog::Accepted)
            return ExitOk;
        options.training = choice.training();
        if (!options.training) {
            DeskSettings chosen = choice.liveSettings();
            chosen.language = live.language;
            chosen.liveBackend = true;
            // The address goes into the new store, never through the file.
            options.firstRunConnection = chosen;
            if (!QDir().mkpath(options.dataDir) || !chosen.save(liveLocation.settingsPath())) {
                err() << "pishkhan-desk: cannot save the settings in "
                      << QDir::toNativeSeparators(options.dataDir) << Qt::endl;
                return ExitStore;
            }
        }
    }
    if (options.training)
        options.trainingBackend = std::make_shared<sandbox::SandboxTrainingBackend>();

    // The counter's log: redacted lines (no national code, mobile, code or token), one file
    // per data folder, for support; stderr keeps its messages too.
    const StoreLocation location(options.dataDir, options.training);
    const QString logPath = location.logPath();
    if (QDir().mkpath(QFileInfo(logPath).absolutePath()))
        if (const Status logging = LogSink::install(logPath, QtInfoMsg, true); !logging)
            err() << "pishkhan-desk: " << logging.error().message() << Qt::endl;

    const QString path = location.storePath();
    if (commandLine.moveAside() && QFileInfo::exists(path)) {
        // The lock first: a store a running counter holds is never judged or moved.
        Result<StoreLock> lock = StoreLock::acquire(path);
        if (!lock)
            return reportStoreError(lock.error(), path);
        options.storeLock = std::make_shared<StoreLock>(std::move(*lock));
        if (int exitCode = ExitOk; !moveAsideIfUnreadable(location, &exitCode))
            return exitCode;
    }
    DeskRuntime runtime(options);
    // The window first, the store after its first frame: opening the store (keychain over
    // D-Bus, SQLCipher, the training sandbox) is most of a start-up, and the clerk should see
    // the counter while it happens. A store that cannot be opened still ends the process with
    // its exit code and message.
    ui::MainWindow window(runtime);
    window.show();
    const bool openStore = !probe || probe->windowShown(window, runtime);
    if (openStore)
        new FirstFrameWatcher(window.windowHandle(), [&runtime, &window, path] {
            if (const Status opened = runtime.open(); !opened) {
                if (opened.error().code() == u"store.locked"_s)
                    QMessageBox::warning(&window, window.windowTitle(),
                                         opened.error().userMessage());
                QCoreApplication::exit(reportStoreError(opened.error(), path));
                return;
            }
            window.storeOpened();
            runtime.start();
        });
    return app.exec();
}

} // namespace

int DeskStartup::run(int argc, char* argv[], DeskStartupProbe* probe)
{
    return DeskCommandLine::runsWithoutDisplay(argc, argv) ? runWithoutDisplay(argc, argv)
                                                           : runWindow(argc, argv, probe);
}

} // namespace pishkhan
