#include "VersionInfo.h"

#include "storage/Database.h"
#include "storage/SchemaMigrator.h"

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace pishkhan {

VersionInfo VersionInfo::collect()
{
    VersionInfo info;
    info.app = QStringLiteral(PISHKHAN_VERSION);
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuild = QStringLiteral(QT_VERSION_STR);

    // cipher_version only answers on a keyed connection; an in-memory database with a
    // throw-away key needs neither the keychain nor a file.
    auto db = Database::open(u":memory:"_s, QByteArray(32, '\x5a'));
    info.sqlcipher = db ? db->cipherVersion() : u"unavailable ("_s + db.error().message() + u')';
    if (info.sqlcipher.isEmpty())
        info.sqlcipher = u"not SQLCipher"_s;
    info.sqlcipher += u" (SQLite "_s + Database::libraryVersion() + u')';

    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    info.curl = QString::fromLatin1(curl->version);
    if (curl->ssl_version)
        info.curl += u" ("_s + QString::fromLatin1(curl->ssl_version) + u')';

    info.schema = SchemaMigrator::latestVersion();
    return info;
}

QString VersionInfo::describe() const
{
    QString qt = qtRuntime;
    if (qtBuild != qtRuntime)
        qt += u" (built with "_s + qtBuild + u')';
    return u"Pishkhan Desk "_s + app + u"\nQt "_s + qt + u"\nSQLCipher "_s + sqlcipher +
           u"\nlibcurl "_s + curl + u"\nStore schema v"_s + QString::number(schema) + u'\n';
}

} // namespace pishkhan
