#include "TariffTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error tariffInvalid(const QString& detail)
{
    return Error(u"tariff.invalid"_s, QT_TRANSLATE_NOOP("Error", "The tariff table is not valid."),
                 detail);
}

Result<TariffTable> fromServicesArray(const QString& id, const QJsonArray& services)
{
    if (id.isEmpty())
        return tariffInvalid(u"tariff table without an id"_s);
    QList<TariffTable::Service> list;
    for (const QJsonValue& v : services) {
        const QJsonObject o = v.toObject();
        const QJsonValue rials = o.value(u"tariff_rials"_s);
        // Integers only: a fractional or huge double is a broken catalogue, not a fee.
        if (!rials.isDouble() || rials.toDouble() != double(qint64(rials.toDouble())))
            return tariffInvalid(u"tariff_rials is not an integer"_s);
        TariffTable::Service s{o.value(u"id"_s).toString(), o.value(u"name_fa"_s).toString(),
                               o.value(u"name_en"_s).toString(),
                               Money::fromRials(qint64(rials.toDouble()))};
        if (s.id.isEmpty())
            return tariffInvalid(u"service without an id"_s);
        list << s;
    }
    return TariffTable(id, list);
}

} // namespace

TariffTable::TariffTable(QString id, const QList<Service>& services)
    : m_id(std::move(id))
{
    for (const Service& s : services)
        m_services.insert(s.id, s);
}

Result<TariffTable> TariffTable::fromCatalogue(const QJsonObject& catalogue)
{
    return fromServicesArray(catalogue.value(u"version"_s).toString(),
                             catalogue.value(u"services"_s).toArray());
}

Result<TariffTable> TariffTable::fromCanonical(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tariffInvalid(u"stored tariff table is not a JSON object"_s);
    return fromServicesArray(doc.object().value(u"id"_s).toString(),
                             doc.object().value(u"services"_s).toArray());
}

std::optional<TariffTable::Service> TariffTable::service(const QString& serviceId) const
{
    const auto it = m_services.constFind(serviceId);
    if (it == m_services.constEnd())
        return std::nullopt;
    return *it;
}

QByteArray TariffTable::canonicalBytes() const
{
    QJsonArray services;
    for (const Service& s : m_services) // QMap iterates in id order
        services.append(QJsonObject{{u"id"_s, s.id},
                                    {u"name_fa"_s, s.nameFa},
                                    {u"name_en"_s, s.nameEn},
                                    {u"tariff_rials"_s, s.tariff.rials()}});
    return QJsonDocument(QJsonObject{{u"id"_s, m_id}, {u"services"_s, services}})
        .toJson(QJsonDocument::Compact);
}

QString TariffTable::sha256Hex() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

} // namespace pishkhan
