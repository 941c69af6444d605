#include "Catalogue.h"

#include "core/CouncilFeeRange.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pishkhan::sandbox {

namespace {

Error catalogueError(const QString& detail)
{
    return Error(QStringLiteral("sandbox.catalogue"), "The sandbox catalogue is not valid", detail);
}

const QStringList& fieldTypes()
{
    static const QStringList types = {QStringLiteral("text"),
                                      QStringLiteral("number"),
                                      QStringLiteral("choice"),
                                      QStringLiteral("jalali_date"),
                                      QStringLiteral("renovation_code"),
                                      QStringLiteral("registered_plate"),
                                      QStringLiteral("national_code"),
                                      QStringLiteral("mobile"),
                                      QStringLiteral("postal_code"),
                                      QStringLiteral("sheba"),
                                      QStringLiteral("card_number"),
                                      QStringLiteral("legal_entity_id")};
    return types;
}

} // namespace

Result<Catalogue> Catalogue::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogueError(path + QStringLiteral(": ") + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return catalogueError(path + QStringLiteral(": ") + parseError.errorString());

    Catalogue c;
    c.m_document = doc.object();
    for (const QJsonValue d : c.m_document.value(QStringLiteral("districts")).toArray())
        c.m_districts.append(d.toObject().value(QStringLiteral("id")).toInt());
    for (const QJsonValue v : c.m_document.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || c.m_services.contains(id))
            return catalogueError(QStringLiteral("missing or duplicate service id ") + id);
        const qint64 tariff = s.value(QStringLiteral("tariff_rials")).toInteger(-1);
        if (!CouncilFeeRange::contains(Money::fromRials(tariff)))
            return catalogueError(id + QStringLiteral(": tariff outside the council range"));
        for (const QJsonValue f : s.value(QStringLiteral("fields")).toArray()) {
            if (!fieldTypes().contains(f.toObject().value(QStringLiteral("type")).toString()))
                return catalogueError(id + QStringLiteral(": unknown field type"));
        }
        c.m_services.insert(id, s);
    }
    if (c.m_services.isEmpty() || c.m_districts.isEmpty())
        return catalogueError(path + QStringLiteral(": no services or no districts"));
    // Re-serialised compactly: the bytes on the wire (and so the ETag) depend on the content,
    // not on the indentation of the resource file.
    c.m_body = QJsonDocument(c.m_document).toJson(QJsonDocument::Compact);
    c.m_etag =
        '"' + QCryptographicHash::hash(c.m_body, QCryptographicHash::Sha256).left(16).toHex() + '"';
    return c;
}

QString Catalogue::version() const
{
    return m_document.value(QStringLiteral("version")).toString();
}

std::optional<QJsonObject> Catalogue::service(const QString& id) const
{
    const auto it = m_services.constFind(id);
    if (it == m_services.constEnd())
        return std::nullopt;
    return *it;
}

bool Catalogue::isDistrict(int id) const
{
    return m_districts.contains(id);
}

bool Catalogue::availableIn(const QJsonObject& service, int district)
{
    const QJsonArray districts = service.value(QStringLiteral("districts")).toArray();
    return districts.contains(QJsonValue(district));
}

bool Catalogue::engineersOnly(const QJsonObject& service)
{
    return service.value(QStringLiteral("audience")).toString() ==
           QStringLiteral("supervising_engineers");
}

} // namespace pishkhan::sandbox
