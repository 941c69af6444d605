#pragma once

#include <QString>

namespace pishkhan {

// Where one counter keeps its state: the data folder and, inside it, the store file and the
// settings file, plus the names of its keychain entries. Live and training mode have files and
// entries of their own, so training never touches the office's data. pishkhan-desk, its
// runtime and pishkhanctl all take these names from here.
class StoreLocation
{
public:
    // dataDir empty = the user's data folder (defaultDataDir()).
    StoreLocation(const QString& dataDir, bool training);

    // The user's data folder of pishkhan-desk (the application name must be set).
    [[nodiscard]] static QString defaultDataDir();

    [[nodiscard]] const QString& dataDir() const { return m_dataDir; }
    [[nodiscard]] bool isTraining() const { return m_training; }

    // The encrypted store: pishkhan-store.db, or training-store.db.
    [[nodiscard]] QString storePath() const;
    // The counter's settings: desk-settings.ini, or training-settings.ini.
    [[nodiscard]] QString settingsPath() const;
    // Training mode: the in-process sandbox's own folder.
    [[nodiscard]] QString sandboxDataDir() const;
    // The redacted log of pishkhan-desk.
    [[nodiscard]] QString logPath() const;
    // The folder pishkhanctl backup writes to unless told otherwise.
    [[nodiscard]] QString backupDir() const;

    // Keychain service and entry of the store key (KeyVault).
    [[nodiscard]] QString keychainService() const;
    [[nodiscard]] QString storeKeyName() const;
    // Keychain service of the device key and token (SecretStore).
    [[nodiscard]] QString secretService() const;

private:
    QString m_dataDir;
    bool m_training = false;
};

} // namespace pishkhan
