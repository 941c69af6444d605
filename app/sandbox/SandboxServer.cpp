#include "SandboxServer.h"

#include "Catalogue.h"
#include "Clock.h"
#include "Directory.h"
#include "Ed25519Signer.h"
#include "HttpFrontend.h"
#include "PropertyRegistry.h"
#include "SandboxApi.h"
#include "SandboxStore.h"
#include "Secrets.h"
#include "SmsLog.h"
#include "StaffEndpoints.h"
#include "TlsIdentity.h"

#include <QDir>
#include <QSslConfiguration>

#include <optional>

namespace pishkhan::sandbox {

struct SandboxServer::Impl
{
    std::optional<SandboxStore> store;
    std::optional<Clock> clock;
    std::optional<Catalogue> catalogue;
    std::optional<PropertyRegistry> properties;
    std::optional<Directory> directory;
    std::optional<Ed25519Signer> signer;
    std::optional<SmsLog> sms;
    std::optional<FaultInjector> faults;
    std::optional<SandboxContext> context;
    std::optional<SandboxApi> api;
    std::unique_ptr<HttpFrontend> http;
};

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{}

SandboxServer::~SandboxServer()
{
    // The HTTP side goes first: no request may reach a half-destroyed API.
    d->http.reset();
}

bool SandboxServer::isRunning() const
{
    return d->http != nullptr;
}

Result<SandboxEndpoint> SandboxServer::start(quint16 port, const QString& dataDir)
{
    SandboxOptions options;
    options.port = port;
    options.dataDir = dataDir;
    return start(options);
}

Result<SandboxEndpoint> SandboxServer::start(const SandboxOptions& options)
{
    if (isRunning())
        return Error(QStringLiteral("sandbox.running"), "The sandbox is already running");
    const QString dir = QDir(options.dataDir).absolutePath();
    if (options.dataDir.isEmpty() || !QDir().mkpath(dir))
        return Error(QStringLiteral("sandbox.data_dir"), "Cannot create the sandbox data directory",
                     dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto tls = TlsIdentity::loadOrCreate(dir, options.tlsCertPath, options.tlsKeyPath);
    if (!tls)
        return tls.error();
    auto signer = Ed25519Signer::loadOrCreate(dir + QStringLiteral("/signing-key.pem"));
    if (!signer)
        return signer.error();
    auto catalogue = Catalogue::load(QStringLiteral(":/sandbox/catalogue.json"));
    if (!catalogue)
        return catalogue.error();
    auto properties = PropertyRegistry::load(QStringLiteral(":/sandbox/properties.json"));
    if (!properties)
        return properties.error();
    auto directory = Directory::load(QStringLiteral(":/sandbox/directory.json"));
    if (!directory)
        return directory.error();
    auto store = SandboxStore::open(dir + QStringLiteral("/sandbox.db"));
    if (!store)
        return store.error();

    d->store.emplace(std::move(store).value());
    d->clock.emplace(options.timeScale);
    auto offset = d->store->meta(QStringLiteral("clock_offset_ms"));
    if (offset && !offset->isEmpty())
        d->clock->setOffsetMs(offset->toLongLong());
    if (auto latest = d->store->latestTimestamp(); latest)
        d->clock->notBefore(*latest);
    d->catalogue.emplace(std::move(catalogue).value());
    d->properties.emplace(std::move(properties).value());
    d->directory.emplace(std::move(directory).value());
    d->signer.emplace(std::move(signer).value());
    const QString plainSmsLog = dir + QStringLiteral("/sms.log");
    if (options.smsKey.isEmpty()) {
        d->sms.emplace(plainSmsLog);
    } else {
        const QString smsDb = dir + QStringLiteral("/sms.db");
        auto sms = SmsLog::openEncrypted(smsDb, options.smsKey);
        if (!sms) {
            // The key follows the training store's, so a rekeyed store cannot read the old
            // texts. They are one-time codes that expired minutes after they were sent:
            // start an empty phone rather than refuse to start.
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(smsDb + suffix);
            sms = SmsLog::openEncrypted(smsDb, options.smsKey);
        }
        if (!sms)
            return sms.error();
        d->sms.emplace(std::move(sms).value());
        // An earlier version kept the texts in plain text here.
        if (QFile::exists(plainSmsLog) && !QFile::remove(plainSmsLog))
            return Error(QStringLiteral("sandbox.sms_log"),
                         "The old plain-text SMS log cannot be removed", plainSmsLog);
    }
    auto staffKey = StaffEndpoints::loadOrCreateKey(dir);
    if (!staffKey)
        return staffKey.error();
    const QString adminToken =
        options.adminToken.isEmpty() ? Secrets::token(QStringLiteral("adm_")) : options.adminToken;
    d->faults.emplace(options.faults);
    SandboxLimits limits;
    limits.maxBodyBytes = options.maxBodyBytes;
    d->context.emplace(SandboxContext{*d->store, *d->clock, *d->catalogue, *d->properties,
                                      *d->directory, *d->signer, *d->sms, *d->faults, limits,
                                      adminToken.toUtf8(), *staffKey});
    d->api.emplace(*d->context);

    SandboxApi* api = &*d->api;
    d->http = std::make_unique<HttpFrontend>(
        [api](const ApiRequest& request) { return api->handle(request); }, *d->faults);
    d->http->setLogRequests(options.logRequests);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(tls->certificate());
    ssl.setPrivateKey(tls->key());
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    d->http->sslSetup(ssl);
    const quint16 port = d->http->listen(QHostAddress::LocalHost, options.port);
    if (port == 0) {
        d->http.reset();
        return Error(QStringLiteral("sandbox.listen"), "The sandbox cannot listen on the port",
                     QString::number(options.port));
    }
    SandboxEndpoint endpoint;
    endpoint.port = port;
    endpoint.url = QStringLiteral("https://127.0.0.1:") + QString::number(port);
    endpoint.pin = tls->pin();
    endpoint.certificatePath = tls->certificatePath();
    endpoint.smsLogPath = d->sms->path();
    endpoint.adminToken = adminToken;
    return endpoint;
}

Result<QString> SandboxServer::issueActivationCode(const QString& officeCode)
{
    if (!isRunning())
        return Error(QStringLiteral("sandbox.stopped"), "The sandbox is not running");
    return d->api->devices().issueActivationCode(officeCode);
}

QJsonArray SandboxServer::smsMessages(int limit) const
{
    return d->sms ? d->sms->messages(QString(), limit) : QJsonArray();
}

} // namespace pishkhan::sandbox
