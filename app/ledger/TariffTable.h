#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace pishkhan {

// The council tariffs a fee is charged under: a snapshot of the catalogue's services with
// their tariff_rials, named by an id (the catalogue version) and pinned by the SHA-256 of its
// canonical bytes. Every fee entry records both, so an auditor can check each fee against the
// table that was in force, and a table cannot be swapped under an id without the hash showing
// it.
class TariffTable
{
public:
    struct Service
    {
        QString id;
        QString nameFa;
        QString nameEn;
        Money tariff;
    };

    // From the backend's catalogue (docs/api.md §4.5): version + services[].{id, name_fa,
    // name_en, tariff_rials}. Error code: tariff.invalid.
    [[nodiscard]] static Result<TariffTable> fromCatalogue(const QJsonObject& catalogue);
    // From canonicalBytes() as stored. Error code: tariff.invalid.
    [[nodiscard]] static Result<TariffTable> fromCanonical(const QByteArray& bytes);

    TariffTable() = default;
    TariffTable(QString id, const QList<Service>& services);

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const QMap<QString, Service>& services() const { return m_services; }
    [[nodiscard]] std::optional<Service> service(const QString& serviceId) const;

    // Compact JSON {"id":…,"services":[{"id","name_en","name_fa","tariff_rials"}…]} with the
    // services ordered by id and members by name (QJsonObject sorts them), so the same table
    // always gives the same bytes.
    [[nodiscard]] QByteArray canonicalBytes() const;
    // SHA-256 of canonicalBytes(), lower-case hex.
    [[nodiscard]] QString sha256Hex() const;

private:
    QString m_id;
    QMap<QString, Service> m_services;
};

} // namespace pishkhan
