#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <random>

namespace pishkhan::sandbox {

// What the network between office and municipality should do wrong. All rates are in [0, 1].
struct FaultSettings
{
    int latencyMs = 0;
    int jitterMs = 0;
    double errorRate = 0;           // answer 503 + Retry-After, nothing processed
    int retryAfterSeconds = 1;      // the Retry-After those 503s carry
    double dropAfterCommitRate = 0; // process and store, then close with no response
    double resetRate = 0;           // TCP reset before the request is processed
    quint64 seed = 1;

    [[nodiscard]] QJsonObject toJson() const;
    // Applies the members present in `json` over *this; returns an English reason on bad input.
    [[nodiscard]] std::optional<QString> merge(const QJsonObject& json);
};

// The decision for one request, drawn from a seeded generator so a run can be repeated.
struct FaultDecision
{
    bool reset = false;
    bool unavailable = false;
    bool dropAfterCommit = false;
    int delayMs = 0;
};

// Draws fault decisions for API requests (admin endpoints are never faulted).
class FaultInjector
{
public:
    explicit FaultInjector(FaultSettings settings = {});

    [[nodiscard]] const FaultSettings& settings() const { return m_settings; }
    // Replaces the settings; reseeds when the seed changed or `reseed` is set.
    void apply(const FaultSettings& settings, bool reseed);

    [[nodiscard]] FaultDecision decide();

private:
    [[nodiscard]] bool roll(double rate);

    FaultSettings m_settings;
    std::mt19937_64 m_random;
};

} // namespace pishkhan::sandbox
