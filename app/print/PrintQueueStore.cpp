#include "PrintQueueStore.h"

#include "PrintErrors.h"
#include "storage/Database.h"
#include "storage/Row.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QBuffer>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const char* const kColumns =
    "id, kind, title, reference, html, right_to_left, font_family, created_at, attempts, "
    "last_error_code, last_error_detail, state, updated_at, closed_by, discard_reason";

QString orEmpty(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

PrintQueueStore::PrintQueueStore(Database& db)
    : m_db(db)
{}

QString PrintQueueStore::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Printed:
        return u"printed"_s;
    case State::Discarded:
        return u"discarded"_s;
    }
    return {};
}

PrintQueueStore::Job PrintQueueStore::readRow(const Row& row)
{
    Job job;
    job.id = row.int64(0);
    job.document.kind = documentKindFromKey(row.text(1)).value_or(DocumentKind::Receipt);
    job.document.title = row.text(2);
    job.document.reference = row.text(3);
    job.document.html = row.text(4);
    job.document.rightToLeft = row.int64(5) != 0;
    job.document.fontFamily = row.text(6);
    job.createdAt = row.int64(7);
    job.attempts = int(row.int64(8));
    job.lastErrorCode = row.text(9);
    job.lastErrorDetail = row.text(10);
    const QString state = row.text(11);
    job.state = state == u"printed"_s     ? State::Printed
                : state == u"discarded"_s ? State::Discarded
                                          : State::Pending;
    job.updatedAt = row.int64(12);
    job.closedBy = row.text(13);
    job.discardReason = row.text(14);
    return job;
}

Status PrintQueueStore::loadImages(Job& job)
{
    auto stmt = m_db.prepare("SELECT url, png FROM print_job_image WHERE job_id = ?1");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({job.id}); !s)
        return s;
    auto images = stmt->collect([](const Row& row) {
        QImage image;
        image.loadFromData(row.blob(1), "PNG");
        return std::pair(QUrl(row.text(0)), image);
    });
    if (!images)
        return images.error();
    for (const auto& [url, image] : *images)
        job.document.images.insert(url, image);
    return {};
}

Result<qint64> PrintQueueStore::enqueue(const PrintableDocument& document, const Error& error,
                                        qint64 now)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto stmt = m_db.prepare(
        "INSERT INTO print_job (kind, title, reference, html, right_to_left, font_family, "
        "created_at, attempts, last_error_code, last_error_detail, state, updated_at) VALUES "
        "(:kind, :title, :ref, :html, :rtl, :font, :now, 1, :code, :detail, 'pending', :now)");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->execute({{":kind", documentKindKey(document.kind)},
                                  {":title", orEmpty(document.title)},
                                  {":ref", orEmpty(document.reference)},
                                  {":html", orEmpty(document.html)},
                                  {":rtl", document.rightToLeft ? 1 : 0},
                                  {":font", orEmpty(document.fontFamily)},
                                  {":now", now},
                                  {":code", orEmpty(error.code())},
                                  {":detail", orEmpty(error.detail())}});
        !s)
        return s.error();
    const qint64 id = m_db.lastInsertRowId();
    auto image = m_db.prepare("INSERT INTO print_job_image (job_id, url, png) VALUES (?1, ?2, ?3)");
    if (!image)
        return image.error();
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!it.value().save(&buffer, "PNG"))
            return Error(u"print.image_failed"_s,
                         QT_TRANSLATE_NOOP("Error", "An image of the document could not be kept."),
                         it.key().toString());
        if (Status s = image->execute({id, it.key().toString(), png}); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    return id;
}

Result<PrintQueueStore::Job> PrintQueueStore::find(qint64 id)
{
    auto stmt = m_db.prepare(u"SELECT "_s + QLatin1StringView(kColumns) +
                             u" FROM print_job WHERE id = ?1"_s);
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bindAll({id}); !s)
        return s.error();
    auto row = stmt->first([](const Row& r) { return readRow(r); });
    if (!row)
        return row.error();
    if (!*row)
        return PrintErrors::jobNotFound(id);
    Job job = **row;
    if (Status s = loadImages(job); !s)
        return s.error();
    return job;
}

Result<QList<PrintQueueStore::Job>> PrintQueueStore::pending()
{
    auto stmt = m_db.prepare(u"SELECT "_s + QLatin1StringView(kColumns) +
                             u" FROM print_job WHERE state = 'pending' ORDER BY id"_s);
    if (!stmt)
        return stmt.error();
    auto jobs = stmt->collect([](const Row& r) { return readRow(r); });
    if (!jobs)
        return jobs.error();
    for (Job& job : *jobs) {
        if (Status s = loadImages(job); !s)
            return s.error();
    }
    return jobs;
}

Result<int> PrintQueueStore::pendingCount()
{
    auto n = m_db.queryInt64("SELECT COUNT(*) FROM print_job WHERE state = 'pending'");
    if (!n)
        return n.error();
    return int(*n);
}

Result<PrintQueueStore::Job> PrintQueueStore::pendingJob(qint64 id)
{
    auto job = find(id);
    if (!job)
        return job;
    if (job->state != State::Pending)
        return PrintErrors::jobClosed(id);
    return job;
}

Status PrintQueueStore::recordFailure(qint64 id, const Error& error, qint64 now)
{
    if (auto job = pendingJob(id); !job)
        return job.error();
    auto stmt = m_db.prepare("UPDATE print_job SET attempts = attempts + 1, last_error_code = ?2, "
                             "last_error_detail = ?3, updated_at = ?4 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    return stmt->execute({id, orEmpty(error.code()), orEmpty(error.detail()), now});
}

Status PrintQueueStore::close(qint64 id, const char* state, const QString& by,
                              const QString& reason, qint64 now)
{
    if (auto job = pendingJob(id); !job)
        return job.error();
    auto stmt =
        m_db.prepare("UPDATE print_job SET state = ?2, closed_by = ?3, discard_reason = ?4, "
                     "updated_at = ?5 WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    return stmt->execute({id, QString::fromLatin1(state), orEmpty(by), orEmpty(reason), now});
}

Status PrintQueueStore::markPrinted(qint64 id, const QString& by, qint64 now)
{
    return close(id, "printed", by, {}, now);
}

Status PrintQueueStore::markDiscarded(qint64 id, const QString& by, const QString& reason,
                                      qint64 now)
{
    if (reason.trimmed().isEmpty())
        return PrintErrors::reasonMissing();
    return close(id, "discarded", by, reason.trimmed(), now);
}

} // namespace pishkhan
