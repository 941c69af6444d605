#pragma once

#include "Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace pishkhan {

// Result<T>: either a value or an Error. A small stand-in for C++23 std::expected so the
// code base stays on C++20 (what Debian 12's toolchain and the Windows builds share).
// Accessing the wrong alternative is a programming error and asserts in debug builds.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_data(std::in_place_index<0>, value)
    {}
    Result(T&& value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] const T& value() const&
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T&& value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    [[nodiscard]] const Error& error() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_data);
    }
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : fallback; }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error& error() const
    {
        Q_ASSERT(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace pishkhan
