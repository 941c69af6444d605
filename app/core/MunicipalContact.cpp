#include "MunicipalContact.h"

#include <QUrl>
#include <QUrlQuery>

namespace pishkhan {

using namespace Qt::StringLiterals;

QString MunicipalContact::supportLine()
{
    return u"137"_s;
}

QString MunicipalContact::followUpSite()
{
    return u"https://my.isfahan.ir"_s;
}

QString MunicipalContact::verifyUrl(const QString& trackingCode, const QString& answerHash)
{
    QUrl url(followUpSite() + u"/verify"_s);
    QUrlQuery query;
    query.addQueryItem(u"tracking_code"_s, trackingCode);
    query.addQueryItem(u"answer_hash"_s, answerHash);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace pishkhan
