#include "CaBundle.h"

#include <QFile>

#include <curl/curl.h>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView kBegin = "-----BEGIN CERTIFICATE-----";

} // namespace

QString CaBundle::systemBundlePath()
{
    CURL* easy = curl_easy_init();
    if (!easy)
        return {};
    char* path = nullptr;
    QString answer;
    if (curl_easy_getinfo(easy, CURLINFO_CAINFO, &path) == CURLE_OK && path)
        answer = QFile::decodeName(path);
    curl_easy_cleanup(easy);
    return answer;
}

int CaBundle::certificateCount(const QByteArray& pem)
{
    return int(pem.count(kBegin));
}

Result<QByteArray> CaBundle::combined(const QString& systemBundle, const QString& extraFile)
{
    QFile extra(extraFile);
    if (!extra.open(QIODevice::ReadOnly))
        return Error(u"net.ca_file"_s,
                     QT_TRANSLATE_NOOP("Error", "The certificate (CA) file does not exist or "
                                                "cannot be read."),
                     extraFile + u": "_s + extra.errorString());
    const QByteArray added = extra.readAll();
    if (certificateCount(added) == 0)
        return Error(u"net.ca_file"_s,
                     QT_TRANSLATE_NOOP("Error", "The certificate (CA) file holds no "
                                                "certificate."),
                     extraFile);
    QByteArray bundle;
    if (!systemBundle.isEmpty()) {
        QFile system(systemBundle);
        if (!system.open(QIODevice::ReadOnly))
            return Error(u"net.ca_system"_s,
                         QT_TRANSLATE_NOOP("Error", "The system's certificates cannot be read."),
                         systemBundle + u": "_s + system.errorString());
        bundle = system.readAll();
        if (!bundle.isEmpty() && !bundle.endsWith('\n'))
            bundle += '\n';
    }
    bundle += added;
    return bundle;
}

} // namespace pishkhan
