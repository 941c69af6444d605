#include "CtlContext.h"

#include "PasswordPrompt.h"
#include "UnavailableCloseSigner.h"
#include "ledger/LedgerService.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authorizer.h"
#include "security/Clock.h"
#include "security/KeyVault.h"
#include "security/StoreOpener.h"
#include "storage/LocalStore.h"
#include "storage/StoreLock.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

// Declared in this order so they are destroyed in reverse: services before the connection.
struct CtlContext::Open
{
    std::optional<LocalStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
    UnavailableCloseSigner signer;
    std::unique_ptr<LedgerService> ledger;
};

CtlContext::CtlContext(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

CtlContext::~CtlContext() = default;

void CtlContext::addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"data-dir"_s, u"Use the store in <dir> instead of the user's data folder."_s, u"dir"_s},
        {u"training"_s, u"Use the training store (and its keychain entry)."_s},
        {u"json"_s, u"Print the result as one JSON object."_s},
        {u"user"_s, u"Log in as <name> (else asked on the terminal)."_s, u"name"_s},
        {u"password-fd"_s, u"Read the password as one line from file descriptor <n>."_s, u"n"_s},
        {{u"h"_s, u"help"_s}, u"Show this help."_s},
    });
}

Status CtlContext::takeGlobalOptions(const QCommandLineParser& parser)
{
    m_options.dataDir = parser.value(u"data-dir"_s);
    m_options.training = parser.isSet(u"training"_s);
    m_options.json = parser.isSet(u"json"_s);
    m_options.user = parser.value(u"user"_s);
    if (parser.isSet(u"password-fd"_s)) {
        bool ok = false;
        m_options.passwordFd = parser.value(u"password-fd"_s).toInt(&ok);
        if (!ok || m_options.passwordFd < 0)
            return Error(u"usage.option"_s,
                         QT_TRANSLATE_NOOP("Error", "--password-fd needs a file descriptor "
                                                    "number."));
    }
    const StoreLocation here = location();
    m_vault = std::make_unique<KeyVault>(here.keychainService(), here.storeKeyName());
    return {};
}

StoreLocation CtlContext::location() const
{
    return StoreLocation(m_options.dataDir, m_options.training);
}

QString CtlContext::dataDir() const
{
    return location().dataDir();
}

QString CtlContext::storePath() const
{
    return location().storePath();
}

QString CtlContext::settingsPath() const
{
    return location().settingsPath();
}

QString CtlContext::defaultBackupDir() const
{
    return location().backupDir();
}

DeskSettings CtlContext::settings() const
{
    return DeskSettings::load(settingsPath());
}

KeyVault& CtlContext::vault()
{
    return *m_vault;
}

Status CtlContext::lockStore()
{
    if (m_lock)
        return {};
    if (!QFileInfo::exists(storePath()))
        return Error(u"storage.missing"_s,
                     QT_TRANSLATE_NOOP("Error", "There is no store in this data folder."),
                     storePath());
    Result<StoreLock> lock = StoreLock::acquire(storePath());
    if (!lock)
        return lock.error();
    m_lock = std::make_shared<StoreLock>(std::move(*lock));
    return {};
}

Result<Database*> CtlContext::store()
{
    if (m_open)
        return &m_open->store->database();
    if (!QFileInfo::exists(storePath()))
        // The command line never creates a store: that is the app's first run (or a restore).
        return Error(u"storage.missing"_s,
                     QT_TRANSLATE_NOOP("Error", "There is no store in this data folder."),
                     storePath());
    Result<LocalStore> opened = StoreOpener::open(storePath(), *m_vault);
    if (!opened)
        return opened.error();
    auto open = std::make_unique<Open>();
    open->store.emplace(std::move(*opened));
    Database& db = open->store->database();
    open->audit = std::make_unique<AuditLog>(db, SystemClock::instance());
    open->accounts = std::make_unique<AccountService>(db, *open->audit, SystemClock::instance());
    const DeskSettings desk = settings();
    LedgerSettings ledger;
    ledger.officeCode = desk.officeCode;
    ledger.officeName = desk.officeName;
    ledger.deviceId = desk.deviceId;
    ledger.counter = desk.counter > 0 ? desk.counter : 1;
    open->ledger = std::make_unique<LedgerService>(db, *open->accounts, *open->audit, open->signer,
                                                   SystemClock::instance(), ledger);
    m_open = std::move(open);
    return &m_open->store->database();
}

void CtlContext::closeStore()
{
    m_open.reset();
}

Result<CtlContext::Credentials> CtlContext::credentials() const
{
    Credentials out;
    out.user = m_options.user;
    if (out.user.isEmpty()) {
        Result<QString> typed = PasswordPrompt::ask(u"User: "_s, false);
        if (!typed)
            return typed.error();
        out.user = typed->trimmed();
    }
    Result<QString> password =
        m_options.passwordFd >= 0
            ? PasswordPrompt::readLine(m_options.passwordFd)
            : PasswordPrompt::ask(u"Password for "_s + out.user + u": "_s, true);
    if (!password)
        return password.error();
    out.password = *password;
    return out;
}

Result<Session> CtlContext::login(Permission permission)
{
    if (Result<Database*> db = store(); !db)
        return db.error();
    Result<Credentials> typed = credentials();
    if (!typed)
        return typed.error();
    Result<Session> session = m_open->accounts->login(typed->user, typed->password);
    if (!session)
        return session.error();
    if (Status allowed = Authorizer::require(*session, permission); !allowed)
        return allowed.error();
    return session;
}

AccountService& CtlContext::accounts()
{
    return *m_open->accounts;
}

AuditLog& CtlContext::audit()
{
    return *m_open->audit;
}

LedgerService& CtlContext::ledger()
{
    return *m_open->ledger;
}

QJsonObject CtlContext::errorJson(const Error& error)
{
    return {{u"ok"_s, false},
            {u"error"_s, QJsonObject{{u"code"_s, error.code()},
                                     {u"message"_s, error.message()},
                                     {u"message_fa"_s, error.userMessage()},
                                     {u"exit_code"_s, int(ExitCodes::forError(error))}}}};
}

int CtlContext::fail(const Error& error)
{
    if (m_options.json)
        printJson(errorJson(error));
    else
        m_err << "pishkhanctl: " << error.message() << " [" << error.code() << "]" << Qt::endl;
    return int(ExitCodes::forError(error));
}

int CtlContext::usage(const QString& message, const QString& help)
{
    m_err << "pishkhanctl: " << message << "\n\n" << help << Qt::flush;
    return int(ExitCode::Usage);
}

void CtlContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace pishkhan
