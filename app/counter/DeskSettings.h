#pragma once

#include <QString>

namespace pishkhan {

// The counter's own configuration: where the backend is and how to reach it, which office and
// counter this PC is, the printer and the language. Nothing secret: the device token and key
// live in the keychain (DeviceIdentity). Kept in an INI file beside the store, one per mode,
// so training never touches the office's settings.
struct DeskSettings
{
    QString backendUrl; // empty = not configured (the app then starts in training mode)
    QString pinnedKey;  // sha256//… or empty
    QString caFile;
    QString proxy; // empty = system, "direct", or a URL
    QString officeCode;
    QString officeName;
    int officeDistrict = 0;
    int counter = 0;
    QString deviceId;
    QString printer; // empty = save receipts as PDF
    QString language = QStringLiteral("fa");

    [[nodiscard]] static DeskSettings load(const QString& path);
    [[nodiscard]] bool save(const QString& path) const;
    [[nodiscard]] bool isActivated() const { return !deviceId.isEmpty(); }
};

} // namespace pishkhan
