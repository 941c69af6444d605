#include "PropertyEndpoints.h"

#include "Identifiers.h"
#include "PropertyRegistry.h"

#include <QJsonValue>

namespace pishkhan::sandbox {

ApiResponse PropertyEndpoints::lookup(const ApiCall& call)
{
    const QUrlQuery& q = call.request.query;
    const QString code = q.queryItemValue(QStringLiteral("renovation_code"), QUrl::FullyDecoded);
    const bool byPlate = q.hasQueryItem(QStringLiteral("plate_section")) ||
                         q.hasQueryItem(QStringLiteral("plate_main")) ||
                         q.hasQueryItem(QStringLiteral("plate_sub"));
    if (code.isEmpty() == !byPlate)
        return ApiResponse::problem(
            Problem(QStringLiteral("query-invalid"),
                    QStringLiteral("give renovation_code, or plate_section, plate_main and "
                                   "plate_sub")));
    std::optional<QJsonObject> property;
    if (!code.isEmpty()) {
        const auto parsed = Identifiers::renovationCode(code);
        if (!parsed)
            return ApiResponse::problem(
                Problem(QStringLiteral("query-invalid"),
                        QStringLiteral("renovation_code must be seven numeric parts joined by -")));
        property = m_context.properties.byRenovationCode(*parsed);
    } else {
        const auto number = [&](const char* name) -> QJsonValue {
            bool ok = false;
            const qint64 n =
                Identifiers::clean(q.queryItemValue(QLatin1StringView(name))).toLongLong(&ok);
            return ok ? QJsonValue(static_cast<double>(n)) : QJsonValue();
        };
        const auto plate = Identifiers::registeredPlate(
            QJsonObject{{QStringLiteral("section"), number("plate_section")},
                        {QStringLiteral("main"), number("plate_main")},
                        {QStringLiteral("sub"), number("plate_sub")}});
        if (!plate)
            return ApiResponse::problem(
                Problem(QStringLiteral("query-invalid"),
                        QStringLiteral("plate_section, plate_main, plate_sub must be integers")));
        property = m_context.properties.byPlate(*plate);
    }
    if (!property)
        return ApiResponse::problem(Problem(QStringLiteral("property-not-found"), {}));
    QJsonObject file = PropertyRegistry::present(*property);
    file.insert(QStringLiteral("sample_data"), true);
    return ApiResponse::json(200, file);
}

} // namespace pishkhan::sandbox
