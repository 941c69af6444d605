#include "FollowUpSearchWorker.h"

#include "PropertyInquiry.h"
#include "ledger/LedgerStore.h"
#include "storage/Database.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace pishkhan {

// Lives on the worker's thread and owns the connection there.
class FollowUpSearchJob : public QObject
{
public:
    FollowUpSearchJob(QString path, QByteArray key)
        : m_path(std::move(path))
        , m_key(std::move(key))
    {}

    Result<FollowUpResultPage> search(const FollowUpQuery& query, const QString& token)
    {
        if (Status opened = open(); !opened)
            return opened.error();
        return m_lookup->search(query, token);
    }

    Result<QList<FollowUpRecord>> propertyInquiries(int limit)
    {
        if (Status opened = open(); !opened)
            return opened.error();
        return PropertyInquiry::recent(*m_db, *m_ledger, limit);
    }

    ~FollowUpSearchJob() override
    {
        // Statements before the connection.
        m_lookup.reset();
        m_ledger.reset();
        m_db.reset();
    }

private:
    Status open()
    {
        if (m_lookup)
            return {};
        auto db = Database::open(m_path, m_key, OpenMode::ReadOnly);
        if (!db)
            return db.error();
        m_db.emplace(std::move(*db));
        m_ledger = std::make_unique<LedgerStore>(*m_db);
        m_lookup = std::make_unique<FollowUpLookup>(*m_db, *m_ledger);
        return {};
    }

    QString m_path;
    QByteArray m_key;
    std::optional<Database> m_db;
    std::unique_ptr<LedgerStore> m_ledger;
    std::unique_ptr<FollowUpLookup> m_lookup;
};

FollowUpSearchWorker::FollowUpSearchWorker(QString storePath, QByteArray storeKey, QObject* parent)
    : QObject(parent)
    , m_job(new FollowUpSearchJob(std::move(storePath), std::move(storeKey)))
{
    m_thread.setObjectName(QStringLiteral("follow-up search"));
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    m_thread.start();
}

FollowUpSearchWorker::~FollowUpSearchWorker()
{
    m_latest.store(~quint64(0)); // nothing waiting is run any more
    m_thread.quit();
    m_thread.wait();
}

quint64 FollowUpSearchWorker::search(const FollowUpQuery& query, const QString& pageToken)
{
    return enqueue([query, pageToken](FollowUpSearchJob& job) -> Delivery {
        auto page = job.search(query, pageToken);
        return [page](FollowUpSearchWorker& worker, quint64 ticket) {
            if (page)
                emit worker.pageReady(ticket, *page);
            else
                emit worker.failed(ticket, page.error());
        };
    });
}

quint64 FollowUpSearchWorker::propertyInquiries(int limit)
{
    return enqueue([limit](FollowUpSearchJob& job) -> Delivery {
        auto records = job.propertyInquiries(limit);
        return [records](FollowUpSearchWorker& worker, quint64 ticket) {
            if (records)
                emit worker.recordsReady(ticket, *records);
            else
                emit worker.failed(ticket, records.error());
        };
    });
}

quint64 FollowUpSearchWorker::enqueue(std::function<Delivery(FollowUpSearchJob& job)> work)
{
    const quint64 ticket = m_latest.fetch_add(1) + 1;
    QPointer<FollowUpSearchWorker> self(this);
    FollowUpSearchJob* job = m_job;
    std::atomic<quint64>* latest = &m_latest;
    QMetaObject::invokeMethod(m_job, [self, job, latest, ticket, work = std::move(work)] {
        if (latest->load() != ticket)
            return; // superseded before it started
        Delivery delivery = work(*job);
        if (latest->load() != ticket)
            return; // superseded while it ran
        QMetaObject::invokeMethod(
            self.data(),
            [self, ticket, delivery] {
                if (self)
                    self->deliver(ticket, delivery);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void FollowUpSearchWorker::deliver(quint64 ticket, const Delivery& delivery)
{
    if (ticket != m_latest.load())
        return;
    m_answered.store(ticket);
    delivery(*this, ticket);
}

} // namespace pishkhan
