#pragma once

#include "DeskSettings.h"
#include "ServiceCatalogue.h"
#include "StoreLocation.h"
#include "core/Result.h"
#include "security/Session.h"

#include <QJsonArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace pishkhan {

class AccountService;
class ApiClient;
class AuditLog;
class PrintService;
class ReceiptCopies;
class Database;
class LedgerService;
class ServeBackend;
class StoreLock;
class SyncEngine;
class TrainingBackend;

struct DeskOptions
{
    QString dataDir;
    bool training = false;
    // Training: the in-process sandbox keeps its state here (default <dataDir>/training-sandbox).
    QString sandboxDataDir;
    // Training: the sample office this counter is activated for.
    QString trainingOffice = QStringLiteral("IF-1001");
    // PBKDF2 work for accounts; 0 = the production figure. Only tests lower it.
    int pbkdf2Iterations = 0;
    // Sandbox latency in ms (tests of the "never blocks" rule).
    int sandboxLatencyMs = 0;
    // Training: the in-process backend, handed in by the executable (or the test) that runs
    // the counter. The runtime starts it in open() and stops it when it is destroyed.
    std::shared_ptr<TrainingBackend> trainingBackend;
    // The store's lock when the caller took it already (pishkhanctl takes it before asking for
    // a password); else open() takes it, and refuses the store while another process holds it.
    std::shared_ptr<StoreLock> storeLock;
    // Live, first start: the connection the first-run dialog chose. open() writes it into the
    // new store (the address of a live counter is never read from the settings file).
    std::optional<DeskSettings> firstRunConnection;
};

// Everything the counter runs on, assembled in one place for the app and the GUI tests: the
// encrypted store, accounts and audit trail, the device identity, the HTTP client and API, the
// sync engine, the ledger, the catalogue and, in training mode, the sandbox backend inside the
// process. open() does the local, quick part; start() the part that needs the backend
// (activation in training mode, first catalogue) and answers with ready() or failed().
class DeskRuntime : public QObject
{
    Q_OBJECT
public:
    explicit DeskRuntime(DeskOptions options, QObject* parent = nullptr);
    ~DeskRuntime() override;

    // Store lock, store (key from the keychain), crash recovery, settings, sandbox in training
    // mode, HTTP client, accounts. Error codes: store.locked (another process runs this store),
    // keychain.*, storage.*.
    Status open();
    // Activation (training), sync engine, catalogue. Emits ready() or failed().
    void start();
    // Activates a live counter with the municipality's one-time code (office code + code, as
    // issued for this PC); emits ready() or activationFailed() with the Persian reason.
    void activate(const QString& officeCode, const QString& activationCode,
                  const QString& label = {});

    [[nodiscard]] bool isTraining() const { return m_options.training; }
    [[nodiscard]] bool isReady() const { return m_ready; }
    // open() succeeded: the store, accounts and settings can be used.
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const DeskOptions& options() const { return m_options; }
    [[nodiscard]] const DeskSettings& settings() const { return m_settings; }
    // The connection fields of a live counter go to the store, with the session's
    // ChangeSettings permission and an audit event; the rest to the settings file.
    Status saveSettings(const DeskSettings& settings);
    // How long serve drafts are kept (DraftRetention): read by anyone, changed with the
    // session's ChangeSettings permission and an audit event.
    [[nodiscard]] Result<int> draftRetentionDays();
    Status setDraftRetentionDays(int days);
    // The files and keychain entries of this counter (live or training).
    [[nodiscard]] StoreLocation location() const;
    [[nodiscard]] QString storePath() const;
    [[nodiscard]] QString settingsPath() const;
    // The store key from the keychain, for the backup and the recovery key (app/ops); nothing
    // else needs it and it is never logged. Error codes: keychain.*.
    [[nodiscard]] Result<QByteArray> readStoreKey() const;

    [[nodiscard]] Database& database();
    [[nodiscard]] AccountService& accounts();
    [[nodiscard]] AuditLog& audit();
    [[nodiscard]] ApiClient& api();
    [[nodiscard]] SyncEngine* sync();           // after ready()
    [[nodiscard]] LedgerService* ledger();      // after ready()
    [[nodiscard]] ServeBackend* serveBackend(); // after ready()
    // Every way to paper, the "to print" list among them (after open()); receipts counted
    // through the ledger (after ready()).
    [[nodiscard]] PrintService* printing();
    [[nodiscard]] ReceiptCopies* receiptCopies();
    [[nodiscard]] const ServiceCatalogue& catalogue() const { return m_catalogue; }
    [[nodiscard]] const QString& tariffTableId() const { return m_tariffTableId; }

    [[nodiscard]] const Session& session() const { return m_session; }
    void setSession(const Session& session);

    // Training mode only. The citizen's "phone": what the in-process sandbox texted, newest
    // last (kept encrypted; smsLogPath() is empty then).
    [[nodiscard]] QJsonArray smsMessages(int limit = 50) const;
    [[nodiscard]] QString smsLogPath() const;
    [[nodiscard]] bool isSandboxRunning() const;
    void stopSandbox();
    Status restartSandbox();
    // Admin calls of the in-process sandbox (fault injection, clock) for training and tests.
    void sandboxAdmin(const QString& path, const QJsonObject& body);

signals:
    void ready();
    void failed(const QString& message);
    // Live mode, not activated yet: the window asks for the activation code.
    void activationNeeded();
    void activationFailed(const QString& message);
    void catalogueChanged();
    void sessionChanged();

private:
    struct Impl;
    void activateTraining();
    void finishStart();
    void loadCatalogue();
    Status startSandbox(quint16 port);

    DeskOptions m_options;
    DeskSettings m_settings;
    std::unique_ptr<Impl> d;
    ServiceCatalogue m_catalogue;
    QString m_tariffTableId;
    Session m_session;
    bool m_ready = false;
    bool m_activating = false;
    bool m_open = false;
};

} // namespace pishkhan
