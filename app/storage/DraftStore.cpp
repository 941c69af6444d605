#include "DraftStore.h"

#include "Database.h"
#include "Row.h"
#include "Statement.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const char* const kDraftColumns = "id, clerk_id, created_at, updated_at, service_id, district, "
                                  "national_code, mobile, fields_json, legal_entity_id";

QString draftText(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

Error draftNotFound(qint64 id)
{
    return Error(u"draft.not_found"_s,
                 QT_TRANSLATE_NOOP("Error", "The draft is no longer kept on this PC."),
                 u"draft "_s + QString::number(id));
}

} // namespace

DraftStore::DraftStore(Database& db)
    : m_db(db)
{}

DraftStore::Draft DraftStore::readRow(const Row& row)
{
    Draft d;
    d.id = row.int64(0);
    d.clerkId = row.text(1);
    d.createdAt = row.int64(2);
    d.updatedAt = row.int64(3);
    d.serviceId = row.text(4);
    d.district = int(row.int64(5));
    d.nationalCode = row.text(6);
    d.mobile = row.text(7);
    d.fieldsJson = row.text(8);
    d.legalEntityId = row.text(9);
    return d;
}

Result<qint64> DraftStore::save(const Draft& draft, qint64 now)
{
    const QString fields = draft.fieldsJson.isEmpty() ? u"{}"_s : draft.fieldsJson;
    if (draft.id == 0) {
        auto stmt = m_db.prepare(
            "INSERT INTO serve_draft (clerk_id, created_at, updated_at, service_id, district, "
            "national_code, mobile, fields_json, legal_entity_id) VALUES (:clerk, :now, :now, "
            ":service, :district, :code, :mobile, :fields, :company)");
        if (!stmt)
            return stmt.error();
        if (Status s = stmt->execute({{":clerk", draftText(draft.clerkId)},
                                      {":now", now},
                                      {":service", draftText(draft.serviceId)},
                                      {":district", draft.district},
                                      {":code", draftText(draft.nationalCode)},
                                      {":mobile", draftText(draft.mobile)},
                                      {":fields", fields},
                                      {":company", draftText(draft.legalEntityId)}});
            !s)
            return s.error();
        return m_db.lastInsertRowId();
    }
    auto stmt = m_db.prepare("UPDATE serve_draft SET updated_at = :now, service_id = :service, "
                             "district = :district, national_code = :code, mobile = :mobile, "
                             "fields_json = :fields, legal_entity_id = :company WHERE id = :id");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({{":now", now},
                                  {":service", draftText(draft.serviceId)},
                                  {":district", draft.district},
                                  {":code", draftText(draft.nationalCode)},
                                  {":mobile", draftText(draft.mobile)},
                                  {":fields", fields},
                                  {":company", draftText(draft.legalEntityId)},
                                  {":id", draft.id}});
        !s)
        return s.error();
    if (m_db.changes() == 0)
        return draftNotFound(draft.id);
    return draft.id;
}

Result<QList<DraftStore::Draft>> DraftStore::list(const QString& clerkId)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QLatin1StringView(kDraftColumns) +
                             u" FROM serve_draft WHERE clerk_id = ?1 "
                             u"ORDER BY updated_at DESC, id DESC"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({draftText(clerkId)}); !s)
        return s.error();
    return stmt->collect([](const Row& row) { return readRow(row); });
}

Result<std::optional<DraftStore::Draft>> DraftStore::load(qint64 id)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QLatin1StringView(kDraftColumns) +
                             u" FROM serve_draft WHERE id = ?1"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({id}); !s)
        return s.error();
    return stmt->first([](const Row& row) { return readRow(row); });
}

Status DraftStore::remove(qint64 id)
{
    auto stmt = m_db.prepare("DELETE FROM serve_draft WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({id}); !s)
        return s;
    if (m_db.changes() == 0)
        return draftNotFound(id);
    return {};
}

Result<int> DraftStore::purgeOlderThan(int days, qint64 now)
{
    auto stmt = m_db.prepare("DELETE FROM serve_draft WHERE updated_at < ?1");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({now - qint64(days) * kDayMs}); !s)
        return s.error();
    return m_db.changes();
}

} // namespace pishkhan
