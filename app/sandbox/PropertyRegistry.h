#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pishkhan::sandbox {

// Sample properties (resources/sandbox/properties.json) with heights, plans and permits from
// the 1370s-1390s, so every inquiry and status service has something real to answer with.
class PropertyRegistry
{
public:
    [[nodiscard]] static Result<PropertyRegistry> load(const QString& path);

    // Exact match on all seven parts of the renovation code.
    [[nodiscard]] std::optional<QJsonObject> byRenovationCode(const QJsonObject& code) const;
    [[nodiscard]] std::optional<QJsonObject> byPlate(const QJsonObject& plate) const;

    // The property file as the API returns it: permits gain their Gregorian date.
    [[nodiscard]] static QJsonObject present(const QJsonObject& property);
    [[nodiscard]] static QJsonArray permitsOfType(const QJsonObject& property, const QString& type);

private:
    QJsonArray m_properties;
};

} // namespace pishkhan::sandbox
