#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace pishkhan::sandbox {

// The sandbox's notion of "now": the wall clock, sped up by a time scale and shifted by an
// offset that tests move through the admin endpoint. Every expiry (one-time codes, consent
// tokens, rate windows) and every status transition reads this clock, so a test can jump two
// minutes or a day without sleeping.
class Clock
{
public:
    explicit Clock(double timeScale = 1.0);

    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] double timeScale() const { return m_scale; }
    [[nodiscard]] qint64 offsetMs() const { return m_offsetMs; }

    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }
    // Never let the clock run backwards over data already stored (a restart with a time scale
    // would otherwise fall back to the real wall clock).
    void notBefore(qint64 epochMs);

    [[nodiscard]] static QString toRfc3339(qint64 epochMs);

private:
    QElapsedTimer m_elapsed;
    qint64 m_realStartMs = 0;
    double m_scale = 1.0;
    qint64 m_offsetMs = 0;
};

} // namespace pishkhan::sandbox
