#pragma once

namespace pishkhan {

class DeskRuntime;

namespace ui {
class MainWindow;
}

// Watches a windowed start-up from outside the product: the start-up benchmarks
// (tests/bench) hand one in; pishkhan-desk runs without.
class DeskStartupProbe
{
public:
    virtual ~DeskStartupProbe() = default;
    // The window is shown and the store not opened yet. Return false to leave the store
    // closed (a probe that ends the process at the first frame).
    virtual bool windowShown(ui::MainWindow& window, DeskRuntime& runtime) = 0;
};

// The start-up of pishkhan-desk: parses the command line, then either runs without a display
// (--version, --check-store, --self-test, --help) or opens the counter window. Returns the
// process's exit code (DeskExitCode).
class DeskStartup
{
public:
    // A probe skips the first-run question, so a benchmark always starts the same way.
    static int run(int argc, char* argv[], DeskStartupProbe* probe = nullptr);
};

} // namespace pishkhan
