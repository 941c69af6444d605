#include "IdempotencyKey.h"

#include <QRegularExpression>

namespace pishkhan::sandbox {

bool IdempotencyKey::isValid(const QString& key)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._:-]{8,128}$"));
    return shape.match(key).hasMatch();
}

QString IdempotencyKey::rule()
{
    return QStringLiteral("8-128 characters of A-Z a-z 0-9 . _ : -");
}

} // namespace pishkhan::sandbox
