#pragma once

#include "ApiError.h"

#include <optional>

namespace pishkhan {

// An API answer: the decoded value, or an ApiError that says how to react.
template<typename T>
class [[nodiscard]] ApiReply
{
public:
    ApiReply(T value)
        : m_value(std::move(value))
    {}
    ApiReply(ApiError error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    [[nodiscard]] T& value()
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }
    [[nodiscard]] const ApiError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace pishkhan
