#pragma once

#include "DayClose.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace pishkhan {

class Database;

// Stored day closes (table day_close, append-only by trigger) and their upload queue
// (close_upload: queued → acknowledged, the acknowledgement final). Writes run inside the
// caller's Transaction, so a close, its queue row and its audit event commit together.
class DayCloseStore
{
public:
    struct StoredClose
    {
        int counter = 0;
        QDate businessDay;
        qint64 closedAt = 0;
        QString supervisorId;
        qint64 lastEntrySeq = 0;
        QString lastEntryHash;
        Money net;
        Money grandTotal;
        QByteArray document;
        QByteArray signature;
        QByteArray publicKey;
    };

    explicit DayCloseStore(Database& db);

    // Inserts the close and queues it for upload. Error code: close.already_closed.
    Status insert(const DayClose& close, qint64 now);

    [[nodiscard]] Result<std::optional<StoredClose>> find(int counter, QDate day);
    // The newest close of the counter (the one the next close carries its total from).
    [[nodiscard]] Result<std::optional<StoredClose>> latest(int counter);

    [[nodiscard]] Result<QList<PendingCloseUpload>> pending();
    // Error codes: close.ack_unknown_day (no queued close for that day), close.ack_mismatch
    // (the ack is for another document or chain position).
    Status acknowledge(int counter, const CloseAcknowledgement& ack, qint64 now);
    // The newest acknowledgement received, for the next close to print.
    [[nodiscard]] Result<std::optional<CloseAcknowledgement>> latestAcknowledgement(int counter);

private:
    Database& m_db;
};

} // namespace pishkhan
