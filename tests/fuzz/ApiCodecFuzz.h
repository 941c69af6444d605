#pragma once

#include <QByteArray>
#include <QList>

namespace pishkhan::fuzz {

// Feeds one input to every ApiCodec decoder: the first byte picks the HTTP status and a header
// variant, the rest is the body. Shared by the libFuzzer target and the seeded mutation test.
// Returns how many decoders accepted the input (so the optimiser keeps the calls).
int decodeAll(const QByteArray& input);

// Valid answers of docs/api.md, the starting points for mutation.
QList<QByteArray> seedCorpus();

} // namespace pishkhan::fuzz
