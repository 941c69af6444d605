#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QString>

#include <memory>

namespace pishkhan::sandbox {

// The sandbox's "SMS gateway": each one-time code "sent" is kept as one message — the
// citizen's phone, so it is the only place a code is written; the server log and every API
// answer leave codes out. A message holds the full mobile number, so where it is kept matters:
//  - the pishkhan-sandbox process (developers, contract tests): one JSON line appended to
//    <data-dir>/sms.log, readable with any editor;
//  - training mode inside the counter: an SQLCipher file (<data-dir>/sms.db) under a key the
//    counter derives from its own store key, since that folder sits in the counter's data
//    folder next to the encrypted store and must not hold citizens' mobiles in plain text.
class SmsLog
{
public:
    // Plain JSON lines at path.
    explicit SmsLog(QString path);
    // An encrypted message store at path (created when missing). Error codes: storage.*.
    [[nodiscard]] static Result<SmsLog> openEncrypted(const QString& path, const QByteArray& key);

    SmsLog(SmsLog&&) noexcept;
    SmsLog& operator=(SmsLog&&) noexcept;
    ~SmsLog();

    // The JSON-lines file; empty for the encrypted store (nothing outside it to read).
    [[nodiscard]] QString path() const { return m_db ? QString() : m_path; }
    [[nodiscard]] bool isEncrypted() const { return m_db != nullptr; }
    bool append(const QString& mobile, const QString& challengeId, const QString& text,
                qint64 atMs);
    // Newest last; `mobile` empty = every message. Each: {at, to, challenge_id, text}.
    [[nodiscard]] QJsonArray messages(const QString& mobile, int limit) const;

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace pishkhan::sandbox
