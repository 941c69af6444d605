#include "StoreLocation.h"

#include "security/KeyVault.h"
#include "security/SecretStore.h"

#include <QDir>
#include <QStandardPaths>

namespace pishkhan {

using namespace Qt::StringLiterals;

StoreLocation::StoreLocation(const QString& dataDir, bool training)
    : m_dataDir(dataDir.isEmpty() ? defaultDataDir() : dataDir)
    , m_training(training)
{}

QString StoreLocation::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString StoreLocation::storePath() const
{
    return QDir(m_dataDir).filePath(m_training ? u"training-store.db"_s : u"pishkhan-store.db"_s);
}

QString StoreLocation::settingsPath() const
{
    return QDir(m_dataDir).filePath(m_training ? u"training-settings.ini"_s
                                               : u"desk-settings.ini"_s);
}

QString StoreLocation::sandboxDataDir() const
{
    return QDir(m_dataDir).filePath(u"training-sandbox"_s);
}

QString StoreLocation::logPath() const
{
    return QDir(m_dataDir).filePath(m_training ? u"logs/pishkhan-desk-training.log"_s
                                               : u"logs/pishkhan-desk.log"_s);
}

QString StoreLocation::backupDir() const
{
    return QDir(m_dataDir).filePath(u"backups"_s);
}

QString StoreLocation::keychainService() const
{
    return KeyVault::defaultService();
}

QString StoreLocation::storeKeyName() const
{
    return m_training ? KeyVault::defaultKeyName() + u"-training"_s : KeyVault::defaultKeyName();
}

QString StoreLocation::secretService() const
{
    // Training never touches the office's keychain entries.
    return m_training ? SecretStore::defaultService() + u".training"_s
                      : SecretStore::defaultService();
}

} // namespace pishkhan
