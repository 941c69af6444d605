#include "AnswerField.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

struct TypeName
{
    AnswerFieldType type;
    const char16_t* name;
};

constexpr TypeName kTypeNames[] = {
    {AnswerFieldType::Text, u"text"},
    {AnswerFieldType::Number, u"number"},
    {AnswerFieldType::YesNo, u"yes_no"},
    {AnswerFieldType::JalaliDate, u"jalali_date"},
    {AnswerFieldType::Money, u"money"},
    {AnswerFieldType::HeightM, u"height_m"},
    {AnswerFieldType::PermitNumber, u"permit_number"},
    {AnswerFieldType::StatusValue, u"status"},
    {AnswerFieldType::List, u"list"},
    {AnswerFieldType::Hidden, u"hidden"},
};

Error bad(const QString& key, const QString& why)
{
    return Error(
        u"catalogue.answer_field"_s,
        QT_TRANSLATE_NOOP("Error", "The service catalogue describes an answer it cannot read."),
        u"answer field '"_s + key + u"': "_s + why);
}

} // namespace

std::optional<AnswerFieldType> answerFieldTypeFromName(const QString& name)
{
    for (const TypeName& t : kTypeNames)
        if (name == QStringView(t.name))
            return t.type;
    return std::nullopt;
}

Result<AnswerField> AnswerField::fromJson(const QJsonObject& json)
{
    AnswerField f;
    f.key = json.value(u"key"_s).toString();
    f.labelFa = json.value(u"label_fa"_s).toString();
    f.labelEn = json.value(u"label_en"_s).toString();
    if (f.key.isEmpty() || f.labelFa.isEmpty())
        return bad(f.key, u"key and label_fa are required"_s);
    const QString typeName = json.value(u"type"_s).toString();
    const std::optional<AnswerFieldType> type = answerFieldTypeFromName(typeName);
    if (!type)
        return bad(f.key, u"unknown type '"_s + typeName + u"'"_s);
    f.type = *type;
    for (const QJsonValue& v : json.value(u"values"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.values.append({o.value(u"value"_s).toString(), o.value(u"label_fa"_s).toString(),
                         o.value(u"label_en"_s).toString()});
    }
    if (f.type == AnswerFieldType::StatusValue && f.values.isEmpty())
        return bad(f.key, u"a status needs its values"_s);
    if (f.type == AnswerFieldType::List) {
        Result<QList<AnswerField>> items = listFromJson(json.value(u"items"_s));
        if (!items)
            return items.error();
        if (items->isEmpty())
            return bad(f.key, u"a list needs its items"_s);
        f.items = std::move(*items);
    }
    return f;
}

Result<QList<AnswerField>> AnswerField::listFromJson(const QJsonValue& json)
{
    QList<AnswerField> fields;
    if (json.isUndefined() || json.isNull())
        return fields;
    if (!json.isArray())
        return bad(QString(), u"answer_fields is not an array"_s);
    for (const QJsonValue& v : json.toArray()) {
        if (!v.isObject())
            return bad(QString(), u"an answer field is not an object"_s);
        Result<AnswerField> field = fromJson(v.toObject());
        if (!field)
            return field.error();
        fields.append(std::move(*field));
    }
    return fields;
}

QString AnswerField::valueName(const QString& value, bool persian) const
{
    for (const AnswerValueName& v : values)
        if (v.value == value)
            return persian || v.labelEn.isEmpty() ? v.labelFa : v.labelEn;
    return value;
}

} // namespace pishkhan
