#include "FakeSyncBackend.h"

#include <QJsonArray>
#include <QTimer>

namespace pishkhan::test {

using namespace Qt::StringLiterals;

namespace {

ApiProblem problem(const QString& slug, int status)
{
    ApiProblem p;
    p.slug = slug;
    p.title = u"Refused by the fake backend ("_s + slug + u')';
    p.titleFa = u"درخواست پذیرفته نشد"_s;
    p.status = status;
    return p;
}

} // namespace

FakeSyncBackend::FakeSyncBackend(ManualClock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_catalogueVersion(u"2026.1"_s)
    , m_catalogueEtag("\"c1\"")
{}

FakeSyncBackend::~FakeSyncBackend() = default;

void FakeSyncBackend::failNext(Call call, Fault fault, int times, qint64 retryAfterMs)
{
    for (int i = 0; i < times; ++i)
        m_script[call].enqueue({fault, retryAfterMs});
}

void FakeSyncBackend::failAlways(Call call, Fault fault)
{
    m_always.insert(call, fault);
}

void FakeSyncBackend::clearFaults()
{
    m_script.clear();
    m_always.clear();
}

void FakeSyncBackend::refuseKey(const QString& idempotencyKey, const QString& slug)
{
    m_refused.insert(idempotencyKey, slug);
}

void FakeSyncBackend::setCatalogue(const QString& version, const QByteArray& etag)
{
    m_catalogueVersion = version;
    m_catalogueEtag = etag;
}

QString FakeSyncBackend::trackingCode(const QString& idempotencyKey) const
{
    return m_stored.value(idempotencyKey).trackingCode;
}

ApiError FakeSyncBackend::errorFor(Fault fault, qint64 retryAfterMs)
{
    switch (fault) {
    case Fault::Transport:
    case Fault::LostAnswer:
        return ApiError(ApiError::Kind::Transport,
                        Error(u"net.connect"_s, "The backend could not be reached."));
    case Fault::ServerError:
        return ApiError(ApiError::Kind::ServerError,
                        Error(u"api.server_error"_s, "The backend failed."), 500);
    case Fault::Unavailable:
        return ApiError(ApiError::Kind::Unavailable,
                        Error(u"api.unavailable"_s, "The backend is busy."), 503, {}, retryAfterMs);
    case Fault::Unauthorized:
        return ApiError(ApiError::Kind::Unauthorized,
                        Error(u"api.unauthorized"_s, "The device is not accepted."), 401,
                        problem(u"device-unknown"_s, 401));
    case Fault::Refused:
        return ApiError(ApiError::Kind::Refused, Error(u"api.refused"_s, "Refused."), 400,
                        problem(u"batch-invalid"_s, 400));
    case Fault::Malformed:
        return ApiError(ApiError::Kind::Malformed,
                        Error(u"api.malformed"_s, "The answer does not follow the contract."));
    }
    return {};
}

std::optional<FakeSyncBackend::Scripted> FakeSyncBackend::take(Call call)
{
    ++m_calls[call];
    if (auto it = m_script.find(call); it != m_script.end() && !it->isEmpty())
        return it->dequeue();
    if (auto it = m_always.constFind(call); it != m_always.cend())
        return Scripted{*it, -1};
    return std::nullopt;
}

SubmitAnswer FakeSyncBackend::store(const QString& key)
{
    ++m_deliveries[key];
    SubmitAnswer a;
    a.idempotencyKey = key;
    a.status = u"received"_s;
    auto it = m_stored.find(key);
    if (it == m_stored.end()) {
        StoredRequest r;
        r.trackingCode = m_forcedCodes.value(
            key, u"FK-%1"_s.arg(qlonglong(m_stored.size() + 1), 8, 10, QChar(u'0')));
        r.receivedAtMs = m_clock.nowMs();
        it = m_stored.insert(key, r);
        a.httpStatus = 201;
    } else {
        a.httpStatus = 200;
    }
    a.trackingCode = it->trackingCode;
    a.receivedAtMs = it->receivedAtMs;
    a.nextUpdateAtMs = it->receivedAtMs + 1'000;
    return a;
}

ApiProblem FakeSyncBackend::refusalOf(const QString& key) const
{
    return problem(m_refused.value(key), 422);
}

template<typename T>
quint64 FakeSyncBackend::deliver(Callback<T> done, ApiReply<T> reply)
{
    ++m_pending;
    QTimer::singleShot(0, this, [this, done = std::move(done), reply = std::move(reply)] {
        --m_pending;
        m_clock.advance(m_latencyMs);
        done(reply);
    });
    return ++m_nextCallId;
}

quint64 FakeSyncBackend::serverTime(Callback<ServerTime> done)
{
    if (auto fault = take(Call::ServerTime))
        return deliver<ServerTime>(std::move(done), errorFor(fault->fault, fault->retryAfterMs));
    ServerTime t;
    // The backend reads its clock half way through the exchange.
    t.epochMs = m_clock.nowMs() + m_latencyMs / 2 + m_clockOffsetMs;
    return deliver<ServerTime>(std::move(done), t);
}

quint64 FakeSyncBackend::catalogue(const QByteArray& etag, Callback<CatalogueAnswer> done)
{
    if (auto fault = take(Call::Catalogue))
        return deliver<CatalogueAnswer>(std::move(done),
                                        errorFor(fault->fault, fault->retryAfterMs));
    CatalogueAnswer a;
    a.etag = m_catalogueEtag;
    a.version = m_catalogueVersion;
    if (etag == m_catalogueEtag) {
        a.notModified = true;
    } else {
        a.serviceCount = 1;
        a.body = "{\"version\":\"" + m_catalogueVersion.toUtf8() + "\",\"services\":[]}";
    }
    return deliver<CatalogueAnswer>(std::move(done), a);
}

quint64 FakeSyncBackend::submit(const QString& idempotencyKey, const QJsonObject&,
                                Callback<SubmitAnswer> done, int)
{
    const std::optional<Scripted> fault = take(Call::Submit);
    if (fault && fault->fault != Fault::LostAnswer)
        return deliver<SubmitAnswer>(std::move(done), errorFor(fault->fault, fault->retryAfterMs));
    if (m_refused.contains(idempotencyKey))
        return deliver<SubmitAnswer>(std::move(done), ApiError(ApiError::Kind::Refused,
                                                               Error(u"api.refused"_s, "Refused."),
                                                               422, refusalOf(idempotencyKey)));
    const SubmitAnswer a = store(idempotencyKey);
    if (fault) // stored, but the answer never arrives
        return deliver<SubmitAnswer>(std::move(done), errorFor(Fault::LostAnswer));
    return deliver<SubmitAnswer>(std::move(done), a);
}

quint64 FakeSyncBackend::submitBatch(const QList<QPair<QString, QJsonObject>>& items,
                                     Callback<BatchAnswer> done)
{
    const std::optional<Scripted> fault = take(Call::SubmitBatch);
    if (fault && fault->fault != Fault::LostAnswer)
        return deliver<BatchAnswer>(std::move(done), errorFor(fault->fault, fault->retryAfterMs));
    BatchAnswer answer;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString& key = items.at(i).first;
        BatchItemResult item;
        item.index = int(i);
        item.idempotencyKey = key;
        if (m_refused.contains(key)) {
            item.httpStatus = 422;
            item.problem = refusalOf(key);
            ++answer.refused;
        } else {
            item.answer = store(key);
            item.httpStatus = item.answer.httpStatus;
            item.ok = true;
            ++answer.accepted;
        }
        answer.results.append(item);
    }
    if (fault)
        return deliver<BatchAnswer>(std::move(done), errorFor(Fault::LostAnswer));
    return deliver<BatchAnswer>(std::move(done), answer);
}

quint64 FakeSyncBackend::status(const QStringList& idempotencyKeys, const QStringList&,
                                Callback<StatusAnswer> done)
{
    if (auto fault = take(Call::Status))
        return deliver<StatusAnswer>(std::move(done), errorFor(fault->fault, fault->retryAfterMs));
    StatusAnswer answer;
    answer.asOfMs = m_clock.nowMs();
    for (const QString& key : idempotencyKeys) {
        auto it = m_stored.find(key);
        if (it == m_stored.end()) {
            answer.unknownIdempotencyKeys.append(key);
            continue;
        }
        ++it->polls;
        RequestStatus rs;
        rs.trackingCode = it->trackingCode;
        rs.idempotencyKey = key;
        rs.serviceId = u"property-file"_s;
        rs.isFinal = it->polls >= m_pollsUntilFinal;
        rs.status = rs.isFinal ? u"done"_s : u"in_review"_s;
        rs.nextUpdateAtMs = rs.isFinal ? 0 : answer.asOfMs + 1'000;
        rs.history.append({u"received"_s, it->receivedAtMs, {}, {}});
        rs.history.append({rs.status, answer.asOfMs, {}, {}});
        if (rs.isFinal)
            rs.resultJson = "{\"file\":\"ok\"}";
        answer.requests.append(rs);
    }
    return deliver<StatusAnswer>(std::move(done), answer);
}

quint64 FakeSyncBackend::uploadDayClose(const QByteArray&, const QByteArray&,
                                        const QString& idempotencyKey, Callback<DayCloseAck> done)
{
    const std::optional<Scripted> fault = take(Call::UploadDayClose);
    if (fault && fault->fault != Fault::LostAnswer)
        return deliver<DayCloseAck>(std::move(done), errorFor(fault->fault, fault->retryAfterMs));
    DayCloseAck ack;
    ack.httpStatus = m_dayCloses.contains(idempotencyKey) ? 200 : 201;
    m_dayCloses.insert(idempotencyKey);
    ack.ack = "ack:" + idempotencyKey.toUtf8();
    ack.signature = "sig";
    ack.keyId = u"fake-key"_s;
    if (fault)
        return deliver<DayCloseAck>(std::move(done), errorFor(Fault::LostAnswer));
    return deliver<DayCloseAck>(std::move(done), ack);
}

quint64 FakeSyncBackend::pushStaff(const QString&, const QByteArray&, Callback<QJsonObject> done)
{
    ++m_staffRevision;
    return deliver<QJsonObject>(std::move(done), QJsonObject{{u"revision"_s, m_staffRevision}});
}

quint64 FakeSyncBackend::staffChanges(qint64, Callback<QJsonObject> done)
{
    return deliver<QJsonObject>(std::move(done), QJsonObject{{u"revision"_s, m_staffRevision},
                                                             {u"changes"_s, QJsonArray()},
                                                             {u"more"_s, false}});
}

quint64 FakeSyncBackend::cancelRequest(const QString& trackingCode, const QString&, const QString&,
                                       Callback<QJsonObject> done)
{
    const std::optional<Scripted> fault = take(Call::Cancel);
    if (fault)
        return deliver<QJsonObject>(std::move(done), errorFor(fault->fault, fault->retryAfterMs));
    m_cancelled.insert(trackingCode);
    return deliver<QJsonObject>(std::move(done), QJsonObject{{u"tracking_code"_s, trackingCode},
                                                             {u"status"_s, u"cancelled"_s},
                                                             {u"final"_s, true}});
}

} // namespace pishkhan::test
