#include "SecretStore.h"

#include "KeychainErrors.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Same pattern as KeyVault: run to completion on a local loop; a job that times out is left
// to delete itself when it finishes, since deleting a running job is not safe.
template<typename JobT>
bool run(std::unique_ptr<JobT>& job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        JobT* raw = job.release();
        QObject::connect(raw, &QKeychain::Job::finished, raw, &QObject::deleteLater);
    }
    return finished;
}

template<typename JobT>
std::unique_ptr<JobT> makeJob(const QString& service, const QString& name)
{
    auto job = std::make_unique<JobT>(service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(name);
    return job;
}

} // namespace

QString SecretStore::defaultService()
{
    return u"ir.pishkhan.desk.device"_s;
}

SecretStore::SecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

Result<std::optional<QByteArray>> SecretStore::read(const QString& name) const
{
    if (Status s = KeychainErrors::requireApplication(); !s)
        return s.error();
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, name);
    if (!run(job, m_timeoutMs))
        return KeychainErrors::unavailable(u"reading keychain entry "_s + name + u" timed out"_s);
    if (job->error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job->error() != QKeychain::NoError)
        return KeychainErrors::unavailable(
            KeychainErrors::describe(u"reading keychain entry "_s + name, *job));
    return std::optional<QByteArray>(job->binaryData());
}

Status SecretStore::write(const QString& name, const QByteArray& secret)
{
    if (Status s = KeychainErrors::requireApplication(); !s)
        return s;
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, name);
    job->setBinaryData(secret);
    if (!run(job, m_timeoutMs))
        return KeychainErrors::unavailable(u"storing keychain entry "_s + name + u" timed out"_s);
    if (job->error() != QKeychain::NoError)
        return KeychainErrors::unavailable(
            KeychainErrors::describe(u"storing keychain entry "_s + name, *job));
    Result<std::optional<QByteArray>> back = read(name);
    if (!back)
        return back.error();
    if (!back->has_value() || **back != secret)
        return KeychainErrors::unavailable(u"keychain entry "_s + name + u" read back differs"_s);
    return {};
}

Status SecretStore::remove(const QString& name)
{
    if (Status s = KeychainErrors::requireApplication(); !s)
        return s;
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, name);
    if (!run(job, m_timeoutMs))
        return KeychainErrors::unavailable(u"removing keychain entry "_s + name + u" timed out"_s);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return KeychainErrors::unavailable(
            KeychainErrors::describe(u"removing keychain entry "_s + name, *job));
    return {};
}

} // namespace pishkhan
