#include "BenchLedgerRows.h"

#include <QCalendar>
#include <QDateTime>
#include <QTimeZone>
#include <QtEndian>

#include <openssl/sha.h>

namespace pishkhan::bench {

namespace {

struct Service
{
    const char* id;
    qint64 rials;
};

// The article's monthly table is dominated by bank and notary inquiries, permits and
// completion; the mix here leans the same way.
constexpr Service kServices[] = {
    {"bank-inquiry", 90000},           {"notary-inquiry", 90000},
    {"bank-inquiry", 90000},           {"notary-inquiry", 90000},
    {"building-permit-status", 70000}, {"completion-certificate-status", 70000},
    {"property-file", 80000},          {"land-use-inquiry", 60000},
    {"debt-inquiry", 60000},           {"permitted-height", 60000},
    {"municipal-clearance", 100000},   {"plan-order", 100000},
};

void appendU32(QByteArray& out, quint32 v)
{
    char be[4];
    qToBigEndian(v, be);
    out.append(be, 4);
}

void field(QByteArray& out, const QByteArray& bytes)
{
    appendU32(out, quint32(bytes.size()));
    out.append(bytes);
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray opt(qint64 v)
{
    return v == 0 ? QByteArray() : QByteArray::number(v);
}

} // namespace

QByteArray LedgerRowGenerator::tariffSha()
{
    return QByteArray(64, 'a');
}

LedgerRowGenerator::LedgerRowGenerator(qint64 total, int days)
    : m_total(total)
    , m_days(days)
    , m_prevHash(64, '0')
{}

LedgerRow LedgerRowGenerator::next()
{
    const qint64 i = m_index++;
    const QDate day = firstDay().addDays(int(i * m_days / m_total));
    if (day != m_day) {
        m_day = day;
        m_receipt = 0;
        m_dayStartMs = QDateTime(day, QTime(8, 0), QTimeZone(QByteArrayLiteral("Asia/Tehran")))
                           .toMSecsSinceEpoch();
        const auto parts = QCalendar(QCalendar::System::Jalali).partsFromDate(day);
        m_jalaliMonth = parts.year * 100 + parts.month;
    }
    LedgerRow r;
    r.seq = i + 1;
    r.businessDay = day.toString(Qt::ISODate).toLatin1();
    r.clockDay = r.businessDay;
    r.jalaliMonth = m_jalaliMonth;
    r.createdAt = m_dayStartMs + (i % 3000) * 10'000;
    r.tariffId = kTariffId;
    r.tariffSha = tariffSha();
    if ((i % 100 == 50 || i % 100 == 75) && m_prev.kind == "fee") {
        const bool isVoid = i % 100 == 50;
        r.kind = isVoid ? "void" : "reprint";
        r.clerk = m_prev.clerk;
        r.service = m_prev.service;
        r.amount = isVoid ? m_prev.amount : 0;
        r.tariff = m_prev.tariff;
        r.method = m_prev.method;
        r.terminal = m_prev.terminal;
        r.reference = m_prev.reference;
        r.targetSeq = m_prev.seq;
        if (isVoid) {
            r.requestId = m_prev.requestId;
            r.reason = "bench void";
            r.supervisor = "super1";
        } else {
            r.tariffId.clear();
            r.tariffSha.clear();
            r.copyNo = 1;
        }
    } else {
        const Service& s = kServices[i % (sizeof kServices / sizeof kServices[0])];
        r.kind = "fee";
        r.receiptNo = ++m_receipt;
        r.clerk = "clerk" + num(i % 4 + 1);
        r.service = s.id;
        r.amount = r.tariff = s.rials;
        const bool card = i % 5 == 0;
        r.method = card ? "card" : "cash";
        if (card) {
            r.terminal = "1000000" + num(i % 3);
            r.reference = num(100000 + i % 900000);
        }
        r.requestId = "req-" + num(r.seq);
    }
    if (r.kind != "void" && r.kind != "fee") {
        r.reason.clear();
        r.supervisor.clear();
    }
    if (r.kind == "reprint") {
        r.tariffId = kTariffId;
        r.tariffSha = tariffSha();
        r.requestId.clear();
    }

    // HashChain encoding v1 over the 23 canonical fields (see app/ledger/LedgerEntry.h).
    r.prevHash = m_prevHash;
    QByteArray enc("PKHC1");
    enc.append(QByteArray::fromHex(r.prevHash));
    appendU32(enc, 23);
    for (const QByteArray& f :
         {num(r.seq),       r.kind,           r.businessDay,    num(r.jalaliMonth), num(r.counter),
          opt(r.receiptNo), num(r.createdAt), r.clerk,          r.service,          num(r.amount),
          num(r.tariff),    r.method,         r.terminal,       r.reference,        r.requestId,
          r.tariffId,       r.tariffSha,      opt(r.targetSeq), r.reason,           r.supervisor,
          opt(r.copyNo),    num(r.late),      r.clockDay})
        field(enc, f);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(enc.constData()), std::size_t(enc.size()),
           digest);
    r.hash = QByteArray(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex();
    m_prevHash = r.hash;
    m_prev = r;
    return r;
}

} // namespace pishkhan::bench
