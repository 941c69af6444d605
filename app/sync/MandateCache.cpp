#include "MandateCache.h"

#include "core/LegalEntityId.h"
#include "storage/Database.h"
#include "storage/Row.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

Error malformed(const QString& detail)
{
    return Error(u"mandates.malformed"_s,
                 QT_TRANSLATE_NOOP("Error", "The municipality's list of organisations could not "
                                            "be read."),
                 detail);
}

const char* const kSelect = "SELECT mandate_number, legal_entity_id, organisation_name, services, "
                            "valid_from, valid_until FROM organisation_mandate ";

OrganisationMandate readMandate(const Row& row)
{
    OrganisationMandate m;
    m.mandateNumber = row.text(0);
    m.legalEntityId = row.text(1);
    m.organisationName = row.text(2);
    m.services = row.text(3).split(u',', Qt::SkipEmptyParts);
    m.validFrom = row.int64(4);
    m.validUntil = row.int64(5);
    return m;
}

} // namespace

MandateCache::MandateCache(Database& db)
    : m_db(db)
{}

Result<QList<OrganisationMandate>> MandateCache::parse(const QJsonObject& answer)
{
    if (!answer.value(u"mandates"_s).isArray())
        return malformed(u"no mandates array"_s);
    QList<OrganisationMandate> out;
    for (const QJsonValue& v : answer.value(u"mandates"_s).toArray()) {
        const QJsonObject o = v.toObject();
        OrganisationMandate m;
        m.mandateNumber = o.value(u"mandate_number"_s).toString();
        Result<LegalEntityId> id = LegalEntityId::parse(o.value(u"legal_entity_id"_s).toString());
        m.organisationName = o.value(u"organisation_name"_s).toString();
        for (const QJsonValue& s : o.value(u"services"_s).toArray())
            m.services += s.toString();
        const QDateTime from =
            QDateTime::fromString(o.value(u"valid_from"_s).toString(), Qt::ISODate);
        const QDateTime until =
            QDateTime::fromString(o.value(u"valid_until"_s).toString(), Qt::ISODate);
        if (m.mandateNumber.isEmpty() || !id || m.services.isEmpty() || !from.isValid() ||
            !until.isValid())
            return malformed(u"mandate "_s + m.mandateNumber);
        m.legalEntityId = id->canonical();
        m.validFrom = from.toMSecsSinceEpoch();
        m.validUntil = until.toMSecsSinceEpoch();
        out += m;
    }
    return out;
}

Status MandateCache::replace(const QList<OrganisationMandate>& mandates, qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Status s = m_db.exec("DELETE FROM organisation_mandate"); !s)
        return s;
    for (const OrganisationMandate& m : mandates) {
        auto stmt = m_db.prepare("INSERT INTO organisation_mandate (mandate_number, "
                                 "legal_entity_id, organisation_name, services, valid_from, "
                                 "valid_until, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!stmt)
            return stmt.error();
        if (Status s = stmt->bindAll({m.mandateNumber, m.legalEntityId, m.organisationName,
                                      m.services.join(u','), m.validFrom, m.validUntil, now});
            !s)
            return s;
        if (Status s = stmt->execute(); !s)
            return s;
    }
    return tx->commit();
}

Result<QList<OrganisationMandate>> MandateCache::all()
{
    auto stmt = m_db.prepare(QString::fromLatin1(kSelect) +
                             u"ORDER BY organisation_name, mandate_number"_s);
    if (!stmt)
        return stmt.error();
    return stmt->collect(readMandate);
}

Result<QList<OrganisationMandate>> MandateCache::ofOrganisation(const QString& legalEntityId)
{
    auto stmt = m_db.prepare(QString::fromLatin1(kSelect) +
                             u"WHERE legal_entity_id = ?1 ORDER BY valid_until DESC"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({legalEntityId}); !s)
        return s.error();
    return stmt->collect(readMandate);
}

Result<std::optional<qint64>> MandateCache::fetchedAt()
{
    auto stmt = m_db.prepare("SELECT MAX(fetched_at) FROM organisation_mandate");
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->columnIsNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(stmt->columnInt64(0));
}

} // namespace pishkhan
