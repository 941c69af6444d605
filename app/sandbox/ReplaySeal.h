#pragma once

#include "ApiRequest.h"

#include <QByteArray>

#include <optional>

namespace pishkhan::sandbox {

// The idempotency cache keeps each answer to replay it byte for byte — and some answers are
// secrets: the device's bearer token (activation) and the citizen's consent token (consent
// verification). So the stored headers and body are sealed (AES-256-GCM) under a key derived
// from the request itself: its bearer token, idempotency key, method, path and body. Only a
// client that sends the same request again, credentials included, can open them; the sandbox
// file on its own does not give a token away.
class ReplaySeal
{
public:
    // 32 bytes; a function of the request only (the same retry gives the same key).
    [[nodiscard]] static QByteArray keyFor(const ApiRequest& request);
    // The same with the body replaced by its identity: the part of the body that makes the
    // request what it is (docs/api.md §3: a request's consent token is not part of it, so a
    // retry with a renewed token opens the answer the first one sealed).
    [[nodiscard]] static QByteArray keyFor(const ApiRequest& request, const QByteArray& identity);
    // "RS1" + nonce + ciphertext + tag.
    [[nodiscard]] static QByteArray seal(const QByteArray& key, const QByteArray& plain);
    // nullopt when the bytes were not sealed under this key or were changed.
    [[nodiscard]] static std::optional<QByteArray> open(const QByteArray& key,
                                                        const QByteArray& sealed);
    [[nodiscard]] static bool isSealed(const QByteArray& bytes);
};

} // namespace pishkhan::sandbox
