#include "RetryKeys.h"

#include <QCryptographicHash>
#include <QUuid>

namespace pishkhan {

QByteArray RetryKeys::digest(const QByteArray& identity)
{
    return QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
}

QString RetryKeys::keyFor(const QByteArray& identity)
{
    const QByteArray d = digest(identity);
    auto it = m_keys.find(d);
    if (it == m_keys.end())
        it = m_keys.insert(d, QUuid::createUuid().toString(QUuid::WithoutBraces));
    return it.value();
}

void RetryKeys::answered(const QByteArray& identity, const QString& key)
{
    const QByteArray d = digest(identity);
    const auto it = m_keys.constFind(d);
    if (it != m_keys.cend() && it.value() == key)
        m_keys.erase(it);
}

} // namespace pishkhan
