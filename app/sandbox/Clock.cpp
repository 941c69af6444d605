#include "Clock.h"

#include <QTimeZone>

namespace pishkhan::sandbox {

Clock::Clock(double timeScale)
    : m_realStartMs(QDateTime::currentMSecsSinceEpoch())
    , m_scale(timeScale > 0 ? timeScale : 1.0)
{
    m_elapsed.start();
}

qint64 Clock::nowMs() const
{
    return m_realStartMs + static_cast<qint64>(static_cast<double>(m_elapsed.elapsed()) * m_scale) +
           m_offsetMs;
}

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

void Clock::notBefore(qint64 epochMs)
{
    const qint64 current = nowMs();
    if (current < epochMs)
        m_offsetMs += epochMs - current;
}

QString Clock::toRfc3339(qint64 epochMs)
{
    // Whole seconds, "Z" suffix: the one shape docs/api.md promises for every timestamp.
    return QDateTime::fromMSecsSinceEpoch(epochMs - epochMs % 1000, QTimeZone::utc())
        .toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'");
}

} // namespace pishkhan::sandbox
