#pragma once

#include "AnswerField.h"
#include "FieldSchema.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace pishkhan {

// One service of the municipal catalogue: what the clerk picks, the form it needs and the
// council tariff the office charges for it.
struct ServiceDefinition
{
    QString id;
    QString nameFa;
    QString nameEn;
    QString descriptionFa;
    QString descriptionEn;
    QString category;
    QString kind;     // inquiry | application
    QString audience; // public | supervising_engineers
    qint64 tariffRials = 0;
    QList<int> districts;
    bool pilot = false;
    bool active = true;
    QList<FieldSchema> fields;

    [[nodiscard]] static Result<ServiceDefinition> fromJson(const QJsonObject& json);

    [[nodiscard]] QString name() const;
    [[nodiscard]] bool isOfferedIn(int district) const { return districts.contains(district); }
    // The fee to charge: the tariff, refused (fee.out_of_range) when outside the council's
    // range whatever the catalogue says.
    [[nodiscard]] Result<Money> fee() const;
    // The first field whose value names the municipal district (a renovation code), or -1.
    [[nodiscard]] int districtFieldIndex() const;

    // What the answer's data holds and how to show it (docs/api.md §4.5 "Answer fields");
    // empty for a service the catalogue describes no answer for.
    QList<AnswerField> answerFields;
};

} // namespace pishkhan
