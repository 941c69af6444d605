#include "SelfTest.h"

#include "DeskServeBackend.h"
#include "DeviceCloseSigner.h"
#include "ServiceCatalogue.h"
#include "TrainingBackend.h"
#include "ledger/LedgerService.h"
#include "ledger/TariffTable.h"
#include "net/ApiClient.h"
#include "net/HttpClient.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Clock.h"
#include "security/DeviceIdentity.h"
#include "security/KeyVault.h"
#include "security/SecretStore.h"
#include "security/StoreOpener.h"
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"
#include "sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

// The sample office and property the sandbox ships (resources/sandbox).
const QString kOffice = u"IF-1001"_s;
const QString kService = u"property-file"_s;
const QString kRenovationCode = u"6-12-345-17-0-0-0"_s;
const int kDistrict = 6;
const QString kNationalCode = u"0499370899"_s;
const QString kMobile = u"09121234567"_s;

QString describe(const ApiError& error)
{
    return error.code() + u": "_s + error.messageEn();
}

} // namespace

struct SelfTest::Impl
{
    std::optional<QTemporaryDir> tempDir;
    QString workDir;
    std::unique_ptr<KeyVault> vault;
    std::unique_ptr<SecretStore> secrets;
    std::optional<LocalStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
    Session session;
    std::unique_ptr<DeviceIdentity> device;
    std::unique_ptr<DeviceCloseSigner> signer;
    std::shared_ptr<TrainingBackend> backend;
    TrainingEndpoint endpoint;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<ApiClient> api;
    QString deviceId;
    std::unique_ptr<LedgerService> ledger;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<DeskServeBackend> serve;
    std::optional<ServiceCatalogue> catalogue;
    QString tariffTableId;
    ConsentIssued consent;
    QString requestId;
    qint64 feeSeq = 0;

    // Everything that holds the store, the network or the sandbox, in dependency order.
    void stopAll()
    {
        if (sync)
            sync->stop();
        serve.reset();
        sync.reset();
        ledger.reset();
        api.reset();
        http.reset();
        if (backend)
            backend->stop();
        accounts.reset();
        audit.reset();
        store.reset();
    }
};

SelfTest::SelfTest(SelfTestOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , d(std::make_unique<Impl>())
{}

SelfTest::~SelfTest()
{
    d->stopAll();
}

bool SelfTest::run()
{
    m_steps.clear();
    const bool passed =
        step(u"keychain and encrypted store"_s,
             [this](QString& s) { return openKeychainAndStore(s); }) &&
        step(u"sandbox on loopback TLS"_s, [this](QString& s) { return startSandbox(s); }) &&
        step(u"device activation over TLS"_s, [this](QString& s) { return activate(s); }) &&
        step(u"catalogue and tariff"_s, [this](QString& s) { return loadCatalogue(s); }) &&
        step(u"citizen consent (one-time code)"_s,
             [this](QString& s) { return obtainConsent(s); }) &&
        step(u"fee and request recorded"_s, [this](QString& s) { return recordFee(s); }) &&
        step(u"request sent, tracking code"_s, [this](QString& s) { return sendRequest(s); }) &&
        step(u"ledger hash chain"_s, [this](QString& s) { return verifyLedger(s); });
    // Always, pass or fail: nothing of the test may stay in the keychain or on disk.
    const bool cleaned = step(u"clean-up"_s, [this](QString& s) { return cleanUp(s); });
    return passed && cleaned;
}

bool SelfTest::step(const QString& name, const StepFn& body)
{
    QElapsedTimer timer;
    timer.start();
    Step result;
    result.name = name;
    result.ok = body(result.detail);
    result.elapsedMs = timer.elapsed();
    m_steps.append(result);
    emit stepFinished(result);
    return result.ok;
}

bool SelfTest::waitFor(const std::function<bool()>& done) const
{
    const QDeadlineTimer deadline(m_options.stepTimeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        // Callbacks of the HTTP client and the sync engine arrive through this loop.
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool SelfTest::openKeychainAndStore(QString& detail)
{
    if (m_options.workDir.isEmpty()) {
        d->tempDir.emplace(QDir::temp().filePath(u"pishkhan-selftest-XXXXXX"_s));
        if (!d->tempDir->isValid()) {
            detail = u"cannot create a temporary folder: "_s + d->tempDir->errorString();
            return false;
        }
        d->workDir = d->tempDir->path();
    } else {
        d->workDir = m_options.workDir;
        if (!QDir().mkpath(d->workDir)) {
            detail = u"cannot create "_s + d->workDir;
            return false;
        }
    }

    // Names of this run only: the office's and training mode's entries are never read.
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    d->vault = std::make_unique<KeyVault>(KeyVault::defaultService(),
                                          KeyVault::defaultKeyName() + u"-selftest-"_s + run);
    d->secrets =
        std::make_unique<SecretStore>(SecretStore::defaultService() + u".selftest-"_s + run);

    const QString path = QDir(d->workDir).filePath(u"selftest-store.db"_s);
    auto store = StoreOpener::open(path, *d->vault);
    if (!store) {
        detail = store.error().message();
        return false;
    }
    d->store.emplace(std::move(store.value()));

    // The key went into the keychain and comes back out of it.
    const auto key = d->vault->readKey();
    if (!key || !key->has_value()) {
        detail = u"the store key cannot be read back from the keychain"_s;
        return false;
    }
    // And the file on disk is not a plain SQLite database.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16).startsWith("SQLite format 3")) {
        detail = u"the store file is not encrypted: "_s + path;
        return false;
    }

    const Clock& clock = SystemClock::instance();
    d->audit = std::make_unique<AuditLog>(d->store->database(), clock);
    d->accounts = std::make_unique<AccountService>(d->store->database(), *d->audit, clock,
                                                   m_options.pbkdf2Iterations);
    const QString password = u"SelfTest-"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (const auto admin = d->accounts->createFirstAdmin(u"selftest"_s, u"Self-test"_s, password);
        !admin) {
        detail = admin.error().message();
        return false;
    }
    auto session = d->accounts->login(u"selftest"_s, password);
    if (!session) {
        detail = session.error().message();
        return false;
    }
    d->session = *session;
    detail = d->store->report().describe();
    return true;
}

bool SelfTest::startSandbox(QString& detail)
{
    d->backend = m_options.backend;
    if (!d->backend) {
        detail = TrainingBackend::notRunning(u"no backend was given to the self-test"_s).message();
        return false;
    }
    TrainingBackendOptions options;
    options.dataDir = QDir(d->workDir).filePath(u"sandbox"_s);
    options.port = 0;
    auto endpoint = d->backend->start(options);
    if (!endpoint) {
        detail = endpoint.error().message();
        return false;
    }
    d->endpoint = *endpoint;

    HttpSettings http;
    http.baseUrl = d->endpoint.url;
    http.pinnedPublicKey = d->endpoint.pin;
    http.caFile = d->endpoint.certificatePath;
    http.proxy = u"direct"_s;
    d->http = std::make_unique<HttpClient>(http);
    d->api = std::make_unique<ApiClient>(*d->http);
    d->api->setClerkId(d->session.username);
    detail = d->endpoint.url + u" pin="_s + d->endpoint.pin;
    return true;
}

bool SelfTest::activate(QString& detail)
{
    d->device = std::make_unique<DeviceIdentity>(*d->secrets);
    auto code = d->backend->issueActivationCode(kOffice);
    if (!code) {
        detail = code.error().message();
        return false;
    }
    auto publicKey = d->device->generatePending();
    if (!publicKey) {
        detail = publicKey.error().message();
        return false;
    }
    std::optional<ApiReply<Activation>> reply;
    d->api->activateDevice(
        kOffice, *code, *publicKey, d->session.username,
        [&reply](ApiReply<Activation> r) { reply = std::move(r); }, u"self-test"_s);
    if (!waitFor([&] { return reply.has_value(); })) {
        detail = u"no answer within the timeout"_s;
        return false;
    }
    if (!*reply) {
        d->device->discardPending();
        detail = describe(reply->error());
        return false;
    }
    // The device key and token go into the keychain (under this run's names) and back.
    if (const Status committed = d->device->commitPending((*reply)->token.toUtf8()); !committed) {
        detail = committed.error().message();
        return false;
    }
    d->deviceId = (*reply)->deviceId;
    d->api->setCredentials(DeviceCredentials{d->deviceId, (*reply)->token});
    d->signer = std::make_unique<DeviceCloseSigner>(*d->device);

    LedgerSettings ledger;
    ledger.officeCode = (*reply)->officeCode;
    ledger.officeName = (*reply)->officeNameFa;
    ledger.deviceId = d->deviceId;
    ledger.counter = qMax(1, (*reply)->counter);
    d->ledger = std::make_unique<LedgerService>(d->store->database(), *d->accounts, *d->audit,
                                                *d->signer, SystemClock::instance(), ledger);
    detail = u"device "_s + d->deviceId + u" of office "_s + (*reply)->officeCode;
    return true;
}

bool SelfTest::loadCatalogue(QString& detail)
{
    std::optional<ApiReply<CatalogueAnswer>> reply;
    d->api->catalogue({}, [&reply](ApiReply<CatalogueAnswer> r) { reply = std::move(r); });
    if (!waitFor([&] { return reply.has_value(); })) {
        detail = u"no answer within the timeout"_s;
        return false;
    }
    if (!*reply) {
        detail = describe(reply->error());
        return false;
    }
    const QByteArray body = (*reply)->body;
    auto catalogue = ServiceCatalogue::parse(body);
    if (!catalogue) {
        detail = catalogue.error().message();
        return false;
    }
    auto table = TariffTable::fromCatalogue(QJsonDocument::fromJson(body).object());
    if (!table) {
        detail = table.error().message();
        return false;
    }
    if (const Status registered = d->ledger->registerTariffTable(*table); !registered) {
        detail = registered.error().message();
        return false;
    }
    if (!catalogue->find(kService)) {
        detail = u"the catalogue has no "_s + kService;
        return false;
    }
    d->tariffTableId = table->id();
    d->catalogue.emplace(std::move(catalogue.value()));
    detail = u"version "_s + (*reply)->version + u", "_s + QString::number((*reply)->serviceCount) +
             u" services"_s;
    return true;
}

bool SelfTest::obtainConsent(QString& detail)
{
    std::optional<ApiReply<OtpChallenge>> challenge;
    d->api->requestOtp(kNationalCode, kMobile, kService,
                       [&challenge](ApiReply<OtpChallenge> r) { challenge = std::move(r); });
    if (!waitFor([&] { return challenge.has_value(); })) {
        detail = u"no answer to the code request within the timeout"_s;
        return false;
    }
    if (!*challenge) {
        detail = describe(challenge->error());
        return false;
    }
    const QString challengeId = (*challenge)->challengeId;

    // The citizen's phone is the sandbox's SMS log: one JSON object per line.
    QString code;
    QFile sms(d->endpoint.smsLogPath);
    if (sms.open(QIODevice::ReadOnly)) {
        static const QRegularExpression digits(u"([0-9]{4,8})"_s);
        while (!sms.atEnd()) {
            const QJsonObject message = QJsonDocument::fromJson(sms.readLine()).object();
            if (message.value(u"challenge_id"_s).toString() == challengeId)
                code = digits.match(message.value(u"text"_s).toString()).captured(1);
        }
    }
    if (code.isEmpty()) {
        detail = u"no one-time code in the sandbox's SMS log "_s + d->endpoint.smsLogPath;
        return false;
    }

    std::optional<ApiReply<ConsentGrant>> grant;
    d->api->verifyOtp(challengeId, code,
                      [&grant](ApiReply<ConsentGrant> r) { grant = std::move(r); });
    if (!waitFor([&] { return grant.has_value(); })) {
        detail = u"no answer to the code within the timeout"_s;
        return false;
    }
    if (!*grant) {
        detail = describe(grant->error());
        return false;
    }
    d->consent = ConsentIssued{(*grant)->token, (*grant)->expiresAtMs};
    detail = u"consent for "_s + (*challenge)->mobileMasked;
    return true;
}

bool SelfTest::recordFee(QString& detail)
{
    // The product's path from here on: the serve backend over the ledger and the sync engine.
    d->sync = std::make_unique<SyncEngine>(d->store->database(), *d->api, SystemClock::instance());
    d->serve = std::make_unique<DeskServeBackend>(
        *d->api, *d->ledger, *d->sync, [this] { return d->session; },
        [this] { return d->tariffTableId; });
    if (const Status started = d->sync->start(); !started) {
        detail = started.error().message();
        return false;
    }

    const ServiceDefinition* service = d->catalogue->find(kService);
    CommitRequest request;
    request.requestId = OutboxStore::newRequestId();
    request.serviceId = service->id;
    request.serviceNameFa = service->nameFa;
    request.tariffRials = service->tariffRials;
    request.catalogueVersion = d->catalogue->version();
    request.district = kDistrict;
    request.nationalCode = kNationalCode;
    request.mobile = kMobile;
    request.fields = QJsonObject{{u"renovation_code"_s, kRenovationCode}};
    request.consentToken = d->consent.token;
    request.consentExpiresAtMs = d->consent.expiresAtMs;
    request.payment = Payment::cash();
    const Answer<Committed> committed = d->serve->commit(request);
    if (!committed.ok()) {
        detail = committed.failure.code + u": "_s + committed.failure.userMessage;
        return false;
    }
    d->requestId = committed.value->requestId;
    d->feeSeq = committed.value->ledgerSeq;
    detail = u"receipt "_s + committed.value->receiptNumber + u", "_s +
             QString::number(service->tariffRials) + u" rials cash"_s;
    return true;
}

bool SelfTest::sendRequest(QString& detail)
{
    std::optional<SendOutcome> outcome;
    d->serve->sendNow(d->requestId, [&outcome](SendOutcome o) { outcome = std::move(o); });
    if (!waitFor([&] { return outcome.has_value(); })) {
        detail = u"no answer within the timeout"_s;
        return false;
    }
    switch (outcome->kind) {
    case SendOutcome::Kind::Accepted:
        if (outcome->trackingCode.isEmpty()) {
            detail = u"accepted without a tracking code"_s;
            return false;
        }
        detail = u"tracking code "_s + outcome->trackingCode;
        return true;
    case SendOutcome::Kind::Queued:
        detail = u"queued instead of sent: "_s + outcome->message;
        return false;
    case SendOutcome::Kind::NeedsAttention:
        detail = u"refused by the backend: "_s + outcome->message;
        return false;
    }
    return false;
}

bool SelfTest::verifyLedger(QString& detail)
{
    auto report = d->ledger->verifyChain(d->session);
    if (!report) {
        detail = report.error().message();
        return false;
    }
    if (report->failure) {
        detail =
            u"the chain breaks after "_s + QString::number(report->entriesChecked) + u" entries"_s;
        return false;
    }
    if (report->entriesChecked < 1) {
        detail = u"the fee is not in the chain"_s;
        return false;
    }
    detail = QString::number(report->entriesChecked) + u" entries, last hash "_s +
             report->lastHashHex.left(16) + u"..."_s;
    return true;
}

bool SelfTest::cleanUp(QString& detail)
{
    d->stopAll();
    QStringList problems;
    if (d->device) {
        if (const Status wiped = d->device->wipe(); !wiped)
            problems << wiped.error().message();
    }
    if (d->vault) {
        if (const Status removed = d->vault->removeKey(); !removed)
            problems << removed.error().message();
    }
    if (d->tempDir) {
        if (!d->tempDir->remove())
            problems << u"cannot remove "_s + d->tempDir->path();
        d->tempDir.reset();
    }
    if (!problems.isEmpty()) {
        detail = problems.join(u"; "_s);
        return false;
    }
    detail = u"keychain entries and temporary files removed"_s;
    return true;
}

} // namespace pishkhan
