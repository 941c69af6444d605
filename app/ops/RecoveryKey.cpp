#include "RecoveryKey.h"

#include <QCryptographicHash>

#include <cstring>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kBase = 32;

int codePoint(QChar c)
{
    const char* found = std::strchr(kAlphabet, c.toLatin1());
    return (c.unicode() < 128 && c.unicode() != 0 && found) ? int(found - kAlphabet) : -1;
}

// Luhn mod N over the code points, rightmost character doubled first.
QChar luhnCheck(QStringView data)
{
    int factor = 2;
    int sum = 0;
    for (qsizetype i = data.size() - 1; i >= 0; --i) {
        int addend = factor * codePoint(data[i]);
        factor = factor == 2 ? 1 : 2;
        addend = addend / kBase + addend % kBase;
        sum += addend;
    }
    const int remainder = sum % kBase;
    return QChar::fromLatin1(kAlphabet[(kBase - remainder) % kBase]);
}

QByteArray keyDigest(const QByteArray& key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("PKRK1"));
    hash.addData(key);
    return hash.result();
}

// Big-endian bit reader: n bits starting at bit offset (missing bits read as 0).
int readBits(const QByteArray& bytes, int offset, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const int bit = offset + i;
        const int byte = bit / 8;
        const int set = byte < bytes.size() ? (quint8(bytes[byte]) >> (7 - bit % 8)) & 1 : 0;
        value = (value << 1) | set;
    }
    return value;
}

QString encodeBits(const QByteArray& bytes, int bitCount)
{
    QString out;
    for (int offset = 0; offset < bitCount; offset += 5)
        out += QChar::fromLatin1(kAlphabet[readBits(bytes, offset, 5)]);
    return out;
}

QString buildText(const QByteArray& key)
{
    const QString data = encodeBits(key, RecoveryKey::kDataGroups * 4 * 5);
    QString text;
    for (int g = 0; g < RecoveryKey::kDataGroups; ++g) {
        const QStringView part = QStringView(data).mid(g * 4, 4);
        text += part.toString() + luhnCheck(part);
    }
    const QString check = encodeBits(keyDigest(key), 20);
    text += check + luhnCheck(check);
    return text;
}

Error lengthError(qsizetype count)
{
    return Error(u"recovery_key.length"_s,
                 QT_TRANSLATE_NOOP("Error", "The recovery key must have 14 groups of 5 "
                                            "characters; a group is missing or extra."),
                 QString::number(count) + u" characters instead of "_s +
                     QString::number(RecoveryKey::kTextLength));
}

} // namespace

RecoveryKey::RecoveryKey(QByteArray key, QString text)
    : m_key(std::move(key))
    , m_text(std::move(text))
{}

RecoveryKey::~RecoveryKey()
{
    // The key is a secret: leave no copy in freed memory.
    if (m_key.isDetached())
        std::memset(m_key.data(), 0, std::size_t(m_key.size()));
}

Result<RecoveryKey> RecoveryKey::fromStoreKey(const QByteArray& key)
{
    if (key.size() != kKeySize)
        return Error(u"recovery_key.key_size"_s,
                     QT_TRANSLATE_NOOP("Error", "The database key is not a valid 256-bit key."),
                     QString::number(key.size()) + u" bytes"_s);
    return RecoveryKey(key, buildText(key));
}

QString RecoveryKey::normalise(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= u'۰' && u <= u'۹') {
            out += QChar(u'0' + (u - u'۰'));
        } else if (u >= u'٠' && u <= u'٩') {
            out += QChar(u'0' + (u - u'٠'));
        } else if (c.isSpace() || u == u'-' || u == u'_' || u == u'\u2010' || u == u'\u2011' ||
                   u == u'\u2012' || u == u'\u2013' || u == u'\u2014' || u == u'\u2212' ||
                   c.category() == QChar::Other_Format) {
            continue; // separators, ZWNJ, bidi marks
        } else {
            const QChar upper = c.toUpper();
            if (upper == u'I' || upper == u'L')
                out += u'1';
            else if (upper == u'O')
                out += u'0';
            else
                out += upper;
        }
    }
    return out;
}

Result<RecoveryKey> RecoveryKey::parse(const QString& typed)
{
    const QString text = normalise(typed);
    if (text.size() != kTextLength)
        return lengthError(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (codePoint(text[i]) < 0)
            return Error(u"recovery_key.character"_s,
                         QT_TRANSLATE_NOOP("Error", "The recovery key has a character that "
                                                    "cannot be in it; check the group shown."),
                         u"group "_s + QString::number(i / kGroupLength + 1),
                         int(i / kGroupLength + 1));
    }
    for (int g = 0; g < kGroups; ++g) {
        const QStringView group = QStringView(text).mid(g * kGroupLength, kGroupLength);
        if (luhnCheck(group.left(4)) != group[4])
            return Error(u"recovery_key.group_check"_s,
                         QT_TRANSLATE_NOOP("Error", "A group of the recovery key is mistyped; "
                                                    "check the group shown."),
                         u"group "_s + QString::number(g + 1), g + 1);
    }

    QByteArray key(kKeySize, '\0');
    int bit = 0;
    int padding = 0;
    for (int g = 0; g < kDataGroups; ++g) {
        for (int c = 0; c < 4; ++c) {
            const int value = codePoint(text[g * kGroupLength + c]);
            for (int b = 4; b >= 0; --b, ++bit) {
                const int set = (value >> b) & 1;
                if (bit < kKeySize * 8)
                    key[bit / 8] = char(quint8(key[bit / 8]) | (set << (7 - bit % 8)));
                else
                    padding |= set;
            }
        }
    }
    const Error keyCheck(u"recovery_key.key_check"_s,
                         QT_TRANSLATE_NOOP("Error", "The recovery key does not check as a whole: "
                                                    "two groups may be swapped."));
    if (padding != 0 || buildText(key) != text) {
        std::memset(key.data(), 0, std::size_t(key.size()));
        return keyCheck;
    }
    return RecoveryKey(key, text);
}

QStringList RecoveryKey::groups() const
{
    QStringList out;
    for (int g = 0; g < kGroups; ++g)
        out += m_text.mid(g * kGroupLength, kGroupLength);
    return out;
}

QString RecoveryKey::text() const
{
    return groups().join(u'-');
}

bool RecoveryKey::confirmGroup(int index, const QString& typed) const
{
    if (index < 0 || index >= kGroups)
        return false;
    return normalise(typed) == m_text.mid(index * kGroupLength, kGroupLength);
}

QString RecoveryKey::fingerprint(const QByteArray& key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("PKKEYID1"));
    hash.addData(key);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace pishkhan
