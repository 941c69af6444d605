#pragma once

// Deterministic ledger rows for bench_ledger and bench_ledger_baseline (Qt Core + OpenSSL only,
// no pishkhan library, so the plain-SQLite baseline can link it). Rows are what the product
// stores: fees over a year of business days with per-day receipt numbers, a void and a reprint
// every hundred entries, cash and card, hash-chained with the HashChain v1 encoding (the
// product's verifier accepts them, which proves the encoding here matches).

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QtGlobal>

namespace pishkhan::bench {

struct LedgerRow
{
    qint64 seq = 0;
    QByteArray kind, businessDay;
    qint64 jalaliMonth = 0, counter = 1, receiptNo = 0, createdAt = 0;
    QByteArray clerk, service;
    qint64 amount = 0, tariff = 0;
    QByteArray method, terminal, reference, requestId, tariffId, tariffSha;
    qint64 targetSeq = 0;
    QByteArray reason, supervisor;
    qint64 copyNo = 0, late = 0;
    QByteArray clockDay, prevHash, hash;
};

class LedgerRowGenerator
{
public:
    static constexpr const char* kTariffId = "bench-tariff";
    static QByteArray tariffSha();
    static QDate firstDay() { return QDate(2025, 3, 21); } // 1404/01/01

    LedgerRowGenerator(qint64 total, int days);
    // The next row, chained to the previous one.
    LedgerRow next();

private:
    qint64 m_total;
    int m_days;
    qint64 m_index = 0;
    QByteArray m_prevHash;
    LedgerRow m_prev;
    QDate m_day;
    qint64 m_receipt = 0;
    qint64 m_dayStartMs = 0;
    qint64 m_jalaliMonth = 0;
};

} // namespace pishkhan::bench
