#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pishkhan {

class Database;

// The last catalogue the backend sent (schema v3 catalogue_cache), with its ETag for
// If-None-Match. Requests already queued keep the version they were built from in their own
// payload, so replacing the cached catalogue never changes a queued request.
class CatalogueCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QString version;
        QByteArray body;
        qint64 fetchedAt = 0;
        qint64 checkedAt = 0;
    };

    explicit CatalogueCache(Database& db);

    [[nodiscard]] Result<std::optional<Entry>> current();
    Status store(const QByteArray& etag, const QString& version, const QByteArray& body,
                 qint64 now);
    // A 304: the cached copy was confirmed current at `now`.
    Status touch(qint64 now);

private:
    Database& m_db;
};

} // namespace pishkhan
