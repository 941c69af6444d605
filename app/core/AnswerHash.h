#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pishkhan {

// The fingerprint of a municipal answer that a printed answer's QR carries and the backend
// verifies (docs/api.md §4.9 "answer_hash", §4.17): lower-case hex SHA-256 over the UTF-8 of
// the canonical JSON of {"data": …, "service_id": …, "tracking_code": …}. Canonical = no
// whitespace, object members sorted by key, strings escaped as JSON requires, integers in
// decimal and other numbers in their shortest round-trip form — exactly what QJsonDocument's
// compact form writes, so the backend and the counter compute it with the same code.
class AnswerHash
{
public:
    AnswerHash() = delete;

    [[nodiscard]] static QByteArray canonical(const QString& trackingCode, const QString& serviceId,
                                              const QJsonObject& data);
    [[nodiscard]] static QString compute(const QString& trackingCode, const QString& serviceId,
                                         const QJsonObject& data);
    // 64 lower-case hex digits.
    [[nodiscard]] static bool isWellFormed(const QString& hash);
};

} // namespace pishkhan
