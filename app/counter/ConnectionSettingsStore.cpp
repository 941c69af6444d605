#include "ConnectionSettingsStore.h"

#include "security/Authorizer.h"
#include "security/SettingsStore.h"

#include <QSettings>

#include <array>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

struct IniKey
{
    const char* store;
    QString ini;
    QString DeskSettings::*field;
};

std::array<IniKey, 4> connectionKeys()
{
    return {
        IniKey{ConnectionSettingsStore::kUrlKey, u"backend/url"_s, &DeskSettings::backendUrl},
        IniKey{ConnectionSettingsStore::kPinKey, u"backend/pin"_s, &DeskSettings::pinnedKey},
        IniKey{ConnectionSettingsStore::kCaFileKey, u"backend/ca_file"_s, &DeskSettings::caFile},
        IniKey{ConnectionSettingsStore::kProxyKey, u"backend/proxy"_s, &DeskSettings::proxy}};
}

} // namespace

ConnectionSettingsStore::ConnectionSettingsStore(SettingsStore& settings)
    : m_settings(settings)
{}

Status ConnectionSettingsStore::load(DeskSettings& settings)
{
    for (const IniKey& k : connectionKeys()) {
        Result<QString> v = m_settings.value(QString::fromLatin1(k.store), QString());
        if (!v)
            return v.error();
        settings.*k.field = *v;
    }
    return {};
}

Status ConnectionSettingsStore::checkLive(const DeskSettings& settings)
{
    if (!settings.backendUrl.trimmed().isEmpty() && settings.pinnedKey.trimmed().isEmpty())
        return Error(u"settings.pin_required"_s,
                     QT_TRANSLATE_NOOP("Error", "A counter connected to the municipality's "
                                                "server needs the server's key pin (sha256//…)."),
                     u"live backend "_s + settings.backendUrl + u" without a pin"_s);
    return {};
}

Status ConnectionSettingsStore::save(const Session& actor, const DeskSettings& settings)
{
    if (Status s = Authorizer::require(actor, Permission::ChangeSettings); !s)
        return s;
    if (Status s = settings.validate(); !s)
        return s;
    if (Status s = checkLive(settings); !s)
        return s;
    DeskSettings stored;
    if (Status s = load(stored); !s)
        return s;
    QList<std::pair<QString, QString>> changed;
    for (const IniKey& k : connectionKeys()) {
        const QString value = (settings.*k.field).trimmed();
        if (value != stored.*k.field)
            changed.append({QString::fromLatin1(k.store), value});
    }
    if (changed.isEmpty())
        return {};
    return m_settings.set(actor, changed);
}

Status ConnectionSettingsStore::migrateFromIni(const QString& iniPath,
                                               const std::optional<DeskSettings>& firstRun)
{
    Result<std::optional<QString>> migrated = m_settings.value(QString::fromLatin1(kMigratedKey));
    if (!migrated)
        return migrated.error();
    QSettings ini(iniPath, QSettings::IniFormat);
    if (!migrated->has_value()) {
        QList<std::pair<QString, QString>> values;
        for (const IniKey& k : connectionKeys()) {
            const QString key = QString::fromLatin1(k.store);
            Result<std::optional<QString>> existing = m_settings.value(key);
            if (!existing)
                return existing.error();
            QString value = ini.value(k.ini).toString().trimmed();
            if (value.isEmpty() && firstRun)
                value = ((*firstRun).*k.field).trimmed();
            if (!existing->has_value() && !value.isEmpty())
                values.append({key, value});
        }
        values.append({QString::fromLatin1(kMigratedKey), u"1"_s});
        if (Status s = m_settings.setBySystem(u"ini_migration"_s, values); !s)
            return s;
    }
    // The file keeps saying "live" once the address has left it.
    if (ini.contains(u"backend/url"_s))
        ini.setValue(u"backend/live"_s, true);
    bool present = false;
    for (const IniKey& k : connectionKeys()) {
        if (ini.contains(k.ini)) {
            present = true;
            ini.remove(k.ini);
        }
    }
    if (!present)
        return {};
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Error(u"settings.ini_write"_s,
                     QT_TRANSLATE_NOOP("Error", "The settings file could not be rewritten."),
                     iniPath);
    return {};
}

} // namespace pishkhan
