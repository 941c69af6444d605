#pragma once

#include <QByteArray>
#include <QString>

namespace pishkhan {

// Key bytes, and every hex or base64 spelling of them, are overwritten with zeros before
// their memory goes back to the allocator, so a core dump, a swapped page or the next
// allocation that reuses the block does not hold the key.
//
// Qt's containers share their buffers implicitly. wipe() zeroes a buffer only when the array
// is its sole owner: a shared buffer is still another variable's value (often the very key
// the caller goes on to use), so the array just lets go of it and the last owner wipes it.
//
// SecureBytes itself holds one such buffer and wipes it when it goes out of scope, for
// temporaries on paths with several returns.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    ~SecureBytes() { wipe(m_bytes); }

    [[nodiscard]] QByteArray& bytes() { return m_bytes; }
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

    // Sole owner: every byte becomes zero (size unchanged). Shared: the array becomes empty.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);
    // The bytes of raw memory, through volatile writes the compiler cannot drop.
    static void zero(void* data, qsizetype size);

private:
    QByteArray m_bytes;
};

} // namespace pishkhan
