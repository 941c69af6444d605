#pragma once

#include <QJsonArray>
#include <QString>

namespace pishkhan::sandbox {

// The sandbox's "SMS gateway": each one-time code "sent" is one JSON line appended to
// <data-dir>/sms.log. It stands for the citizen's phone, so it is the only place a code is
// written; the server log and every API answer leave codes out.
class SmsLog
{
public:
    explicit SmsLog(QString path);

    [[nodiscard]] const QString& path() const { return m_path; }
    bool append(const QString& mobile, const QString& challengeId, const QString& text,
                qint64 atMs);
    // Newest last; `mobile` empty = every message.
    [[nodiscard]] QJsonArray messages(const QString& mobile, int limit) const;

private:
    QString m_path;
};

} // namespace pishkhan::sandbox
