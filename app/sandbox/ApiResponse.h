#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace pishkhan::sandbox {

// One HTTP answer as a value: handlers build it, the idempotency layer stores and replays it,
// the HTTP front end writes it (now, later, or never, as the fault settings say).
struct ApiResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Keep the transaction even though the answer is 4xx (a wrong one-time code must count).
    bool commitOnError = false;

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }

    [[nodiscard]] static ApiResponse json(int status, const QJsonObject& object);
    [[nodiscard]] static ApiResponse problem(const Problem& problem);
    [[nodiscard]] static ApiResponse empty(int status);
    // 500 with the "internal" problem: a store failure the caller cannot do anything about.
    [[nodiscard]] static ApiResponse internal();
};

} // namespace pishkhan::sandbox
