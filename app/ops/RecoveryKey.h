#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pishkhan {

// The store key written out for a person to keep on paper, and read back when a counter PC
// is replaced. The 32 raw key bytes become 14 groups of 5 Crockford base32 characters:
//
//     group 1..13   4 data characters + 1 Luhn mod 32 check character
//                   (13 × 4 × 5 = 260 bits: the 256 key bits, then 4 zero bits)
//     group 14      4 characters = the first 20 bits of SHA-256("PKRK1" ‖ key),
//                   + 1 Luhn mod 32 check character
//
// The per-group check character catches every single mistyped character and almost every
// swap of two neighbours, and says which group it is in, so the person retypes one group,
// not seventy characters. The whole-key check group catches what a per-group check cannot:
// two whole groups swapped, or the one transposition Luhn mod 32 misses ("0Z" <-> "Z0").
//
// Parsing is forgiving about what a person does to a string: spaces, dashes, ZWNJ and
// bidi marks are ignored, case is folded, Persian/Arabic digits become ASCII, and the
// characters Crockford's alphabet leaves out are read as the ones they look like
// (I, L -> 1; O -> 0).
class RecoveryKey
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kGroupLength = 5;
    static constexpr int kDataGroups = 13;
    static constexpr int kGroups = kDataGroups + 1;
    static constexpr int kTextLength = kGroups * kGroupLength; // without separators

    // Error code: recovery_key.key_size.
    [[nodiscard]] static Result<RecoveryKey> fromStoreKey(const QByteArray& key);
    // Error codes: recovery_key.length (a group missing or extra; detail says how many
    // characters there are), recovery_key.character (a character outside the alphabet;
    // nativeCode() = its 1-based group), recovery_key.group_check (nativeCode() = the
    // 1-based group that does not check), recovery_key.key_check (every group checks but the
    // key as a whole does not: groups swapped).
    [[nodiscard]] static Result<RecoveryKey> parse(const QString& typed);

    // The typed text as parse() reads it: separators gone, digits ASCII, upper case, and the
    // look-alike letters mapped.
    [[nodiscard]] static QString normalise(const QString& typed);

    [[nodiscard]] const QByteArray& storeKey() const { return m_key; }
    [[nodiscard]] QStringList groups() const;
    // Groups joined with '-': what is shown and printed.
    [[nodiscard]] QString text() const;
    // For "type back group n to show you wrote it down": index is 0-based.
    [[nodiscard]] bool confirmGroup(int index, const QString& typed) const;
    // A short, non-secret fingerprint of the key (16 hex characters of SHA-256 under its own
    // domain tag), stored in backup manifests so a restore can tell "this backup was made
    // under another key" apart from "you typed the key wrong".
    [[nodiscard]] static QString fingerprint(const QByteArray& key);

    RecoveryKey(const RecoveryKey& other) = default;
    RecoveryKey& operator=(const RecoveryKey& other) = default;
    ~RecoveryKey();

private:
    RecoveryKey(QByteArray key, QString text);

    QByteArray m_key;
    QString m_text; // 70 characters, no separators
};

} // namespace pishkhan
