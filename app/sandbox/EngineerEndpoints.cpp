#include "EngineerEndpoints.h"

#include "Clock.h"
#include "Directory.h"
#include "Identifiers.h"
#include "JsonFields.h"

#include "core/EngineerLicence.h"

#include <QDateTime>

namespace pishkhan::sandbox {

ApiResponse EngineerEndpoints::verify(const ApiCall& call)
{
    JsonFields f(call.body);
    f.allowOnly({QStringLiteral("national_code"), QStringLiteral("license")});
    const QString nationalText = f.string(QStringLiteral("national_code"), true, 32);
    const QString licenseText = f.string(QStringLiteral("license"), true, 40);
    if (f.problem())
        return ApiResponse::problem(*f.problem());
    const auto nationalCode = Identifiers::nationalCode(nationalText);
    if (!nationalCode)
        return ApiResponse::problem(Problem(QStringLiteral("national-code-invalid"),
                                            QStringLiteral("check digit or shape is wrong"),
                                            QStringLiteral("/national_code")));
    const auto license = EngineerLicence::parse(licenseText);
    if (!license)
        return ApiResponse::problem(Problem(QStringLiteral("field-invalid"),
                                            QStringLiteral("a licence is NN-NNN-NNNNN"),
                                            QStringLiteral("/license")));
    const auto engineer = m_context.directory.engineer(*nationalCode, license->canonical());
    if (!engineer)
        return ApiResponse::problem(
            Problem(QStringLiteral("engineer-license-refused"),
                    QStringLiteral("no registered engineer with this national code and licence"),
                    QStringLiteral("/license")));
    const QString validUntil = engineer->value(QStringLiteral("valid_until")).toString();
    if (!validUntil.isEmpty()) {
        const QDateTime until = QDateTime::fromString(validUntil, Qt::ISODate);
        if (until.isValid() && call.now >= until.toMSecsSinceEpoch())
            return ApiResponse::problem(Problem(QStringLiteral("engineer-license-refused"),
                                                QStringLiteral("the licence is no longer in force"),
                                                QStringLiteral("/license"))
                                            .with(QStringLiteral("valid_until"), validUntil));
    }
    QJsonObject out{{QStringLiteral("license"), license->canonical()},
                    {QStringLiteral("name_fa"), engineer->value(QStringLiteral("name_fa"))},
                    {QStringLiteral("name_en"), engineer->value(QStringLiteral("name_en"))},
                    {QStringLiteral("checked_at"), Clock::toRfc3339(call.now)}};
    if (!validUntil.isEmpty())
        out.insert(QStringLiteral("valid_until"), validUntil);
    return ApiResponse::json(200, out);
}

} // namespace pishkhan::sandbox
