#pragma once

// Shared by the security tests: a fresh migrated store, a manual clock and the services over
// it, with a small PBKDF2 iteration count (the production count has its own test).

#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/ManualClock.h"
#include "security/SettingsStore.h"
#include "storage/LocalStore.h"
#include "storage/Statement.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>

namespace pishkhan::test {

inline constexpr int kFastIterations = 1000;
inline const QString kAdminPassword = QStringLiteral("Counter-Admin-2026");
inline const QString kGoodPassword = QStringLiteral("Tall-Cedar-Window-9");

inline QByteArray randomStoreKey()
{
    QByteArray key(Database::kKeySize, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

inline QString describe(const Error& e)
{
    return e.code() + QStringLiteral(": ") + e.message();
}

// One counter's store with every security service wired to a ManualClock.
struct SecurityFixture
{
    QTemporaryDir dir;
    QByteArray key = randomStoreKey();
    std::optional<LocalStore> store;
    ManualClock clock;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<SettingsStore> settings;

    [[nodiscard]] QString dbPath() const { return dir.filePath(QStringLiteral("counter.db")); }

    bool open(int iterations = kFastIterations)
    {
        auto opened = LocalStore::open(dbPath(), key);
        if (!opened) {
            qWarning("open failed: %s", qPrintable(describe(opened.error())));
            return false;
        }
        store.emplace(std::move(*opened));
        audit = std::make_unique<AuditLog>(db(), clock);
        accounts = std::make_unique<AccountService>(db(), *audit, clock, iterations);
        settings = std::make_unique<SettingsStore>(db(), *audit, clock);
        return true;
    }

    Database& db() { return store->database(); }

    // Creates the first admin and one account per role; returns their sessions.
    Session adminSession()
    {
        if (accounts->needsFirstAdmin().valueOr(false))
            (void)accounts->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Admin"),
                                             kAdminPassword);
        return accounts->login(QStringLiteral("admin"), kAdminPassword).valueOr(Session{});
    }

    Session sessionFor(Role role)
    {
        const Session admin = adminSession();
        if (role == Role::Admin)
            return admin;
        const QString name = roleName(role) + QStringLiteral("1");
        (void)accounts->createAccount(admin, name, name, role, kGoodPassword);
        return accounts->login(name, kGoodPassword).valueOr(Session{});
    }
};

} // namespace pishkhan::test
