#include "DayCloseDocument.h"

#include "Ed25519KeySigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// JSON numbers are doubles: exact for integers up to 2^53 rials, far above any total.
QJsonValue rials(Money m)
{
    return QJsonValue(m.rials());
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonObject totalsObject(const LedgerTotals& t)
{
    QJsonObject o{
        {u"count"_s, t.feeCount - t.voidCount}, {u"amount_rials"_s, rials(t.net())},
        {u"fee_count"_s, t.feeCount},           {u"fee_amount_rials"_s, rials(t.feeAmount)},
        {u"void_count"_s, t.voidCount},         {u"void_amount_rials"_s, rials(t.voidAmount)},
        {u"reprint_count"_s, t.reprintCount}};
    // Only when there are refunds: a day without them keeps the bytes it always had.
    if (t.refundCount != 0) {
        o.insert(u"refund_count"_s, t.refundCount);
        o.insert(u"refund_amount_rials"_s, rials(t.refundAmount));
    }
    return o;
}

QString rfc3339(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs - epochMs % 1000, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QByteArray DayCloseDocument::encode(const DayClose& c)
{
    QJsonArray lines;
    for (const DayReportLine& l : c.report.lines) {
        QJsonObject o = totalsObject(l.totals);
        o.insert(u"clerk"_s, l.clerkId);
        o.insert(u"service_id"_s, l.serviceId);
        o.insert(u"payment_method"_s, paymentMethodToString(l.method));
        lines.append(o);
    }
    QJsonArray drawers;
    for (const DrawerCount& d : c.drawers)
        drawers.append(QJsonObject{{u"clerk"_s, d.clerkId},
                                   {u"expected_rials"_s, rials(d.expected)},
                                   {u"counted_rials"_s, rials(d.counted)},
                                   {u"difference_rials"_s, rials(d.difference())}});
    QJsonArray terminals;
    for (const TerminalBatch& t : c.terminals) {
        QJsonObject o{{u"terminal_id"_s, t.terminalId},
                      {u"fee_count"_s, t.feeCount},
                      {u"fee_amount_rials"_s, rials(t.feeAmount)},
                      {u"void_count"_s, t.voidCount},
                      {u"void_amount_rials"_s, rials(t.voidAmount)},
                      {u"references"_s, strings(t.references)},
                      {u"void_references"_s, strings(t.voidReferences)}};
        if (t.refundCount != 0) {
            o.insert(u"refund_count"_s, t.refundCount);
            o.insert(u"refund_amount_rials"_s, rials(t.refundAmount));
            o.insert(u"refund_references"_s, strings(t.refundReferences));
        }
        terminals.append(o);
    }
    QJsonArray late;
    for (qint64 seq : c.report.lateEntrySeqs)
        late.append(seq);
    QJsonValue previousAck = QJsonValue::Null;
    if (c.previousAcknowledgement) {
        const CloseAcknowledgement& a = *c.previousAcknowledgement;
        previousAck = QJsonObject{{u"business_date"_s, a.businessDay.toString(Qt::ISODate)},
                                  {u"received_up_to_entry"_s, a.receivedUpToEntry},
                                  {u"last_entry_hash"_s, a.lastEntryHash},
                                  {u"close_sha256"_s, a.closeSha256},
                                  {u"received_at"_s, a.receivedAt},
                                  {u"key_id"_s, a.keyId},
                                  {u"ack"_s, QString::fromLatin1(a.ack.toBase64())},
                                  {u"signature"_s, QString::fromLatin1(a.signature.toBase64())}};
    }
    QJsonObject doc{{u"type"_s, u"pishkhan.day-close.v1"_s},
                    {u"device_id"_s, c.deviceId},
                    {u"office_code"_s, c.officeCode},
                    {u"counter"_s, c.counter},
                    {u"business_date"_s, c.businessDay.toString(Qt::ISODate)},
                    {u"closed_at"_s, rfc3339(c.closedAt)},
                    {u"supervisor"_s, c.supervisorId},
                    {u"last_entry_seq"_s, c.lastEntrySeq},
                    {u"last_entry_hash"_s, c.lastEntryHash},
                    {u"totals"_s, totalsObject(c.report.totals)},
                    {u"previous_grand_total_rials"_s, rials(c.previousGrandTotal)},
                    {u"grand_total_rials"_s, rials(c.grandTotal)},
                    {u"lines"_s, lines},
                    {u"drawers"_s, drawers},
                    {u"card_terminals"_s, terminals},
                    {u"late_entries"_s, late},
                    {u"previous_acknowledgement"_s, previousAck}};
    // Fees billed to organisations, only when the day has some: a day without keeps the
    // document it always had.
    if (!c.report.invoicedByOrganisation.isEmpty()) {
        QJsonArray invoiced;
        for (auto it = c.report.invoicedByOrganisation.cbegin();
             it != c.report.invoicedByOrganisation.cend(); ++it) {
            QJsonObject o = totalsObject(*it);
            o.insert(u"organisation_id"_s, it.key());
            invoiced.append(o);
        }
        doc.insert(u"invoiced_by_organisation"_s, invoiced);
    }
    if (!c.settlements.isEmpty()) {
        // Only when entered: a close without them keeps the bytes it always had.
        QJsonArray settlements;
        for (const TerminalSettlement& s : c.settlements)
            settlements.append(QJsonObject{{u"terminal_id"_s, s.terminalId},
                                           {u"ledger_count"_s, s.ledgerCount},
                                           {u"ledger_amount_rials"_s, rials(s.ledgerAmount)},
                                           {u"settled_count"_s, s.settledCount},
                                           {u"settled_amount_rials"_s, rials(s.settledAmount)},
                                           {u"difference_rials"_s, rials(s.difference())},
                                           {u"count_difference"_s, s.countDifference()}});
        doc.insert(u"card_settlements"_s, settlements);
    }
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

bool DayCloseDocument::verify(const QByteArray& document, const QByteArray& signature,
                              const QByteArray& publicKey)
{
    return Ed25519KeySigner::verify(publicKey, document, signature);
}

QString DayCloseDocument::sha256Hex(const QByteArray& document)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
}

QByteArray PendingCloseUpload::requestBody() const
{
    return QJsonDocument(QJsonObject{{u"close"_s, QString::fromLatin1(document.toBase64())},
                                     {u"signature"_s, QString::fromLatin1(signature.toBase64())}})
        .toJson(QJsonDocument::Compact);
}

QString PendingCloseUpload::id() const
{
    return u"close:"_s + QString::number(counter) + u':' + businessDay.toString(Qt::ISODate);
}

QString PendingCloseUpload::idempotencyKey() const
{
    return u"day-close-"_s + QString::number(counter) + u'-' + businessDay.toString(u"yyyyMMdd"_s) +
           u'-' + DayCloseDocument::sha256Hex(document).left(16);
}

} // namespace pishkhan
