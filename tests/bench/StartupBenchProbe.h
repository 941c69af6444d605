#pragma once

#include "DeskStartup.h"

#include <QElapsedTimer>

namespace pishkhan {

// The measurements of the start-up benchmarks, inside pishkhan-desk's own start-up:
//  - first frame: prints "first-frame-ms N" (N: since the process's main began; the bench
//    also times the whole process from outside) after the first frame, and quits before the
//    store is opened;
//  - memory: prints "rss-kb N" once the runtime is ready, the catalogue loaded and the window
//    painted, and quits.
class StartupBenchProbe : public DeskStartupProbe
{
public:
    enum class Measure { FirstFrame, Memory };

    StartupBenchProbe(Measure measure, const QElapsedTimer& started);

    bool windowShown(ui::MainWindow& window, DeskRuntime& runtime) override;

private:
    Measure m_measure;
    const QElapsedTimer& m_started;
};

} // namespace pishkhan
