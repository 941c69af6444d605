#include "DayCloseStore.h"

#include "DayCloseDocument.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kCloseColumns =
    "counter_no, business_day, closed_at, supervisor_id, last_entry_seq, last_entry_hash, "
    "net_rials, grand_total_rials, document, signature, public_key";

DayCloseStore::StoredClose readClose(const Row& row)
{
    DayCloseStore::StoredClose c;
    c.counter = int(row.int64(0));
    c.businessDay = QDate::fromString(row.text(1), Qt::ISODate);
    c.closedAt = row.int64(2);
    c.supervisorId = row.text(3);
    c.lastEntrySeq = row.int64(4);
    c.lastEntryHash = row.text(5);
    c.net = Money::fromRials(row.int64(6));
    c.grandTotal = Money::fromRials(row.int64(7));
    c.document = row.blob(8);
    c.signature = row.blob(9);
    c.publicKey = row.blob(10);
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
    if (Status s = stmt->execute({c.counter, day, c.closedAt, c.supervisorId, c.lastEntrySeq,
                                  c.lastEntryHash, c.report.totals.net().rials(),
                                  c.grandTotal.rials(), c.document, c.signature, c.publicKey});
        !s) {
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
    return queue->execute({c.counter, day, now});
}

Result<std::optional<DayCloseStore::StoredClose>> DayCloseStore::find(int counter, QDate day)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kCloseColumns) +
                             u" FROM day_close WHERE counter_no = ?1 AND business_day = ?2"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({counter, day.toString(Qt::ISODate)}); !s)
        return s.error();
    return stmt->first(readClose);
}

Result<std::optional<DayCloseStore::StoredClose>> DayCloseStore::latest(int counter)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kCloseColumns) +
                             u" FROM day_close WHERE counter_no = ?1 ORDER BY business_day DESC "
                             u"LIMIT 1"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({counter}); !s)
        return s.error();
    return stmt->first(readClose);
}

Result<QList<PendingCloseUpload>> DayCloseStore::pending()
{
    auto stmt = m_db.prepare(
        "SELECT u.counter_no, u.business_day, c.document, c.signature, u.queued_at "
        "FROM close_upload u JOIN day_close c ON c.counter_no = u.counter_no AND "
        "c.business_day = u.business_day WHERE u.state = 'queued' ORDER BY u.business_day");
    if (!stmt)
        return stmt.error();
    return stmt->collect<PendingCloseUpload>([](const Row& row) {
        return PendingCloseUpload{int(row.int64(0)), QDate::fromString(row.text(1), Qt::ISODate),
                                  row.blob(2), row.blob(3), row.int64(4)};
    });
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
    if (Status s = stmt->execute({counter, day, ack.ack, ack.signature, ack.keyId,
                                  ack.receivedUpToEntry, ack.lastEntryHash, ack.receivedAt, now});
        !s)
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
    if (Status s = stmt->bindAll({counter}); !s)
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
