// libFuzzer entry point for the API response decoder (built with clang when available).
#include "ApiCodecFuzz.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)pishkhan::fuzz::decodeAll(input);
    return 0;
}
