#include "VerifyEndpoints.h"

#include "Clock.h"
#include "SandboxStore.h"

#include "core/AnswerHash.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace pishkhan::sandbox {

ApiResponse VerifyEndpoints::verify(const ApiCall& call)
{
    const QUrlQuery& q = call.request.query;
    const QString tracking =
        q.queryItemValue(QStringLiteral("tracking_code"), QUrl::FullyDecoded).trimmed().toUpper();
    const QString hash =
        q.queryItemValue(QStringLiteral("answer_hash"), QUrl::FullyDecoded).trimmed().toLower();
    static const QRegularExpression kTracking(QStringLiteral("^[0-9A-Z-]{1,40}$"));
    if (!kTracking.match(tracking).hasMatch())
        return ApiResponse::problem(Problem(QStringLiteral("query-invalid"),
                                            QStringLiteral("give tracking_code and answer_hash")));
    if (!AnswerHash::isWellFormed(hash))
        return ApiResponse::problem(Problem(QStringLiteral("answer-hash-invalid"),
                                            QStringLiteral("answer_hash must be 64 hex digits")));
    auto record = m_context.store.requestByTrackingCode(tracking);
    if (!record)
        return ApiResponse::problem(Problem(QStringLiteral("internal"), {}));
    // An unknown code is "not genuine" like a wrong hash: the page is public, so it must not
    // tell which tracking codes exist.
    bool genuine = false;
    QJsonObject out{{QStringLiteral("tracking_code"), tracking}};
    if (*record) {
        const RequestRecord& r = **record;
        const bool answered = r.outcome == QStringLiteral("done") && call.now >= r.finalAt &&
                              !(r.cancelledAt > 0 && call.now >= r.cancelledAt);
        const QString kept = QJsonDocument::fromJson(r.result)
                                 .object()
                                 .value(QStringLiteral("answer_hash"))
                                 .toString();
        genuine = answered && !kept.isEmpty() && kept == hash;
        if (genuine) {
            out.insert(QStringLiteral("service_id"), r.serviceId);
            out.insert(QStringLiteral("answered_at"), Clock::toRfc3339(r.finalAt));
        }
    }
    out.insert(QStringLiteral("genuine"), genuine);
    return ApiResponse::json(200, out);
}

} // namespace pishkhan::sandbox
