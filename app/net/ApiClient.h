#pragma once

#include "ApiReply.h"
#include "ApiTypes.h"
#include "DeviceCredentials.h"
#include "RetryKeys.h"
#include "SyncBackend.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace pishkhan {

class HttpClient;

// Typed calls of docs/api.md over HttpClient. Callbacks run later on the thread this object
// lives in (never inside the call). Every POST carries an Idempotency-Key; authenticated calls
// carry the device token and the clerk id, both asked from providers at send time, so the
// keychain (app/security) stays their only home — this class never stores them to disk or
// logs them.
class ApiClient : public QObject, public SyncBackend
{
    Q_OBJECT
public:
    using SyncBackend::Callback;
    using CredentialsProvider = std::function<std::optional<DeviceCredentials>()>;
    using ClerkProvider = std::function<QString()>;
    using QueryItems = QList<QPair<QString, QString>>;

    explicit ApiClient(HttpClient& http, QObject* parent = nullptr);
    ~ApiClient() override;

    void setCredentials(const DeviceCredentials& credentials);
    void setCredentialsProvider(CredentialsProvider provider);
    void setClerkId(const QString& clerkId);
    void setClerkIdProvider(ClerkProvider provider);
    [[nodiscard]] bool hasCredentials() const;

    [[nodiscard]] HttpClient& http() { return m_http; }

    quint64 serverTime(Callback<ServerTime> done) override;
    // idempotencyKey empty = a fresh UUID (retrying a lost answer needs the same key: pass it).
    quint64 activateDevice(const QString& officeCode, const QString& activationCode,
                           const QString& publicKeyBase64, const QString& clerkId,
                           Callback<Activation> done, const QString& deviceLabel = {},
                           const QString& idempotencyKey = {});
    quint64 currentDevice(Callback<QJsonObject> done);
    // etag: the cached catalogue's ETag (sent as If-None-Match), empty for none.
    quint64 catalogue(const QByteArray& etag, Callback<CatalogueAnswer> done) override;
    // The consent calls are repeated by a clerk, not by a timer: a repeat of a call whose answer
    // never came (network, timeout, 5xx) goes under the key it was first sent with (RetryKeys),
    // so a lost answer neither sends a second code nor burns a verified one — the backend
    // replays the challenge or the consent token (docs/api.md §3, §4.6).
    quint64 requestOtp(const QString& nationalCode, const QString& mobile, const QString& serviceId,
                       Callback<OtpChallenge> done);
    quint64 verifyOtp(const QString& challengeId, const QString& code, Callback<ConsentGrant> done);
    // Consent calls sent and not answered yet, or whose answer was lost.
    [[nodiscard]] qsizetype unansweredConsentCalls() const { return m_retryKeys.pending(); }
    // POST /requests under the request's own key (its idempotency key for life). A body's
    // consent_token travels in the Consent-Token header instead (docs/api.md §4.7): the body,
    // which the backend fingerprints, stays byte-identical when the consent is renewed.
    // timeoutMs: 0 = the client's default; the interactive path passes a short one so a
    // clerk is not kept waiting before the request falls back to the queue.
    quint64 submit(const QString& idempotencyKey, const QJsonObject& body,
                   Callback<SubmitAnswer> done, int timeoutMs = 0) override;
    // POST /requests/batch; the header key is fresh per attempt (batches are regrouped
    // between retries), the item keys are what make it exactly-once.
    quint64 submitBatch(const QList<QPair<QString, QJsonObject>>& items,
                        Callback<BatchAnswer> done) override;
    quint64 status(const QStringList& idempotencyKeys, const QStringList& trackingCodes,
                   Callback<StatusAnswer> done) override;
    quint64 uploadDayClose(const QByteArray& closeBytes, const QByteArray& signature,
                           const QString& idempotencyKey, Callback<DayCloseAck> done) override;
    quint64 officeDayCloses(const QString& businessDate, Callback<QJsonObject> done);
    quint64 pushStaff(const QString& idempotencyKey, const QByteArray& body,
                      Callback<QJsonObject> done) override;
    quint64 staffChanges(qint64 sinceRevision, Callback<QJsonObject> done) override;
    // The X-Clerk-Id header of a username: percent-encoded UTF-8 (docs/api.md §1); an ASCII
    // username (a-z 0-9 . _ - @) is sent as it is.
    [[nodiscard]] static QByteArray clerkHeader(const QString& username);
    quint64 cancelRequest(const QString& trackingCode, const QString& reason,
                          const QString& idempotencyKey, Callback<QJsonObject> done) override;
    // GET /offices/current/mandates (docs/api.md §4.15).
    quint64 officeMandates(Callback<QJsonObject> done);
    // GET /offices/current/months/{YYYYMM} (docs/api.md §4.16), YYYYMM a Solar Hijri month.
    quint64 officeMonth(const QString& month, Callback<QJsonObject> done);
    // GET /answers/verify (docs/api.md §4.17): public, no token or clerk. The answer's
    // "genuine" says whether the tracking code's answer has this hash.
    quint64 verifyAnswer(const QString& trackingCode, const QString& answerHash,
                         Callback<QJsonObject> done);

    void cancel(quint64 id);

    [[nodiscard]] static QString newIdempotencyKey();

private:
    enum class Auth { None, ClerkOnly, Device };
    // Adds headers, sends, decodes with `decode`, delivers on this object's thread.
    template<typename T, typename Decode>
    quint64 call(QByteArray method, const QString& path, QByteArray body, Auth auth,
                 const QString& idempotencyKey, Decode decode, Callback<T> done,
                 const QString& clerkOverride = {},
                 QList<QPair<QByteArray, QByteArray>> extraHeaders = {}, int timeoutMs = 0);

    HttpClient& m_http;
    std::optional<DeviceCredentials> m_credentials;
    CredentialsProvider m_credentialsProvider;
    QString m_clerkId;
    ClerkProvider m_clerkProvider;
    RetryKeys m_retryKeys;

public:
    // GET /requests/{tracking_code} (docs/api.md §4.9): a request of any counter of the office.
    quint64 officeRequest(const QString& trackingCode, Callback<QJsonObject> done);
    // GET /offices/current/requests?national_code=…&page=N (docs/api.md §4.19): the office's
    // requests of one citizen, masked, without results; every lookup is audited at the backend.
    quint64 officeRequestsOfCitizen(const QString& nationalCode, int page,
                                    Callback<QJsonObject> done);
    // POST /consents/challenges for a company applicant (docs/api.md §4.6): the code goes to
    // its representative's mobile; the consent binds the company and the representative.
    quint64 requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                              const QString& mobile, const QString& serviceId,
                              Callback<OtpChallenge> done);
    // POST /engineers/verify (docs/api.md §4.20): 200 {license, name_fa, name_en,
    // valid_until?}, or the problem engineer-license-refused.
    quint64 verifyEngineer(const QString& nationalCode, const QString& license,
                           Callback<QJsonObject> done);
};

} // namespace pishkhan
