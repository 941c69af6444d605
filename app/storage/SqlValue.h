#pragma once

#include <QByteArray>
#include <QString>

#include <concepts>
#include <optional>
#include <variant>

namespace pishkhan {

// A value for a statement parameter: SQL NULL, an integer, UTF-8 text or a blob. Converts
// implicitly so a bind list reads like the values it binds. A null QString or QByteArray and
// an empty optional bind NULL, as Statement's bindText() and bindBlob() do.
class SqlValue
{
public:
    SqlValue() = default; // NULL
    SqlValue(std::nullopt_t) {}
    template<std::integral T>
    requires(!std::same_as<T, bool>) SqlValue(T value)
        : m_value(qint64(value))
    {}
    // A flag has no single SQL form here; bind it as 0/1 (or whatever its column holds).
    SqlValue(bool) = delete;
    SqlValue(const QString& value)
        : m_value(value)
    {}
    SqlValue(const QByteArray& value)
        : m_value(value)
    {}
    template<typename T>
    SqlValue(const std::optional<T>& value)
    {
        if (value)
            *this = SqlValue(*value);
    }

    using Value = std::variant<std::monostate, qint64, QString, QByteArray>;
    [[nodiscard]] const Value& value() const { return m_value; }

private:
    Value m_value;
};

} // namespace pishkhan
