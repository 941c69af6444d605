#pragma once

#include "FollowUpLookup.h"
#include "FollowUpQuery.h"
#include "core/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace pishkhan {

class FollowUpSearchJob;

// Runs follow-up searches off the window's thread: a thread of its own with its own read-only
// connection to the store (a SQLCipher connection belongs to one thread), opened with the store
// key on first use. Pages come back by queued signal to the thread that made this object. A
// newer search supersedes every older one: an older one still waiting is never run, and the
// answer of one already running is dropped, so the screen only ever shows its latest question.
class FollowUpSearchWorker : public QObject
{
    Q_OBJECT
public:
    FollowUpSearchWorker(QString storePath, QByteArray storeKey, QObject* parent = nullptr);
    ~FollowUpSearchWorker() override;

    // Queues the search; returns its ticket (pageReady/failed carry it).
    quint64 search(const FollowUpQuery& query, const QString& pageToken = {});
    // The ticket of the latest search, 0 before any.
    [[nodiscard]] quint64 latest() const { return m_latest.load(); }
    [[nodiscard]] bool isBusy() const { return m_answered.load() != m_latest.load(); }

signals:
    void pageReady(quint64 ticket, const pishkhan::FollowUpResultPage& page);
    void failed(quint64 ticket, const pishkhan::Error& error);

private:
    void deliver(quint64 ticket, const Result<FollowUpResultPage>& page);

    QThread m_thread;
    FollowUpSearchJob* m_job;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_answered{0};
};

} // namespace pishkhan
