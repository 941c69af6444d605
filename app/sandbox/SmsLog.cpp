#include "SmsLog.h"

#include "Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan::sandbox {

SmsLog::SmsLog(QString path)
    : m_path(std::move(path))
{}

bool SmsLog::append(const QString& mobile, const QString& challengeId, const QString& text,
                    qint64 atMs)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject line{{QStringLiteral("at"), Clock::toRfc3339(atMs)},
                           {QStringLiteral("to"), mobile},
                           {QStringLiteral("challenge_id"), challengeId},
                           {QStringLiteral("text"), text}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    return file.write(bytes) == bytes.size() && file.flush();
}

QJsonArray SmsLog::messages(const QString& mobile, int limit) const
{
    QFile file(m_path);
    QJsonArray all;
    if (!file.open(QIODevice::ReadOnly))
        return all;
    while (!file.atEnd()) {
        const QJsonObject m = QJsonDocument::fromJson(file.readLine()).object();
        if (m.isEmpty())
            continue;
        if (mobile.isEmpty() || m.value(QStringLiteral("to")).toString() == mobile)
            all.append(m);
    }
    QJsonArray tail;
    for (qsizetype i = qMax<qsizetype>(0, all.size() - limit); i < all.size(); ++i)
        tail.append(all.at(i));
    return tail;
}

} // namespace pishkhan::sandbox
