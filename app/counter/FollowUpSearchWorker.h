#pragma once

#include "FollowUpLookup.h"
#include "FollowUpQuery.h"
#include "core/Error.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>

namespace pishkhan {

class FollowUpSearchJob;

// Runs the follow-up screens' reads off the window's thread: a thread of its own with its own
// read-only connection to the store (a SQLCipher connection belongs to one thread), opened with
// the store key on first use. Answers come back by queued signal to the thread that made this
// object. A newer read supersedes every older one: an older one still waiting is never run, and
// the answer of one already running is dropped, so the screen only ever shows its latest
// question.
class FollowUpSearchWorker : public QObject
{
    Q_OBJECT
public:
    FollowUpSearchWorker(QString storePath, QByteArray storeKey, QObject* parent = nullptr);
    ~FollowUpSearchWorker() override;

    // Queues the search; returns its ticket (pageReady/failed carry it).
    quint64 search(const FollowUpQuery& query, const QString& pageToken = {});
    // Queues a read of this counter's latest property-file inquiries (PropertyInquiry::recent);
    // returns its ticket (recordsReady/failed carry it).
    quint64 propertyInquiries(int limit);
    // The ticket of the latest search, 0 before any.
    [[nodiscard]] quint64 latest() const { return m_latest.load(); }
    [[nodiscard]] bool isBusy() const { return m_answered.load() != m_latest.load(); }

signals:
    void pageReady(quint64 ticket, const pishkhan::FollowUpResultPage& page);
    void recordsReady(quint64 ticket, const QList<pishkhan::FollowUpRecord>& records);
    void failed(quint64 ticket, const pishkhan::Error& error);

private:
    // What the window's thread does with one answer: emits its signal.
    using Delivery = std::function<void(FollowUpSearchWorker& worker, quint64 ticket)>;
    // Runs work on the worker's thread unless superseded, then its delivery here.
    quint64 enqueue(std::function<Delivery(FollowUpSearchJob& job)> work);
    void deliver(quint64 ticket, const Delivery& delivery);

    QThread m_thread;
    FollowUpSearchJob* m_job;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_answered{0};
};

} // namespace pishkhan
