#include "DigitMask.h"

namespace pishkhan {

QString DigitMask::mask(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    const qsizetype n = digits.size();
    const qsizetype shown = n >= 8 ? kMaxShown : n >= 4 ? 2 : 0;
    return QString(n - shown, u'*') + digits.right(shown);
}

} // namespace pishkhan
