#include "DeskRuntime.h"

#include "ConnectionSettingsStore.h"
#include "DeskServeBackend.h"
#include "DeviceCloseSigner.h"
#include "LedgerCloseUploadSource.h"
#include "ReceiptCopies.h"
#include "TrainingBackend.h"
#include "core/PersianText.h"
#include "core/SecureBytes.h"
#include "ledger/LedgerService.h"
#include "ledger/TariffTable.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "print/PrintQueueStore.h"
#include "print/PrintService.h"
#include "security/AccountService.h"
#include "security/ActivationService.h"
#include "security/AuditLog.h"
#include "security/BackendSigningKeys.h"
#include "security/Clock.h"
#include "security/DeviceIdentity.h"
#include "security/DraftRetention.h"
#include "security/KeyVault.h"
#include "security/PasswordHasher.h"
#include "security/RetentionSchedule.h"
#include "security/SecretStore.h"
#include "security/SettingsStore.h"
#include "security/StoreOpener.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "storage/StoreLock.h"
#include "sync/CatalogueCache.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {
Q_LOGGING_CATEGORY(lcDesk, "pishkhan.desk")

// Whether this store itself recorded the activation whose credentials the keychain holds. The
// keychain and the settings file outlive the store: after a store is moved aside, restored or
// replaced they still say "activated", but the store in place never was, and its first
// administrator would be whoever sits at the keyboard.
bool storeRecordsActivation(Database& db, AuditLog& audit, const DeviceIdentity& device,
                            const DeskSettings& settings)
{
    if (!device.isActivated() || settings.deviceId.isEmpty())
        return false;
    SettingsStore store(db, audit, SystemClock::instance());
    const auto recorded = store.value(ActivationService::storeDeviceIdKey());
    return recorded && recorded->has_value() && **recorded == settings.deviceId;
}

Error activationRequired()
{
    return Error(u"auth.activation_required"_s,
                 QT_TRANSLATE_NOOP("Error", "This counter's store has not been activated: "
                                            "activate it with a new activation code from the "
                                            "municipality before creating its first "
                                            "administrator."));
}
} // namespace

struct DeskRuntime::Impl
{
    std::shared_ptr<StoreLock> lock; // first in, last out: released after the store is closed
    std::optional<LocalStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<RetentionSchedule> retention;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<SettingsStore> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<DeviceIdentity> device;
    std::unique_ptr<DeviceCloseSigner> signer;
    TrainingEndpoint endpoint;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<LedgerService> ledger;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<BackendSigningKeys> serverKeys;
    std::unique_ptr<LedgerCloseUploadSource> closeUploads;
    // How the backend's signing key reached this counter when it is fetched on this start: a
    // counter activated before keys were recorded fetches it once on its first start.
    QString serverKeyHow = QStringLiteral("first start after update");
    std::unique_ptr<DeskServeBackend> serve;
    std::unique_ptr<PrintQueueStore> printQueue;
    std::unique_ptr<PrintService> printing;
    std::unique_ptr<ReceiptCopies> receiptCopies;
};

DeskRuntime::DeskRuntime(DeskOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , d(std::make_unique<Impl>())
{
    if (m_options.sandboxDataDir.isEmpty())
        m_options.sandboxDataDir = location().sandboxDataDir();
}

DeskRuntime::~DeskRuntime()
{
    // Order matters: the engine and the ledger hold the database and the API client.
    if (d->sync)
        d->sync->stop();
    d->serve.reset();
    d->receiptCopies.reset();
    d->sync.reset();
    d->closeUploads.reset();
    d->ledger.reset();
    d->api.reset();
    d->http.reset();
    stopSandbox();
}

StoreLocation DeskRuntime::location() const
{
    return StoreLocation(m_options.dataDir, m_options.training);
}

QString DeskRuntime::storePath() const
{
    return location().storePath();
}

Result<QByteArray> DeskRuntime::readStoreKey() const
{
    const StoreLocation here = location();
    KeyVault vault(here.keychainService(), here.storeKeyName());
    return vault.readExistingKey();
}

QString DeskRuntime::settingsPath() const
{
    return location().settingsPath();
}

Status DeskRuntime::open()
{
    if (!QDir().mkpath(m_options.dataDir))
        return Error(u"desk.data_dir"_s,
                     QT_TRANSLATE_NOOP("Error", "The data folder cannot be created."),
                     m_options.dataDir);
    const StoreLocation here = location();
    // One writer per store: the crash recovery below and the sync engine would otherwise
    // queue again, and send again, the rows another running counter is sending.
    d->lock = m_options.storeLock;
    if (!d->lock) {
        Result<StoreLock> lock = StoreLock::acquire(here.storePath());
        if (!lock)
            return lock.error();
        d->lock = std::make_shared<StoreLock>(std::move(*lock));
    }
    KeyVault vault(here.keychainService(), here.storeKeyName());
    auto store = StoreOpener::open(here.storePath(), vault);
    if (!store)
        return store.error();
    d->store.emplace(std::move(store.value()));
    OutboxStore outbox(d->store->database());
    if (const auto recovered = outbox.recoverAfterCrash(QDateTime::currentMSecsSinceEpoch());
        !recovered)
        return recovered.error();

    const Clock& clock = SystemClock::instance();
    d->audit = std::make_unique<AuditLog>(d->store->database(), clock);
    // Citizens' data of long-final requests goes daily while the counter is open (checked
    // soon after every start), not only when someone remembers a command.
    d->retention = std::make_unique<RetentionSchedule>(d->store->database(), *d->audit, clock);
    d->retention->start();
    d->accounts = std::make_unique<AccountService>(d->store->database(), *d->audit, clock,
                                                   m_options.pbkdf2Iterations > 0
                                                       ? m_options.pbkdf2Iterations
                                                       : PasswordHasher::kProductionIterations);

    d->settings = std::make_unique<SettingsStore>(d->store->database(), *d->audit, clock);
    m_settings = DeskSettings::load(settingsPath());
    if (!m_options.training) {
        ConnectionSettingsStore connection(*d->settings);
        if (const Status moved =
                connection.migrateFromIni(settingsPath(), m_options.firstRunConnection);
            !moved) {
            if (moved.error().code() != u"settings.ini_write"_s)
                return moved;
            // The file's values are ignored from now on whether or not it could be cleaned.
            qCWarning(lcDesk) << "settings file:" << moved.error().message();
        }
        if (const Status loaded = connection.load(m_settings); !loaded)
            return loaded;
    }
    d->secrets = std::make_unique<SecretStore>(location().secretService());
    d->device = std::make_unique<DeviceIdentity>(*d->secrets);
    if (const Status loaded = d->device->load(); !loaded)
        return loaded;
    // A live counter's first administrator is made only in a store activated with the
    // municipality's one-time code: the code is what vouches for the person at the keyboard.
    // Training needs no such proof (its store never reaches the municipality).
    if (!m_options.training)
        d->accounts->setFirstAdminGate([this]() -> Status {
            if (storeRecordsActivation(d->store->database(), *d->audit, *d->device, m_settings))
                return {};
            return activationRequired();
        });
    d->signer = std::make_unique<DeviceCloseSigner>(*d->device);

    if (m_options.training) {
        if (const Status started = startSandbox(0); !started)
            return started;
        m_settings.backendUrl = d->endpoint.url;
        m_settings.pinnedKey = d->endpoint.pin;
        m_settings.caFile = d->endpoint.certificatePath;
    }

    HttpSettings http;
    http.baseUrl = m_settings.backendUrl;
    http.pinnedPublicKey = m_settings.pinnedKey;
    http.caFile = m_settings.caFile;
    http.proxy = m_options.training ? u"direct"_s : m_settings.proxy;
    d->http = std::make_unique<HttpClient>(http);
    d->api = std::make_unique<ApiClient>(*d->http);
    d->api->setCredentialsProvider([this]() -> std::optional<DeviceCredentials> {
        const auto token = d->device->token();
        if (!token || m_settings.deviceId.isEmpty())
            return std::nullopt;
        return DeviceCredentials{m_settings.deviceId, QString::fromUtf8(*token)};
    });
    // The backend records who served each request; the engine's background sends name the
    // last clerk at this counter.
    d->api->setClerkIdProvider(
        [this]() { return m_session.username.isEmpty() ? u"desk"_s : m_session.username; });
    m_open = true;
    return {};
}

Status DeskRuntime::startSandbox(quint16 port)
{
    if (!m_options.trainingBackend)
        return TrainingBackend::notRunning(u"no training backend was given to the runtime"_s);
    TrainingBackendOptions options;
    options.dataDir = m_options.sandboxDataDir;
    options.port = port;
    options.latencyMs = m_options.sandboxLatencyMs;
    // The sandbox's texts hold full mobile numbers: they are kept under a key of their own,
    // derived from the training store's key (so nothing new to keep in the keychain).
    if (m_options.training) {
        Result<QByteArray> storeKey = readStoreKey();
        if (!storeKey)
            return storeKey.error();
        options.smsKey =
            QMessageAuthenticationCode::hash(QByteArrayLiteral("pishkhan training sandbox sms"),
                                             *storeKey, QCryptographicHash::Sha256);
        SecureBytes::wipe(*storeKey);
    }
    auto endpoint = m_options.trainingBackend->start(options);
    SecureBytes::wipe(options.smsKey);
    if (!endpoint)
        return endpoint.error();
    d->endpoint = *endpoint;
    return {};
}

void DeskRuntime::start()
{
    if (!d->api) {
        emit failed(tr("The store is not open."));
        return;
    }
    if (!m_options.training) {
        if (const Status pinned = ConnectionSettingsStore::checkLive(m_settings); !pinned) {
            emit failed(pinned.error().userMessage());
            return;
        }
    }
    if (d->device->isActivated() && m_settings.isActivated()) {
        // A live store with no account yet must have been activated itself (the keychain's
        // credentials may be those of a store moved aside). A store with accounts was set up
        // by its administrator, before stores recorded their activation too.
        const bool storeActivated =
            m_options.training || !d->accounts->needsFirstAdmin().valueOr(true) ||
            storeRecordsActivation(d->store->database(), *d->audit, *d->device, m_settings);
        if (storeActivated) {
            finishStart();
            return;
        }
        qCInfo(lcDesk) << "the keychain holds a device activation this store did not record; "
                          "asking for a new activation";
    }
    if (m_options.training) {
        activateTraining();
        return;
    }
    // A live counter that was never activated: the window asks for the office code and the
    // one-time activation code the municipality issued, then calls activate().
    emit activationNeeded();
}

void DeskRuntime::activateTraining()
{
    auto code = m_options.trainingBackend->issueActivationCode(m_options.trainingOffice);
    if (!code) {
        emit failed(code.error().userMessage());
        return;
    }
    activate(m_options.trainingOffice, *code, tr("training counter"));
}

void DeskRuntime::activate(const QString& officeCode, const QString& activationCode,
                           const QString& label)
{
    if (!d->api) {
        emit failed(tr("The store is not open."));
        return;
    }
    if (m_ready || m_activating)
        return;
    if (!m_options.training) {
        if (const Status pinned = ConnectionSettingsStore::checkLive(m_settings); !pinned) {
            emit activationFailed(pinned.error().userMessage());
            return;
        }
    }
    const QString office = officeCode.trimmed().toUpper();
    const QString code = PersianText::foldDigits(activationCode).remove(u' ').remove(u'-');
    if (office.isEmpty() || code.isEmpty()) {
        emit activationFailed(tr("Enter the office code and the activation code from the "
                                 "municipality."));
        return;
    }
    auto publicKey = d->device->generatePending();
    if (!publicKey) {
        emit activationFailed(publicKey.error().userMessage());
        return;
    }
    m_activating = true;
    const QString clerk = m_session.isValid() ? m_session.username : u"setup"_s;
    d->api->activateDevice(
        office, code, *publicKey, m_options.training ? u"training"_s : clerk,
        [this](ApiReply<Activation> reply) {
            m_activating = false;
            if (!reply) {
                d->device->discardPending();
                const QString why = DeskServeBackend::failureFrom(reply.error()).userMessage;
                emit activationFailed(why);
                if (m_options.training)
                    emit failed(why);
                return;
            }
            if (const Status s = d->device->commitPending(reply->token.toUtf8()); !s) {
                emit activationFailed(s.error().userMessage());
                emit failed(s.error().userMessage());
                return;
            }
            m_settings.deviceId = reply->deviceId;
            m_settings.officeCode = reply->officeCode;
            m_settings.officeName = reply->officeNameFa;
            m_settings.officeDistrict = reply->officeDistrict;
            m_settings.counter = reply->counter;
            if (!m_settings.save(settingsPath()))
                qCWarning(lcDesk) << "could not save the settings after activation";
            // The store records the activation it was set up with (see storeRecordsActivation).
            SettingsStore stored(d->store->database(), *d->audit, SystemClock::instance());
            if (const Status s = stored.setUnchecked(ActivationService::storeDeviceIdKey(),
                                                     reply->deviceId, m_session.accountId);
                !s) {
                emit activationFailed(s.error().userMessage());
                emit failed(s.error().userMessage());
                return;
            }
            d->serverKeyHow = u"activation"_s;
            finishStart();
        },
        label.trimmed().isEmpty() ? tr("counter") : label.trimmed());
}

void DeskRuntime::finishStart()
{
    LedgerSettings ledger;
    ledger.officeCode = m_settings.officeCode;
    ledger.officeName = m_settings.officeName;
    ledger.deviceId = m_settings.deviceId;
    ledger.counter = qMax(1, m_settings.counter);
    ledger.training = m_options.training;
    d->ledger = std::make_unique<LedgerService>(d->store->database(), *d->accounts, *d->audit,
                                                *d->signer, SystemClock::instance(), ledger);
    d->sync = std::make_unique<SyncEngine>(d->store->database(), *d->api, SystemClock::instance());
    if (m_options.training) {
        // A trainee should see the queue drain within seconds of the sandbox coming back.
        SyncConfig config = d->sync->config();
        config.backoff = BackoffPolicy(500, 5'000);
        config.minPollDelayMs = 2'000;
        d->sync->setConfig(config);
    }
    // Signed day closes ride on the engine; their acknowledgements go back to the ledger.
    d->closeUploads = std::make_unique<LedgerCloseUploadSource>(*d->ledger, *d->api);
    d->closeUploads->setEngine(d->sync.get());
    d->sync->addDayCloseSource(d->closeUploads.get());
    // Staff belong to the office: account changes go through the backend both ways, and a
    // session whose account another counter disabled (or reset) ends after that sync.
    d->sync->enableStaffSync(*d->accounts);
    connect(d->sync.get(), &SyncEngine::staffChanged, this, [this] {
        if (m_session.isValid() && !d->accounts->checkSession(m_session))
            setSession(Session{});
    });
    // The backend's signing key comes from the store; only a counter without one fetches it
    // (and records it, audited).
    d->serverKeys = std::make_unique<BackendSigningKeys>(d->store->database(), *d->audit);
    if (const Status keys = d->closeUploads->useKeyRecord(*d->serverKeys, d->serverKeyHow); !keys)
        qCWarning(lcDesk).noquote() << "recorded server keys:" << keys.error().message();
    d->closeUploads->prefetchServerKey();
    d->serve = std::make_unique<DeskServeBackend>(
        *d->api, *d->ledger, *d->sync, [this] { return m_session; },
        [this] { return m_tariffTableId; });
    connect(d->sync.get(), &SyncEngine::catalogueChecked, this, [this](bool changed) {
        if (changed || m_catalogue.isEmpty())
            loadCatalogue();
    });
    loadCatalogue();
    if (const Status started = d->sync->start(); !started) {
        emit failed(started.error().userMessage());
        return;
    }
    m_ready = true;
    emit ready();
}

void DeskRuntime::loadCatalogue()
{
    CatalogueCache cache(d->store->database());
    const auto current = cache.current();
    if (!current || !*current)
        return;
    auto catalogue = ServiceCatalogue::parse((*current)->body);
    if (!catalogue) {
        qCWarning(lcDesk) << "catalogue:" << catalogue.error().message();
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson((*current)->body).object();
    auto table = TariffTable::fromCatalogue(json);
    if (!table) {
        qCWarning(lcDesk) << "tariff table:" << table.error().message();
        return;
    }
    if (const Status registered = d->ledger->registerTariffTable(*table); !registered) {
        qCWarning(lcDesk) << "tariff table:" << registered.error().message();
        return;
    }
    m_tariffTableId = table->id();
    m_catalogue = std::move(catalogue.value());
    emit catalogueChanged();
}

Result<int> DeskRuntime::draftRetentionDays()
{
    if (!d->settings)
        return Error(u"desk.not_open"_s, QT_TRANSLATE_NOOP("Error", "The store is not open."));
    return DraftRetention(*d->settings).days();
}

Status DeskRuntime::setDraftRetentionDays(int days)
{
    if (!d->settings)
        return Error(u"desk.not_open"_s, QT_TRANSLATE_NOOP("Error", "The store is not open."));
    return DraftRetention(*d->settings).set(m_session, days);
}

Status DeskRuntime::saveSettings(const DeskSettings& settings)
{
    DeskSettings next = settings;
    if (m_options.training) {
        // Training always talks to its own sandbox.
        next.backendUrl = m_settings.backendUrl;
        next.pinnedKey = m_settings.pinnedKey;
        next.caFile = m_settings.caFile;
        next.proxy = m_settings.proxy;
    } else if (next.backendUrl != m_settings.backendUrl || next.pinnedKey != m_settings.pinnedKey ||
               next.caFile != m_settings.caFile || next.proxy != m_settings.proxy) {
        if (!d->settings)
            return Error(u"desk.not_open"_s, QT_TRANSLATE_NOOP("Error", "The store is not open."));
        if (const Status saved = ConnectionSettingsStore(*d->settings).save(m_session, next);
            !saved)
            return saved;
    }
    m_settings = next;
    if (!m_settings.save(settingsPath()))
        return Error(u"desk.settings"_s,
                     QT_TRANSLATE_NOOP("Error", "The settings could not be saved."),
                     settingsPath());
    return {};
}

Database& DeskRuntime::database()
{
    return d->store->database();
}

AccountService& DeskRuntime::accounts()
{
    return *d->accounts;
}

AuditLog& DeskRuntime::audit()
{
    return *d->audit;
}

ApiClient& DeskRuntime::api()
{
    return *d->api;
}

SyncEngine* DeskRuntime::sync()
{
    return d->sync.get();
}

LedgerService* DeskRuntime::ledger()
{
    return d->ledger.get();
}

ServeBackend* DeskRuntime::serveBackend()
{
    return d->serve.get();
}

void DeskRuntime::setSession(const Session& session)
{
    m_session = session;
    emit sessionChanged();
}

QString DeskRuntime::smsLogPath() const
{
    return d->endpoint.smsLogPath;
}

QJsonArray DeskRuntime::smsMessages(int limit) const
{
    return isSandboxRunning() ? m_options.trainingBackend->smsMessages(limit) : QJsonArray();
}

bool DeskRuntime::isSandboxRunning() const
{
    return m_options.training && m_options.trainingBackend &&
           m_options.trainingBackend->isRunning();
}

void DeskRuntime::stopSandbox()
{
    if (m_options.training && m_options.trainingBackend)
        m_options.trainingBackend->stop();
}

Status DeskRuntime::restartSandbox()
{
    if (!m_options.training)
        return Error(u"desk.not_training"_s,
                     QT_TRANSLATE_NOOP("Error", "Only training mode runs the sandbox."));
    if (isSandboxRunning())
        return {};
    // Same port: the HTTP client's base URL and pin stay valid.
    const Status started = startSandbox(d->endpoint.port);
    if (started && d->sync)
        d->sync->syncNow();
    return started;
}

void DeskRuntime::sandboxAdmin(const QString& path, const QJsonObject& body)
{
    if (!d->http)
        return;
    HttpRequest request =
        HttpRequest::postJson(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.setHeader(QByteArrayLiteral("X-Admin-Token"), d->endpoint.adminToken.toUtf8());
    d->http->send(std::move(request), this, [](const HttpResponse&) {});
}

PrintService* DeskRuntime::printing()
{
    if (!d->printing && d->store && d->audit) {
        d->printQueue = std::make_unique<PrintQueueStore>(d->store->database());
        d->printing = std::make_unique<PrintService>(
            *d->printQueue, *d->audit, SystemClock::instance(),
            [this] { return m_settings.printRoutes; }, m_options.dataDir);
    }
    return d->printing.get();
}

ReceiptCopies* DeskRuntime::receiptCopies()
{
    if (!d->receiptCopies && d->ledger && printing())
        d->receiptCopies = std::make_unique<ReceiptCopies>(*d->ledger, *d->printing);
    return d->receiptCopies.get();
}

} // namespace pishkhan
