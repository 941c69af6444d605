#pragma once

#include "AnswerField.h"
#include "FieldSchema.h"
#include "core/Money.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    // Who may use the service, for the picker: "For citizens" or "For supervising engineers
    // with a licence number", in the UI's language; empty for an audience this build does not
    // know.
    [[nodiscard]] QString audienceText() const;
    // For a pilot service, where it runs: "Pilot: districts 6, 7 and 12" (Persian digits and
    // separators in a Persian UI, «آزمایشی: مناطق ۶، ۷ و ۱۲»); empty for other services.
    [[nodiscard]] QString pilotText() const;
    // What the picker shows under a service's name: audienceText() and pilotText(), the empty
    // ones left out.
    [[nodiscard]] QStringList pickerNotes() const;
    // The first field whose value names the municipal district (a renovation code), or -1.
    [[nodiscard]] int districtFieldIndex() const;

    // What the answer's data holds and how to show it (docs/api.md §4.5 "Answer fields");
    // empty for a service the catalogue describes no answer for.
    QList<AnswerField> answerFields;
};

} // namespace pishkhan
