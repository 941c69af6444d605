#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

class Database;
class Row;

// Serve drafts (table serve_draft): what a clerk typed for a citizen's request while offline or
// before the citizen's one-time code arrived, kept in the encrypted store to be resumed later.
// A draft holds no consent and nothing in it is ever sent: resuming goes through the serve flow.
// Times are UTC epoch milliseconds passed in by the caller.
class DraftStore
{
public:
    static constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

    struct Draft
    {
        qint64 id = 0; // 0 until saved
        QString clerkId;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        QString serviceId;
        int district = 0;
        QString nationalCode; // as typed; may be incomplete
        QString mobile;       // as typed; may be incomplete
        QString fieldsJson;   // a JSON object of field name → text as typed
        // A company applicant's legal-entity id (canonical); empty for a person.
        QString legalEntityId;
    };

    explicit DraftStore(Database& db);

    // A new draft when draft.id is 0 (its id is returned), otherwise the existing one's
    // contents and updatedAt (createdAt and clerk stay). draft.not_found when it is gone.
    [[nodiscard]] Result<qint64> save(const Draft& draft, qint64 now);
    // The clerk's drafts, most recently updated first.
    [[nodiscard]] Result<QList<Draft>> list(const QString& clerkId);
    [[nodiscard]] Result<std::optional<Draft>> load(qint64 id);
    // draft.not_found when there is no such draft.
    Status remove(qint64 id);
    // Deletes drafts last updated more than `days` days before `now`; returns how many.
    [[nodiscard]] Result<int> purgeOlderThan(int days, qint64 now);

private:
    static Draft readRow(const Row& row);

    Database& m_db;
};

} // namespace pishkhan
