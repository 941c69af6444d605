#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pishkhan {

class Statement;

// A generic SHA-256 hash chain for append-only tables (the fee ledger and the audit trail).
// Each entry stores the hash of the previous entry and its own hash; changing, removing or
// reordering any entry breaks the chain at that entry, which verify() names.
//
// Canonical encoding (version 1) — what is hashed for one entry, byte for byte:
//
//     "PKHC1"                              5 ASCII bytes: domain tag + encoding version
//     prevHash                             32 raw bytes (the genesis value for the first entry)
//     u32be(fieldCount)                    4 bytes, big endian
//     for each field, in the table's fixed order:
//         u32be(byteLength(field))         4 bytes, big endian
//         field                            the field's bytes
//
//     hash = SHA-256(encoding)             32 raw bytes; stored as 64 lower-case hex chars
//
// A field is a byte string. Text is its UTF-8 (already normalised by the caller: canonical
// identifiers, ASCII digits), integers are their decimal ASCII form ("-12", "0"), NULL is the
// empty string. The length prefix makes ("ab","c") and ("a","bc") encode differently, so no
// choice of field values can forge another entry's bytes. The field order is part of each
// table's contract and is documented next to the code that builds the fields (AuditLog,
// ledger); changing it needs a new encoding version.
//
// Genesis: the prevHash of the first entry is 32 zero bytes (hex: 64 '0').
class HashChain
{
public:
    static constexpr int kHashSize = 32;
    static constexpr char kDomainTag[] = "PKHC1";

    // 32 zero bytes.
    [[nodiscard]] static QByteArray genesis();
    [[nodiscard]] static QString genesisHex();

    // Field helpers for building the canonical fields of a row.
    [[nodiscard]] static QByteArray field(const QString& text) { return text.toUtf8(); }
    [[nodiscard]] static QByteArray field(qint64 number) { return QByteArray::number(number); }

    // The exact bytes that are hashed (exposed so the encoding can be tested and documented).
    [[nodiscard]] static QByteArray encode(const QByteArray& prevHash,
                                           const QList<QByteArray>& fields);
    // SHA-256 of encode(): 32 raw bytes.
    [[nodiscard]] static QByteArray computeHash(const QByteArray& prevHash,
                                                const QList<QByteArray>& fields);
    // Same, lower-case hex (what the tables store).
    [[nodiscard]] static QString computeHashHex(const QString& prevHashHex,
                                                const QList<QByteArray>& fields);

    // One stored entry as the verifier sees it.
    struct Entry
    {
        qint64 sequence = 0;      // the row's position (e.g. its INTEGER PRIMARY KEY)
        QString prevHashHex;      // as stored
        QString hashHex;          // as stored
        QList<QByteArray> fields; // canonical fields rebuilt from the stored columns
    };

    // Why an entry failed verification.
    enum class Break {
        PrevLinkMismatch, // its stored prev hash is not the previous entry's stored hash
        HashMismatch,     // its stored hash is not SHA-256 of its own content
    };

    struct Failure
    {
        qint64 sequence = 0;
        Break reason = Break::HashMismatch;
    };

    // Incremental verifier: feed entries in chain order. The first failure is kept and every
    // later entry is ignored (one broken link makes the rest unprovable anyway).
    class Verifier
    {
    public:
        explicit Verifier(QString expectedPrevHex = genesisHex())
            : m_expectedPrev(std::move(expectedPrevHex))
        {}
        // Returns false once a failure has been found.
        bool add(const Entry& entry);
        [[nodiscard]] const std::optional<Failure>& failure() const { return m_failure; }
        [[nodiscard]] qint64 count() const { return m_count; }
        // The stored hash of the last entry accepted (genesis when none).
        [[nodiscard]] const QString& lastHashHex() const { return m_expectedPrev; }

    private:
        QString m_expectedPrev;
        std::optional<Failure> m_failure;
        qint64 m_count = 0;
    };

    // Over a list: nullopt = the whole chain holds, else the first entry that does not.
    [[nodiscard]] static std::optional<Failure>
    verify(const QList<Entry>& entries, const QString& genesisHexValue = genesisHex());

    struct Report
    {
        qint64 entriesChecked = 0;      // entries that passed before the first failure
        QString lastHashHex;            // stored hash of the last passing entry
        std::optional<Failure> failure; // nullopt = the whole chain holds
    };

    // Walks a prepared SELECT in chain order (ORDER BY the sequence column), turning each row
    // into an Entry with readRow. An Error only for storage failures; a broken chain is a
    // Report with failure set, so callers can show which entry it is.
    [[nodiscard]] static Result<Report>
    verify(Statement& rowsInOrder, const std::function<Entry(const Statement&)>& readRow,
           const QString& genesisHexValue = genesisHex());

    // The error a table's verifier returns for a break ("chain.broken"), naming the entry.
    [[nodiscard]] static Error brokenError(const QString& table, const Failure& failure);
};

} // namespace pishkhan
