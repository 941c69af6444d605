#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pishkhan::sandbox {

// The identifier shapes the API carries in JSON. National code and mobile defer to
// pishkhan_core (one rule for client and server); the JSON forms of renovation codes, plates
// and Solar Hijri dates live here.
class Identifiers
{
public:
    // Folds Persian and Arabic-Indic digits to ASCII and strips spaces, ZWNJ, LRM/RLM and the
    // bidi isolates a counter keyboard or a paste leaves in an identifier field.
    [[nodiscard]] static QString clean(const QString& text);

    // Canonical 10-digit national code, or nothing when the code is not valid.
    [[nodiscard]] static std::optional<QString> nationalCode(const QString& text);
    // Canonical 09xxxxxxxxx mobile, or nothing.
    [[nodiscard]] static std::optional<QString> mobile(const QString& text);

    // "6-12-345-17-0-0-0" or {district, area, block, property, building, apartment, shop}
    // → the object form, or nothing.
    [[nodiscard]] static std::optional<QJsonObject> renovationCode(const QJsonValue& value);
    [[nodiscard]] static std::optional<QJsonObject> renovationCode(const QString& text);
    [[nodiscard]] static QString renovationCodeText(const QJsonObject& code);
    // {section, main, sub} with non-negative integers (sub may be 0), or nothing.
    [[nodiscard]] static std::optional<QJsonObject> registeredPlate(const QJsonValue& value);

    // "1402/07/15" in the Solar Hijri calendar → the Gregorian date, or nothing.
    [[nodiscard]] static std::optional<QDate> jalaliDate(const QString& text);
    [[nodiscard]] static QString gregorianOfJalali(const QString& text);

    // DigitMask ("******7890") for anything the sandbox keeps or shows about a citizen.
    [[nodiscard]] static QString mask(const QString& identifier);
};

} // namespace pishkhan::sandbox
