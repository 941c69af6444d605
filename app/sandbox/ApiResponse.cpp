#include "ApiResponse.h"

#include <QJsonDocument>

namespace pishkhan::sandbox {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::problem(const Problem& problem)
{
    ApiResponse r;
    r.status = problem.httpStatus();
    r.contentType = QByteArrayLiteral("application/problem+json; charset=utf-8");
    r.body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::internal()
{
    return problem(Problem(QStringLiteral("internal"), {}));
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse r;
    r.status = status;
    return r;
}

} // namespace pishkhan::sandbox
