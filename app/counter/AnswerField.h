#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

// How a value of a municipal answer is shown (docs/api.md §4.5 "Answer fields").
enum class AnswerFieldType {
    Text,
    Number,
    YesNo,
    JalaliDate,
    Money,        // integer rials, shown in toman
    HeightM,      // metres: heights, setbacks, distances
    PermitNumber, // a permit or certificate number, kept left to right
    StatusValue,  // a coded value with a Persian and English name per value
    List,         // an array of objects described by `items`
    Hidden,       // described but not shown (an English twin, a structured copy of a code)
};

[[nodiscard]] std::optional<AnswerFieldType> answerFieldTypeFromName(const QString& name);

// One coded value of a status field and its names.
struct AnswerValueName
{
    QString value;
    QString labelFa;
    QString labelEn;
};

// One member of a service's answer (result.data), as the catalogue describes it.
struct AnswerField
{
    QString key;
    QString labelFa;
    QString labelEn;
    AnswerFieldType type = AnswerFieldType::Text;
    QList<AnswerValueName> values; // status only
    QList<AnswerField> items;      // list only: the members of each element

    // Error code: catalogue.answer_field (no key or label, an unknown type, a status without
    // values, a list without items); the detail names the key.
    [[nodiscard]] static Result<AnswerField> fromJson(const QJsonObject& json);
    [[nodiscard]] static Result<QList<AnswerField>> listFromJson(const QJsonValue& json);

    // The name of a status value in the language asked for; the value itself when unknown.
    [[nodiscard]] QString valueName(const QString& value, bool persian) const;
};

} // namespace pishkhan
