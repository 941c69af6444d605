#include "ServiceDefinition.h"

#include "UiLanguage.h"
#include "core/CouncilFeeRange.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pishkhan {

Result<ServiceDefinition> ServiceDefinition::fromJson(const QJsonObject& json)
{
    ServiceDefinition s;
    s.id = json.value(u"id"_s).toString();
    s.nameFa = json.value(u"name_fa"_s).toString();
    s.nameEn = json.value(u"name_en"_s).toString();
    s.descriptionFa = json.value(u"description_fa"_s).toString();
    s.descriptionEn = json.value(u"description_en"_s).toString();
    s.category = json.value(u"category"_s).toString();
    s.kind = json.value(u"kind"_s).toString();
    s.audience = json.value(u"audience"_s).toString(u"public"_s);
    s.tariffRials = json.value(u"tariff_rials"_s).toInteger(0);
    s.pilot = json.value(u"pilot"_s).toBool(false);
    s.active = json.value(u"active"_s).toBool(true);
    const QJsonArray districts = json.value(u"districts"_s).toArray();
    for (const QJsonValue& d : districts)
        s.districts.append(d.toInt());
    if (s.id.isEmpty() || s.nameFa.isEmpty())
        return Error(
            u"catalogue.service"_s,
            QT_TRANSLATE_NOOP("Error", "The service catalogue has a service it cannot read."),
            s.id);
    const QJsonArray fields = json.value(u"fields"_s).toArray();
    for (const QJsonValue& f : fields) {
        auto field = FieldSchema::fromJson(f.toObject());
        if (!field)
            return field.error();
        s.fields.append(std::move(field.value()));
    }
    Result<QList<AnswerField>> answer = AnswerField::listFromJson(json.value(u"answer_fields"_s));
    if (!answer)
        return answer.error();
    s.answerFields = std::move(*answer);
    return s;
}

QString ServiceDefinition::name() const
{
    return UiLanguage::pick(nameFa, nameEn);
}

Result<Money> ServiceDefinition::fee() const
{
    const Money fee = Money::fromRials(tariffRials);
    const Status inRange = CouncilFeeRange::check(fee);
    if (!inRange)
        return inRange.error();
    return fee;
}

int ServiceDefinition::districtFieldIndex() const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].type == FieldType::RenovationCode)
            return i;
    return -1;
}

} // namespace pishkhan
