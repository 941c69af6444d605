#include "KeyVault.h"

#include "KeychainErrors.h"
#include "core/SecureBytes.h"

#include <openssl/rand.h>
#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Runs a job to completion on a local event loop. On timeout the job is handed over to
// delete itself when it eventually finishes, since deleting a running job is not safe.
// Returns false on timeout.
bool runJob(QKeychain::Job* job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

template<typename JobT>
using JobPtr = std::unique_ptr<JobT, void (*)(JobT*)>;

template<typename JobT>
JobPtr<JobT> makeJob(const QString& service)
{
    auto* job = new JobT(service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    return JobPtr<JobT>(job, [](JobT* j) { delete j; });
}

// Releases a job that has not finished: it deletes itself once it does.
template<typename JobT>
void abandon(JobPtr<JobT>& job)
{
    JobT* raw = job.release();
    QObject::connect(raw, &QKeychain::Job::finished, raw, &QObject::deleteLater);
}

} // namespace

QString KeyVault::defaultService()
{
    return u"ir.pishkhan.desk"_s;
}

QString KeyVault::defaultKeyName()
{
    return u"store-key"_s;
}

KeyVault::KeyVault(QString service, QString keyName, int timeoutMs)
    : m_service(std::move(service))
    , m_keyName(std::move(keyName))
    , m_timeoutMs(timeoutMs)
{}

Result<std::optional<QByteArray>> KeyVault::readEntry(const QString& name) const
{
    if (Status s = KeychainErrors::requireApplication(); !s)
        return s.error();
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(name);
    if (!runJob(job.get(), m_timeoutMs)) {
        abandon(job);
        return KeychainErrors::unavailable(u"reading "_s + name + u" timed out"_s);
    }
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job->error() != QKeychain::NoError)
        return KeychainErrors::unavailable(KeychainErrors::describe(u"reading "_s + name, *job));
    return std::optional<QByteArray>(job->binaryData());
}

Status KeyVault::writeEntry(const QString& name, const QByteArray& data)
{
    if (Status s = KeychainErrors::requireApplication(); !s)
        return s;
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service);
    job->setKey(name);
    job->setBinaryData(data);
    if (!runJob(job.get(), m_timeoutMs)) {
        abandon(job);
        return KeychainErrors::unavailable(u"storing "_s + name + u" timed out"_s);
    }
    if (job->error() != QKeychain::NoError)
        return KeychainErrors::unavailable(KeychainErrors::describe(u"storing "_s + name, *job));

    Result<std::optional<QByteArray>> back = readEntry(name);
    if (!back)
        return back.error();
    if (!back->has_value() || **back != data)
        return KeychainErrors::unavailable(u"the entry "_s + name +
                                           u" read back from the keychain differs from the one "
                                           u"stored"_s);
    return {};
}

Status KeyVault::removeEntry(const QString& name)
{
    if (Status s = KeychainErrors::requireApplication(); !s)
        return s;
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(name);
    if (!runJob(job.get(), m_timeoutMs)) {
        abandon(job);
        return KeychainErrors::unavailable(u"removing "_s + name + u" timed out"_s);
    }
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return KeychainErrors::unavailable(KeychainErrors::describe(u"removing "_s + name, *job));
    return {};
}

Result<std::optional<QByteArray>> KeyVault::readKey() const
{
    Result<std::optional<QByteArray>> key = readEntry(m_keyName);
    if (!key || !key->has_value())
        return key;
    if (const qsizetype size = (*key)->size(); size != kKeySize) {
        // Whatever the entry held is not passed on: the job that read it is gone, so this copy
        // is the last one and is wiped.
        SecureBytes::wipe(**key);
        return KeychainErrors::badKey(u"entry "_s + m_service + u'/' + m_keyName + u" holds "_s +
                                      QString::number(size) + u" bytes instead of 32"_s);
    }
    return key;
}

Result<QByteArray> KeyVault::readExistingKey() const
{
    Result<std::optional<QByteArray>> key = readKey();
    if (!key)
        return key.error();
    if (!*key)
        return KeychainErrors::keyMissing(u"no entry "_s + m_service + u'/' + m_keyName);
    return **key;
}

Status KeyVault::writeKey(const QByteArray& key)
{
    if (key.size() != kKeySize)
        return KeychainErrors::badKey(u"refusing to store a key that is not 32 bytes"_s);
    return writeEntry(m_keyName, key);
}

Status KeyVault::removeKey()
{
    return removeEntry(m_keyName);
}

QString KeyVault::pendingKeyName(const QString& keyName)
{
    return keyName + u".next"_s;
}

Result<std::optional<KeyVault::PendingKey>> KeyVault::readPendingKey() const
{
    const QString name = pendingKeyName(m_keyName);
    Result<std::optional<QByteArray>> entry = readEntry(name);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return std::optional<PendingKey>();
    const QByteArray& data = **entry;
    if (data.size() < kKeySize)
        return KeychainErrors::badKey(u"entry "_s + m_service + u'/' + name + u" holds "_s +
                                      QString::number(data.size()) + u" bytes, fewer than 32"_s);
    return std::optional<PendingKey>(
        PendingKey{data.left(kKeySize), QString::fromLatin1(data.mid(kKeySize))});
}

Status KeyVault::writePendingKey(const QByteArray& key, const QString& rotationId)
{
    if (key.size() != kKeySize)
        return KeychainErrors::badKey(u"refusing to store a key that is not 32 bytes"_s);
    return writeEntry(pendingKeyName(m_keyName), key + rotationId.toLatin1());
}

Status KeyVault::removePendingKey()
{
    return removeEntry(pendingKeyName(m_keyName));
}

Result<QByteArray> KeyVault::loadOrCreateKey(bool* created)
{
    if (created)
        *created = false;
    Result<std::optional<QByteArray>> existing = readKey();
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return **existing;

    Result<QByteArray> key = generateKey();
    if (!key)
        return key.error();
    if (Status s = writeKey(*key); !s)
        return s.error();
    if (created)
        *created = true;
    return key;
}

Result<QByteArray> KeyVault::generateKey()
{
    QByteArray key(kKeySize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeySize) != 1)
        return Error(u"keychain.no_randomness"_s,
                     QT_TRANSLATE_NOOP("Error", "The system could not generate a secure random "
                                                "key."),
                     u"RAND_bytes failed"_s);
    return key;
}

} // namespace pishkhan
