#include "Secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace pishkhan::sandbox {

QString Secrets::token(const QString& prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return prefix + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals));
}

QString Secrets::digits(int count)
{
    QString code;
    code.reserve(count);
    for (int i = 0; i < count; ++i)
        code.append(QChar(u'0' + static_cast<char16_t>(QRandomGenerator::system()->bounded(10))));
    return code;
}

QString Secrets::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Secrets::sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool Secrets::equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace pishkhan::sandbox
