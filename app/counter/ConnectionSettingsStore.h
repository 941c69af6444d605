#pragma once

#include "DeskSettings.h"
#include "core/Result.h"

#include <QString>

#include <optional>

namespace pishkhan {

class SettingsStore;
struct Session;

// Where a live counter connects — backend address, key pin, CA file, proxy — kept in the
// store's encrypted settings table, not in the INI file beside it: whoever can edit a file
// in the data folder must not be able to point the counter at another server. A change needs
// Permission::ChangeSettings and leaves a settings_changed event per key (SettingsStore).
//
// Counters from before kept these in the INI; migrateFromIni() moves them into the store
// once and removes them from the file. Afterwards the INI's values are ignored (and removed
// again if someone writes them back).
class ConnectionSettingsStore
{
public:
    static constexpr const char* kUrlKey = "backend.url";
    static constexpr const char* kPinKey = "backend.pin";
    static constexpr const char* kCaFileKey = "backend.ca_file";
    static constexpr const char* kProxyKey = "backend.proxy";
    static constexpr const char* kMigratedKey = "backend.migrated_from_ini";

    explicit ConnectionSettingsStore(SettingsStore& settings);

    // Fills backendUrl, pinnedKey, caFile and proxy of settings from the store.
    Status load(DeskSettings& settings);
    // Writes the four connection fields when they differ from the stored ones; nothing else of
    // settings. Checked first: DeskSettings' checks and a pin for a live address
    // (checkLive). Error codes: auth.forbidden, settings.*.
    Status save(const Session& actor, const DeskSettings& settings);
    // Once per store: the INI's [backend] values become the stored ones (settings_changed
    // events by no one, marked as the migration) and leave the file. Later calls only strip
    // the file. Error code settings.ini_write when the file cannot be rewritten (its values are
    // ignored all the same).
    // firstRun: what the first-run dialog chose, used when the file has no address (a new
    // counter's connection never goes through the file).
    Status migrateFromIni(const QString& iniPath, const std::optional<DeskSettings>& firstRun = {});

    // A live backend address needs a key pin. Error code: settings.pin_required.
    static Status checkLive(const DeskSettings& settings);

private:
    SettingsStore& m_settings;
};

} // namespace pishkhan
