#include "JsonFields.h"

#include <cmath>

namespace pishkhan::sandbox {

JsonFields::JsonFields(QJsonObject object, QString pointer)
    : m_object(std::move(object))
    , m_pointer(std::move(pointer))
{}

QString JsonFields::pointerOf(const QString& name) const
{
    return m_pointer + u'/' + name;
}

void JsonFields::fail(const QString& slug, const QString& name, const QString& detail)
{
    if (!m_problem)
        m_problem = Problem(slug, detail, name.isEmpty() ? m_pointer : pointerOf(name));
}

bool JsonFields::present(const QString& name, bool required)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("field-missing"), name, name + QStringLiteral(" is required"));
        return false;
    }
    return true;
}

QString JsonFields::string(const QString& name, bool required, int maxLength)
{
    if (!present(name, required))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isString()) {
        fail(QStringLiteral("field-type"), name, name + QStringLiteral(" must be a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.isEmpty() && required) {
        fail(QStringLiteral("field-missing"), name, name + QStringLiteral(" must not be empty"));
        return {};
    }
    if (s.size() > maxLength) {
        fail(QStringLiteral("field-invalid"), name,
             name + QStringLiteral(" is longer than ") + QString::number(maxLength) +
                 QStringLiteral(" characters"));
        return {};
    }
    return s;
}

qint64 JsonFields::integer(const QString& name, bool required, qint64 min, qint64 max)
{
    if (!present(name, required))
        return 0;
    const QJsonValue v = m_object.value(name);
    if (!v.isDouble()) {
        fail(QStringLiteral("field-type"), name, name + QStringLiteral(" must be a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (std::floor(d) != d || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(QStringLiteral("field-invalid"), name,
             name + QStringLiteral(" must be an integer from ") + QString::number(min) +
                 QStringLiteral(" to ") + QString::number(max));
        return 0;
    }
    return static_cast<qint64>(d);
}

QJsonObject JsonFields::object(const QString& name, bool required)
{
    if (!present(name, required))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isObject()) {
        fail(QStringLiteral("field-type"), name, name + QStringLiteral(" must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QString& name, bool required)
{
    if (!present(name, required))
        return {};
    const QJsonValue v = m_object.value(name);
    if (!v.isArray()) {
        fail(QStringLiteral("field-type"), name, name + QStringLiteral(" must be an array"));
        return {};
    }
    return v.toArray();
}

void JsonFields::allowOnly(const QStringList& allowed)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(QStringLiteral("field-unknown"), it.key(),
                 QStringLiteral("unknown member ") + it.key());
            return;
        }
    }
}

} // namespace pishkhan::sandbox
