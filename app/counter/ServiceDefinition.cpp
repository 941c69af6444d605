#include "ServiceDefinition.h"

#include "UiLanguage.h"
#include "core/CouncilFeeRange.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

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

QString ServiceDefinition::audienceText() const
{
    if (audience == u"public"_s)
        return QCoreApplication::translate("ServiceDefinition", "For citizens");
    if (audience == u"supervising_engineers"_s)
        return QCoreApplication::translate("ServiceDefinition",
                                           "For supervising engineers with a licence number");
    return {};
}

QString ServiceDefinition::pilotText() const
{
    if (!pilot || districts.isEmpty())
        return {};
    QList<int> sorted = districts;
    std::sort(sorted.begin(), sorted.end());
    const bool persian = UiLanguage::isPersian();
    // A list reads "6, 7 and 12" or «۶، ۷ و ۱۲»: the separators belong to the language, so
    // they are chosen here rather than translated piecemeal.
    QString list;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            list += i + 1 == sorted.size() ? (persian ? u" و "_s : u" and "_s)
                                           : (persian ? u"، "_s : u", "_s);
        list += QString::number(sorted.at(i));
    }
    const QString text =
        sorted.size() == 1
            ? QCoreApplication::translate("ServiceDefinition", "Pilot: district %1").arg(list)
            : QCoreApplication::translate("ServiceDefinition", "Pilot: districts %1").arg(list);
    return UiLanguage::digits(text);
}

QStringList ServiceDefinition::pickerNotes() const
{
    QStringList notes;
    for (const QString& note : {audienceText(), pilotText()})
        if (!note.isEmpty())
            notes.append(note);
    return notes;
}

int ServiceDefinition::districtFieldIndex() const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].type == FieldType::RenovationCode)
            return i;
    return -1;
}

} // namespace pishkhan
