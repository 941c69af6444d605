// pishkhan-desk as the start-up benchmarks run it: the product's own start-up (DeskStartup)
// with a StartupBenchProbe. Built only for tests/bench; it takes pishkhan-desk's options plus
// one of --bench-first-frame or --bench-memory, which it removes before the start-up parses
// the rest.
#include "StartupBenchProbe.h"

#include <QByteArray>

#include <cstring>
#include <optional>
#include <vector>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    std::optional<pishkhan::StartupBenchProbe::Measure> measure;
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--bench-first-frame") == 0)
            measure = pishkhan::StartupBenchProbe::Measure::FirstFrame;
        else if (std::strcmp(argv[i], "--bench-memory") == 0)
            measure = pishkhan::StartupBenchProbe::Measure::Memory;
        else
            args.push_back(argv[i]);
    }
    args.push_back(nullptr);
    int count = int(args.size()) - 1;
    if (!measure)
        return pishkhan::DeskStartup::run(count, args.data());
    pishkhan::StartupBenchProbe probe(*measure, started);
    return pishkhan::DeskStartup::run(count, args.data(), &probe);
}
