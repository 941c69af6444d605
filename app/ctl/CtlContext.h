#pragma once

#include "ExitCode.h"
#include "core/Result.h"
#include "counter/DeskSettings.h"
#include "counter/StoreLocation.h"
#include "security/Permission.h"
#include "security/Session.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace pishkhan {

class AccountService;
class AuditLog;
class Database;
class KeyVault;
class LedgerService;
class StoreLock;

// The options every pishkhanctl command takes.
struct CtlOptions
{
    QString dataDir; // empty = the user's data folder, as pishkhan-desk
    bool training = false;
    bool json = false;
    QString user;
    int passwordFd = -1;
};

// What a command runs on: the options, the output streams, and — opened on demand — the store
// (key from the keychain, exactly as pishkhan-desk opens it), accounts, audit trail and ledger.
// Every command that touches citizen data or money logs in first, and the core's Authorizer
// decides; the command line has no rules of its own.
class CtlContext
{
public:
    CtlContext(QTextStream& out, QTextStream& err);
    ~CtlContext();

    // Adds --data-dir, --training, --json, --user, --password-fd, --help to a command's parser.
    static void addGlobalOptions(QCommandLineParser& parser);
    // Reads them back. Error code: usage.option.
    Status takeGlobalOptions(const QCommandLineParser& parser);

    [[nodiscard]] const CtlOptions& options() const { return m_options; }
    // The store, settings and keychain entry these options name, as pishkhan-desk names them.
    [[nodiscard]] StoreLocation location() const;
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString storePath() const;
    [[nodiscard]] QString settingsPath() const;
    [[nodiscard]] QString defaultBackupDir() const;
    [[nodiscard]] DeskSettings settings() const;
    [[nodiscard]] KeyVault& vault();

    // Takes the store's lock (once) for a command that writes beyond its own rows — sync's
    // crash recovery, rekey — so it never runs under a running counter; read-only commands
    // do without. Error codes: store.locked, store.lock_failed.
    Status lockStore();
    // The lock lockStore() took, to hand on to a DeskRuntime; null before.
    [[nodiscard]] std::shared_ptr<StoreLock> storeLock() const { return m_lock; }

    // Opens the store (once). Errors: keychain.*, storage.*.
    [[nodiscard]] Result<Database*> store();
    // Closes the store and everything over it (before a restore or a rekey needs it alone).
    void closeStore();
    struct Credentials
    {
        QString user;
        QString password;
    };
    // --user (else asked on the terminal) and the password (--password-fd, else asked).
    [[nodiscard]] Result<Credentials> credentials() const;
    // Asks for user and password, logs in and checks the permission.
    [[nodiscard]] Result<Session> login(Permission permission);
    [[nodiscard]] AccountService& accounts();
    [[nodiscard]] AuditLog& audit();
    [[nodiscard]] LedgerService& ledger();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Prints an error (as JSON with --json) and returns its exit code.
    int fail(const Error& error);
    int usage(const QString& message, const QString& help);
    void printJson(const QJsonObject& object);
    [[nodiscard]] static QJsonObject errorJson(const Error& error);

private:
    struct Open;
    QTextStream& m_out;
    QTextStream& m_err;
    CtlOptions m_options;
    std::unique_ptr<KeyVault> m_vault;
    std::shared_ptr<StoreLock> m_lock; // before m_open: released after the store is closed
    std::unique_ptr<Open> m_open;
};

} // namespace pishkhan
