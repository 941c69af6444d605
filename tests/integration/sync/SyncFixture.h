#pragma once

#include "SandboxHarness.h"

#include "net/DeviceCredentials.h"
#include "net/HttpSettings.h"
#include "storage/LocalStore.h"
#include "storage/OutboxEntry.h"
#include "sync/SyncConfig.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace pishkhan {
class ApiClient;
class HttpClient;
class SyncEngine;
} // namespace pishkhan

namespace pishkhan::test {

// One sync scenario: a real pishkhan-sandbox over HTTPS on loopback, an activated device, an
// encrypted counter store in a temporary directory, and builders for engines and requests.
class SyncFixture
{
public:
    struct Consent
    {
        QString token;
        qint64 expiresAtMs = 0;
        QString mobile;
    };
    // The client side of one engine: transport, typed API and the engine itself.
    struct Rig
    {
        std::unique_ptr<pishkhan::HttpClient> http;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<SyncEngine> engine;
        Rig();
        Rig(Rig&&) noexcept;
        Rig& operator=(Rig&&) noexcept;
        ~Rig();
    };

    explicit SyncFixture(QStringList sandboxArgs = {});
    ~SyncFixture();

    // Sandbox up, device activated, store created. Call once.
    [[nodiscard]] bool start();
    [[nodiscard]] const QString& error() const { return m_error; }

    SandboxHarness& sandbox() { return m_sandbox; }
    [[nodiscard]] DeviceCredentials credentials() const;
    [[nodiscard]] HttpSettings httpSettings() const; // base URL, CA file, pin of the sandbox
    [[nodiscard]] Database& db() { return m_store->database(); }
    [[nodiscard]] const QString& dbPath() const { return m_dbPath; }
    [[nodiscard]] const QByteArray& dbKey() const { return m_dbKey; }
    // Closes the store (for a child process to open it) and opens it again.
    void closeStore();
    [[nodiscard]] bool reopenStore();

    // An engine (pishkhan::HttpClient + ApiClient + SyncEngine) on this thread with the system
    // clock.
    [[nodiscard]] Rig makeRig(const SyncConfig& config,
                              std::optional<HttpSettings> settings = std::nullopt);

    // Consents through the real flow (challenge -> the SMS log -> verify), one mobile each so
    // the 3-per-10-minutes limit never bites. Empty list on failure (see error()).
    [[nodiscard]] QList<Consent> mintConsents(int count, const QString& nationalCode,
                                              int mobileOffset = 0);

    // A valid national code / mobile for index i (check digit computed, canonical form).
    [[nodiscard]] static QString nationalCode(int i);
    [[nodiscard]] static QString mobile(int i);
    // A property-file request (sample property 6-12-345-17-0-0-0) ready for enqueue().
    [[nodiscard]] static OutboxEntry
    propertyFileEntry(const Consent& consent, const QString& nationalCode, int district = 6);
    // Enqueues count fresh property-file requests with fresh consents; returns their ids.
    [[nodiscard]] QStringList enqueueRequests(int count, int mobileOffset = 0);

    // Runs the event loop until pred() or the timeout; returns pred().
    static bool waitFor(const std::function<bool()>& pred, int timeoutMs);

    // The sandbox's tracking code for each request id (GET /requests/status by key).
    [[nodiscard]] QHash<QString, QString> sandboxTrackingCodes(const QStringList& requestIds);

private:
    SandboxHarness m_sandbox;
    QTemporaryDir m_dir;
    QString m_dbPath;
    QByteArray m_dbKey;
    std::optional<LocalStore> m_store;
    QString m_error;
};

} // namespace pishkhan::test
