#pragma once

#include <QJsonObject>
#include <QString>

namespace pishkhan::sandbox {

// One RFC 9457 (problem+json) error as a value. Handlers return it instead of throwing; the
// HTTP status, English title and Persian title come from one table keyed by `slug`, so a type
// always means the same thing wherever it is raised (docs/api.md lists the same table).
class Problem
{
public:
    Problem() = default;
    Problem(QString slug, QString detail, QString pointer = {});

    [[nodiscard]] const QString& slug() const { return m_slug; }
    [[nodiscard]] const QString& detail() const { return m_detail; }
    [[nodiscard]] const QString& pointer() const { return m_pointer; }
    [[nodiscard]] bool isNull() const { return m_slug.isEmpty(); }

    // Adds a member to the problem document ("attempts_left", "retry_after", ...).
    Problem& with(const QString& key, const QJsonValue& value);

    [[nodiscard]] int httpStatus() const;
    [[nodiscard]] QString typeUri() const;
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] static QString typeUri(const QString& slug);
    // Every slug the table knows, for the --list-problems flag and the docs check.
    [[nodiscard]] static QStringList knownSlugs();

private:
    QString m_slug;
    QString m_detail;
    QString m_pointer;
    QJsonObject m_extra;
};

} // namespace pishkhan::sandbox
