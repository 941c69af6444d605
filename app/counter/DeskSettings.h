#pragma once

#include "core/Result.h"
#include "print/PrinterRoute.h"

#include <QString>

namespace pishkhan {

// The counter's own configuration: where the backend is and how to reach it, which office and
// counter this PC is, the printer, the language and the local backup. Nothing secret: the
// device token and key live in the keychain (DeviceIdentity). Kept in an INI file beside the
// store, one per mode, so training never touches the office's settings — except the four
// connection fields (backendUrl, pinnedKey, caFile, proxy): load() and save() skip them, they
// live in the encrypted store (ConnectionSettingsStore) so that editing the file cannot
// redirect the counter. Keys missing from an older file read as the defaults below.
struct DeskSettings
{
    static constexpr int kDefaultBackupRetention = 7;
    static constexpr int kMaxBackupRetention = 365;

    QString backendUrl; // empty = not configured (the app then starts in training mode)
    QString pinnedKey;  // sha256//… or empty
    QString caFile;
    QString proxy; // empty = system, "direct", or a URL
    // This counter talks to the municipality's server (the address is in the store); false =
    // training. Read from the file, which is fine: a forged "false" only starts training,
    // whose store and backend are separate.
    bool liveBackend = false;
    QString officeCode;
    QString officeName;
    int officeDistrict = 0;
    int counter = 0;
    QString deviceId;
    QString printer; // empty = save receipts as PDF
    QString language = QStringLiteral("fa");
    QString backupDir;        // empty = no folder chosen
    bool dailyBackup = false; // a backup of the store once a day into backupDir
    int backupRetention = kDefaultBackupRetention; // daily backups kept
    // Fingerprint of the store key whose recovery key an administrator has written down and
    // confirmed; a new key (rekey, new store) has another and is shown again.
    QString recoveryKeyConfirmed;
    // Where each kind of document goes (keys print/<kind>/route, target, paper). A file from
    // before routes has only counter/printer: that printer is the receipts' route, on an
    // 80 mm roll. save() writes counter/printer as the receipts' system printer (or empty).
    PrintRoutes printRoutes;

    [[nodiscard]] static DeskSettings load(const QString& path);
    [[nodiscard]] bool save(const QString& path) const;
    [[nodiscard]] bool isActivated() const { return !deviceId.isEmpty(); }

    // What the settings screen checks before saving; each error's user message says why.
    // Empty URL: not configured (training). Error codes: settings.url_invalid,
    // settings.url_insecure.
    static Status checkBackendUrl(const QString& url);
    // Empty, or one or more "sha256//<44 characters of base64 of 32 bytes>" joined by ";".
    // Error code: settings.pin_invalid.
    static Status checkPin(const QString& pin);
    // Empty (system), "direct", or http://, https://, socks5:// … with a host and a port.
    // Error code: settings.proxy_invalid.
    static Status checkProxy(const QString& proxy);
    // Every field: the three above, the CA file exists when given (settings.ca_file), the
    // language is fa or en (settings.language), the counter is not negative
    // (settings.counter), the retention is 1–365 (settings.backup_retention), a daily
    // backup has a folder (settings.backup_folder) and every print route is whole
    // (print.route_invalid).
    [[nodiscard]] Status validate() const;
};

} // namespace pishkhan
