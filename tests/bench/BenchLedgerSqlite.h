#pragma once

// The SQLite C-API side of the ledger benchmark, header-only so each binary compiles it against
// its own library: bench_ledger against SQLCipher, bench_ledger_baseline against the system's
// plain SQLite (one process cannot load both). Include <sqlite3.h> or <sqlcipher/sqlite3.h>
// first.

#include "BenchLedgerRows.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <QtEndian>

#include <cstring>
#include <string>

namespace pishkhan::bench {

inline bool execSql(sqlite3* db, const char* sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    return rc == SQLITE_OK;
}

inline void bindText(sqlite3_stmt* s, int i, const QByteArray& v)
{
    sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
}

inline void bindOpt(sqlite3_stmt* s, int i, qint64 v)
{
    if (v == 0)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v);
}

// Inserts `total` generated rows in transactions of `batch`. Returns false on any error.
inline bool loadLedger(sqlite3* db, qint64 total, int days, int batch = 50'000)
{
    const QByteArray tariff = "INSERT INTO tariff_table (id, sha256, document, recorded_at) "
                              "VALUES ('" +
                              QByteArray(LedgerRowGenerator::kTariffId) + "', '" +
                              LedgerRowGenerator::tariffSha() + "', x'7b7d', 0)";
    if (!execSql(db, tariff.constData()))
        return false;
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "INSERT INTO ledger_entry (seq, kind, business_day, jalali_month, counter_no, "
            "receipt_no, created_at, clerk_id, service_id, amount_rials, tariff_rials, "
            "payment_method, terminal_id, payment_reference, request_id, tariff_table_id, "
            "tariff_table_sha256, target_seq, reason, supervisor_id, copy_no, late, clock_day, "
            "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
            "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
            -1, &s, nullptr) != SQLITE_OK)
        return false;
    // Bulk load, then index (both sides alike): the indices are built once by sorting instead
    // of row by row, which keeps a million-row run short. The queries see the same indices.
    QList<QByteArray> indexSql;
    {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                               "tbl_name = 'ledger_entry' AND sql IS NOT NULL",
                               -1, &q, nullptr) != SQLITE_OK)
            return false;
        QList<QByteArray> names;
        while (sqlite3_step(q) == SQLITE_ROW) {
            names << reinterpret_cast<const char*>(sqlite3_column_text(q, 0));
            indexSql << reinterpret_cast<const char*>(sqlite3_column_text(q, 1));
        }
        sqlite3_finalize(q);
        for (const QByteArray& name : names)
            if (!execSql(db, QByteArray("DROP INDEX " + name).constData()))
                return false;
    }
    LedgerRowGenerator gen(total, days);
    bool ok = true;
    for (qint64 i = 0; i < total && ok; ++i) {
        if (i % batch == 0 && !execSql(db, "BEGIN IMMEDIATE"))
            return false;
        const LedgerRow r = gen.next();
        sqlite3_bind_int64(s, 1, r.seq);
        bindText(s, 2, r.kind);
        bindText(s, 3, r.businessDay);
        sqlite3_bind_int64(s, 4, r.jalaliMonth);
        sqlite3_bind_int64(s, 5, r.counter);
        bindOpt(s, 6, r.receiptNo);
        sqlite3_bind_int64(s, 7, r.createdAt);
        bindText(s, 8, r.clerk);
        bindText(s, 9, r.service);
        sqlite3_bind_int64(s, 10, r.amount);
        sqlite3_bind_int64(s, 11, r.tariff);
        bindText(s, 12, r.method);
        bindText(s, 13, r.terminal);
        bindText(s, 14, r.reference);
        bindText(s, 15, r.requestId);
        bindText(s, 16, r.tariffId);
        bindText(s, 17, r.tariffSha);
        bindOpt(s, 18, r.targetSeq);
        bindText(s, 19, r.reason);
        bindText(s, 20, r.supervisor);
        bindOpt(s, 21, r.copyNo);
        sqlite3_bind_int64(s, 22, r.late);
        bindText(s, 23, r.clockDay);
        bindText(s, 24, r.prevHash);
        bindText(s, 25, r.hash);
        ok = sqlite3_step(s) == SQLITE_DONE;
        sqlite3_reset(s);
        if ((i % batch == batch - 1 || i == total - 1) && !execSql(db, "COMMIT"))
            ok = false;
    }
    sqlite3_finalize(s);
    for (const QByteArray& sql : indexSql)
        ok = ok && execSql(db, sql.constData());
    return ok && execSql(db, "ANALYZE");
}

// Runs a report statement to the end; returns the number of result rows or -1.
inline int runReport(sqlite3* db, const char* sql, const QByteArray& a, const QByteArray& b,
                     bool range)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        return -1;
    bindText(s, 1, a);
    if (range) {
        bindText(s, 2, b);
        sqlite3_bind_int64(s, 3, 1);
    } else {
        sqlite3_bind_int64(s, 2, 1);
    }
    int rows = 0;
    qint64 checksum = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        ++rows;
        // Read the columns as the product does, so neither side skips work.
        for (int c = 0; c < sqlite3_column_count(s); ++c)
            checksum += sqlite3_column_bytes(s, c);
    }
    sqlite3_finalize(s);
    return checksum >= 0 ? rows : -1;
}

// The same walk as LedgerStore::verifyChain(): column bytes → HashChain v1 → SHA-256 →
// compare with the stored hash and link. Returns entries verified, -1 on a break.
inline qint64 verifyLedgerChain(sqlite3* db)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(
            db,
            "SELECT seq, kind, business_day, jalali_month, counter_no, receipt_no, created_at, "
            "clerk_id, service_id, amount_rials, tariff_rials, payment_method, terminal_id, "
            "payment_reference, request_id, tariff_table_id, tariff_table_sha256, target_seq, "
            "reason, supervisor_id, copy_no, late, clock_day, prev_hash, hash FROM ledger_entry "
            "ORDER BY seq",
            -1, &s, nullptr) != SQLITE_OK)
        return -1;
    char expected[64];
    std::memset(expected, '0', 64);
    std::string buf;
    qint64 n = 0;
    // As in the product: one fetched digest and context for the walk.
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    static const char digits[] = "0123456789abcdef";
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char* prev = reinterpret_cast<const char*>(sqlite3_column_text(s, 23));
        if (!prev || sqlite3_column_bytes(s, 23) != 64 || std::memcmp(prev, expected, 64) != 0)
            return -1;
        buf.assign("PKHC1");
        for (int i = 0; i < 32; ++i) {
            auto hv = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
            buf.push_back(char(hv(prev[2 * i]) * 16 + hv(prev[2 * i + 1])));
        }
        char be[4];
        qToBigEndian(quint32(23), be);
        buf.append(be, 4);
        for (int c = 0; c < 23; ++c) {
            sqlite3_value* value = sqlite3_column_value(s, c);
            if (sqlite3_value_type(value) == SQLITE_INTEGER) {
                const QByteArray number = QByteArray::number(sqlite3_value_int64(value));
                qToBigEndian(quint32(number.size()), be);
                buf.append(be, 4);
                buf.append(number.constData(), std::size_t(number.size()));
                continue;
            }
            const char* bytes = reinterpret_cast<const char*>(sqlite3_value_text(value));
            const int len = bytes ? sqlite3_value_bytes(value) : 0;
            qToBigEndian(quint32(len), be);
            buf.append(be, 4);
            if (len > 0)
                buf.append(bytes, std::size_t(len));
        }
        unsigned char d[32];
        EVP_DigestInit_ex2(ctx, md, nullptr);
        EVP_DigestUpdate(ctx, buf.data(), buf.size());
        EVP_DigestFinal_ex(ctx, d, nullptr);
        char hex[64];
        for (int i = 0; i < 32; ++i) {
            hex[2 * i] = digits[d[i] >> 4];
            hex[2 * i + 1] = digits[d[i] & 15];
        }
        const char* stored = reinterpret_cast<const char*>(sqlite3_column_text(s, 24));
        if (!stored || std::memcmp(stored, hex, 64) != 0) {
            EVP_MD_CTX_free(ctx);
            EVP_MD_free(md);
            return -1;
        }
        std::memcpy(expected, stored, 64);
        ++n;
    }
    sqlite3_finalize(s);
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    return n;
}

} // namespace pishkhan::bench
