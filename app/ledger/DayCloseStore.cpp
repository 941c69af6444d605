#include "DayCloseStore.h"

#include "DayCloseDocument.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

template<typename... S>
Status all(S&&... statuses)
{
    Status result;
    ((result.ok() && !statuses.ok() ? (void)(result = statuses) : (void)0), ...);
    return result;
}

constexpr const char* kCloseColumns =
    "counter_no, business_day, closed_at, supervisor_id, last_entry_seq, last_entry_hash, "
    "net_rials, grand_total_rials, document, signature, public_key";

DayCloseStore::StoredClose readClose(const Statement& s)
{
    DayCloseStore::StoredClose c;
    c.counter = int(s.columnInt64(0));
    c.businessDay = QDate::fromString(s.columnText(1), Qt::ISODate);
    c.closedAt = s.columnInt64(2);
    c.supervisorId = s.columnText(3);
    c.lastEntrySeq = s.columnInt64(4);
    c.lastEntryHash = s.columnText(5);
    c.net = Money::fromRials(s.columnInt64(6));
    c.grandTotal = Money::fromRials(s.columnInt64(7));
    c.document = s.columnBlob(8);
    c.signature = s.columnBlob(9);
    c.publicKey = s.columnBlob(10);
    return c;
}

} // namespace

DayCloseStore::DayCloseStore(Database& db)
    : m_db(db)
{}

Status DayCloseStore::insert(const DayClose& c, qint64 now)
{
    auto stmt = m_db.prepare(u"INSERT INTO day_close ("_s + QString::fromLatin1(kCloseColumns) +
                             u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"_s);
    if (!stmt)
        return stmt.error();
    const QString day = c.businessDay.toString(Qt::ISODate);
    if (Status s = all(stmt->bindInt64(1, c.counter), stmt->bindText(2, day),
                       stmt->bindInt64(3, c.closedAt), stmt->bindText(4, c.supervisorId),
                       stmt->bindInt64(5, c.lastEntrySeq), stmt->bindText(6, c.lastEntryHash),
                       stmt->bindInt64(7, c.report.totals.net().rials()),
                       stmt->bindInt64(8, c.grandTotal.rials()), stmt->bindBlob(9, c.document),
                       stmt->bindBlob(10, c.signature), stmt->bindBlob(11, c.publicKey));
        !s)
        return s;
    if (Status s = stmt->execute(); !s) {
        if (s.error().code() == u"storage.constraint"_s)
            return Error(u"close.already_closed"_s,
                         QT_TRANSLATE_NOOP("Error", "This business day is already closed."),
                         u"business day "_s + day);
        return s;
    }
    auto queue = m_db.prepare("INSERT INTO close_upload (counter_no, business_day, state, "
                              "queued_at) VALUES (?1, ?2, 'queued', ?3)");
    if (!queue)
        return queue.error();
    // Binds first, then execute(): argument evaluation order is unspecified in C++.
    if (Status s =
            all(queue->bindInt64(1, c.counter), queue->bindText(2, day), queue->bindInt64(3, now));
        !s)
        return s;
    return queue->execute();
}

Result<std::optional<DayCloseStore::StoredClose>> DayCloseStore::find(int counter, QDate day)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kCloseColumns) +
                             u" FROM day_close WHERE counter_no = ?1 AND business_day = ?2"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = all(stmt->bindInt64(1, counter), stmt->bindText(2, day.toString(Qt::ISODate)));
        !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredClose>();
    return std::optional<StoredClose>(readClose(*stmt));
}

Result<std::optional<DayCloseStore::StoredClose>> DayCloseStore::latest(int counter)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kCloseColumns) +
                             u" FROM day_close WHERE counter_no = ?1 ORDER BY business_day DESC "
                             u"LIMIT 1"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindInt64(1, counter); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StoredClose>();
    return std::optional<StoredClose>(readClose(*stmt));
}

Result<QList<PendingCloseUpload>> DayCloseStore::pending()
{
    auto stmt = m_db.prepare(
        "SELECT u.counter_no, u.business_day, c.document, c.signature, u.queued_at "
        "FROM close_upload u JOIN day_close c ON c.counter_no = u.counter_no AND "
        "c.business_day = u.business_day WHERE u.state = 'queued' ORDER BY u.business_day");
    if (!stmt)
        return stmt.error();
    QList<PendingCloseUpload> list;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list << PendingCloseUpload{int(stmt->columnInt64(0)),
                                   QDate::fromString(stmt->columnText(1), Qt::ISODate),
                                   stmt->columnBlob(2), stmt->columnBlob(3), stmt->columnInt64(4)};
    }
    return list;
}

Status DayCloseStore::acknowledge(int counter, const CloseAcknowledgement& ack, qint64 now)
{
    Result<std::optional<StoredClose>> close = find(counter, ack.businessDay);
    if (!close)
        return close.error();
    const QString day = ack.businessDay.toString(Qt::ISODate);
    if (!*close)
        return Error(u"close.ack_unknown_day"_s,
                     QT_TRANSLATE_NOOP("Error", "The acknowledgement is for a day this counter "
                                                "has not closed."),
                     u"business day "_s + day);
    // The backend must have received exactly what was signed, up to the same chain position.
    if (ack.closeSha256 != DayCloseDocument::sha256Hex((*close)->document) ||
        ack.receivedUpToEntry != (*close)->lastEntrySeq ||
        ack.lastEntryHash != (*close)->lastEntryHash)
        return Error(u"close.ack_mismatch"_s,
                     QT_TRANSLATE_NOOP("Error", "The acknowledgement does not match the day "
                                                "close that was sent."),
                     u"business day "_s + day);
    auto stmt = m_db.prepare(
        "UPDATE close_upload SET state = 'acknowledged', ack = ?3, ack_signature = ?4, "
        "ack_key_id = ?5, received_up_to_entry = ?6, ack_last_entry_hash = ?7, "
        "ack_received_at = ?8, acknowledged_at = ?9 WHERE counter_no = ?1 AND business_day = ?2 "
        "AND state = 'queued'");
    if (!stmt)
        return stmt.error();
    if (Status s =
            all(stmt->bindInt64(1, counter), stmt->bindText(2, day), stmt->bindBlob(3, ack.ack),
                stmt->bindBlob(4, ack.signature), stmt->bindText(5, ack.keyId),
                stmt->bindInt64(6, ack.receivedUpToEntry), stmt->bindText(7, ack.lastEntryHash),
                stmt->bindText(8, ack.receivedAt), stmt->bindInt64(9, now));
        !s)
        return s;
    if (Status s = stmt->execute(); !s)
        return s;
    // Zero rows: already acknowledged; the same ack again is a harmless repeat.
    return {};
}

Result<std::optional<CloseAcknowledgement>> DayCloseStore::latestAcknowledgement(int counter)
{
    auto stmt = m_db.prepare(
        "SELECT ack, ack_signature, ack_key_id FROM close_upload WHERE counter_no = ?1 AND "
        "state = 'acknowledged' ORDER BY business_day DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindInt64(1, counter); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<CloseAcknowledgement>();
    Result<CloseAcknowledgement> ack = CloseAcknowledgement::fromBytes(
        stmt->columnBlob(0), stmt->columnBlob(1), stmt->columnText(2));
    if (!ack)
        return ack.error();
    return std::optional<CloseAcknowledgement>(*ack);
}

} // namespace pishkhan
