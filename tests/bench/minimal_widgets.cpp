// minimal_widgets: the baseline of bench_startup — the least a Qt Widgets program does before
// its first frame (QApplication, a QMainWindow holding a QLabel, the same size as the counter
// window), with the same "first frame" signal as pishkhan-desk-bench --bench-first-frame (see
// StartupBenchProbe in this folder): the call queued from the window's first Expose, which
// Qt Widgets answers by painting and flushing the backing store.
//
//   minimal_widgets --bench-first-frame   prints "first-frame-ms N" and quits

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The same watcher as app/FirstFrameWatcher, copied so this program links Qt only.
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

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    const bool bench = QCoreApplication::arguments().contains(u"--bench-first-frame"_s);

    QMainWindow window;
    window.setWindowTitle(u"Minimal Qt Widgets"_s);
    auto* label = new QLabel(u"Hello"_s, &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1000, 720);
    window.show();
    if (bench)
        new FirstFrameProbe(window.windowHandle(), [&started] {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(started.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    return app.exec();
}
