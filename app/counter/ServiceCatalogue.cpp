#include "ServiceCatalogue.h"

#include "UiLanguage.h"
#include "core/PersianText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// What search compares: Persian-normalised, case-folded, without ZWNJ (clerks type
// "درخواست ها" and "درخواست‌ها" alike).
QString searchKey(const QString& text)
{
    QString key = PersianText::foldDigits(PersianText::comparisonKey(text)).toCaseFolded();
    key.remove(QChar(0x200C));
    return key;
}

} // namespace

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
    const QStringList words = searchKey(query).split(u' ', Qt::SkipEmptyParts);
    QList<const ServiceDefinition*> found;
    for (const ServiceDefinition& s : m_services) {
        if (!s.active || (!category.isEmpty() && s.category != category))
            continue;
        const QString haystack =
            searchKey(s.nameFa) + u' ' + searchKey(s.nameEn) + u' ' + searchKey(s.id);
        bool all = true;
        for (const QString& word : words)
            all = all && haystack.contains(word);
        if (all)
            found.append(&s);
    }
    return found;
}

} // namespace pishkhan
