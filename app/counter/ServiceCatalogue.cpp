#include "ServiceCatalogue.h"

#include "UiLanguage.h"
#include "core/SearchKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pishkhan {

QString ServiceCatalogue::Named::name() const
{
    return UiLanguage::pick(nameFa, nameEn);
}

QString ServiceCatalogue::District::name() const
{
    return UiLanguage::pick(nameFa, nameEn);
}

Result<ServiceCatalogue> ServiceCatalogue::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error(u"catalogue.json"_s,
                     QT_TRANSLATE_NOOP("Error", "The service catalogue could not be read."),
                     parseError.errorString());
    const QJsonObject root = doc.object();
    ServiceCatalogue catalogue;
    catalogue.m_version = root.value(u"version"_s).toString();
    for (const QJsonValue& v : root.value(u"categories"_s).toArray()) {
        const QJsonObject o = v.toObject();
        catalogue.m_categories.append({o.value(u"id"_s).toString(),
                                       o.value(u"name_fa"_s).toString(),
                                       o.value(u"name_en"_s).toString()});
    }
    for (const QJsonValue& v : root.value(u"districts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        catalogue.m_districts.append({o.value(u"id"_s).toInt(), o.value(u"name_fa"_s).toString(),
                                      o.value(u"name_en"_s).toString()});
    }
    for (const QJsonValue& v : root.value(u"services"_s).toArray()) {
        auto service = ServiceDefinition::fromJson(v.toObject());
        if (!service)
            return service.error();
        catalogue.m_services.append(std::move(service.value()));
    }
    return catalogue;
}

const ServiceDefinition* ServiceCatalogue::find(const QString& id) const
{
    for (const ServiceDefinition& s : m_services)
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<const ServiceDefinition*> ServiceCatalogue::search(const QString& query,
                                                         const QString& category) const
{
    const SearchKey key(query);
    QList<const ServiceDefinition*> found;
    for (const ServiceDefinition& s : m_services) {
        if (!s.active || (!category.isEmpty() && s.category != category))
            continue;
        if (key.matches({s.nameFa, s.nameEn, s.id}))
            found.append(&s);
    }
    return found;
}

} // namespace pishkhan
