#include "SandboxStore.h"

#include "storage/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <initializer_list>

namespace pishkhan::sandbox {

namespace {

// A bind value for the small statement helper below: text, integer, blob or NULL.
using Value = QVariant;

Status bindAll(Statement& st, std::initializer_list<Value> values)
{
    int index = 1;
    for (const Value& v : values) {
        Status s;
        if (v.isNull())
            s = st.bindNull(index);
        else if (v.typeId() == QMetaType::QByteArray)
            s = st.bindBlob(index, v.toByteArray());
        else if (v.typeId() == QMetaType::QString)
            s = st.bindText(index, v.toString());
        else
            s = st.bindInt64(index, v.toLongLong());
        if (!s)
            return s;
        ++index;
    }
    return {};
}

// Every SQL here is a string literal run again for each request, so it stays prepared
// (Database::cached): parsing it anew was a large part of a batch's time.
Result<CachedStatement> prepared(Database& db, const char* sql, std::initializer_list<Value> values)
{
    auto st = db.cached(sql);
    if (!st)
        return st.error();
    if (auto s = bindAll(**st, values); !s)
        return s.error();
    return std::move(st).value();
}

Status run(Database& db, const char* sql, std::initializer_list<Value> values)
{
    auto st = prepared(db, sql, values);
    if (!st)
        return st.error();
    return (*st)->execute();
}

Result<qint64> scalar(Database& db, const char* sql, std::initializer_list<Value> values)
{
    auto st = prepared(db, sql, values);
    if (!st)
        return st.error();
    Statement& q = **st;
    auto row = q.step();
    if (!row)
        return row.error();
    return *row && !q.columnIsNull(0) ? q.columnInt64(0) : 0;
}

Value text(const QString& s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

const char* const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(
    key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS activation_codes(
    code_hash TEXT PRIMARY KEY, office_code TEXT NOT NULL, expires_at INTEGER NOT NULL,
    used_at INTEGER);
CREATE TABLE IF NOT EXISTS devices(
    id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, office_code TEXT NOT NULL,
    counter INTEGER NOT NULL, label TEXT NOT NULL, public_key BLOB NOT NULL,
    activated_at INTEGER NOT NULL, revoked_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS idempotency(
    scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    content_type BLOB NOT NULL, headers BLOB NOT NULL, body BLOB NOT NULL,
    created_at INTEGER NOT NULL, PRIMARY KEY(scope, key));
CREATE TABLE IF NOT EXISTS challenges(
    id TEXT PRIMARY KEY, device_id TEXT NOT NULL, mobile_hash TEXT NOT NULL,
    citizen_hash TEXT NOT NULL, service_id TEXT NOT NULL, code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    wrong_attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS challenges_by_mobile ON challenges(mobile_hash, created_at);
CREATE TABLE IF NOT EXISTS consents(
    token_hash TEXT PRIMARY KEY, challenge_id TEXT NOT NULL UNIQUE, citizen_hash TEXT NOT NULL,
    service_id TEXT NOT NULL, issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    used_at INTEGER NOT NULL DEFAULT 0, used_by TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS requests(
    seq INTEGER PRIMARY KEY, tracking_code TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL,
    client_key TEXT NOT NULL, fingerprint TEXT NOT NULL, service_id TEXT NOT NULL,
    district INTEGER NOT NULL, received_at INTEGER NOT NULL, review_at INTEGER NOT NULL,
    final_at INTEGER NOT NULL, outcome TEXT NOT NULL, result BLOB NOT NULL,
    payload BLOB NOT NULL, answer BLOB NOT NULL, UNIQUE(device_id, client_key));
CREATE TABLE IF NOT EXISTS day_closes(
    device_id TEXT NOT NULL, business_date TEXT NOT NULL, office_code TEXT NOT NULL,
    counter INTEGER NOT NULL, close_document BLOB NOT NULL, signature BLOB NOT NULL,
    close_sha256 TEXT NOT NULL, ack BLOB NOT NULL, received_at INTEGER NOT NULL,
    PRIMARY KEY(device_id, business_date));
CREATE INDEX IF NOT EXISTS day_closes_by_office ON day_closes(office_code, business_date);
CREATE TABLE IF NOT EXISTS request_cancels(
    tracking_code TEXT PRIMARY KEY, cancelled_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS mandates(
    mandate_number TEXT PRIMARY KEY, office_code TEXT NOT NULL, legal_entity_id TEXT NOT NULL,
    organisation_name TEXT NOT NULL, services TEXT NOT NULL, valid_from INTEGER NOT NULL,
    valid_until INTEGER NOT NULL, registered_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mandates_by_office ON mandates(office_code, legal_entity_id);
)sql";

// Version 2: the offices' staff, their verifiers sealed (StaffMemberRecord).
const char* const kStaffSchema = R"sql(
CREATE TABLE IF NOT EXISTS staff(
    office_code TEXT NOT NULL, username TEXT NOT NULL, display_name TEXT NOT NULL,
    role TEXT NOT NULL, active INTEGER NOT NULL, sealed_verifier BLOB NOT NULL,
    must_change_password INTEGER NOT NULL, revision INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    updated_by_device TEXT NOT NULL, updated_by_clerk TEXT NOT NULL,
    PRIMARY KEY(office_code, username));
CREATE UNIQUE INDEX IF NOT EXISTS staff_by_revision ON staff(office_code, revision);
)sql";

// Lookups of an office's requests by citizen (§4.19), kept for the audit. Created on first use
// as well, so a sandbox database made before the table existed gains it.
const char* const kRequestLookupSchema = R"sql(
CREATE TABLE IF NOT EXISTS request_lookups(
    seq INTEGER PRIMARY KEY, device_id TEXT NOT NULL, clerk_id TEXT NOT NULL,
    citizen_hash TEXT NOT NULL, found INTEGER NOT NULL, at INTEGER NOT NULL);
)sql";

constexpr int kSchemaVersion = 2;

DeviceRecord readDevice(const Statement& st)
{
    DeviceRecord d;
    d.id = st.columnText(0);
    d.officeCode = st.columnText(1);
    d.counter = static_cast<int>(st.columnInt64(2));
    d.label = st.columnText(3);
    d.publicKey = st.columnBlob(4);
    d.activatedAt = st.columnInt64(5);
    d.revokedAt = st.columnInt64(6);
    return d;
}

ChallengeRecord readChallenge(const Statement& st)
{
    ChallengeRecord c;
    c.id = st.columnText(0);
    c.deviceId = st.columnText(1);
    c.mobileHash = st.columnText(2);
    c.citizenHash = st.columnText(3);
    c.serviceId = st.columnText(4);
    c.codeHash = st.columnText(5);
    c.createdAt = st.columnInt64(6);
    c.expiresAt = st.columnInt64(7);
    c.wrongAttempts = static_cast<int>(st.columnInt64(8));
    c.state = st.columnText(9);
    return c;
}

ConsentRecord readConsent(const Statement& st)
{
    ConsentRecord c;
    c.tokenHash = st.columnText(0);
    c.challengeId = st.columnText(1);
    c.citizenHash = st.columnText(2);
    c.serviceId = st.columnText(3);
    c.issuedAt = st.columnInt64(4);
    c.expiresAt = st.columnInt64(5);
    c.usedAt = st.columnInt64(6);
    c.usedBy = st.columnText(7);
    return c;
}

RequestRecord readRequest(const Statement& st)
{
    RequestRecord r;
    r.seq = st.columnInt64(0);
    r.trackingCode = st.columnText(1);
    r.deviceId = st.columnText(2);
    r.clientKey = st.columnText(3);
    r.fingerprint = st.columnText(4);
    r.serviceId = st.columnText(5);
    r.district = static_cast<int>(st.columnInt64(6));
    r.receivedAt = st.columnInt64(7);
    r.reviewAt = st.columnInt64(8);
    r.finalAt = st.columnInt64(9);
    r.outcome = st.columnText(10);
    r.result = st.columnBlob(11);
    r.payload = st.columnBlob(12);
    r.answer = st.columnBlob(13);
    r.cancelledAt = st.columnInt64(14);
    return r;
}

DayCloseRecord readDayClose(const Statement& st)
{
    DayCloseRecord c;
    c.deviceId = st.columnText(0);
    c.businessDate = st.columnText(1);
    c.officeCode = st.columnText(2);
    c.counter = static_cast<int>(st.columnInt64(3));
    c.closeDocument = st.columnBlob(4);
    c.signature = st.columnBlob(5);
    c.closeSha256 = st.columnText(6);
    c.ack = st.columnBlob(7);
    c.receivedAt = st.columnInt64(8);
    return c;
}

template<typename T, typename Reader>
Result<std::optional<T>> one(Database& db, const char* sql, std::initializer_list<Value> values,
                             Reader read)
{
    auto st = prepared(db, sql, values);
    if (!st)
        return st.error();
    Statement& q = **st;
    auto row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<T>();
    return std::optional<T>(read(q));
}

template<typename T, typename Reader>
Result<QList<T>> many(Database& db, const char* sql, std::initializer_list<Value> values,
                      Reader read)
{
    auto st = prepared(db, sql, values);
    if (!st)
        return st.error();
    Statement& q = **st;
    QList<T> out;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(read(q));
    }
    return out;
}

} // namespace

Result<SandboxStore> SandboxStore::open(const QString& path)
{
    auto db = Database::open(path, QByteArray());
    if (!db)
        return db.error();
    SandboxStore store(std::move(db).value());
    if (auto s = store.m_db.enableWal(); !s)
        return s.error();
    if (auto s = store.migrate(); !s)
        return s.error();
    return store;
}

Status SandboxStore::migrate()
{
    auto version = m_db.queryInt64("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > kSchemaVersion)
        return Error(QStringLiteral("sandbox.store.newer"),
                     "The sandbox database was written by a newer version",
                     QStringLiteral("schema version ") + QString::number(*version));
    if (*version == kSchemaVersion)
        return {};
    auto tx = begin();
    if (!tx)
        return tx.error();
    if (*version < 1)
        if (auto s = m_db.exec(kSchema); !s)
            return s;
    if (auto s = m_db.exec(kStaffSchema); !s)
        return s;
    if (auto s = m_db.exec("PRAGMA user_version = 2"); !s)
        return s;
    return tx->commit();
}

Result<QString> SandboxStore::meta(const QString& key)
{
    auto st = prepared(m_db, "SELECT value FROM meta WHERE key = ?", {text(key)});
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    return *row ? (*st)->columnText(0) : QString();
}

Status SandboxStore::setMeta(const QString& key, const QString& value)
{
    return run(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)",
               {text(key), text(value)});
}

Status SandboxStore::insertActivationCode(const QString& codeHash, const QString& officeCode,
                                          qint64 expiresAt)
{
    return run(m_db,
               "INSERT INTO activation_codes(code_hash, office_code, expires_at) VALUES(?, ?, ?)",
               {text(codeHash), text(officeCode), expiresAt});
}

Result<bool> SandboxStore::consumeActivationCode(const QString& codeHash, const QString& officeCode,
                                                 qint64 now)
{
    if (auto s = run(m_db,
                     "UPDATE activation_codes SET used_at = ? WHERE code_hash = ? AND "
                     "office_code = ? AND used_at IS NULL AND expires_at > ?",
                     {now, text(codeHash), text(officeCode), now});
        !s)
        return s.error();
    return m_db.changes() == 1;
}

Status SandboxStore::insertDevice(const DeviceRecord& d, const QString& tokenHash)
{
    return run(m_db,
               "INSERT INTO devices(id, token_hash, office_code, counter, label, public_key, "
               "activated_at) VALUES(?, ?, ?, ?, ?, ?, ?)",
               {text(d.id), text(tokenHash), text(d.officeCode), d.counter, text(d.label),
                d.publicKey, d.activatedAt});
}

Result<std::optional<DeviceRecord>> SandboxStore::deviceByTokenHash(const QString& tokenHash)
{
    return one<DeviceRecord>(m_db,
                             "SELECT id, office_code, counter, label, public_key, activated_at, "
                             "revoked_at FROM devices WHERE token_hash = ?",
                             {text(tokenHash)}, readDevice);
}

Result<QList<DeviceRecord>> SandboxStore::devicesOfOffice(const QString& officeCode)
{
    return many<DeviceRecord>(m_db,
                              "SELECT id, office_code, counter, label, public_key, activated_at, "
                              "revoked_at FROM devices WHERE office_code = ? ORDER BY counter",
                              {text(officeCode)}, readDevice);
}

Result<int> SandboxStore::nextCounter(const QString& officeCode)
{
    auto n =
        scalar(m_db, "SELECT MAX(counter) FROM devices WHERE office_code = ?", {text(officeCode)});
    if (!n)
        return n.error();
    return static_cast<int>(*n + 1);
}

Status SandboxStore::revokeDevice(const QString& deviceId, qint64 at)
{
    return run(m_db, "UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at = 0",
               {at, text(deviceId)});
}

Result<std::optional<IdempotencyRecord>> SandboxStore::idempotency(const QString& scope,
                                                                   const QString& key)
{
    return one<IdempotencyRecord>(
        m_db,
        "SELECT fingerprint, status, content_type, headers, body FROM idempotency "
        "WHERE scope = ? AND key = ?",
        {text(scope), text(key)}, [](const Statement& st) {
            IdempotencyRecord r;
            r.fingerprint = st.columnText(0);
            r.status = static_cast<int>(st.columnInt64(1));
            r.contentType = st.columnBlob(2);
            r.headers = st.columnBlob(3);
            r.body = st.columnBlob(4);
            return r;
        });
}

Status SandboxStore::saveIdempotency(const QString& scope, const QString& key,
                                     const IdempotencyRecord& r, qint64 at)
{
    return run(m_db,
               "INSERT INTO idempotency(scope, key, fingerprint, status, content_type, headers, "
               "body, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
               {text(scope), text(key), text(r.fingerprint), r.status, r.contentType, r.headers,
                r.body, at});
}

Status SandboxStore::insertChallenge(const ChallengeRecord& c)
{
    return run(m_db,
               "INSERT INTO challenges(id, device_id, mobile_hash, citizen_hash, service_id, "
               "code_hash, created_at, expires_at, wrong_attempts, state) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {text(c.id), text(c.deviceId), text(c.mobileHash), text(c.citizenHash),
                text(c.serviceId), text(c.codeHash), c.createdAt, c.expiresAt, c.wrongAttempts,
                text(c.state)});
}

Result<std::optional<ChallengeRecord>> SandboxStore::challenge(const QString& id)
{
    return one<ChallengeRecord>(m_db,
                                "SELECT id, device_id, mobile_hash, citizen_hash, service_id, "
                                "code_hash, created_at, expires_at, wrong_attempts, state "
                                "FROM challenges WHERE id = ?",
                                {text(id)}, readChallenge);
}

Status SandboxStore::updateChallenge(const QString& id, int wrongAttempts, const QString& state)
{
    return run(m_db, "UPDATE challenges SET wrong_attempts = ?, state = ? WHERE id = ?",
               {wrongAttempts, text(state), text(id)});
}

Result<qint64> SandboxStore::challengesSince(const QString& mobileHash, qint64 since)
{
    return scalar(m_db, "SELECT COUNT(*) FROM challenges WHERE mobile_hash = ? AND created_at > ?",
                  {text(mobileHash), since});
}

Result<qint64> SandboxStore::oldestChallengeSince(const QString& mobileHash, qint64 since)
{
    return scalar(m_db,
                  "SELECT MIN(created_at) FROM challenges WHERE mobile_hash = ? AND created_at > ?",
                  {text(mobileHash), since});
}

Status SandboxStore::insertConsent(const ConsentRecord& c)
{
    return run(m_db,
               "INSERT INTO consents(token_hash, challenge_id, citizen_hash, service_id, "
               "issued_at, expires_at) VALUES(?, ?, ?, ?, ?, ?)",
               {text(c.tokenHash), text(c.challengeId), text(c.citizenHash), text(c.serviceId),
                c.issuedAt, c.expiresAt});
}

Result<std::optional<ConsentRecord>> SandboxStore::consent(const QString& tokenHash)
{
    return one<ConsentRecord>(m_db,
                              "SELECT token_hash, challenge_id, citizen_hash, service_id, "
                              "issued_at, expires_at, used_at, used_by FROM consents "
                              "WHERE token_hash = ?",
                              {text(tokenHash)}, readConsent);
}

Result<std::optional<ConsentRecord>> SandboxStore::consentOfChallenge(const QString& id)
{
    return one<ConsentRecord>(m_db,
                              "SELECT token_hash, challenge_id, citizen_hash, service_id, "
                              "issued_at, expires_at, used_at, used_by FROM consents "
                              "WHERE challenge_id = ?",
                              {text(id)}, readConsent);
}

Status SandboxStore::markConsentUsed(const QString& tokenHash, qint64 at,
                                     const QString& trackingCode)
{
    return run(m_db, "UPDATE consents SET used_at = ?, used_by = ? WHERE token_hash = ?",
               {at, text(trackingCode), text(tokenHash)});
}

Result<qint64> SandboxStore::nextRequestSeq()
{
    auto n = scalar(m_db, "SELECT MAX(seq) FROM requests", {});
    if (!n)
        return n.error();
    return *n + 1;
}

Status SandboxStore::insertRequest(const RequestRecord& r)
{
    return run(m_db,
               "INSERT INTO requests(seq, tracking_code, device_id, client_key, fingerprint, "
               "service_id, district, received_at, review_at, final_at, outcome, result, "
               "payload, answer) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {r.seq, text(r.trackingCode), text(r.deviceId), text(r.clientKey),
                text(r.fingerprint), text(r.serviceId), r.district, r.receivedAt, r.reviewAt,
                r.finalAt, text(r.outcome), r.result, r.payload, r.answer});
}

Result<std::optional<RequestRecord>> SandboxStore::requestByKey(const QString& deviceId,
                                                                const QString& clientKey)
{
    return one<RequestRecord>(
        m_db,
        "SELECT seq, tracking_code, device_id, client_key, fingerprint, "
        "service_id, district, received_at, review_at, final_at, outcome, "
        "result, payload, answer, (SELECT cancelled_at FROM request_cancels c "
        "WHERE c.tracking_code = requests.tracking_code) FROM requests "
        "WHERE device_id = ? AND client_key = ?",
        {text(deviceId), text(clientKey)}, readRequest);
}

Result<std::optional<RequestRecord>> SandboxStore::requestByTrackingCode(const QString& code)
{
    return one<RequestRecord>(
        m_db,
        "SELECT seq, tracking_code, device_id, client_key, fingerprint, "
        "service_id, district, received_at, review_at, final_at, outcome, "
        "result, payload, answer, (SELECT cancelled_at FROM request_cancels c "
        "WHERE c.tracking_code = requests.tracking_code) FROM requests "
        "WHERE tracking_code = ?",
        {text(code)}, readRequest);
}

Status SandboxStore::insertDayClose(const DayCloseRecord& c)
{
    return run(m_db,
               "INSERT INTO day_closes(device_id, business_date, office_code, counter, "
               "close_document, signature, close_sha256, ack, received_at) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {text(c.deviceId), text(c.businessDate), text(c.officeCode), c.counter,
                c.closeDocument, c.signature, text(c.closeSha256), c.ack, c.receivedAt});
}

Result<std::optional<DayCloseRecord>> SandboxStore::dayClose(const QString& deviceId,
                                                             const QString& businessDate)
{
    return one<DayCloseRecord>(m_db,
                               "SELECT device_id, business_date, office_code, counter, "
                               "close_document, signature, close_sha256, ack, received_at "
                               "FROM day_closes WHERE device_id = ? AND business_date = ?",
                               {text(deviceId), text(businessDate)}, readDayClose);
}

Result<std::optional<DayCloseRecord>> SandboxStore::latestDayClose(const QString& deviceId)
{
    return one<DayCloseRecord>(m_db,
                               "SELECT device_id, business_date, office_code, counter, "
                               "close_document, signature, close_sha256, ack, received_at "
                               "FROM day_closes WHERE device_id = ? "
                               "ORDER BY business_date DESC LIMIT 1",
                               {text(deviceId)}, readDayClose);
}

Result<QList<DayCloseRecord>> SandboxStore::dayClosesOfOffice(const QString& officeCode,
                                                              const QString& businessDate)
{
    return many<DayCloseRecord>(m_db,
                                "SELECT device_id, business_date, office_code, counter, "
                                "close_document, signature, close_sha256, ack, received_at "
                                "FROM day_closes WHERE office_code = ? AND business_date = ? "
                                "ORDER BY counter",
                                {text(officeCode), text(businessDate)}, readDayClose);
}

Result<QHash<QString, qint64>> SandboxStore::counts()
{
    QHash<QString, qint64> out;
    const std::pair<const char*, const char*> queries[] = {
        {"requests", "SELECT COUNT(*) FROM requests"},
        {"idempotency_records", "SELECT COUNT(*) FROM idempotency"},
        {"challenges", "SELECT COUNT(*) FROM challenges"},
        {"consents", "SELECT COUNT(*) FROM consents"},
        {"consents_used", "SELECT COUNT(*) FROM consents WHERE used_at > 0"},
        {"devices", "SELECT COUNT(*) FROM devices"},
        {"day_closes", "SELECT COUNT(*) FROM day_closes"},
        {"cancels", "SELECT COUNT(*) FROM request_cancels"},
    };
    for (const auto& [name, sql] : queries) {
        auto n = m_db.queryInt64(sql);
        if (!n)
            return n.error();
        out.insert(QString::fromLatin1(name), *n);
    }
    return out;
}

Result<qint64> SandboxStore::latestTimestamp()
{
    return scalar(m_db,
                  "SELECT MAX(t) FROM (SELECT MAX(received_at) AS t FROM requests "
                  "UNION ALL SELECT MAX(created_at) FROM challenges "
                  "UNION ALL SELECT MAX(issued_at) FROM consents "
                  "UNION ALL SELECT MAX(received_at) FROM day_closes)",
                  {});
}

namespace {

// A literal (the statement cache keeps the SQL text's address), spliced into each query.
#define PISHKHAN_STAFF_SELECT                                                                      \
    "SELECT office_code, username, display_name, role, active, sealed_verifier, "                  \
    "must_change_password, revision, updated_at, updated_by_device, updated_by_clerk FROM staff "

StaffMemberRecord readStaffMember(const Statement& st)
{
    StaffMemberRecord m;
    m.officeCode = st.columnText(0);
    m.username = st.columnText(1);
    m.displayName = st.columnText(2);
    m.role = st.columnText(3);
    m.active = st.columnInt64(4) != 0;
    m.sealedVerifier = st.columnBlob(5);
    m.mustChangePassword = st.columnInt64(6) != 0;
    m.revision = st.columnInt64(7);
    m.updatedAt = st.columnInt64(8);
    m.updatedByDevice = st.columnText(9);
    m.updatedByClerk = st.columnText(10);
    return m;
}

MandateRecord readMandate(const Statement& st)
{
    MandateRecord m;
    m.mandateNumber = st.columnText(0);
    m.officeCode = st.columnText(1);
    m.legalEntityId = st.columnText(2);
    m.organisationName = st.columnText(3);
    m.services = st.columnText(4);
    m.validFrom = st.columnInt64(5);
    m.validUntil = st.columnInt64(6);
    m.registeredAt = st.columnInt64(7);
    return m;
}

} // namespace

Result<std::optional<StaffMemberRecord>> SandboxStore::staffMember(const QString& officeCode,
                                                                   const QString& username)
{
    auto st = prepared(m_db, PISHKHAN_STAFF_SELECT "WHERE office_code = ? AND username = ?",
                       {text(officeCode), text(username)});
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<StaffMemberRecord>();
    return std::optional<StaffMemberRecord>(readStaffMember(**st));
}

Result<qint64> SandboxStore::latestStaffRevision(const QString& officeCode)
{
    return scalar(m_db, "SELECT MAX(revision) FROM staff WHERE office_code = ?",
                  {text(officeCode)});
}

Status SandboxStore::saveStaffMember(const StaffMemberRecord& m)
{
    auto st =
        prepared(m_db,
                 "INSERT OR REPLACE INTO staff(office_code, username, display_name, role, active, "
                 "sealed_verifier, must_change_password, revision, updated_at, updated_by_device, "
                 "updated_by_clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {text(m.officeCode), text(m.username), text(m.displayName), text(m.role),
                  QVariant(qint64(m.active ? 1 : 0)), QVariant(m.sealedVerifier),
                  QVariant(qint64(m.mustChangePassword ? 1 : 0)), QVariant(m.revision),
                  QVariant(m.updatedAt), text(m.updatedByDevice), text(m.updatedByClerk)});
    if (!st)
        return st.error();
    return (*st)->execute();
}

Result<QList<StaffMemberRecord>> SandboxStore::staffSince(const QString& officeCode, qint64 since,
                                                          int limit)
{
    auto st = prepared(m_db,
                       PISHKHAN_STAFF_SELECT
                       "WHERE office_code = ? AND revision > ? ORDER BY revision LIMIT ?",
                       {text(officeCode), QVariant(since), QVariant(qint64(limit))});
    if (!st)
        return st.error();
    QList<StaffMemberRecord> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(readStaffMember(**st));
    }
}

Result<qint64> SandboxStore::activeAdmins(const QString& officeCode)
{
    return scalar(m_db,
                  "SELECT COUNT(*) FROM staff WHERE office_code = ? AND role = 'admin' AND "
                  "active = 1",
                  {text(officeCode)});
}

#undef PISHKHAN_STAFF_SELECT

Status SandboxStore::insertCancel(const QString& trackingCode, qint64 at)
{
    return run(m_db,
               "INSERT OR IGNORE INTO request_cancels(tracking_code, cancelled_at) VALUES(?, ?)",
               {text(trackingCode), at});
}

Status SandboxStore::insertMandate(const MandateRecord& m)
{
    return run(m_db,
               "INSERT INTO mandates(mandate_number, office_code, legal_entity_id, "
               "organisation_name, services, valid_from, valid_until, registered_at) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
               {text(m.mandateNumber), text(m.officeCode), text(m.legalEntityId),
                text(m.organisationName), text(m.services), m.validFrom, m.validUntil,
                m.registeredAt});
}

Result<std::optional<MandateRecord>> SandboxStore::mandate(const QString& mandateNumber)
{
    return one<MandateRecord>(m_db,
                              "SELECT mandate_number, office_code, legal_entity_id, "
                              "organisation_name, services, valid_from, valid_until, "
                              "registered_at FROM mandates WHERE mandate_number = ?",
                              {text(mandateNumber)}, readMandate);
}

Result<QList<MandateRecord>> SandboxStore::mandatesOfOffice(const QString& officeCode)
{
    return many<MandateRecord>(m_db,
                               "SELECT mandate_number, office_code, legal_entity_id, "
                               "organisation_name, services, valid_from, valid_until, "
                               "registered_at FROM mandates WHERE office_code = ? "
                               "ORDER BY legal_entity_id, mandate_number",
                               {text(officeCode)}, readMandate);
}

Result<QList<DayCloseRecord>> SandboxStore::dayClosesOfOfficeBetween(const QString& officeCode,
                                                                     const QString& from,
                                                                     const QString& to)
{
    return many<DayCloseRecord>(m_db,
                                "SELECT device_id, business_date, office_code, counter, "
                                "close_document, signature, close_sha256, ack, received_at "
                                "FROM day_closes WHERE office_code = ? AND business_date "
                                "BETWEEN ? AND ? ORDER BY business_date, counter",
                                {text(officeCode), text(from), text(to)}, readDayClose);
}

Result<QList<RequestRecord>> SandboxStore::requestsOfOfficeByCitizen(const QString& officeCode,
                                                                     const QString& citizenHash,
                                                                     int limit, int offset)
{
    // The reference server walks the office's requests; a real backend indexes the hash.
    auto all = many<RequestRecord>(
        m_db,
        "SELECT seq, tracking_code, device_id, client_key, fingerprint, service_id, district, "
        "received_at, review_at, final_at, outcome, result, payload, answer, (SELECT "
        "cancelled_at FROM request_cancels c WHERE c.tracking_code = requests.tracking_code) "
        "FROM requests WHERE device_id IN (SELECT id FROM devices WHERE office_code = ?) "
        "ORDER BY received_at DESC, seq DESC",
        {text(officeCode)}, readRequest);
    if (!all)
        return all.error();
    QList<RequestRecord> out;
    int skipped = 0;
    for (const RequestRecord& r : *all) {
        const QString hash = QJsonDocument::fromJson(r.payload)
                                 .object()
                                 .value(QStringLiteral("citizen"))
                                 .toObject()
                                 .value(QStringLiteral("citizen_hash"))
                                 .toString();
        if (hash != citizenHash)
            continue;
        if (skipped++ < offset)
            continue;
        if (out.size() == limit)
            break;
        out.append(r);
    }
    return out;
}

Status SandboxStore::recordRequestLookup(const QString& deviceId, const QString& clerkId,
                                         const QString& citizenHash, int found, qint64 at)
{
    if (auto s = m_db.exec(kRequestLookupSchema); !s)
        return s;
    return run(m_db,
               "INSERT INTO request_lookups(device_id, clerk_id, citizen_hash, found, at) "
               "VALUES(?, ?, ?, ?, ?)",
               {text(deviceId), text(clerkId), text(citizenHash), found, at});
}

Result<qint64> SandboxStore::requestLookupCount(const QString& deviceId, const QString& clerkId)
{
    if (auto s = m_db.exec(kRequestLookupSchema); !s)
        return s.error();
    return scalar(m_db, "SELECT COUNT(*) FROM request_lookups WHERE device_id = ? AND clerk_id = ?",
                  {text(deviceId), text(clerkId)});
}

} // namespace pishkhan::sandbox
