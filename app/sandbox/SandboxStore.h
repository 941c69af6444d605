#pragma once

#include "StoreRecords.h"

#include "core/Result.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QList>

#include <optional>

namespace pishkhan::sandbox {

// The sandbox's own database (<data-dir>/sandbox.db, through pishkhan_storage). The only class
// of the sandbox that speaks SQL. Plain SQL that SQLite 3.15 runs (no UPSERT, no RETURNING).
// Not encrypted: it holds no citizen identifier in clear (see StoreRecords.h) and only
// sandbox secrets (token hashes).
class SandboxStore
{
public:
    [[nodiscard]] static Result<SandboxStore> open(const QString& path);

    [[nodiscard]] Result<Transaction> begin() { return Transaction::begin(m_db); }

    [[nodiscard]] Result<QString> meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

    Status insertActivationCode(const QString& codeHash, const QString& officeCode,
                                qint64 expiresAt);
    // True when the code existed for this office, was unused and unexpired; marks it used.
    [[nodiscard]] Result<bool> consumeActivationCode(const QString& codeHash,
                                                     const QString& officeCode, qint64 now);

    Status insertDevice(const DeviceRecord& device, const QString& tokenHash);
    [[nodiscard]] Result<std::optional<DeviceRecord>> deviceByTokenHash(const QString& tokenHash);
    [[nodiscard]] Result<QList<DeviceRecord>> devicesOfOffice(const QString& officeCode);
    [[nodiscard]] Result<int> nextCounter(const QString& officeCode);
    Status revokeDevice(const QString& deviceId, qint64 at);

    [[nodiscard]] Result<std::optional<IdempotencyRecord>> idempotency(const QString& scope,
                                                                       const QString& key);
    Status saveIdempotency(const QString& scope, const QString& key,
                           const IdempotencyRecord& record, qint64 at);

    Status insertChallenge(const ChallengeRecord& challenge);
    [[nodiscard]] Result<std::optional<ChallengeRecord>> challenge(const QString& id);
    Status updateChallenge(const QString& id, int wrongAttempts, const QString& state);
    [[nodiscard]] Result<qint64> challengesSince(const QString& mobileHash, qint64 since);
    [[nodiscard]] Result<qint64> oldestChallengeSince(const QString& mobileHash, qint64 since);

    Status insertConsent(const ConsentRecord& consent);
    [[nodiscard]] Result<std::optional<ConsentRecord>> consent(const QString& tokenHash);
    [[nodiscard]] Result<std::optional<ConsentRecord>> consentOfChallenge(const QString& id);
    Status markConsentUsed(const QString& tokenHash, qint64 at, const QString& trackingCode);

    [[nodiscard]] Result<qint64> nextRequestSeq();
    Status insertRequest(const RequestRecord& request);
    [[nodiscard]] Result<std::optional<RequestRecord>> requestByKey(const QString& deviceId,
                                                                    const QString& clientKey);
    [[nodiscard]] Result<std::optional<RequestRecord>> requestByTrackingCode(const QString& code);

    Status insertDayClose(const DayCloseRecord& close);
    [[nodiscard]] Result<std::optional<DayCloseRecord>> dayClose(const QString& deviceId,
                                                                 const QString& businessDate);
    [[nodiscard]] Result<QList<DayCloseRecord>> dayClosesOfOffice(const QString& officeCode,
                                                                  const QString& businessDate);
    // The device's close with the latest business date (the head of what it has proven).
    [[nodiscard]] Result<std::optional<DayCloseRecord>> latestDayClose(const QString& deviceId);

    // Row counts per table, for the admin stats endpoint.
    [[nodiscard]] Result<QHash<QString, qint64>> counts();
    // The latest time stamp stored anywhere (the clock never goes back before it).
    [[nodiscard]] Result<qint64> latestTimestamp();

    // The office's staff (schema v2). Revisions are per office and only grow.
    [[nodiscard]] Result<std::optional<StaffMemberRecord>> staffMember(const QString& officeCode,
                                                                       const QString& username);
    [[nodiscard]] Result<qint64> latestStaffRevision(const QString& officeCode);
    // Inserts or replaces the row of (office, username).
    Status saveStaffMember(const StaffMemberRecord& member);
    // Changes after `since`, oldest first, at most `limit`.
    [[nodiscard]] Result<QList<StaffMemberRecord>> staffSince(const QString& officeCode,
                                                              qint64 since, int limit);
    [[nodiscard]] Result<qint64> activeAdmins(const QString& officeCode);
    // A request cancelled before the municipality started on it (once; a repeat is a no-op).
    Status insertCancel(const QString& trackingCode, qint64 at);
    // Mandates: one row per mandate number (unique across offices).
    Status insertMandate(const MandateRecord& mandate);
    [[nodiscard]] Result<std::optional<MandateRecord>> mandate(const QString& mandateNumber);
    [[nodiscard]] Result<QList<MandateRecord>> mandatesOfOffice(const QString& officeCode);

    // Every close of the office's counters for business dates in [from, to] (ISO dates),
    // ordered by date, then counter.
    [[nodiscard]] Result<QList<DayCloseRecord>>
    dayClosesOfOfficeBetween(const QString& officeCode, const QString& from, const QString& to);

    // The requests of the office's counters whose citizen hash is `citizenHash`, newest first,
    // `limit` of them after skipping `offset`.
    [[nodiscard]] Result<QList<RequestRecord>> requestsOfOfficeByCitizen(const QString& officeCode,
                                                                         const QString& citizenHash,
                                                                         int limit, int offset);
    // Every lookup of an office's requests by citizen (§4.19): who asked, when, for whom (the
    // citizen's hash, never the code), and how many requests the answer listed.
    Status recordRequestLookup(const QString& deviceId, const QString& clerkId,
                               const QString& citizenHash, int found, qint64 at);
    [[nodiscard]] Result<qint64> requestLookupCount(const QString& deviceId,
                                                    const QString& clerkId);

private:
    explicit SandboxStore(Database db)
        : m_db(std::move(db))
    {}
    Status migrate();

    Database m_db;
};

} // namespace pishkhan::sandbox
