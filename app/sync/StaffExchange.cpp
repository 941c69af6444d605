#include "StaffExchange.h"

#include "SyncEngine.h"
#include "SyncLogging.h"

#include "security/AccountService.h"
#include "security/AccountStore.h"
#include "security/StaffOutboxStore.h"
#include "storage/Transaction.h"

#include <QJsonArray>

#include <algorithm>

namespace pishkhan {

using namespace Qt::StringLiterals;

StaffExchange::StaffExchange(SyncContext& context, Database& db, AccountService& accounts)
    : SyncExchange(context)
    , m_db(db)
    , m_accounts(accounts)
{}

std::optional<qint64> StaffExchange::wakeAt(qint64 now)
{
    if (isBusy())
        return std::nullopt;
    const qint64 paused = m_context.scheduler().pausedUntil();
    Result<qint64> pending = StaffOutboxStore(m_db).pendingCount();
    if (pending && *pending > 0)
        return std::max(now, paused);
    return std::max({m_nextPullAt, paused, now});
}

void StaffExchange::exchange(qint64 now)
{
    if (isBusy())
        return;
    Result<QList<StaffOutboxStore::Pending>> pending = StaffOutboxStore(m_db).pending(1);
    if (!m_context.check(pending, "listing queued staff changes"))
        return;
    if (!pending->isEmpty()) {
        const StaffOutboxStore::Pending item = pending->first();
        m_context.backend().pushStaff(
            item.idempotencyKey, item.body,
            replyHandler<QJsonObject>([this, seq = item.seq, username = item.username](
                                          const ApiReply<QJsonObject>& reply, quint64 epoch) {
                handlePush(seq, username, reply, epoch);
            }));
        return;
    }
    if (now < m_nextPullAt)
        return;
    Result<qint64> since = StaffOutboxStore(m_db).sinceRevision();
    if (!m_context.check(since, "reading the staff revision"))
        return;
    m_context.backend().staffChanges(
        *since, replyHandler<QJsonObject>([this](const ApiReply<QJsonObject>& reply,
                                                 quint64 epoch) { handlePull(reply, epoch); }));
}

void StaffExchange::handlePush(qint64 seq, const QString& username,
                               const ApiReply<QJsonObject>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    if (reply.ok()) {
        m_context.succeeded();
        const qint64 revision = qint64(reply->value(u"revision"_s).toDouble(0));
        auto tx = Transaction::begin(m_db);
        if (!m_context.check(tx, "recording a staff change sent"))
            return;
        if (!m_context.check(StaffOutboxStore(m_db).markSent(seq, revision, now),
                             "recording a staff change sent") ||
            !m_context.check(AccountStore(m_db).setOfficeRevision(username, revision),
                             "recording a staff revision") ||
            !m_context.check(tx->commit(), "recording a staff change sent"))
            return;
        m_nextPullAt = 0;
    } else if (reply.error().kind() == ApiError::Kind::Unauthorized) {
        m_context.needActivation(reply.error(), epoch);
    } else if (reply.error().kind() == ApiError::Kind::Refused) {
        qCWarning(lcSync) << "staff change refused by the backend:" << reply.error().code();
        // The office's record wins: pull everything again to take it.
        auto tx = Transaction::begin(m_db);
        if (!m_context.check(tx, "recording a refused staff change"))
            return;
        StaffOutboxStore outbox(m_db);
        if (!m_context.check(outbox.markRefused(seq, reply.error().code(), now),
                             "recording a refused staff change") ||
            !m_context.check(outbox.setSinceRevision(0), "recording a refused staff change") ||
            !m_context.check(AccountStore(m_db).forgetOfficeRevision(username),
                             "recording a refused staff change") ||
            !m_context.check(tx->commit(), "recording a refused staff change"))
            return;
        m_nextPullAt = 0;
    } else {
        m_context.backOff(reply.error());
    }
}

void StaffExchange::handlePull(const ApiReply<QJsonObject>& reply, quint64 epoch)
{
    const qint64 now = m_context.now();
    if (!reply.ok()) {
        if (reply.error().kind() == ApiError::Kind::Unauthorized)
            m_context.needActivation(reply.error(), epoch);
        else
            m_context.backOff(reply.error());
        return;
    }
    m_context.succeeded();
    QList<StaffRecord> records;
    qint64 last = 0;
    for (const QJsonValue v : reply->value(u"changes"_s).toArray()) {
        Result<StaffRecord> record = StaffRecord::fromJson(v.toObject());
        if (!m_context.check(record, "reading the office's staff"))
            return;
        last = std::max(last, record->revision);
        records.append(*record);
    }
    const bool more = reply->value(u"more"_s).toBool(false);
    const qint64 since = more ? last : qint64(reply->value(u"revision"_s).toDouble(0));
    Result<int> changed = m_accounts.applyOfficeStaff(records, since);
    if (!m_context.check(changed, "applying the office's staff"))
        return;
    m_nextPullAt = more ? 0 : now + kPullMs;
    if (*changed > 0) {
        qCInfo(lcSync) << *changed << "account(s) changed at the office's other counters";
        Q_EMIT m_context.engine().staffChanged();
    }
}

} // namespace pishkhan
