#pragma once

#include <QByteArray>
#include <QString>

namespace pishkhan::sandbox {

// Random identifiers, tokens and one-time codes, and the hashes the store keeps instead of
// them. Everything random comes from the OS CSPRNG (QRandomGenerator::system()).
class Secrets
{
public:
    // URL-safe base64 of `bytes` random bytes, no padding, with a readable prefix ("dev_").
    [[nodiscard]] static QString token(const QString& prefix, int bytes = 32);
    // A uniformly random decimal code of `digits` digits (leading zeros kept).
    [[nodiscard]] static QString digits(int count);
    [[nodiscard]] static QString uuid();
    [[nodiscard]] static QString sha256Hex(const QByteArray& data);
    [[nodiscard]] static QString sha256Hex(const QString& text) { return sha256Hex(text.toUtf8()); }
    // Equal-time comparison for secrets compared against hashes.
    [[nodiscard]] static bool equalConstantTime(const QByteArray& a, const QByteArray& b);
};

} // namespace pishkhan::sandbox
