#include "ApiError.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

ApiError::ApiError(Kind kind, Error error, int httpStatus, ApiProblem problem, qint64 retryAfterMs)
    : m_kind(kind)
    , m_error(std::move(error))
    , m_httpStatus(httpStatus)
    , m_problem(std::move(problem))
    , m_retryAfterMs(retryAfterMs)
{}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Transport:
    case Kind::Malformed:
    case Kind::ServerError:
    case Kind::Unavailable:
        return true;
    default:
        return false;
    }
}

QString ApiError::code() const
{
    if ((m_kind == Kind::Refused || m_kind == Kind::Unauthorized) && !m_problem.slug.isEmpty())
        return u"api.problem."_s + m_problem.slug;
    return m_error.code();
}

QString ApiError::messageFa() const
{
    if (!m_problem.titleFa.isEmpty())
        return m_problem.titleFa;
    return m_error.userMessage();
}

QString ApiError::messageEn() const
{
    if (!m_problem.title.isEmpty())
        return m_problem.title;
    return m_error.message();
}

} // namespace pishkhan
