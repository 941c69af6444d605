#include "StartupBenchProbe.h"

#include "DeskExitCode.h"
#include "FirstFrameWatcher.h"
#include "counter/DeskRuntime.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

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

} // namespace

StartupBenchProbe::StartupBenchProbe(Measure measure, const QElapsedTimer& started)
    : m_measure(measure)
    , m_started(started)
{}

bool StartupBenchProbe::windowShown(ui::MainWindow& window, DeskRuntime& runtime)
{
    const bool memory = m_measure == Measure::Memory;
    const bool firstFrame = m_measure == Measure::FirstFrame;
    auto painted = std::make_shared<bool>(false);
    auto reportMemory = [memory, painted, &runtime] {
        if (memory && *painted && runtime.isReady() && !runtime.catalogue().isEmpty()) {
            out() << "rss-kb " << residentKb() << Qt::endl;
            QCoreApplication::exit(ExitOk);
        }
    };
    const QElapsedTimer& started = m_started;
    new FirstFrameWatcher(window.windowHandle(), [=, &started] {
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
        QTextStream(stderr) << "pishkhan-desk: " << message << Qt::endl;
        // Queued: failed() can come from start(), before the event loop runs.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(ExitStore); });
    });
    // The first-frame measure ends at the first frame: nothing is opened after it.
    return !firstFrame;
}

} // namespace pishkhan
