#include "Directory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pishkhan::sandbox {

Result<Directory> Directory::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("sandbox.directory"), "Cannot read the sample offices",
                     path + QStringLiteral(": ") + file.errorString());
    Directory d;
    d.m_document = QJsonDocument::fromJson(file.readAll()).object();
    if (d.m_document.value(QStringLiteral("offices")).toArray().isEmpty())
        return Error(QStringLiteral("sandbox.directory"), "Cannot read the sample offices",
                     path + QStringLiteral(": no offices"));
    return d;
}

std::optional<QJsonObject> Directory::office(const QString& code) const
{
    for (const QJsonValue v : m_document.value(QStringLiteral("offices")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return v.toObject();
    }
    return std::nullopt;
}

bool Directory::isEngineer(const QString& nationalCode, const QString& license) const
{
    for (const QJsonValue v : m_document.value(QStringLiteral("engineers")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("national_code")).toString() == nationalCode &&
            (license.isNull() || e.value(QStringLiteral("license")).toString() == license))
            return true;
    }
    return false;
}

bool Directory::isEngineer(const QString& nationalCode) const
{
    return isEngineer(nationalCode, QString());
}

std::optional<QJsonObject> Directory::engineer(const QString& nationalCode,
                                               const QString& license) const
{
    for (const QJsonValue v : m_document.value(QStringLiteral("engineers")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("national_code")).toString() == nationalCode &&
            e.value(QStringLiteral("license")).toString() == license)
            return e;
    }
    return std::nullopt;
}

} // namespace pishkhan::sandbox
