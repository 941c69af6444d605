#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pishkhan::sandbox {

// The service catalogue (sample data, resources/sandbox/catalogue.json): served byte for byte
// with a strong ETag, and consulted for every challenge and submission. Loading refuses a
// catalogue whose tariffs leave the council's range, so the sandbox can never hand a client a
// fee the client must refuse.
class Catalogue
{
public:
    [[nodiscard]] static Result<Catalogue> load(const QString& path);

    [[nodiscard]] const QByteArray& body() const { return m_body; }
    // Quoted strong entity tag, e.g. "\"3f1c…\"".
    [[nodiscard]] const QByteArray& etag() const { return m_etag; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] std::optional<QJsonObject> service(const QString& id) const;
    [[nodiscard]] bool isDistrict(int id) const;
    [[nodiscard]] int serviceCount() const { return static_cast<int>(m_services.size()); }

    [[nodiscard]] static bool availableIn(const QJsonObject& service, int district);
    [[nodiscard]] static bool engineersOnly(const QJsonObject& service);

private:
    QByteArray m_body;
    QByteArray m_etag;
    QJsonObject m_document;
    QHash<QString, QJsonObject> m_services;
    QList<int> m_districts;
};

} // namespace pishkhan::sandbox
