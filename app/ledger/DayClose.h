#pragma once

#include "CloseAcknowledgement.h"
#include "DayReport.h"
#include "TerminalSettlement.h"
#include "core/Money.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

// One clerk's cash drawer at the close: what the ledger says should be there against what the
// supervisor counted.
struct DrawerCount
{
    QString clerkId;
    Money expected;
    Money counted;
    [[nodiscard]] Money difference() const
    {
        return Money::fromRials(counted.rials() - expected.rials());
    }
    friend bool operator==(const DrawerCount&, const DrawerCount&) = default;
};

// A signed day close of one counter. document is the canonical UTF-8 JSON (see
// DayCloseDocument) and the signature covers exactly those bytes; every other member is the
// same content as values, for the UI and the reports.
struct DayClose
{
    QString deviceId;
    QString officeCode;
    int counter = 0;
    QDate businessDay;
    qint64 closedAt = 0;
    QString supervisorId;
    DayReport report;
    QList<DrawerCount> drawers;
    QList<TerminalBatch> terminals;
    Money previousGrandTotal; // the perpetual total carried from the previous close
    Money grandTotal;         // previousGrandTotal + this day's net
    qint64 lastEntrySeq = 0;  // the chain head at close time: every entry of the day is ≤ it
    QString lastEntryHash;
    std::optional<CloseAcknowledgement> previousAcknowledgement;

    QByteArray document;
    QByteArray signature;
    QByteArray publicKey;
    // The card terminals' settlement totals the supervisor entered, by terminal id.
    QList<TerminalSettlement> settlements;
};

// A close waiting for the sync engine to upload it (docs/api.md §4.11).
struct PendingCloseUpload
{
    int counter = 0;
    QDate businessDay;
    QByteArray document;
    QByteArray signature;
    qint64 queuedAt = 0;
    // The POST body: {"close": base64(document), "signature": base64(signature)}.
    [[nodiscard]] QByteArray requestBody() const;
    // "close:<counter>:<YYYY-MM-DD>": names the upload in the sync engine's reports.
    [[nodiscard]] QString id() const;
    // Stable for this close ("day-close-1-20250321-<16 hex of the document's SHA-256>"), so a
    // retry after a lost answer replays instead of conflicting.
    [[nodiscard]] QString idempotencyKey() const;
};

} // namespace pishkhan
