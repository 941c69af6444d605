#include "FaultInjector.h"

#include <QJsonValue>

namespace pishkhan::sandbox {

namespace {

std::optional<QString> readRate(const QJsonObject& json, const QString& key, double& out)
{
    if (!json.contains(key))
        return std::nullopt;
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
        return key + QStringLiteral(" must be a number between 0 and 1");
    out = v.toDouble();
    return std::nullopt;
}

std::optional<QString> readInt(const QJsonObject& json, const QString& key, int maxValue, int& out)
{
    if (!json.contains(key))
        return std::nullopt;
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > maxValue ||
        v.toDouble() != static_cast<double>(v.toInt()))
        return key + QStringLiteral(" must be an integer between 0 and ") +
               QString::number(maxValue);
    out = v.toInt();
    return std::nullopt;
}

} // namespace

QJsonObject FaultSettings::toJson() const
{
    return {{QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("jitter_ms"), jitterMs},
            {QStringLiteral("error_rate"), errorRate},
            {QStringLiteral("retry_after_s"), retryAfterSeconds},
            {QStringLiteral("drop_after_commit_rate"), dropAfterCommitRate},
            {QStringLiteral("reset_rate"), resetRate},
            {QStringLiteral("seed"), QString::number(seed)}};
}

std::optional<QString> FaultSettings::merge(const QJsonObject& json)
{
    static const QStringList known = {QStringLiteral("latency_ms"),
                                      QStringLiteral("jitter_ms"),
                                      QStringLiteral("error_rate"),
                                      QStringLiteral("retry_after_s"),
                                      QStringLiteral("drop_after_commit_rate"),
                                      QStringLiteral("reset_rate"),
                                      QStringLiteral("seed")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown fault setting ") + it.key();
    }
    FaultSettings next = *this;
    if (auto e = readInt(json, QStringLiteral("latency_ms"), 60000, next.latencyMs))
        return e;
    if (auto e = readInt(json, QStringLiteral("jitter_ms"), 60000, next.jitterMs))
        return e;
    if (auto e = readInt(json, QStringLiteral("retry_after_s"), 3600, next.retryAfterSeconds))
        return e;
    if (auto e = readRate(json, QStringLiteral("error_rate"), next.errorRate))
        return e;
    if (auto e = readRate(json, QStringLiteral("drop_after_commit_rate"), next.dropAfterCommitRate))
        return e;
    if (auto e = readRate(json, QStringLiteral("reset_rate"), next.resetRate))
        return e;
    if (json.contains(QStringLiteral("seed"))) {
        const QJsonValue v = json.value(QStringLiteral("seed"));
        bool ok = v.isDouble() && v.toDouble() >= 0;
        quint64 newSeed = ok ? static_cast<quint64>(v.toDouble()) : 0;
        if (v.isString())
            newSeed = v.toString().toULongLong(&ok);
        if (!ok)
            return QStringLiteral("seed must be a non-negative integer");
        next.seed = newSeed;
    }
    *this = next;
    return std::nullopt;
}

FaultInjector::FaultInjector(FaultSettings settings)
    : m_settings(settings)
    , m_random(settings.seed)
{}

void FaultInjector::apply(const FaultSettings& settings, bool reseed)
{
    if (reseed || settings.seed != m_settings.seed)
        m_random.seed(settings.seed);
    m_settings = settings;
}

bool FaultInjector::roll(double rate)
{
    const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    return rate >= 1 || draw < rate;
}

FaultDecision FaultInjector::decide()
{
    // Always draw the same number of values per request, so changing one rate does not shift
    // the sequence of the others for a given seed.
    FaultDecision d;
    d.reset = roll(m_settings.resetRate);
    d.unavailable = roll(m_settings.errorRate);
    d.dropAfterCommit = roll(m_settings.dropAfterCommitRate);
    const int jitter = std::uniform_int_distribution<int>(0, m_settings.jitterMs)(m_random);
    d.delayMs = m_settings.latencyMs + jitter;
    return d;
}

} // namespace pishkhan::sandbox
