#include "PropertyFile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

Error malformed(const QString& detail)
{
    return Error(u"property_file.malformed"_s,
                 QT_TRANSLATE_NOOP("Error", "The municipality's property file could not be read."),
                 detail);
}

QString codeText(const QJsonObject& code)
{
    static const char* const kParts[] = {"district", "area",      "block", "property",
                                         "building", "apartment", "shop"};
    QStringList parts;
    for (const char* part : kParts) {
        const QJsonValue v = code.value(QLatin1StringView(part));
        if (!v.isDouble())
            return {};
        parts.append(QString::number(v.toInteger()));
    }
    return parts.join(u'-');
}

} // namespace

Result<PropertyFile> PropertyFile::parse(const QJsonObject& json)
{
    PropertyFile f;
    f.json = json;
    f.sampleData = json.value(u"sample_data"_s).toBool();
    f.renovationCode = json.value(u"renovation_code_text"_s).toString();
    if (f.renovationCode.isEmpty())
        f.renovationCode = codeText(json.value(u"renovation_code"_s).toObject());
    if (f.renovationCode.isEmpty())
        return malformed(u"no renovation code"_s);
    const QJsonObject plate = json.value(u"registered_plate"_s).toObject();
    f.plateSection = plate.value(u"section"_s).toInt();
    f.plateMain = plate.value(u"main"_s).toInt();
    f.plateSub = plate.value(u"sub"_s).toInt();
    f.district =
        json.value(u"district"_s)
            .toInt(json.value(u"renovation_code"_s).toObject().value(u"district"_s).toInt());
    f.addressFa = json.value(u"address_fa"_s).toString();
    f.addressEn = json.value(u"address_en"_s).toString();
    f.landUse = json.value(u"land_use"_s).toString();
    f.landAreaM2 = json.value(u"land_area_m2"_s).toDouble();
    // The two figures the clerk is asked for most: a file without them is not a property file.
    const QJsonValue height = json.value(u"permitted_height_m"_s);
    const QJsonValue floors = json.value(u"permitted_floors"_s);
    if (!height.isDouble() || !floors.isDouble())
        return malformed(u"no permitted height or floors"_s);
    f.permittedHeightM = height.toDouble();
    f.permittedFloors = floors.toInt();
    f.densityPercent = json.value(u"density_percent"_s).toInt();
    f.setbackM = json.value(u"setback_m"_s).toDouble();
    f.levyDebt = Money::fromRials(json.value(u"levy_debt_rials"_s).toInteger());

    for (const QJsonValue v : json.value(u"plans"_s).toArray()) {
        if (!v.isObject())
            return malformed(u"plan is not an object"_s);
        const QJsonObject o = v.toObject();
        f.plans.append({o.value(u"kind"_s).toString(), o.value(u"title_fa"_s).toString(),
                        o.value(u"title_en"_s).toString(), o.value(u"status"_s).toString(),
                        o.value(u"distance_m"_s).toDouble()});
    }
    for (const QJsonValue v : json.value(u"permits"_s).toArray()) {
        if (!v.isObject())
            return malformed(u"permit is not an object"_s);
        const QJsonObject o = v.toObject();
        PropertyPermit p;
        p.number = o.value(u"number"_s).toString();
        p.type = o.value(u"type"_s).toString();
        p.status = o.value(u"status"_s).toString();
        p.issuedOn = QDate::fromString(o.value(u"issued_on"_s).toString(), Qt::ISODate);
        p.issuedJalali = o.value(u"issued_jalali"_s).toString();
        p.floors = o.value(u"floors"_s).toInt();
        p.noteFa = o.value(u"note_fa"_s).toString();
        p.noteEn = o.value(u"note_en"_s).toString();
        f.permits.append(p);
    }
    return f;
}

} // namespace pishkhan
