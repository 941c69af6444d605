#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace pishkhan {

// The Idempotency-Key of a call a clerk repeats because its answer never came (docs/api.md
// §3). A call that the backend may have carried out — a one-time code sent, a code verified —
// must be repeated under the key it was first sent with, so the backend answers with what it
// did instead of doing it again (a second SMS) or refusing it (the code already used). A call
// is named by its identity: the bytes that make it the same call (path and body), hashed, so
// nothing a citizen typed is kept here. Keys live in memory for the client's life.
class RetryKeys
{
public:
    // The key an unanswered call with this identity was sent under, or a fresh one (kept
    // until answered() says the backend gave its answer).
    [[nodiscard]] QString keyFor(const QByteArray& identity);
    // The backend answered the call sent under `key`: a repeat is a new call with a new key.
    // Left alone when the identity has another key by now.
    void answered(const QByteArray& identity, const QString& key);
    // How many calls wait for a repeat.
    [[nodiscard]] qsizetype pending() const { return m_keys.size(); }

private:
    [[nodiscard]] static QByteArray digest(const QByteArray& identity);

    QHash<QByteArray, QString> m_keys;
};

} // namespace pishkhan
