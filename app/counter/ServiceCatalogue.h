#pragma once

#include "ServiceDefinition.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

// The municipal service catalogue as the backend sent it (GET /api/v1/catalogue): categories,
// districts and services, with the search the service picker runs.
class ServiceCatalogue
{
public:
    struct Named
    {
        QString id;
        QString nameFa;
        QString nameEn;
        [[nodiscard]] QString name() const;
    };
    struct District
    {
        int id = 0;
        QString nameFa;
        QString nameEn;
        [[nodiscard]] QString name() const;
    };

    // Error code: catalogue.json, catalogue.service, catalogue.field, catalogue.answer_field.
    [[nodiscard]] static Result<ServiceCatalogue> parse(const QByteArray& json);

    [[nodiscard]] const QString& version() const { return m_version; }
    [[nodiscard]] const QList<ServiceDefinition>& services() const { return m_services; }
    [[nodiscard]] const QList<Named>& categories() const { return m_categories; }
    [[nodiscard]] const QList<District>& districts() const { return m_districts; }
    [[nodiscard]] const ServiceDefinition* find(const QString& id) const;
    [[nodiscard]] bool isEmpty() const { return m_services.isEmpty(); }

    // Active services whose Persian or English name (or id) contains every word of `query`,
    // compared as SearchKey folds them (Arabic letter variants, ZWNJ and spaces, the digits'
    // script, case); a query without letters or digits lists all. `category` empty = all.
    // Catalogue order is kept.
    [[nodiscard]] QList<const ServiceDefinition*> search(const QString& query,
                                                         const QString& category = {}) const;

private:
    QString m_version;
    QList<ServiceDefinition> m_services;
    QList<Named> m_categories;
    QList<District> m_districts;
};

} // namespace pishkhan
