#include "LedgerCloseUploadSource.h"

#include "ledger/LedgerService.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "security/BackendSigningKeys.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {
Q_LOGGING_CATEGORY(lcCloseUpload, "pishkhan.desk.closeupload")

constexpr qint64 kKeyRetryMs = 30'000;
} // namespace

LedgerCloseUploadSource::LedgerCloseUploadSource(LedgerService& ledger, ApiClient& api,
                                                 QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_api(api)
{}

LedgerCloseUploadSource::~LedgerCloseUploadSource() = default;

void LedgerCloseUploadSource::setEngine(SyncEngine* engine)
{
    m_engine = engine;
}

void LedgerCloseUploadSource::setServerKey(const QByteArray& publicKey, const QString& keyId)
{
    m_serverKeyId = keyId.isEmpty() ? BackendSigningKeys::keyIdOf(publicKey) : keyId;
    m_keys.insert(m_serverKeyId, publicKey);
}

Status LedgerCloseUploadSource::useKeyRecord(BackendSigningKeys& record, const QString& how)
{
    m_record = &record;
    m_recordHow = how;
    Result<QHash<QString, QByteArray>> recorded = record.all();
    if (!recorded)
        return recorded.error();
    for (auto it = recorded->cbegin(); it != recorded->cend(); ++it)
        setServerKey(it.value(), it.key());
    return {};
}

void LedgerCloseUploadSource::prefetchServerKey()
{
    if (m_keys.isEmpty())
        fetchServerKey(QDateTime::currentMSecsSinceEpoch());
}

QByteArray LedgerCloseUploadSource::keyFor(const CloseAcknowledgement& ack) const
{
    return m_keys.value(ack.keyId.isEmpty() ? m_serverKeyId : ack.keyId);
}

Result<QList<DayCloseSource::Pending>> LedgerCloseUploadSource::pendingDayCloses(int max,
                                                                                 qint64 now)
{
    // Nothing goes up before the key that will sign the answer is known: an acknowledgement
    // the ledger cannot verify is not one it keeps.
    if (m_keys.isEmpty()) {
        fetchServerKey(now);
        return QList<Pending>{};
    }
    if (!m_waiting.isEmpty()) {
        if (Status stored = storeWaiting(); !stored)
            qCWarning(lcCloseUpload).noquote()
                << "stored acknowledgement:" << stored.error().code() << stored.error().message();
    }
    Result<QList<PendingCloseUpload>> pending = m_ledger.pendingCloseUploads();
    if (!pending)
        return pending.error();
    QList<Pending> out;
    for (const PendingCloseUpload& p : std::as_const(*pending)) {
        if (out.size() >= max)
            break;
        const QString id = p.id();
        if (m_refused.contains(id) || m_waiting.contains(id))
            continue;
        out.append(Pending{id, p.document, p.signature, p.idempotencyKey()});
    }
    return out;
}

Status LedgerCloseUploadSource::dayCloseAcknowledged(const QString& id, const DayCloseAck& ack,
                                                     qint64 now)
{
    Result<CloseAcknowledgement> decoded =
        CloseAcknowledgement::fromBytes(ack.ack, ack.signature, ack.keyId);
    if (!decoded)
        return decoded.error(); // the close stays queued; the engine's next look sends it again
    m_waiting.insert(id, *decoded);
    if (!decoded->keyId.isEmpty() && !m_keys.contains(decoded->keyId)) {
        // Signed under a key this counter has not recorded (rotation): fetch, then store.
        m_nextKeyFetchAt = 0;
        fetchServerKey(now);
        return {};
    }
    return storeWaiting();
}

Status LedgerCloseUploadSource::dayCloseRefused(const QString& id, const ApiError& error, qint64)
{
    qCWarning(lcCloseUpload).noquote()
        << "day close" << id << "refused:" << error.code() << error.messageEn();
    m_refused.insert(id, error);
    emit uploadRefused(id, error.messageFa());
    return {};
}

Status LedgerCloseUploadSource::storeWaiting()
{
    Status first;
    bool needKey = false;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const CloseAcknowledgement& ack = it.value();
        const QByteArray key = keyFor(ack);
        if (key.isEmpty()) {
            needKey = true;
            ++it;
            continue;
        }
        if (Status s = m_ledger.recordCloseAcknowledgement(ack, key); !s) {
            // A bad signature may mean a rotated key: look again before giving up on it.
            if (s.error().code() == u"close.ack_signature"_s)
                needKey = true;
            if (first)
                first = s;
            ++it;
            continue;
        }
        qCInfo(lcCloseUpload).noquote()
            << "day close" << it.key() << "acknowledged up to entry" << ack.receivedUpToEntry;
        const CloseAcknowledgement stored = ack;
        it = m_waiting.erase(it);
        emit acknowledgementStored(stored);
    }
    if (needKey)
        fetchServerKey(QDateTime::currentMSecsSinceEpoch());
    return first;
}

void LedgerCloseUploadSource::fetchServerKey(qint64 now)
{
    if (m_keyInFlight || now < m_nextKeyFetchAt)
        return;
    m_keyInFlight = true;
    m_api.http().send(
        HttpRequest::get(u"/api/v1/server-key"_s), this, [this](const HttpResponse& response) {
            m_keyInFlight = false;
            const qint64 t = QDateTime::currentMSecsSinceEpoch();
            m_nextKeyFetchAt = t + kKeyRetryMs;
            const auto fail = [&](const QString& why) {
                qCWarning(lcCloseUpload).noquote() << "server key:" << why;
            };
            if (!response.transportOk() || response.status != 200) {
                fail(u"no answer (HTTP "_s + QString::number(response.status) + u')');
                return;
            }
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            const auto key =
                QByteArray::fromBase64Encoding(o.value(u"public_key"_s).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            const QString keyId = o.value(u"key_id"_s).toString();
            if (!key || key.decoded.size() != 32 ||
                BackendSigningKeys::keyIdOf(key.decoded) != keyId) {
                fail(u"public_key is not a 32-byte key matching key_id"_s);
                return;
            }
            const bool rotation = !m_keys.isEmpty();
            setServerKey(key.decoded, keyId);
            if (m_record) {
                // Recorded once, with an audit event; later starts read it from the store.
                Result<bool> recorded =
                    m_record->record(key.decoded, keyId, rotation ? u"rotation"_s : m_recordHow);
                if (!recorded)
                    qCWarning(lcCloseUpload).noquote()
                        << "server key" << keyId << "not recorded:" << recorded.error().code()
                        << recorded.error().message();
                else if (*recorded)
                    qCInfo(lcCloseUpload).noquote() << "server key" << keyId << "recorded";
            }
            if (!m_waiting.isEmpty()) {
                if (Status s = storeWaiting(); !s)
                    qCWarning(lcCloseUpload).noquote()
                        << "acknowledgement:" << s.error().code() << s.error().message();
            }
            if (m_engine)
                m_engine->syncNow();
        });
}

} // namespace pishkhan
