#pragma once

#include "StoreRecords.h"

#include <QJsonObject>
#include <QString>

namespace pishkhan::sandbox {

class PropertyRegistry;

// How a request moves through received → in_review → done | rejected, or received →
// cancelled when the office cancels it before review. The whole course is
// decided when the request is stored (outcome, result, the two transition times), and the
// status at any moment is read off the sandbox clock, so statuses survive a restart and a test
// reaches a final state by moving the clock rather than by waiting.
class RequestLifecycle
{
public:
    struct Plan
    {
        qint64 reviewAt = 0;
        qint64 finalAt = 0;
        QString outcome; // done | rejected
        QJsonObject result;
    };

    // Inquiries: in review after 5 s, final after 20 s. Applications: 60 s and 10 min.
    [[nodiscard]] static Plan plan(const QJsonObject& service, const QJsonObject& fields,
                                   const PropertyRegistry& properties, qint64 receivedAt,
                                   qint64 seq);
    [[nodiscard]] static QJsonObject status(const RequestRecord& request, qint64 now);
    // "1404-KTD-000042": Solar Hijri year of receipt, three letters, the sequence number.
    [[nodiscard]] static QString trackingCode(qint64 seq, qint64 receivedAt);
};

} // namespace pishkhan::sandbox
