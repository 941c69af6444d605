#include "HashChain.h"

#include "Statement.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

void appendU32(QByteArray& out, quint32 value)
{
    char be[4];
    qToBigEndian(value, be);
    out.append(be, 4);
}

} // namespace

QByteArray HashChain::genesis()
{
    return QByteArray(kHashSize, '\0');
}

QString HashChain::genesisHex()
{
    return QString(kHashSize * 2, u'0');
}

QByteArray HashChain::encode(const QByteArray& prevHash, const QList<QByteArray>& fields)
{
    qsizetype size = qsizetype(sizeof(kDomainTag) - 1) + prevHash.size() + 4;
    for (const QByteArray& f : fields)
        size += 4 + f.size();
    QByteArray out;
    out.reserve(size);
    out.append(kDomainTag, qsizetype(sizeof(kDomainTag) - 1));
    out.append(prevHash);
    appendU32(out, quint32(fields.size()));
    for (const QByteArray& f : fields) {
        appendU32(out, quint32(f.size()));
        out.append(f);
    }
    return out;
}

QByteArray HashChain::computeHash(const QByteArray& prevHash, const QList<QByteArray>& fields)
{
    return QCryptographicHash::hash(encode(prevHash, fields), QCryptographicHash::Sha256);
}

QString HashChain::computeHashHex(const QString& prevHashHex, const QList<QByteArray>& fields)
{
    // A malformed stored prev hash decodes to something else than 32 bytes and so can never
    // reproduce a hash made over a well-formed one.
    const QByteArray prev = QByteArray::fromHex(prevHashHex.toLatin1());
    return QString::fromLatin1(computeHash(prev, fields).toHex());
}

bool HashChain::Verifier::add(const Entry& entry)
{
    if (m_failure)
        return false;
    if (entry.prevHashHex != m_expectedPrev) {
        m_failure = Failure{entry.sequence, Break::PrevLinkMismatch};
        return false;
    }
    if (computeHashHex(entry.prevHashHex, entry.fields) != entry.hashHex) {
        m_failure = Failure{entry.sequence, Break::HashMismatch};
        return false;
    }
    m_expectedPrev = entry.hashHex;
    ++m_count;
    return true;
}

std::optional<HashChain::Failure> HashChain::verify(const QList<Entry>& entries,
                                                    const QString& genesisHexValue)
{
    Verifier verifier(genesisHexValue);
    for (const Entry& e : entries) {
        if (!verifier.add(e))
            break;
    }
    return verifier.failure();
}

Result<HashChain::Report> HashChain::verify(Statement& rowsInOrder,
                                            const std::function<Entry(const Statement&)>& readRow,
                                            const QString& genesisHexValue)
{
    Verifier verifier(genesisHexValue);
    for (;;) {
        Result<bool> row = rowsInOrder.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (!verifier.add(readRow(rowsInOrder)))
            break;
    }
    return Report{verifier.count(), verifier.lastHashHex(), verifier.failure()};
}

Error HashChain::brokenError(const QString& table, const Failure& failure)
{
    const QString why = failure.reason == Break::PrevLinkMismatch
                            ? u"its previous-hash link does not match the entry before it"_s
                            : u"its stored hash does not match its content"_s;
    return Error(u"chain.broken"_s,
                 QT_TRANSLATE_NOOP("Error", "The record has been altered: an entry does not "
                                            "match the chain of hashes."),
                 table + u" entry "_s + QString::number(failure.sequence) + u": "_s + why,
                 int(failure.sequence));
}

} // namespace pishkhan
