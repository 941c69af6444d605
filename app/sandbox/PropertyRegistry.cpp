#include "PropertyRegistry.h"

#include "Identifiers.h"

#include <QFile>
#include <QJsonDocument>

namespace pishkhan::sandbox {

Result<PropertyRegistry> PropertyRegistry::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("sandbox.properties"), "Cannot read the sample properties",
                     path + QStringLiteral(": ") + file.errorString());
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    PropertyRegistry registry;
    registry.m_properties = doc.object().value(QStringLiteral("properties")).toArray();
    if (registry.m_properties.isEmpty())
        return Error(QStringLiteral("sandbox.properties"), "Cannot read the sample properties",
                     path + QStringLiteral(": no properties"));
    return registry;
}

std::optional<QJsonObject> PropertyRegistry::byRenovationCode(const QJsonObject& code) const
{
    for (const QJsonValue v : m_properties) {
        if (v.toObject().value(QStringLiteral("renovation_code")).toObject() == code)
            return v.toObject();
    }
    return std::nullopt;
}

std::optional<QJsonObject> PropertyRegistry::byPlate(const QJsonObject& plate) const
{
    for (const QJsonValue v : m_properties) {
        if (v.toObject().value(QStringLiteral("registered_plate")).toObject() == plate)
            return v.toObject();
    }
    return std::nullopt;
}

QJsonObject PropertyRegistry::present(const QJsonObject& property)
{
    QJsonObject out = property;
    const QJsonObject code = property.value(QStringLiteral("renovation_code")).toObject();
    out.insert(QStringLiteral("renovation_code_text"), Identifiers::renovationCodeText(code));
    out.insert(QStringLiteral("district"), code.value(QStringLiteral("district")));
    QJsonArray permits;
    for (const QJsonValue v : property.value(QStringLiteral("permits")).toArray()) {
        QJsonObject p = v.toObject();
        p.insert(
            QStringLiteral("issued_on"),
            Identifiers::gregorianOfJalali(p.value(QStringLiteral("issued_jalali")).toString()));
        permits.append(p);
    }
    out.insert(QStringLiteral("permits"), permits);
    return out;
}

QJsonArray PropertyRegistry::permitsOfType(const QJsonObject& property, const QString& type)
{
    QJsonArray out;
    for (const QJsonValue v : present(property).value(QStringLiteral("permits")).toArray()) {
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            out.append(v);
    }
    return out;
}

} // namespace pishkhan::sandbox
