#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pishkhan {

// The kinds of input a catalogue form can ask for (docs/api.md §4.5).
enum class FieldType {
    Text,
    Number,
    Choice,
    JalaliDate,
    RenovationCode,
    RegisteredPlate,
    NationalCode,
    Mobile,
    PostalCode,
    Sheba,
    CardNumber,
    LegalEntityId,
};

[[nodiscard]] std::optional<FieldType> fieldTypeFromName(const QString& name);

struct FieldChoice
{
    QString value;
    QString labelFa;
    QString labelEn;
};

// One field of a service's form, as the catalogue describes it. The UI builds its editor from
// this and hands the typed text back to validate(); it never checks a value itself.
struct FieldSchema
{
    QString name;
    FieldType type = FieldType::Text;
    QString labelFa;
    QString labelEn;
    bool required = false;
    QString pattern; // text only, matched after digit folding
    std::optional<double> min;
    std::optional<double> max;
    QList<FieldChoice> choices;

    [[nodiscard]] static Result<FieldSchema> fromJson(const QJsonObject& json);

    // The label in the UI's language (Persian unless the default locale is another language).
    [[nodiscard]] QString label() const;

    // Checks what the clerk typed and returns the value to send (docs/api.md "Values by type"):
    // a string, a number, or an object for renovation codes and plates. An empty optional
    // field gives an undefined QJsonValue (left out of the request).
    // The text is normalised first (PersianText::normalize: Arabic ي/ك → ی/ک, digits to ASCII,
    // bidi marks dropped, spaces collapsed and trimmed, ZWNJ kept between letters); a text
    // value is sent normalised, identifiers in their canonical ASCII form.
    // Error codes: form.required, form.number, form.range, form.pattern, form.choice, and those
    // of the core identifier types (national_code.*, mobile.*, renovation_code.*, plate.*,
    // solar_hijri.*, postal_code.*, sheba.*, card.*, legal_entity_id.*). Every error names this
    // field in Error::field().
    [[nodiscard]] Result<QJsonValue> validate(const QString& input) const;

    // How many edits the form shows for this field: 3 for a registered plate (section, main,
    // sub), 1 otherwise. The edits' texts travel as one text per field: joinParts() makes the
    // text validate() reads and drafts keep, splitParts() gives the edits' texts back.
    [[nodiscard]] int partCount() const;
    [[nodiscard]] QString joinParts(const QStringList& parts) const;
    [[nodiscard]] QStringList splitParts(const QString& text) const;

private:
    [[nodiscard]] Result<QJsonValue> valueOf(const QString& input) const;
};

} // namespace pishkhan
