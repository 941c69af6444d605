#include "FormValidator.h"

#include "Identifiers.h"
#include "core/CardNumber.h"
#include "core/LegalEntityId.h"
#include "core/PostalCode.h"
#include "core/Sheba.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace pishkhan::sandbox {

namespace {

Problem fieldProblem(const QString& slug, const QString& pointer, const QString& name,
                     const QString& detail)
{
    return Problem(slug, detail, pointer + u'/' + name);
}

} // namespace

std::optional<Problem> FormValidator::check(const QJsonObject& service, const QJsonObject& fields,
                                            const QString& pointer, Checked& out)
{
    const QJsonArray schema = service.value(QStringLiteral("fields")).toArray();
    QSet<QString> known;
    for (const QJsonValue fv : schema) {
        const QJsonObject f = fv.toObject();
        const QString name = f.value(QStringLiteral("name")).toString();
        const QString type = f.value(QStringLiteral("type")).toString();
        known.insert(name);
        const QJsonValue v = fields.value(name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            if (f.value(QStringLiteral("required")).toBool())
                return fieldProblem(QStringLiteral("field-missing"), pointer, name,
                                    name + QStringLiteral(" is required by this service"));
            continue;
        }
        QJsonValue normal = v;
        QJsonValue stored = v;
        const auto wrongType = [&](const char* expected) {
            return fieldProblem(QStringLiteral("field-type"), pointer, name,
                                name + QStringLiteral(" must be ") + QLatin1StringView(expected));
        };
        const auto invalid = [&](const QString& why) {
            return fieldProblem(QStringLiteral("field-invalid"), pointer, name,
                                name + QStringLiteral(": ") + why);
        };
        if (type == QStringLiteral("text")) {
            if (!v.isString())
                return wrongType("a string");
            const QString text = v.toString();
            if (text.size() > 500)
                return invalid(QStringLiteral("longer than 500 characters"));
            const QString pattern = f.value(QStringLiteral("pattern")).toString();
            if (!pattern.isEmpty()) {
                const QRegularExpression re(pattern);
                if (!re.match(Identifiers::clean(text)).hasMatch() && !re.match(text).hasMatch())
                    return invalid(QStringLiteral("does not match the pattern ") + pattern);
            }
        } else if (type == QStringLiteral("number")) {
            if (!v.isDouble())
                return wrongType("a number");
            const double d = v.toDouble();
            if ((f.contains(QStringLiteral("min")) &&
                 d < f.value(QStringLiteral("min")).toDouble()) ||
                (f.contains(QStringLiteral("max")) &&
                 d > f.value(QStringLiteral("max")).toDouble()))
                return invalid(QStringLiteral("out of the allowed range"));
        } else if (type == QStringLiteral("choice")) {
            if (!v.isString())
                return wrongType("a string");
            bool found = false;
            for (const QJsonValue c : f.value(QStringLiteral("choices")).toArray())
                found =
                    found || c.toObject().value(QStringLiteral("value")).toString() == v.toString();
            if (!found)
                return invalid(QStringLiteral("not one of the service's choices"));
        } else if (type == QStringLiteral("jalali_date")) {
            if (!v.isString())
                return wrongType("a string (YYYY/MM/DD, Solar Hijri)");
            if (!Identifiers::jalaliDate(v.toString()))
                return invalid(QStringLiteral("not a Solar Hijri date YYYY/MM/DD"));
            normal = stored = Identifiers::clean(v.toString());
        } else if (type == QStringLiteral("renovation_code")) {
            if (!v.isObject() && !v.isString())
                return wrongType("an object of seven integers");
            const auto code = Identifiers::renovationCode(v);
            if (!code)
                return invalid(QStringLiteral("not a renovation code of seven numeric parts"));
            normal = stored = *code;
        } else if (type == QStringLiteral("registered_plate")) {
            if (!v.isObject())
                return wrongType("an object {section, main, sub}");
            const auto plate = Identifiers::registeredPlate(v);
            if (!plate)
                return invalid(QStringLiteral("not a registered plate {section, main, sub}"));
            normal = stored = *plate;
        } else if (type == QStringLiteral("national_code")) {
            if (!v.isString())
                return wrongType("a string");
            const auto code = Identifiers::nationalCode(v.toString());
            if (!code)
                return fieldProblem(QStringLiteral("national-code-invalid"), pointer, name,
                                    name + QStringLiteral(" fails the national code check"));
            normal = *code;
            stored = Identifiers::mask(*code);
        } else if (type == QStringLiteral("mobile")) {
            if (!v.isString())
                return wrongType("a string");
            const auto mobile = Identifiers::mobile(v.toString());
            if (!mobile)
                return fieldProblem(QStringLiteral("mobile-invalid"), pointer, name,
                                    name + QStringLiteral(" is not a mobile number"));
            normal = *mobile;
            stored = Identifiers::mask(*mobile);
        } else if (type == QStringLiteral("postal_code")) {
            if (!v.isString())
                return wrongType("a string of 10 digits");
            const auto code = PostalCode::parse(v.toString());
            if (!code)
                return invalid(QStringLiteral("not a postal code (") + code.error().code() + u')');
            normal = code->canonical();
            stored = code->masked();
        } else if (type == QStringLiteral("sheba")) {
            if (!v.isString())
                return wrongType("a string (IR and 24 digits)");
            const auto sheba = Sheba::parse(v.toString());
            if (!sheba)
                return invalid(QStringLiteral("not a Sheba number (") + sheba.error().code() +
                               u')');
            normal = sheba->canonical();
            stored = sheba->masked();
        } else if (type == QStringLiteral("card_number")) {
            if (!v.isString())
                return wrongType("a string of 16 digits");
            const auto card = CardNumber::parse(v.toString());
            if (!card)
                return invalid(QStringLiteral("not a bank card number (") + card.error().code() +
                               u')');
            normal = card->canonical();
            stored = card->masked();
        } else if (type == QStringLiteral("legal_entity_id")) {
            if (!v.isString())
                return wrongType("a string of 11 digits");
            const auto id = LegalEntityId::parse(v.toString());
            if (!id)
                return invalid(QStringLiteral("not a legal entity's national id (") +
                               id.error().code() + u')');
            normal = id->canonical();
            stored = id->canonical();
        }
        out.normalised.insert(name, normal);
        out.stored.insert(name, stored);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!known.contains(it.key()))
            return fieldProblem(QStringLiteral("field-unknown"), pointer, it.key(),
                                it.key() + QStringLiteral(" is not a field of this service"));
    }
    return std::nullopt;
}

} // namespace pishkhan::sandbox
