#pragma once

#include <QtGlobal>

#include <functional>

namespace pishkhan {

// When to try again after the n-th consecutive failure: exponential backoff with full jitter
// (AWS architecture blog, "Exponential Backoff And Jitter"): a delay drawn uniformly from
// [0, min(cap, base * 2^n)). The jitter is what keeps thousands of counters that lost the
// backend at the same moment from all coming back in the same second (the thundering
// herd). A Retry-After from the server is a floor: the jittered delay is added on top of it,
// so the server's wish is honoured and the herd is still spread.
//
// Pure: the random draw u in [0, 1) is passed in, so tests table the schedule exactly.
class BackoffPolicy
{
public:
    static constexpr qint64 kDefaultBaseMs = 1'000;
    static constexpr qint64 kDefaultCapMs = 300'000;

    explicit BackoffPolicy(qint64 baseMs = kDefaultBaseMs, qint64 capMs = kDefaultCapMs);

    [[nodiscard]] qint64 baseMs() const { return m_baseMs; }
    [[nodiscard]] qint64 capMs() const { return m_capMs; }

    // The upper bound of the n-th delay: min(cap, base * 2^attempt); attempt counts from 0.
    [[nodiscard]] qint64 ceilingMs(int attempt) const;
    // Full jitter: floor(u * ceiling), u clamped to [0, 1).
    [[nodiscard]] qint64 delayMs(int attempt, double u) const;
    // With a server's Retry-After (ms, -1 = none): retryAfter + delayMs(attempt, u), capped at
    // max(cap, retryAfter) so a huge Retry-After is honoured but not exceeded by more than cap.
    [[nodiscard]] qint64 delayMs(int attempt, double u, qint64 retryAfterMs) const;
    // The schedule with no jitter (u = 1 minus epsilon): for the herd test's contrast.
    [[nodiscard]] qint64 unjitteredDelayMs(int attempt) const { return ceilingMs(attempt); }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
};

// A uniform draw in [0, 1); injected into the engine so tests are repeatable.
using UniformRandom = std::function<double()>;

} // namespace pishkhan
