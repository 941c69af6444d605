#include "LedgerCloseUploadSource.h"

#include "ledger/LedgerService.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {
Q_LOGGING_CATEGORY(lcCloseUpload, "pishkhan.desk.closeupload")

constexpr qint64 kKeyRetryMs = 30'000;

// docs/api.md §4.2: key_id = hex of the first 8 bytes of SHA-256 of the raw key.
QString keyIdOf(const QByteArray& rawKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(rawKey, QCryptographicHash::Sha256).left(8).toHex());
}
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
    m_serverKey = publicKey;
    m_serverKeyId = keyId.isEmpty() ? keyIdOf(publicKey) : keyId;
}

void LedgerCloseUploadSource::prefetchServerKey()
{
    fetchServerKey(QDateTime::currentMSecsSinceEpoch());
}

Result<QList<DayCloseSource::Pending>> LedgerCloseUploadSource::pendingDayCloses(int max,
                                                                                 qint64 now)
{
    // Nothing goes up before the key that will sign the answer is known: an acknowledgement
    // the ledger cannot verify is not one it keeps.
    if (m_serverKey.isEmpty()) {
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
    if (!decoded->keyId.isEmpty() && decoded->keyId != m_serverKeyId) {
        // Signed under a key this counter has not fetched (rotation): fetch, then store.
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
        if (m_serverKey.isEmpty() || (!ack.keyId.isEmpty() && ack.keyId != m_serverKeyId)) {
            needKey = true;
            ++it;
            continue;
        }
        if (Status s = m_ledger.recordCloseAcknowledgement(ack, m_serverKey); !s) {
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
            if (!key || key.decoded.size() != 32 || keyIdOf(key.decoded) != keyId) {
                fail(u"public_key is not a 32-byte key matching key_id"_s);
                return;
            }
            setServerKey(key.decoded, keyId);
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
