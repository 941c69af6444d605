#include "ClosedDayVerifier.h"

#include "CloseAcknowledgement.h"
#include "DayCloseDocument.h"
#include "Ed25519KeySigner.h"
#include "core/SolarHijri.h"
#include "storage/Database.h"
#include "storage/HashChain.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

struct ClosedDay
{
    int counter = 0;
    QDate day;
    qint64 lastEntrySeq = 0;
    QString lastEntryHash;
    QByteArray document;
    QByteArray signature;
    QByteArray publicKey;
    bool acknowledged = false;
    QByteArray ack;
    QByteArray ackSignature;
    QString ackKeyId;
};

} // namespace

ClosedDayVerifier::ClosedDayVerifier(Database& db)
    : m_db(db)
{}

Error ClosedDayVerifier::mismatch(QDate day, int counter, const QString& reason)
{
    return Error(u"ledger.closed_day_mismatch"_s,
                 QT_TRANSLATE_NOOP("Error", "A closed business day no longer matches its signed "
                                            "close or the municipality's acknowledgement."),
                 u"closed day "_s + SolarHijri::formatDate(day, SolarHijri::Digits::Latin) +
                     u" ("_s + day.toString(Qt::ISODate) + u"), counter "_s +
                     QString::number(counter) + u": "_s + reason);
}

Result<ClosedDayVerifier::Report>
ClosedDayVerifier::verify(const QHash<QString, QByteArray>& serverKeys)
{
    auto closes = m_db.prepare(
        "SELECT c.counter_no, c.business_day, c.last_entry_seq, c.last_entry_hash, c.document, "
        "c.signature, c.public_key, u.state = 'acknowledged', u.ack, u.ack_signature, "
        "u.ack_key_id FROM day_close c LEFT JOIN close_upload u ON u.counter_no = c.counter_no "
        "AND u.business_day = c.business_day ORDER BY c.business_day, c.counter_no");
    if (!closes)
        return closes.error();
    Result<QList<ClosedDay>> days = closes->collect<ClosedDay>([](const Row& row) {
        ClosedDay d;
        d.counter = int(row.int64(0));
        d.day = QDate::fromString(row.text(1), Qt::ISODate);
        d.lastEntrySeq = row.int64(2);
        d.lastEntryHash = row.text(3);
        d.document = row.blob(4);
        d.signature = row.blob(5);
        d.publicKey = row.blob(6);
        d.acknowledged = row.int64(7) == 1;
        d.ack = row.blob(8);
        d.ackSignature = row.blob(9);
        d.ackKeyId = row.text(10);
        return d;
    });
    if (!days)
        return days.error();
    auto entryHash = m_db.prepare("SELECT hash FROM ledger_entry WHERE seq = ?");
    if (!entryHash)
        return entryHash.error();

    Report report;
    for (const ClosedDay& d : std::as_const(*days)) {
        const auto fail = [&](const QString& reason) {
            report.brokenDay = d.day;
            report.brokenCounter = d.counter;
            report.broken = mismatch(d.day, d.counter, reason);
            return report;
        };
        if (!DayCloseDocument::verify(d.document, d.signature, d.publicKey))
            return fail(u"the signature of the stored close does not verify"_s);
        const QJsonObject signedClose = QJsonDocument::fromJson(d.document).object();
        if (signedClose.value(u"business_date"_s).toString() != d.day.toString(Qt::ISODate) ||
            signedClose.value(u"last_entry_seq"_s).toInteger(-1) != d.lastEntrySeq ||
            signedClose.value(u"last_entry_hash"_s).toString() != d.lastEntryHash)
            return fail(u"the stored close differs from the document that was signed"_s);

        // The hash the ledger holds today for the entry the day ended at.
        QString current = HashChain::genesisHex();
        if (d.lastEntrySeq > 0) {
            if (Status s = entryHash->reset(); !s)
                return s.error();
            if (Status s = entryHash->bindAll({d.lastEntrySeq}); !s)
                return s.error();
            auto hash = entryHash->first([](const Row& row) { return row.text(0); });
            if (!hash)
                return hash.error();
            if (!hash->has_value())
                return fail(u"ledger entry "_s + QString::number(d.lastEntrySeq) +
                            u", the last of the day, is missing"_s);
            current = **hash;
        }
        if (current != d.lastEntryHash)
            return fail(u"ledger entry "_s + QString::number(d.lastEntrySeq) +
                        u" no longer has the hash the close signed"_s);

        if (d.acknowledged) {
            const QByteArray key = serverKeys.value(d.ackKeyId);
            if (key.isEmpty())
                return fail(u"no recorded backend signing key "_s + d.ackKeyId +
                            u" to check the municipality's acknowledgement"_s);
            if (!Ed25519KeySigner::verify(key, d.ack, d.ackSignature))
                return fail(u"the municipality's acknowledgement does not verify"_s);
            Result<CloseAcknowledgement> ack =
                CloseAcknowledgement::fromBytes(d.ack, d.ackSignature, d.ackKeyId);
            if (!ack)
                return fail(u"the municipality's acknowledgement cannot be read"_s);
            if (ack->businessDay != d.day || ack->receivedUpToEntry != d.lastEntrySeq ||
                ack->lastEntryHash != current ||
                ack->closeSha256 != DayCloseDocument::sha256Hex(d.document))
                return fail(u"ledger entry "_s + QString::number(d.lastEntrySeq) +
                            u" or the close differs from what the municipality acknowledged"_s);
            ++report.acknowledgementsChecked;
        }
        ++report.daysChecked;
    }
    return report;
}

} // namespace pishkhan
