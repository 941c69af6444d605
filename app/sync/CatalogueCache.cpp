#include "CatalogueCache.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace pishkhan {

CatalogueCache::CatalogueCache(Database& db)
    : m_db(db)
{}

Result<std::optional<CatalogueCache::Entry>> CatalogueCache::current()
{
    auto stmt = m_db.prepare(
        "SELECT etag, version, body, fetched_at, checked_at FROM catalogue_cache WHERE id = 1");
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Entry>();
    Entry e;
    e.etag = stmt->columnText(0).toLatin1();
    e.version = stmt->columnText(1);
    e.body = stmt->columnBlob(2);
    e.fetchedAt = stmt->columnInt64(3);
    e.checkedAt = stmt->columnInt64(4);
    return std::optional<Entry>(e);
}

Status CatalogueCache::store(const QByteArray& etag, const QString& version, const QByteArray& body,
                             qint64 now)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO catalogue_cache (id, etag, version, body, "
                             "fetched_at, checked_at) VALUES (1, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindText(1, QString::fromLatin1(etag));
    if (s)
        s = stmt->bindText(2, version);
    if (s)
        s = stmt->bindBlob(3, body);
    if (s)
        s = stmt->bindInt64(4, now);
    if (s)
        s = stmt->bindInt64(5, now);
    if (s)
        s = stmt->execute();
    return s;
}

Status CatalogueCache::touch(qint64 now)
{
    auto stmt = m_db.prepare("UPDATE catalogue_cache SET checked_at = ? WHERE id = 1");
    if (!stmt)
        return stmt.error();
    Status s = stmt->bindInt64(1, now);
    if (s)
        s = stmt->execute();
    return s;
}

} // namespace pishkhan
