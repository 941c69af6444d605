#include "LedgerStore.h"

#include "core/SolarHijri.h"
#include "storage/Database.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace pishkhan {

using namespace Qt::StringLiterals;

const char* const LedgerStore::kColumns =
    "seq, kind, business_day, jalali_month, counter_no, receipt_no, created_at, clerk_id, "
    "service_id, amount_rials, tariff_rials, payment_method, terminal_id, payment_reference, "
    "request_id, tariff_table_id, tariff_table_sha256, target_seq, reason, supervisor_id, "
    "copy_no, late, clock_day, prev_hash, hash, organisation_id";

namespace {

// NOT NULL text columns take '' rather than NULL for "none" (a null QString binds NULL).
QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

// Optional integer columns hold NULL rather than 0 for "none".
SqlValue orNull(qint64 value)
{
    return value == 0 ? SqlValue() : SqlValue(value);
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

Error sealedError(QDate day)
{
    return Error(u"ledger.day_sealed"_s,
                 QT_TRANSLATE_NOOP("Error", "This business day is closed; nothing can be added "
                                            "to it."),
                 u"business day "_s + isoDay(day));
}

// Lower-case hex of 32 bytes into out[64].
void toHex(const unsigned char* digest, char* out)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 15];
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool fromHex(const char* hex, int length, unsigned char* out)
{
    if (length != 64)
        return false;
    for (int i = 0; i < 32; ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return true;
}

// Decimal ASCII of value into out (at least 21 bytes); returns the length.
int formatInt64(qint64 value, char* out)
{
    char tmp[24];
    int n = 0;
    // Through the unsigned magnitude so the most negative value does not overflow.
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        tmp[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    int length = 0;
    if (value < 0)
        out[length++] = '-';
    while (n > 0)
        out[length++] = tmp[--n];
    return length;
}

void appendU32(std::string& out, quint32 value)
{
    char be[4];
    qToBigEndian(value, be);
    out.append(be, 4);
}

} // namespace

LedgerStore::LedgerStore(Database& db)
    : m_db(db)
{}

LedgerEntry LedgerStore::readEntry(const Row& row)
{
    LedgerEntry e;
    e.seq = row.int64(0);
    e.kind = entryKindFromString(row.text(1)).value_or(EntryKind::Fee);
    e.businessDay = QDate::fromString(row.text(2), Qt::ISODate);
    e.jalaliMonth = int(row.int64(3));
    e.counter = int(row.int64(4));
    e.receiptNo = row.int64(5);
    e.createdAt = row.int64(6);
    e.clerkId = row.text(7);
    e.serviceId = row.text(8);
    e.amount = Money::fromRials(row.int64(9));
    e.tariff = Money::fromRials(row.int64(10));
    e.payment.method = paymentMethodFromString(row.text(11)).value_or(PaymentMethod::Cash);
    e.payment.terminalId = row.text(12);
    e.payment.reference = row.text(13);
    e.requestId = row.text(14);
    e.tariffTableId = row.text(15);
    e.tariffTableSha256 = row.text(16);
    e.targetSeq = row.int64(17);
    e.reason = row.text(18);
    e.supervisorId = row.text(19);
    e.copyNo = int(row.int64(20));
    e.late = row.int64(21) != 0;
    e.clockDay = QDate::fromString(row.text(22), Qt::ISODate);
    e.prevHash = row.text(23);
    e.hash = row.text(24);
    e.payment.organisationId = row.text(25);
    return e;
}

Result<LedgerStore::Head> LedgerStore::head()
{
    auto stmt = m_db.cached("SELECT seq, hash FROM ledger_entry ORDER BY seq DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto h = (*stmt)->first([](const Row& row) { return Head{row.int64(0), row.text(1)}; });
    if (!h)
        return h.error();
    return h->value_or(Head());
}

Result<std::optional<QDate>> LedgerStore::lastClosedDay(int counter)
{
    auto stmt = m_db.cached("SELECT MAX(business_day) FROM day_close WHERE counter_no = :counter");
    if (!stmt)
        return stmt.error();
    if (Status s = (*stmt)->bindAll({{":counter", counter}}); !s)
        return s.error();
    auto day = (*stmt)->first([](const Row& row) {
        return row.isNull(0) ? std::optional<QDate>() : QDate::fromString(row.text(0), Qt::ISODate);
    });
    if (!day)
        return day.error();
    return day->value_or(std::nullopt);
}

Result<LedgerEntry> LedgerStore::append(LedgerEntry e)
{
    if (!e.businessDay.isValid())
        return Error(u"ledger.invalid_entry"_s,
                     QT_TRANSLATE_NOOP("Error", "The ledger entry is incomplete and was not "
                                                "saved."),
                     u"no business day"_s);
    // Checked here for a clear error; the ledger_entry_sealed trigger enforces it anyway.
    Result<std::optional<QDate>> closed = lastClosedDay(e.counter);
    if (!closed)
        return closed.error();
    if (*closed && e.businessDay <= **closed)
        return sealedError(e.businessDay);

    Result<Head> h = head();
    if (!h)
        return h.error();
    e.seq = h->seq + 1;
    e.prevHash = h->hash;
    const QCalendar::YearMonthDay jalali = SolarHijri::parts(e.businessDay);
    e.jalaliMonth = jalali.year * 100 + jalali.month;
    if (!e.clockDay.isValid())
        e.clockDay = e.businessDay;

    e.receiptNo = 0;
    if (e.kind == EntryKind::Fee) {
        // No UPSERT on SQLite 3.15: make sure the row exists, then bump it. Inside the
        // caller's IMMEDIATE transaction nobody else can read the number in between.
        const QString day = isoDay(e.businessDay);
        auto init = m_db.cached("INSERT OR IGNORE INTO receipt_counter (counter_no, business_day, "
                                "last_no) VALUES (:counter, :day, 0)");
        if (!init)
            return init.error();
        if (Status s = (*init)->execute({{":counter", e.counter}, {":day", day}}); !s)
            return s.error();
        auto bump =
            m_db.cached("UPDATE receipt_counter SET last_no = last_no + 1 WHERE counter_no = "
                        ":counter AND business_day = :day");
        if (!bump)
            return bump.error();
        if (Status s = (*bump)->execute({{":counter", e.counter}, {":day", day}}); !s)
            return s.error();
        auto read =
            m_db.cached("SELECT last_no FROM receipt_counter WHERE counter_no = :counter AND "
                        "business_day = :day");
        if (!read)
            return read.error();
        if (Status s = (*read)->bindAll({{":counter", e.counter}, {":day", day}}); !s)
            return s.error();
        Result<bool> row = (*read)->step();
        if (!row)
            return row.error();
        e.receiptNo = (*read)->columnInt64(0);
    }

    e.hash = HashChain::computeHashHex(e.prevHash, e.canonicalFields());

    auto insert = m_db.cached(
        "INSERT INTO ledger_entry (seq, kind, business_day, jalali_month, counter_no, receipt_no, "
        "created_at, clerk_id, service_id, amount_rials, tariff_rials, payment_method, "
        "terminal_id, payment_reference, request_id, tariff_table_id, tariff_table_sha256, "
        "target_seq, reason, supervisor_id, copy_no, late, clock_day, prev_hash, hash, "
        "organisation_id) VALUES "
        "(:seq, :kind, :day, :month, :counter, :receipt, :created, :clerk, :service, :amount, "
        ":tariff, :method, :terminal, :reference, :request, :table, :table_sha, :target, "
        ":reason, :supervisor, :copy, :late, :clock_day, :prev, :hash, :organisation)");
    if (!insert)
        return insert.error();
    if (Status st = (*insert)->execute({{":seq", e.seq},
                                        {":kind", entryKindToString(e.kind)},
                                        {":day", isoDay(e.businessDay)},
                                        {":month", e.jalaliMonth},
                                        {":counter", e.counter},
                                        {":receipt", orNull(e.receiptNo)},
                                        {":created", e.createdAt},
                                        {":clerk", text(e.clerkId)},
                                        {":service", text(e.serviceId)},
                                        {":amount", e.amount.rials()},
                                        {":tariff", e.tariff.rials()},
                                        {":method", paymentMethodToString(e.payment.method)},
                                        {":terminal", text(e.payment.terminalId)},
                                        {":reference", text(e.payment.reference)},
                                        {":request", text(e.requestId)},
                                        {":table", text(e.tariffTableId)},
                                        {":table_sha", text(e.tariffTableSha256)},
                                        {":target", orNull(e.targetSeq)},
                                        {":reason", text(e.reason)},
                                        {":supervisor", text(e.supervisorId)},
                                        {":copy", orNull(e.copyNo)},
                                        {":late", e.late ? 1 : 0},
                                        {":clock_day", isoDay(e.clockDay)},
                                        {":prev", e.prevHash},
                                        {":hash", e.hash},
                                        {":organisation", text(e.payment.organisationId)}});
        !st) {
        if (st.error().detail().contains(u"sealed"_s))
            return sealedError(e.businessDay);
        return st.error();
    }
    return e;
}

Status LedgerStore::registerTariffTable(const TariffTable& table, qint64 now)
{
    Result<std::optional<TariffTable>> existing = tariffTable(table.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        if ((*existing)->canonicalBytes() == table.canonicalBytes())
            return {};
        return Error(u"tariff.conflict"_s,
                     QT_TRANSLATE_NOOP("Error", "A different tariff table with the same id is "
                                                "already recorded."),
                     u"tariff table "_s + table.id());
    }
    auto stmt = m_db.prepare("INSERT INTO tariff_table (id, sha256, document, recorded_at) "
                             "VALUES (:id, :sha, :doc, :now)");
    if (!stmt)
        return stmt.error();
    return stmt->execute({{":id", table.id()},
                          {":sha", table.sha256Hex()},
                          {":doc", table.canonicalBytes()},
                          {":now", now}});
}

Result<std::optional<TariffTable>> LedgerStore::tariffTable(const QString& id)
{
    auto stmt = m_db.prepare("SELECT document, sha256 FROM tariff_table WHERE id = :id");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({{":id", id}}); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TariffTable>();
    Result<TariffTable> table = TariffTable::fromCanonical(stmt->columnBlob(0));
    if (!table)
        return table.error();
    // A stored table whose bytes no longer give its hash has been tampered with.
    if (table->sha256Hex() != stmt->columnText(1))
        return Error(u"tariff.tampered"_s,
                     QT_TRANSLATE_NOOP("Error", "The stored tariff table does not match its "
                                                "hash."),
                     u"tariff table "_s + id);
    return std::optional<TariffTable>(*table);
}

Result<QMap<QString, TariffTable::Service>> LedgerStore::serviceDirectory()
{
    auto stmt = m_db.prepare("SELECT document FROM tariff_table ORDER BY recorded_at, id");
    if (!stmt)
        return stmt.error();
    QMap<QString, TariffTable::Service> services;
    if (Status s = stmt->forEachRow([&services](const Row& row) {
            Result<TariffTable> table = TariffTable::fromCanonical(row.blob(0));
            if (!table)
                return;
            for (const TariffTable::Service& service : table->services())
                services.insert(service.id, service);
        });
        !s)
        return s.error();
    return services;
}

Result<std::optional<LedgerEntry>> LedgerStore::queryOne(const char* where, qint64 a)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                             u" FROM ledger_entry WHERE "_s + QString::fromLatin1(where));
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({a}); !s)
        return s.error();
    return stmt->first(readEntry);
}

Result<std::optional<LedgerEntry>> LedgerStore::entry(qint64 seq)
{
    return queryOne("seq = ?1", seq);
}

Result<std::optional<LedgerEntry>> LedgerStore::voidOf(qint64 feeSeq)
{
    return queryOne("target_seq = ?1 AND kind = 'void'", feeSeq);
}

Result<std::optional<LedgerEntry>> LedgerStore::refundOf(qint64 feeSeq)
{
    return queryOne("target_seq = ?1 AND kind = 'refund'", feeSeq);
}

Result<std::optional<LedgerEntry>> LedgerStore::findByReceipt(int counter, QDate day,
                                                              qint64 receiptNo)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                             u" FROM ledger_entry WHERE counter_no = ?1 AND business_day = ?2 "
                             u"AND receipt_no = ?3"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({counter, isoDay(day), receiptNo}); !s)
        return s.error();
    return stmt->first(readEntry);
}

Result<std::optional<LedgerEntry>> LedgerStore::findByRequestId(const QString& requestId)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                             u" FROM ledger_entry WHERE request_id = ?1 AND kind = 'fee'"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({requestId}); !s)
        return s.error();
    return stmt->first(readEntry);
}

Result<QList<LedgerEntry>> LedgerStore::entriesForDay(int counter, QDate day)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                             u" FROM ledger_entry WHERE counter_no = ?1 AND business_day = ?2 "
                             u"ORDER BY seq"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({counter, isoDay(day)}); !s)
        return s.error();
    return stmt->collect(readEntry);
}

Result<int> LedgerStore::reprintCount(qint64 feeSeq)
{
    auto stmt = m_db.prepare(
        "SELECT COUNT(*) FROM ledger_entry WHERE target_seq = ?1 AND kind = 'reprint'");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({feeSeq}); !s)
        return s.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    return int(stmt->columnInt64(0));
}

Result<QList<QDate>> LedgerStore::openDaysWithEntries(int counter)
{
    auto stmt = m_db.prepare(
        "SELECT DISTINCT business_day FROM ledger_entry WHERE counter_no = ?1 AND business_day > "
        "IFNULL((SELECT MAX(business_day) FROM day_close WHERE counter_no = ?1), '') "
        "ORDER BY business_day");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({counter}); !s)
        return s.error();
    return stmt->collect(
        [](const Row& row) { return QDate::fromString(row.text(0), Qt::ISODate); });
}

Result<HashChain::Report> LedgerStore::verifyChain()
{
    Result<Segment> all = walkSegment(m_db, 1, std::numeric_limits<qint64>::max(), false);
    if (!all)
        return all.error();
    return all->report;
}

Result<HashChain::Report> LedgerStore::verifyChainParallel(const QString& path,
                                                           const QByteArray& key, int workers,
                                                           qint64 minEntriesPerWorker)
{
    Result<Database> first = Database::open(path, key, OpenMode::ReadOnly);
    if (!first)
        return first.error();
    // Entries never change once written (triggers), so each worker may read its own snapshot:
    // only entries up to this head are checked, and any later ones are someone else's walk.
    Result<qint64> head = first->queryInt64("SELECT IFNULL(max(seq), 0) FROM ledger_entry");
    if (!head)
        return head.error();
    const qint64 last = *head;
    const int n = int(std::clamp<qint64>(
        workers, 1, std::max<qint64>(1, last / std::max<qint64>(1, minEntriesPerWorker))));
    std::vector<Result<Segment>> parts(std::size_t(n), Error(u"ledger.verify"_s, ""));
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < n; ++i) {
            const qint64 from = 1 + last * i / n;
            const qint64 to = last * (i + 1) / n;
            threads.emplace_back([&, i, from, to] {
                Result<Database> db =
                    i == 0 ? std::move(first) : Database::open(path, key, OpenMode::ReadOnly);
                parts[std::size_t(i)] =
                    db ? walkSegment(*db, from, to, i > 0) : Result<Segment>(db.error());
            });
        }
    } // joined
    HashChain::Report report;
    QString expectedPrev = HashChain::genesisHex();
    for (const Result<Segment>& part : parts) {
        if (!part)
            return part.error();
        // The seam: a segment trusted its first entry's stored prev_hash; it must be the hash
        // the previous segment computed for its last entry.
        if (part->report.entriesChecked > 0 || part->report.failure) {
            if (part->firstPrevHex != expectedPrev) {
                report.failure =
                    HashChain::Failure{part->firstSeq, HashChain::Break::PrevLinkMismatch};
                return report;
            }
        }
        report.entriesChecked += part->report.entriesChecked;
        if (part->report.failure) {
            report.failure = part->report.failure;
            return report;
        }
        if (part->report.entriesChecked > 0)
            expectedPrev = part->report.lastHashHex;
    }
    report.lastHashHex = expectedPrev;
    return report;
}

Result<LedgerStore::Segment> LedgerStore::walkSegment(Database& db, qint64 fromSeq, qint64 toSeq,
                                                      bool trustFirstPrev)
{
    auto stmt = db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                           u" FROM ledger_entry WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({fromSeq, toSeq}); !s)
        return s.error();
    constexpr int kPrev = LedgerEntry::kFieldCount;
    constexpr int kHash = LedgerEntry::kFieldCount + 1;
    constexpr int kOrganisation = LedgerEntry::kFieldCount + 2;

    Segment segment;
    char expectedPrev[64];
    std::memset(expectedPrev, '0', sizeof expectedPrev); // genesis
    // One fetched SHA-256 and one context for the whole walk: OpenSSL 3's one-shot SHA256()
    // looks the algorithm up in the provider on every call, which cost more than the hashing.
    const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sha256(
        EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                      &EVP_MD_CTX_free);
    if (!sha256 || !ctx)
        return Error(u"crypto.digest"_s,
                     QT_TRANSLATE_NOOP("Error", "The ledger could not be checked."),
                     u"SHA-256 unavailable"_s);
    HashChain::Report& report = segment.report;
    std::string buffer;
    buffer.reserve(1024);
    const std::size_t tagLength = sizeof(HashChain::kDomainTag) - 1;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 seq = stmt->columnInt64(0);
        const QByteArrayView prevText = stmt->columnUtf8(kPrev);
        const char* prev = prevText.data();
        const int prevLength = int(prevText.size());
        if (segment.firstSeq == 0) {
            segment.firstSeq = seq;
            if (prev && prevLength == 64) {
                segment.firstPrevHex = QString::fromLatin1(prev, 64);
                if (trustFirstPrev)
                    std::memcpy(expectedPrev, prev, 64);
            }
        }
        if (!prev || prevLength != 64 || std::memcmp(prev, expectedPrev, 64) != 0) {
            report.failure = HashChain::Failure{seq, HashChain::Break::PrevLinkMismatch};
            break;
        }
        // HashChain encoding v1: tag, raw prev hash, u32 field count, length-prefixed fields.
        // A column's text form renders an INTEGER as its decimal form, the canonical form of
        // an integer field, and a NULL as no bytes, the canonical absent value.
        unsigned char prevRaw[32];
        if (!fromHex(prev, prevLength, prevRaw)) {
            report.failure = HashChain::Failure{seq, HashChain::Break::HashMismatch};
            break;
        }
        buffer.clear();
        buffer.append(HashChain::kDomainTag, tagLength);
        buffer.append(reinterpret_cast<const char*>(prevRaw), 32);
        // The organisation id is a 24th field only when present (LedgerEntry::canonicalFields).
        const QByteArrayView organisation = stmt->columnUtf8(kOrganisation);
        appendU32(buffer, quint32(LedgerEntry::kFieldCount + (organisation.isEmpty() ? 0 : 1)));
        for (int column = 0; column < LedgerEntry::kFieldCount; ++column) {
            const Statement::RawColumn value = stmt->rawColumn(column);
            if (value.isInteger) {
                // Formatted here: asking SQLite for the text would allocate a text copy of
                // every integer. Same decimal form as SQLite's.
                char digits[24];
                const int length = formatInt64(value.integer, digits);
                appendU32(buffer, quint32(length));
                buffer.append(digits, std::size_t(length));
                continue;
            }
            const int length = int(value.text.size());
            appendU32(buffer, quint32(length));
            if (length > 0)
                buffer.append(value.text.data(), std::size_t(length));
        }
        if (!organisation.isEmpty()) {
            appendU32(buffer, quint32(organisation.size()));
            buffer.append(organisation.data(), std::size_t(organisation.size()));
        }
        unsigned char digest[SHA256_DIGEST_LENGTH];
        if (EVP_DigestInit_ex2(ctx.get(), sha256.get(), nullptr) != 1 ||
            EVP_DigestUpdate(ctx.get(), buffer.data(), buffer.size()) != 1 ||
            EVP_DigestFinal_ex(ctx.get(), digest, nullptr) != 1)
            return Error(u"crypto.digest"_s,
                         QT_TRANSLATE_NOOP("Error", "The ledger could not be checked."),
                         u"SHA-256 failed"_s);
        char digestHex[64];
        toHex(digest, digestHex);
        const QByteArrayView storedText = stmt->columnUtf8(kHash);
        const char* stored = storedText.data();
        if (!stored || storedText.size() != 64 || std::memcmp(stored, digestHex, 64) != 0) {
            report.failure = HashChain::Failure{seq, HashChain::Break::HashMismatch};
            break;
        }
        std::memcpy(expectedPrev, stored, 64);
        ++report.entriesChecked;
    }
    report.lastHashHex = QString::fromLatin1(expectedPrev, 64);
    return segment;
}

Result<HashChain::Report> LedgerStore::verifyChainReference()
{
    auto stmt = m_db.prepare(u"SELECT "_s + QString::fromLatin1(kColumns) +
                             u" FROM ledger_entry ORDER BY seq"_s);
    if (!stmt)
        return stmt.error();
    return HashChain::verify(*stmt, [](const Statement& row) {
        const LedgerEntry e = readEntry(row);
        return HashChain::Entry{e.seq, e.prevHash, e.hash, e.canonicalFields()};
    });
}

} // namespace pishkhan
