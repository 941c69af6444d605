#pragma once

#include "ServeBackend.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace pishkhan {

class ApiClient;
class ApiError;
class LedgerService;
class SyncEngine;
struct Session;

// The product's ServeBackend: consent through ApiClient, the fee and its outbox row through
// LedgerService::recordFee (one transaction), the interactive send through SyncEngine.
class DeskServeBackend : public QObject, public ServeBackend
{
    Q_OBJECT
public:
    using SessionFn = std::function<Session()>;
    using TariffFn = std::function<QString()>; // id of the tariff table in force

    DeskServeBackend(ApiClient& api, LedgerService& ledger, SyncEngine& sync, SessionFn session,
                     TariffFn tariffTable, QObject* parent = nullptr);

    void requestOtp(const QString& nationalCode, const QString& mobile, const QString& serviceId,
                    std::function<void(Answer<OtpIssued>)> done) override;
    void verifyOtp(const QString& challengeId, const QString& code,
                   std::function<void(Answer<ConsentIssued>)> done) override;
    void requestCompanyOtp(const QString& legalEntityId, const QString& nationalCode,
                           const QString& mobile, const QString& serviceId,
                           std::function<void(Answer<OtpIssued>)> done) override;
    void verifyEngineer(const QString& nationalCode, const QString& license,
                        std::function<void(Answer<EngineerVerified>)> done) override;
    [[nodiscard]] Answer<Committed> commit(const CommitRequest& request) override;
    void sendNow(const QString& requestId, std::function<void(SendOutcome)> done) override;

    // The clerk's words for a failed call: the backend's Persian sentence in a Persian UI.
    [[nodiscard]] static BackendFailure failureFrom(const ApiError& error);

private:
    void deliver(const QString& requestId, SendOutcome outcome);

    ApiClient& m_api;
    LedgerService& m_ledger;
    SyncEngine& m_sync;
    SessionFn m_session;
    TariffFn m_tariffTable;
    QHash<QString, std::function<void(SendOutcome)>> m_waiting;
};

} // namespace pishkhan
