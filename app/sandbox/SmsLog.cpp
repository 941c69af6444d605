#include "SmsLog.h"

#include "Clock.h"

#include "storage/Statement.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan::sandbox {

SmsLog::SmsLog(QString path)
    : m_path(std::move(path))
{}

SmsLog::SmsLog(SmsLog&&) noexcept = default;
SmsLog& SmsLog::operator=(SmsLog&&) noexcept = default;
SmsLog::~SmsLog() = default;

Result<SmsLog> SmsLog::openEncrypted(const QString& path, const QByteArray& key)
{
    auto db = Database::open(path, key);
    if (!db)
        return db.error();
    if (Status s = db->exec("CREATE TABLE IF NOT EXISTS sms (seq INTEGER PRIMARY KEY, "
                            "at TEXT NOT NULL, mobile TEXT NOT NULL, challenge_id TEXT NOT NULL, "
                            "text TEXT NOT NULL)");
        !s)
        return s.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    SmsLog log(path);
    log.m_db = std::make_unique<Database>(std::move(db).value());
    return log;
}

bool SmsLog::append(const QString& mobile, const QString& challengeId, const QString& text,
                    qint64 atMs)
{
    if (m_db) {
        auto insert =
            m_db->prepare("INSERT INTO sms (at, mobile, challenge_id, text) VALUES (?, ?, ?, ?)");
        return insert && insert->execute({Clock::toRfc3339(atMs), mobile, challengeId, text}).ok();
    }
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
    QJsonArray all;
    if (m_db) {
        auto select = m_db->prepare("SELECT at, mobile, challenge_id, text FROM sms "
                                    "WHERE ifnull(?1, '') = '' OR mobile = ?1 ORDER BY seq");
        if (!select || !select->bindAll({mobile}))
            return all;
        while (select->step().valueOr(false)) {
            all.append(QJsonObject{{QStringLiteral("at"), select->columnText(0)},
                                   {QStringLiteral("to"), select->columnText(1)},
                                   {QStringLiteral("challenge_id"), select->columnText(2)},
                                   {QStringLiteral("text"), select->columnText(3)}});
        }
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return all;
        while (!file.atEnd()) {
            const QJsonObject m = QJsonDocument::fromJson(file.readLine()).object();
            if (m.isEmpty())
                continue;
            if (mobile.isEmpty() || m.value(QStringLiteral("to")).toString() == mobile)
                all.append(m);
        }
    }
    QJsonArray tail;
    for (qsizetype i = qMax<qsizetype>(0, all.size() - limit); i < all.size(); ++i)
        tail.append(all.at(i));
    return tail;
}

} // namespace pishkhan::sandbox
