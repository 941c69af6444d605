#include "SecureBytes.h"

namespace pishkhan {

void SecureBytes::zero(void* data, qsizetype size)
{
    volatile unsigned char* p = static_cast<volatile unsigned char*>(data);
    while (size-- > 0)
        *p++ = 0;
}

void SecureBytes::wipe(QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    if (!bytes.isDetached()) {
        bytes = QByteArray();
        return;
    }
    // constData(): data() on a sole owner does not copy, but make that explicit rather than
    // rely on it.
    zero(const_cast<char*>(bytes.constData()), bytes.size());
}

void SecureBytes::wipe(QString& text)
{
    if (text.isEmpty())
        return;
    if (!text.isDetached()) {
        text = QString();
        return;
    }
    zero(const_cast<QChar*>(text.constData()), text.size() * qsizetype(sizeof(QChar)));
}

} // namespace pishkhan
