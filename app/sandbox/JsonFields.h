#pragma once

#include "Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pishkhan::sandbox {

// Reads typed members out of a JSON object and remembers the first thing wrong as a Problem
// whose `field` is the JSON pointer of the member. Handlers read everything, then ask
// problem() once, which keeps the validation code a flat list.
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object, QString pointer = {});

    [[nodiscard]] QString string(const QString& name, bool required = true, int maxLength = 200);
    [[nodiscard]] qint64 integer(const QString& name, bool required, qint64 min, qint64 max);
    [[nodiscard]] QJsonObject object(const QString& name, bool required = true);
    [[nodiscard]] QJsonArray array(const QString& name, bool required = true);
    [[nodiscard]] bool has(const QString& name) const { return m_object.contains(name); }
    [[nodiscard]] QString pointerOf(const QString& name) const;

    // Any member not in `allowed` → field-unknown.
    void allowOnly(const QStringList& allowed);
    // Records a problem unless one is already recorded.
    void fail(const QString& slug, const QString& name, const QString& detail);

    [[nodiscard]] const std::optional<Problem>& problem() const { return m_problem; }

private:
    [[nodiscard]] bool present(const QString& name, bool required);

    QJsonObject m_object;
    QString m_pointer;
    std::optional<Problem> m_problem;
};

} // namespace pishkhan::sandbox
