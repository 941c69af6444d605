#pragma once

#include "SyncExchange.h"

#include <QJsonObject>

namespace pishkhan {

class AccountService;
class Database;

// The office's staff through the backend (docs/api.md §4.13): pushes the account changes this
// counter queued (staff_outbox), oldest first, one at a time, each under its own idempotency
// key on every retry; then pulls what the office changed since the revision this counter has
// and hands it to AccountService::applyOfficeStaff. A push the backend refuses (the username
// exists at the office, the office's last administrator) is marked refused and the whole list
// is pulled again, so this counter takes the office's record: the backend's order wins.
class StaffExchange final : public SyncExchange
{
public:
    // How often the office's changes are pulled when nothing else asks for it.
    static constexpr qint64 kPullMs = 60'000;

    StaffExchange(SyncContext& context, Database& db, AccountService& accounts);

    // Push the oldest queued change, or pull when one is due.
    void exchange(qint64 now);
    // Pull at the next exchange (sync now, a change made at this counter).
    void pullSoon() { m_nextPullAt = 0; }

    std::optional<qint64> wakeAt(qint64 now) override;

private:
    void handlePush(qint64 seq, const QString& username, const ApiReply<QJsonObject>& reply,
                    quint64 epoch);
    void handlePull(const ApiReply<QJsonObject>& reply, quint64 epoch);

    Database& m_db;
    AccountService& m_accounts;
    qint64 m_nextPullAt = 0;
};

} // namespace pishkhan
