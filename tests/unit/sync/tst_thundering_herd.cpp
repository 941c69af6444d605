// Thundering herd. 5,000 counters lose the backend at the same moment; it comes back after 10
// minutes. Each counter is the engine's own SyncScheduler with SyncConfig's default backoff
// (full jitter, the failure count as exponent): after each failed attempt it backs off, and its
// next attempt is when its scheduler lets the engine resume. With an injected clock (discrete
// events, no sleeping) we count arrivals at the backend per second after it returns: the peak
// one-second rate must be at most 3x the mean over the first five minutes. The same simulation
// without jitter is printed for contrast.
#include "sync/SyncConfig.h"
#include "sync/SyncScheduler.h"

#include "security/ManualClock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <queue>
#include <vector>

using namespace pishkhan;

namespace {

struct HerdResult
{
    int peak = 0;
    double mean = 0;
    int arrivalsInWindow = 0;
    double ratio() const { return mean > 0 ? peak / mean : 0; }
};

// One counter's next attempt.
struct Attempt
{
    qint64 at;
    int counter;
    bool operator>(const Attempt& o) const { return at > o.at; }
};

HerdResult simulate(const BackoffPolicy& policy, bool jitter, quint32 seed)
{
    constexpr int kCounters = 5000;
    constexpr qint64 kOutageMs = 10 * 60 * 1000;
    constexpr qint64 kWindowMs = 5 * 60 * 1000;
    ManualClock clock(0);
    QRandomGenerator random(seed);
    UniformRandom draw = [&random] { return random.generateDouble(); };
    if (!jitter)
        draw = [] { return 1.0; };
    std::vector<std::unique_ptr<SyncScheduler>> counters;
    counters.reserve(kCounters);
    for (int c = 0; c < kCounters; ++c) {
        counters.push_back(std::make_unique<SyncScheduler>(clock, draw));
        counters.back()->setPolicy(policy);
    }
    std::priority_queue<Attempt, std::vector<Attempt>, std::greater<>> events;
    // Every counter was syncing when the link died: its first failing attempt falls somewhere
    // in its normal sync cycle (the first 5 s); without jitter they all fail together.
    for (int c = 0; c < kCounters; ++c)
        events.push({jitter ? qint64(random.bounded(5000)) : 0, c});
    std::vector<int> perSecond(kWindowMs / 1000, 0);
    HerdResult out;
    while (!events.empty()) {
        const Attempt a = events.top();
        events.pop();
        clock.set(a.at);
        SyncScheduler& scheduler = *counters[size_t(a.counter)];
        if (clock.nowMs() >= kOutageMs) {
            // The backend is back: this attempt arrives and succeeds; the counter is drained.
            scheduler.succeeded();
            const qint64 second = (clock.nowMs() - kOutageMs) / 1000;
            if (second < qint64(perSecond.size()))
                ++perSecond[size_t(second)];
            continue;
        }
        // The attempt failed in transport: the engine backs off and tries again once its
        // scheduler is no longer paused.
        scheduler.backOff();
        events.push({std::max(scheduler.pausedUntil(), clock.nowMs() + 1), a.counter});
    }
    for (int n : perSecond) {
        out.peak = std::max(out.peak, n);
        out.arrivalsInWindow += n;
    }
    out.mean = double(out.arrivalsInWindow) / double(perSecond.size());
    return out;
}

} // namespace

class TestThunderingHerd : public QObject
{
    Q_OBJECT

private slots:
    void jitterSpreadsTheReturn_data();
    void jitterSpreadsTheReturn();
};

void TestThunderingHerd::jitterSpreadsTheReturn_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

void TestThunderingHerd::jitterSpreadsTheReturn()
{
    QFETCH(quint32, seed);
    const BackoffPolicy policy = SyncConfig{}.backoff; // the engine's defaults
    const HerdResult jittered = simulate(policy, true, seed);
    const HerdResult lockstep = simulate(policy, false, seed);
    qInfo("full jitter: peak %d/s, mean %.1f/s over the first 5 min, ratio %.2f "
          "(%d arrivals)",
          jittered.peak, jittered.mean, jittered.ratio(), jittered.arrivalsInWindow);
    qInfo("no jitter:   peak %d/s, mean %.1f/s over the first 5 min, ratio %.2f "
          "(%d arrivals)",
          lockstep.peak, lockstep.mean, lockstep.ratio(), lockstep.arrivalsInWindow);
    QCOMPARE(jittered.arrivalsInWindow, 5000); // every counter came back within 5 minutes
    QVERIFY2(jittered.ratio() <= 3.0, qPrintable(QString::number(jittered.ratio())));
    QVERIFY(lockstep.ratio() > 3.0 * jittered.ratio()); // the contrast is real
}

QTEST_GUILESS_MAIN(TestThunderingHerd)
#include "tst_thundering_herd.moc"
