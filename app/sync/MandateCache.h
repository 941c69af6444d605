#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pishkhan {

class Database;

// One organisation's standing mandate as the backend lists it (docs/api.md §4.15).
struct OrganisationMandate
{
    QString mandateNumber;
    QString legalEntityId; // canonical eleven digits
    QString organisationName;
    QStringList services;
    qint64 validFrom = 0; // UTC epoch ms
    qint64 validUntil = 0;

    [[nodiscard]] bool inForce(qint64 now) const { return now >= validFrom && now < validUntil; }
};

// The office's organisations as the backend last listed their mandates (table
// organisation_mandate): the organisations a batch may be billed to. A counter bills only an
// organisation the municipality registered for its office, so an id not in this list is
// unknown even when its check digit is right.
class MandateCache
{
public:
    explicit MandateCache(Database& db);

    // The GET /offices/current/mandates answer. Error code: mandates.malformed.
    [[nodiscard]] static Result<QList<OrganisationMandate>> parse(const QJsonObject& answer);
    // Replaces the whole list in one transaction (a mandate the backend no longer lists is
    // gone from the counter too).
    Status replace(const QList<OrganisationMandate>& mandates, qint64 now);
    [[nodiscard]] Result<QList<OrganisationMandate>> all();
    [[nodiscard]] Result<QList<OrganisationMandate>> ofOrganisation(const QString& legalEntityId);
    // When the list was last replaced; nullopt = never fetched.
    [[nodiscard]] Result<std::optional<qint64>> fetchedAt();

private:
    Database& m_db;
};

} // namespace pishkhan
