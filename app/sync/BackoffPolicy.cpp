#include "BackoffPolicy.h"

#include <algorithm>
#include <cmath>

namespace pishkhan {

BackoffPolicy::BackoffPolicy(qint64 baseMs, qint64 capMs)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_capMs(std::max<qint64>(m_baseMs, capMs))
{}

qint64 BackoffPolicy::ceilingMs(int attempt) const
{
    if (attempt < 0)
        attempt = 0;
    // Double until the cap: no shift overflow however many attempts pile up.
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < attempt && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_capMs);
}

qint64 BackoffPolicy::delayMs(int attempt, double u) const
{
    if (!(u >= 0.0)) // also catches NaN
        u = 0.0;
    if (u >= 1.0)
        u = std::nextafter(1.0, 0.0);
    return static_cast<qint64>(std::floor(u * double(ceilingMs(attempt))));
}

qint64 BackoffPolicy::delayMs(int attempt, double u, qint64 retryAfterMs) const
{
    const qint64 jittered = delayMs(attempt, u);
    if (retryAfterMs < 0)
        return jittered;
    return std::min(retryAfterMs + jittered, std::max(m_capMs, retryAfterMs));
}

} // namespace pishkhan
