#include "FieldSchema.h"

#include "UiLanguage.h"
#include "core/CardNumber.h"
#include "core/LegalEntityId.h"
#include "core/MobileNumber.h"
#include "core/NationalCode.h"
#include "core/PersianText.h"
#include "core/PostalCode.h"
#include "core/RegisteredPlate.h"
#include "core/RenovationCode.h"
#include "core/Sheba.h"
#include "core/SolarHijri.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pishkhan {

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    static const QList<std::pair<QString, FieldType>> names = {
        {u"text"_s, FieldType::Text},
        {u"number"_s, FieldType::Number},
        {u"choice"_s, FieldType::Choice},
        {u"jalali_date"_s, FieldType::JalaliDate},
        {u"renovation_code"_s, FieldType::RenovationCode},
        {u"registered_plate"_s, FieldType::RegisteredPlate},
        {u"national_code"_s, FieldType::NationalCode},
        {u"mobile"_s, FieldType::Mobile},
        {u"postal_code"_s, FieldType::PostalCode},
        {u"sheba"_s, FieldType::Sheba},
        {u"card_number"_s, FieldType::CardNumber},
        {u"legal_entity_id"_s, FieldType::LegalEntityId},
    };
    for (const auto& [text, type] : names)
        if (text == name)
            return type;
    return std::nullopt;
}

Result<FieldSchema> FieldSchema::fromJson(const QJsonObject& json)
{
    FieldSchema field;
    field.name = json.value(u"name"_s).toString();
    const auto type = fieldTypeFromName(json.value(u"type"_s).toString());
    if (field.name.isEmpty() || !type)
        return Error(
            u"catalogue.field"_s,
            QT_TRANSLATE_NOOP("Error", "The service catalogue has a field it cannot read."),
            u"field "_s + field.name);
    field.type = *type;
    field.labelFa = json.value(u"label_fa"_s).toString(field.name);
    field.labelEn = json.value(u"label_en"_s).toString(field.name);
    field.required = json.value(u"required"_s).toBool(false);
    field.pattern = json.value(u"pattern"_s).toString();
    if (json.value(u"min"_s).isDouble())
        field.min = json.value(u"min"_s).toDouble();
    if (json.value(u"max"_s).isDouble())
        field.max = json.value(u"max"_s).toDouble();
    const QJsonArray choices = json.value(u"choices"_s).toArray();
    for (const QJsonValue& choice : choices) {
        const QJsonObject c = choice.toObject();
        field.choices.append({c.value(u"value"_s).toString(), c.value(u"label_fa"_s).toString(),
                              c.value(u"label_en"_s).toString()});
    }
    if (field.type == FieldType::Choice && field.choices.isEmpty())
        return Error(
            u"catalogue.field"_s,
            QT_TRANSLATE_NOOP("Error", "The service catalogue has a field it cannot read."),
            u"choice field without choices: "_s + field.name);
    return field;
}

QString FieldSchema::label() const
{
    return UiLanguage::isPersian() ? labelFa : labelEn;
}

Result<QJsonValue> FieldSchema::validate(const QString& input) const
{
    Result<QJsonValue> value = valueOf(input);
    if (!value) {
        Error error = value.error();
        return error.forField(name);
    }
    return value;
}

Result<QJsonValue> FieldSchema::valueOf(const QString& input) const
{
    const QString text = PersianText::normalize(input).trimmed();
    if (text.isEmpty()) {
        if (required)
            return Error(u"form.required"_s, QT_TRANSLATE_NOOP("Error", "This field is required."),
                         name);
        return QJsonValue(QJsonValue::Undefined);
    }
    switch (type) {
    case FieldType::Text: {
        if (!pattern.isEmpty()) {
            const QRegularExpression re(u"^(?:"_s + pattern + u")$"_s);
            if (re.isValid() && !re.match(PersianText::foldDigits(text)).hasMatch())
                return Error(
                    u"form.pattern"_s,
                    QT_TRANSLATE_NOOP("Error", "The value does not have the expected form."), name);
            return QJsonValue(PersianText::foldDigits(text));
        }
        return QJsonValue(text);
    }
    case FieldType::Number: {
        const QString digits = PersianText::cleanIdentifier(text).remove(u'٬').remove(u',');
        bool ok = false;
        const qlonglong value = digits.toLongLong(&ok);
        if (!ok || !PersianText::isAsciiDigits(digits))
            return Error(u"form.number"_s,
                         QT_TRANSLATE_NOOP("Error", "Type a whole number (digits only)."), name);
        if ((min && double(value) < *min) || (max && double(value) > *max))
            return Error(u"form.range"_s,
                         QT_TRANSLATE_NOOP("Error", "The number is outside the allowed range."),
                         name);
        return QJsonValue(value);
    }
    case FieldType::Choice: {
        for (const FieldChoice& choice : choices)
            if (choice.value == text || choice.labelFa == text || choice.labelEn == text)
                return QJsonValue(choice.value);
        return Error(u"form.choice"_s,
                     QT_TRANSLATE_NOOP("Error", "Pick one of the listed options."), name);
    }
    case FieldType::JalaliDate: {
        const auto date = SolarHijri::parse(text);
        if (!date)
            return date.error();
        return QJsonValue(SolarHijri::formatDate(*date, SolarHijri::Digits::Latin));
    }
    case FieldType::RenovationCode: {
        const auto code = RenovationCode::parse(text);
        if (!code)
            return code.error();
        const auto& p = code->parts();
        return QJsonValue(QJsonObject{{u"district"_s, p[RenovationCode::District]},
                                      {u"area"_s, p[RenovationCode::Area]},
                                      {u"block"_s, p[RenovationCode::Block]},
                                      {u"property"_s, p[RenovationCode::Property]},
                                      {u"building"_s, p[RenovationCode::Building]},
                                      {u"apartment"_s, p[RenovationCode::Apartment]},
                                      {u"shop"_s, p[RenovationCode::Shop]}});
    }
    case FieldType::RegisteredPlate: {
        const auto plate = RegisteredPlate::parseFields(text);
        if (!plate)
            return plate.error();
        return QJsonValue(QJsonObject{{u"section"_s, plate->section()},
                                      {u"main"_s, plate->mainPlate()},
                                      {u"sub"_s, plate->subPlate()}});
    }
    case FieldType::NationalCode: {
        const auto code = NationalCode::parse(text);
        if (!code)
            return code.error();
        return QJsonValue(code->canonical());
    }
    case FieldType::Mobile: {
        const auto mobile = MobileNumber::parse(text);
        if (!mobile)
            return mobile.error();
        return QJsonValue(mobile->canonical());
    }
    case FieldType::PostalCode: {
        const auto code = PostalCode::parse(text);
        if (!code)
            return code.error();
        return QJsonValue(code->canonical());
    }
    case FieldType::Sheba: {
        const auto sheba = Sheba::parse(text);
        if (!sheba)
            return sheba.error();
        return QJsonValue(sheba->canonical());
    }
    case FieldType::CardNumber: {
        const auto card = CardNumber::parse(text);
        if (!card)
            return card.error();
        return QJsonValue(card->canonical());
    }
    case FieldType::LegalEntityId: {
        const auto id = LegalEntityId::parse(text);
        if (!id)
            return id.error();
        return QJsonValue(id->canonical());
    }
    }
    return Error(u"form.type"_s, QT_TRANSLATE_NOOP("Error", "This field cannot be checked."), name);
}

int FieldSchema::partCount() const
{
    return type == FieldType::RegisteredPlate ? 3 : 1;
}

QString FieldSchema::joinParts(const QStringList& parts) const
{
    if (type == FieldType::RegisteredPlate)
        return RegisteredPlate::joinFields(parts.value(0), parts.value(1), parts.value(2));
    return parts.value(0);
}

QStringList FieldSchema::splitParts(const QString& text) const
{
    if (type == FieldType::RegisteredPlate)
        return RegisteredPlate::splitFields(text);
    return {text};
}

} // namespace pishkhan
