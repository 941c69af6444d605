#include "DeskSettings.h"

#include <QByteArray>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

constexpr DocumentKind kRoutedKinds[] = {
    DocumentKind::Receipt,      DocumentKind::RefundReceipt, DocumentKind::Answer,
    DocumentKind::PropertyFile, DocumentKind::ShiftSheet,    DocumentKind::DayCloseSheet,
    DocumentKind::Report,
};

QString routeKey(DocumentKind kind, const char16_t* field)
{
    return u"print/"_s + documentKindKey(kind) + u'/' + QString::fromUtf16(field);
}

PrintRoutes loadRoutes(const QSettings& ini, const QString& legacyPrinter)
{
    PrintRoutes routes;
    for (DocumentKind kind : kRoutedKinds) {
        const auto way = printerWayFromKey(ini.value(routeKey(kind, u"route")).toString());
        if (!way)
            continue;
        PrinterRoute route;
        route.way = *way;
        route.target = ini.value(routeKey(kind, u"target")).toString();
        route.paper = paperSizeFromKey(ini.value(routeKey(kind, u"paper")).toString())
                          .value_or(PrinterRoute::defaultPaper(kind));
        routes.setRoute(kind, route);
    }
    if (!routes.isSet(DocumentKind::Receipt) && !legacyPrinter.isEmpty())
        routes.setRoute(DocumentKind::Receipt,
                        PrinterRoute::system(legacyPrinter, PaperSize::Roll80mm));
    return routes;
}

void saveRoutes(QSettings& ini, const PrintRoutes& routes)
{
    for (DocumentKind kind : kRoutedKinds) {
        if (!routes.isSet(kind))
            continue;
        const PrinterRoute route = routes.route(kind);
        ini.setValue(routeKey(kind, u"route"), printerWayKey(route.way));
        ini.setValue(routeKey(kind, u"target"), route.target);
        ini.setValue(routeKey(kind, u"paper"), paperSizeKey(route.paper));
    }
}

} // namespace

DeskSettings DeskSettings::load(const QString& path)
{
    const QSettings ini(path, QSettings::IniFormat);
    DeskSettings s;
    // The connection fields are not read from here: they live in the store
    // (ConnectionSettingsStore), whatever the file says.
    // A file from before the address moved into the store says "live" by having one.
    s.liveBackend = ini.value(u"backend/live"_s, false).toBool() || ini.contains(u"backend/url"_s);
    s.officeCode = ini.value(u"office/code"_s).toString();
    s.officeName = ini.value(u"office/name"_s).toString();
    s.officeDistrict = ini.value(u"office/district"_s, 0).toInt();
    s.counter = ini.value(u"office/counter"_s, 0).toInt();
    s.deviceId = ini.value(u"device/id"_s).toString();
    s.printer = ini.value(u"counter/printer"_s).toString();
    s.language = ini.value(u"counter/language"_s, u"fa"_s).toString();
    s.backupDir = ini.value(u"backup/folder"_s).toString();
    s.dailyBackup = ini.value(u"backup/daily"_s, false).toBool();
    s.backupRetention = ini.value(u"backup/keep"_s, kDefaultBackupRetention).toInt();
    s.recoveryKeyConfirmed = ini.value(u"security/recovery_key_confirmed"_s).toString();
    s.printRoutes = loadRoutes(ini, s.printer);
    return s;
}

bool DeskSettings::save(const QString& path) const
{
    QSettings ini(path, QSettings::IniFormat);
    ini.setValue(u"backend/live"_s, liveBackend);
    ini.setValue(u"office/code"_s, officeCode);
    ini.setValue(u"office/name"_s, officeName);
    ini.setValue(u"office/district"_s, officeDistrict);
    ini.setValue(u"office/counter"_s, counter);
    ini.setValue(u"device/id"_s, deviceId);
    // Older builds read only this key: it names the receipts' printer when they have one.
    const PrinterRoute receipts = printRoutes.route(DocumentKind::Receipt);
    ini.setValue(u"counter/printer"_s, !printRoutes.isSet(DocumentKind::Receipt)   ? printer
                                       : receipts.way == PrinterRoute::Way::System ? receipts.target
                                                                                   : QString());
    ini.setValue(u"counter/language"_s, language);
    ini.setValue(u"backup/folder"_s, backupDir);
    ini.setValue(u"backup/daily"_s, dailyBackup);
    ini.setValue(u"backup/keep"_s, backupRetention);
    ini.setValue(u"security/recovery_key_confirmed"_s, recoveryKeyConfirmed);
    saveRoutes(ini, printRoutes);
    ini.sync();
    return ini.status() == QSettings::NoError;
}

Status DeskSettings::checkBackendUrl(const QString& url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != u"https"_s && scheme != u"http"_s) || !parsed.userInfo().isEmpty() ||
        parsed.hasQuery() || parsed.hasFragment())
        return Error(u"settings.url_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The server address must be a full address like "
                                                "https://api.example.ir."),
                     u"not an absolute http(s) URL with a host"_s);
    // The transport refuses plain http anyway; saying so here keeps an office from saving a
    // setting that can never connect.
    if (scheme != u"https"_s)
        return Error(u"settings.url_insecure"_s,
                     QT_TRANSLATE_NOOP("Error", "The server address must start with https://: "
                                                "the connection has to be encrypted."),
                     scheme);
    return {};
}

Status DeskSettings::checkPin(const QString& pin)
{
    const QString text = pin.trimmed();
    if (text.isEmpty())
        return {};
    const Error bad(u"settings.pin_invalid"_s,
                    QT_TRANSLATE_NOOP("Error", "The key pin must be sha256// followed by 44 "
                                               "characters of base64 (several joined by ;)."));
    for (const QString& part : text.split(u';')) {
        const QString p = part.trimmed();
        if (!p.startsWith(u"sha256//"_s))
            return bad;
        const QString encoded = p.mid(8);
        if (encoded.size() != 44)
            return bad;
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return bad;
    }
    return {};
}

Status DeskSettings::checkProxy(const QString& proxy)
{
    const QString text = proxy.trimmed();
    if (text.isEmpty() || text == u"direct"_s)
        return {};
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    static const QStringList kSchemes{u"http"_s,    u"https"_s,  u"socks4"_s,
                                      u"socks4a"_s, u"socks5"_s, u"socks5h"_s};
    if (!parsed.isValid() || parsed.host().isEmpty() || !kSchemes.contains(scheme) ||
        parsed.port() <= 0)
        return Error(u"settings.proxy_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The proxy must be an address with a port, like "
                                                "http://proxy.example.ir:3128."),
                     u"not a proxy URL with scheme, host and port"_s);
    return {};
}

Status DeskSettings::validate() const
{
    if (Status ok = checkBackendUrl(backendUrl); !ok)
        return ok;
    if (Status ok = checkPin(pinnedKey); !ok)
        return ok;
    if (Status ok = checkProxy(proxy); !ok)
        return ok;
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return Error(u"settings.ca_file"_s,
                     QT_TRANSLATE_NOOP("Error", "The certificate (CA) file does not exist or "
                                                "cannot be read."),
                     caFile);
    if (language != u"fa"_s && language != u"en"_s)
        return Error(u"settings.language"_s,
                     QT_TRANSLATE_NOOP("Error", "The language must be Persian or English."),
                     language);
    if (counter < 0)
        return Error(u"settings.counter"_s,
                     QT_TRANSLATE_NOOP("Error", "The counter number cannot be negative."));
    if (backupRetention < 1 || backupRetention > kMaxBackupRetention)
        return Error(u"settings.backup_retention"_s,
                     QT_TRANSLATE_NOOP("Error", "Keep between 1 and 365 daily backups."),
                     QString::number(backupRetention));
    if (dailyBackup && backupDir.trimmed().isEmpty())
        return Error(u"settings.backup_folder"_s,
                     QT_TRANSLATE_NOOP("Error", "Choose a folder for the daily backup."));
    return printRoutes.validate();
}

} // namespace pishkhan
