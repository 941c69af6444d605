#pragma once

#include "ApiReply.h"
#include "ApiTypes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

namespace pishkhan {

// The backend calls the sync engine makes (docs/api.md). ApiClient implements them over HTTPS;
// engine tests put an in-process fake behind the same calls. An implementation delivers every
// answer later on the thread it lives in, never inside the call: the engine counts a call as in
// flight until its callback runs.
class SyncBackend
{
public:
    template<typename T>
    using Callback = std::function<void(ApiReply<T>)>;

    virtual ~SyncBackend();

    virtual quint64 serverTime(Callback<ServerTime> done) = 0;
    // etag: the cached catalogue's ETag (sent as If-None-Match), empty for none.
    virtual quint64 catalogue(const QByteArray& etag, Callback<CatalogueAnswer> done) = 0;
    // POST /requests under the request's own key (its idempotency key for life).
    // timeoutMs: 0 = the default; the interactive path passes a short one.
    virtual quint64 submit(const QString& idempotencyKey, const QJsonObject& body,
                           Callback<SubmitAnswer> done, int timeoutMs = 0) = 0;
    // POST /requests/batch: the item keys are what make it exactly-once.
    virtual quint64 submitBatch(const QList<QPair<QString, QJsonObject>>& items,
                                Callback<BatchAnswer> done) = 0;
    virtual quint64 status(const QStringList& idempotencyKeys, const QStringList& trackingCodes,
                           Callback<StatusAnswer> done) = 0;
    virtual quint64 uploadDayClose(const QByteArray& closeBytes, const QByteArray& signature,
                                   const QString& idempotencyKey, Callback<DayCloseAck> done) = 0;
    // POST /offices/current/staff: one account change, its body exactly as queued (§4.13).
    virtual quint64 pushStaff(const QString& idempotencyKey, const QByteArray& body,
                              Callback<QJsonObject> done) = 0;
    // GET /offices/current/staff?since=: the office's account changes after that revision.
    virtual quint64 staffChanges(qint64 sinceRevision, Callback<QJsonObject> done) = 0;
    // POST /requests/{tracking_code}/cancel (docs/api.md §4.14): the request's status object.
    virtual quint64 cancelRequest(const QString& trackingCode, const QString& reason,
                                  const QString& idempotencyKey, Callback<QJsonObject> done) = 0;
};

} // namespace pishkhan
