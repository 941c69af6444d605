#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pishkhan::sandbox {

// Sample Pishkhan offices (who may activate counters) and registered supervising engineers
// (who may use the engineers-only services), from resources/sandbox/directory.json.
class Directory
{
public:
    [[nodiscard]] static Result<Directory> load(const QString& path);

    [[nodiscard]] std::optional<QJsonObject> office(const QString& code) const;
    // True when this national code holds this engineer licence number.
    [[nodiscard]] bool isEngineer(const QString& nationalCode, const QString& license) const;
    [[nodiscard]] bool isEngineer(const QString& nationalCode) const;
    // The registered engineer with this national code and licence number (name_fa, name_en,
    // license, valid_until when the directory gives one), or nothing.
    [[nodiscard]] std::optional<QJsonObject> engineer(const QString& nationalCode,
                                                      const QString& license) const;

private:
    QJsonObject m_document;
};

} // namespace pishkhan::sandbox
