#include "DeskSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace pishkhan {

DeskSettings DeskSettings::load(const QString& path)
{
    const QSettings ini(path, QSettings::IniFormat);
    DeskSettings s;
    s.backendUrl = ini.value(u"backend/url"_s).toString();
    s.pinnedKey = ini.value(u"backend/pin"_s).toString();
    s.caFile = ini.value(u"backend/ca_file"_s).toString();
    s.proxy = ini.value(u"backend/proxy"_s).toString();
    s.officeCode = ini.value(u"office/code"_s).toString();
    s.officeName = ini.value(u"office/name"_s).toString();
    s.officeDistrict = ini.value(u"office/district"_s, 0).toInt();
    s.counter = ini.value(u"office/counter"_s, 0).toInt();
    s.deviceId = ini.value(u"device/id"_s).toString();
    s.printer = ini.value(u"counter/printer"_s).toString();
    s.language = ini.value(u"counter/language"_s, u"fa"_s).toString();
    return s;
}

bool DeskSettings::save(const QString& path) const
{
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(u"backend/url"_s, backendUrl);
    ini.setValue(u"backend/pin"_s, pinnedKey);
    ini.setValue(u"backend/ca_file"_s, caFile);
    ini.setValue(u"backend/proxy"_s, proxy);
    ini.setValue(u"office/code"_s, officeCode);
    ini.setValue(u"office/name"_s, officeName);
    ini.setValue(u"office/district"_s, officeDistrict);
    ini.setValue(u"office/counter"_s, counter);
    ini.setValue(u"device/id"_s, deviceId);
    ini.setValue(u"counter/printer"_s, printer);
    ini.setValue(u"counter/language"_s, language);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

} // namespace pishkhan
