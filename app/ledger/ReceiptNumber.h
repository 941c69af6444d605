#pragma once

#include <QDate>
#include <QString>

namespace pishkhan {

// The printed receipt number: Solar Hijri business day, counter and the day's sequence,
// "14050907-1-0042". Only ASCII digits and hyphens, so it reads the same typed back at the
// counter; shown bidi-isolated inside Persian text.
class ReceiptNumber
{
public:
    ReceiptNumber() = delete;
    [[nodiscard]] static QString format(QDate businessDay, int counter, qint64 number);
};

} // namespace pishkhan
