#include "AnswerHash.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace pishkhan {

using namespace Qt::StringLiterals;

QByteArray AnswerHash::canonical(const QString& trackingCode, const QString& serviceId,
                                 const QJsonObject& data)
{
    // QJsonObject keeps its members sorted by key, nested objects included.
    const QJsonObject whole{
        {u"data"_s, data}, {u"service_id"_s, serviceId}, {u"tracking_code"_s, trackingCode}};
    return QJsonDocument(whole).toJson(QJsonDocument::Compact);
}

QString AnswerHash::compute(const QString& trackingCode, const QString& serviceId,
                            const QJsonObject& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(trackingCode, serviceId, data),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

bool AnswerHash::isWellFormed(const QString& hash)
{
    if (hash.size() != 64)
        return false;
    for (const QChar c : hash)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace pishkhan
