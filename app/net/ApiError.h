#pragma once

#include "ApiTypes.h"

#include "core/Error.h"

namespace pishkhan {

// Why an API call did not give its answer, sorted by what the caller must do about it
// (docs/api.md §2 "How a client should react").
class ApiError
{
public:
    enum class Kind {
        None,
        Transport,    // no complete answer (connect, TLS, timeout, reset, drop): retry
        Malformed,    // an answer that does not follow the contract: retry, never crash
        ServerError,  // 500 and other 5xx: retry with backoff
        Unavailable,  // 503 / 429: retry, honouring Retry-After
        Unauthorized, // 401: stop syncing, ask for re-activation
        Refused,      // other 4xx: the request itself is wrong; show titleFa
    };

    ApiError() = default;
    ApiError(Kind kind, Error error, int httpStatus = 0, ApiProblem problem = {},
             qint64 retryAfterMs = -1);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isNone() const { return m_kind == Kind::None; }
    [[nodiscard]] const Error& error() const { return m_error; }
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] const ApiProblem& problem() const { return m_problem; }
    // From the Retry-After header (or the problem's retry_after); -1 = none.
    [[nodiscard]] qint64 retryAfterMs() const { return m_retryAfterMs; }

    // Transport, Malformed, ServerError, Unavailable: try again later.
    [[nodiscard]] bool isRetryable() const;
    // Stable machine code: "net.timeout", "api.malformed", "api.problem.district-unknown", ...
    [[nodiscard]] QString code() const;
    // Persian sentence for the clerk: the backend's title_fa when it sent one.
    [[nodiscard]] QString messageFa() const;
    // English, for logs (never holds an identifier: problem titles do not by contract).
    [[nodiscard]] QString messageEn() const;

private:
    Kind m_kind = Kind::None;
    Error m_error;
    int m_httpStatus = 0;
    ApiProblem m_problem;
    qint64 m_retryAfterMs = -1;
};

} // namespace pishkhan
