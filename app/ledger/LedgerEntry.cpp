#include "LedgerEntry.h"

#include "storage/HashChain.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

QString entryKindToString(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Fee:
        return u"fee"_s;
    case EntryKind::Void:
        return u"void"_s;
    case EntryKind::Reprint:
        return u"reprint"_s;
    case EntryKind::Refund:
        return u"refund"_s;
    }
    return {};
}

std::optional<EntryKind> entryKindFromString(QStringView text)
{
    if (text == u"fee")
        return EntryKind::Fee;
    if (text == u"void")
        return EntryKind::Void;
    if (text == u"reprint")
        return EntryKind::Reprint;
    if (text == u"refund")
        return EntryKind::Refund;
    return std::nullopt;
}

namespace {

QByteArray optionalNumber(qint64 value)
{
    return value == 0 ? QByteArray() : QByteArray::number(value);
}

} // namespace

QList<QByteArray> LedgerEntry::canonicalFields() const
{
    QList<QByteArray> f;
    f.reserve(kFieldCount);
    f << HashChain::field(seq) << entryKindToString(kind).toLatin1()
      << businessDay.toString(Qt::ISODate).toLatin1() << HashChain::field(jalaliMonth)
      << HashChain::field(counter) << optionalNumber(receiptNo) << HashChain::field(createdAt)
      << HashChain::field(clerkId) << HashChain::field(serviceId)
      << HashChain::field(amount.rials()) << HashChain::field(tariff.rials())
      << paymentMethodToString(payment.method).toLatin1() << HashChain::field(payment.terminalId)
      << HashChain::field(payment.reference) << HashChain::field(requestId)
      << HashChain::field(tariffTableId) << HashChain::field(tariffTableSha256)
      << optionalNumber(targetSeq) << HashChain::field(reason) << HashChain::field(supervisorId)
      << optionalNumber(copyNo) << HashChain::field(qint64(late ? 1 : 0))
      << clockDay.toString(Qt::ISODate).toLatin1();
    if (!payment.organisationId.isEmpty())
        f << HashChain::field(payment.organisationId);
    return f;
}

} // namespace pishkhan
