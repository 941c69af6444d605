#include "SchemaMigrator.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QScopeGuard>

#include <array>

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

// Append only: a released step never changes, since databases in the field already ran it.
// The SQL must run on SQLite 3.15 (Debian's SQLCipher 3.4) as well as SQLCipher 4.x.
constexpr std::array kSteps{
    MigrationStep{1, "outbox",
                  R"sql(
CREATE TABLE outbox (
    seq                 INTEGER PRIMARY KEY,
    request_id          TEXT NOT NULL UNIQUE,
    service_id          TEXT NOT NULL,
    catalogue_version   INTEGER NOT NULL,
    national_code       TEXT NOT NULL,
    mobile              TEXT NOT NULL,
    citizen_name        TEXT NOT NULL,
    payload             TEXT NOT NULL,
    fee_reference       TEXT NOT NULL,
    consent_token       TEXT NOT NULL,
    consent_expires_at  INTEGER NOT NULL,
    state               TEXT NOT NULL CHECK (state IN
                            ('queued', 'sending', 'accepted', 'rejected', 'needs_attention')),
    attempt_count       INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,
    last_error_code     TEXT,
    last_error_message  TEXT,
    tracking_code       TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, seq);
)sql"},
    MigrationStep{2, "outbox: Persian error text, lookups by national code and tracking code",
                  R"sql(
ALTER TABLE outbox ADD COLUMN last_error_message_fa TEXT;
CREATE INDEX outbox_national_code ON outbox (national_code);
CREATE UNIQUE INDEX outbox_tracking_code ON outbox (tracking_code)
    WHERE tracking_code IS NOT NULL;
)sql"},
    MigrationStep{3, "sync: status history, backend results, catalogue cache, sync state",
                  R"sql(
CREATE TABLE outbox_result (
    request_id      TEXT PRIMARY KEY,
    tracking_code   TEXT NOT NULL,
    status          TEXT NOT NULL,
    final           INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),
    result_json     TEXT,
    rejection_code  TEXT,
    rejection_fa    TEXT,
    rejection_en    TEXT,
    next_poll_at    INTEGER NOT NULL,
    poll_count      INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX outbox_result_due ON outbox_result (final, next_poll_at);
CREATE TABLE outbox_status_history (
    request_id      TEXT NOT NULL,
    seq             INTEGER NOT NULL,
    status          TEXT NOT NULL,
    at              INTEGER NOT NULL,
    note_fa         TEXT,
    note_en         TEXT,
    PRIMARY KEY (request_id, seq)
);
CREATE TABLE catalogue_cache (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    etag            TEXT NOT NULL,
    version         TEXT NOT NULL,
    body            BLOB NOT NULL,
    fetched_at      INTEGER NOT NULL,
    checked_at      INTEGER NOT NULL
);
CREATE TABLE sync_state (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    last_success_at     INTEGER NOT NULL DEFAULT 0,
    last_attempt_at     INTEGER NOT NULL DEFAULT 0,
    last_error_code     TEXT,
    last_error_message  TEXT,
    clock_skew_ms       INTEGER NOT NULL DEFAULT 0,
    skew_measured_at    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id) VALUES (1);
)sql"},
    MigrationStep{4, "accounts, lockout, hash-chained audit trail, settings, retention purge",
                  R"sql(
CREATE TABLE accounts (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash        TEXT NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE TABLE audit_events (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    account_id   INTEGER,
    username     TEXT NOT NULL,
    subject      TEXT NOT NULL,
    detail       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_events_at ON audit_events (at);
CREATE INDEX audit_events_kind ON audit_events (kind, at);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TABLE settings (
    key          TEXT PRIMARY KEY,
    value        TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    updated_by   INTEGER
);
ALTER TABLE outbox ADD COLUMN payload_purged_at INTEGER;
CREATE TABLE retention_runs (
    seq          INTEGER PRIMARY KEY,
    ran_at       INTEGER NOT NULL,
    cutoff       INTEGER NOT NULL,
    purged       INTEGER NOT NULL
);
)sql"},
    MigrationStep{5, "fee ledger: hash-chained entries, receipt numbers, tariffs, day closes",
                  R"sql(
CREATE TABLE tariff_table (
    id                   TEXT PRIMARY KEY,
    sha256               TEXT NOT NULL,
    document             BLOB NOT NULL,
    recorded_at          INTEGER NOT NULL
);
CREATE TRIGGER tariff_table_no_update BEFORE UPDATE ON tariff_table
BEGIN SELECT RAISE(ABORT, 'tariff_table is append-only'); END;
CREATE TRIGGER tariff_table_no_delete BEFORE DELETE ON tariff_table
BEGIN SELECT RAISE(ABORT, 'tariff_table is append-only'); END;
CREATE TABLE ledger_entry (
    seq                  INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('fee', 'void', 'reprint')),
    business_day         TEXT NOT NULL,
    jalali_month         INTEGER NOT NULL,
    counter_no           INTEGER NOT NULL,
    receipt_no           INTEGER,
    created_at           INTEGER NOT NULL,
    clerk_id             TEXT NOT NULL,
    service_id           TEXT NOT NULL,
    amount_rials         INTEGER NOT NULL,
    tariff_rials         INTEGER NOT NULL,
    payment_method       TEXT NOT NULL CHECK (payment_method IN ('cash', 'card')),
    terminal_id          TEXT NOT NULL,
    payment_reference    TEXT NOT NULL,
    request_id           TEXT NOT NULL,
    tariff_table_id      TEXT NOT NULL,
    tariff_table_sha256  TEXT NOT NULL,
    target_seq           INTEGER REFERENCES ledger_entry (seq),
    reason               TEXT NOT NULL,
    supervisor_id        TEXT NOT NULL,
    copy_no              INTEGER,
    late                 INTEGER NOT NULL CHECK (late IN (0, 1)),
    clock_day            TEXT NOT NULL,
    prev_hash            TEXT NOT NULL,
    hash                 TEXT NOT NULL,
    CHECK ((kind = 'fee') = (receipt_no IS NOT NULL)),
    CHECK ((kind = 'fee') = (target_seq IS NULL)),
    CHECK ((kind = 'reprint') = (copy_no IS NOT NULL)),
    CHECK (kind <> 'fee' OR amount_rials BETWEEN 50000 AND 150000),
    CHECK (kind <> 'fee' OR (request_id <> '' AND tariff_table_id <> '')),
    CHECK (kind <> 'void' OR (reason <> '' AND supervisor_id <> '')),
    CHECK (payment_method = 'cash' OR (terminal_id <> '' AND payment_reference <> ''))
);
CREATE UNIQUE INDEX ledger_entry_receipt ON ledger_entry (counter_no, business_day, receipt_no)
    WHERE receipt_no IS NOT NULL;
CREATE UNIQUE INDEX ledger_entry_one_void ON ledger_entry (target_seq) WHERE kind = 'void';
CREATE INDEX ledger_entry_target ON ledger_entry (target_seq) WHERE target_seq IS NOT NULL;
CREATE INDEX ledger_entry_request ON ledger_entry (request_id) WHERE kind = 'fee';
CREATE INDEX ledger_entry_report ON ledger_entry (business_day, counter_no, clerk_id,
    service_id, payment_method, kind, jalali_month, amount_rials, late);
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_sealed BEFORE INSERT ON ledger_entry
WHEN EXISTS (SELECT 1 FROM day_close WHERE counter_no = NEW.counter_no
             AND business_day >= NEW.business_day)
BEGIN SELECT RAISE(ABORT, 'ledger_entry: business day is sealed'); END;
CREATE TRIGGER ledger_entry_tariff BEFORE INSERT ON ledger_entry
WHEN NEW.kind = 'fee' AND NOT EXISTS (SELECT 1 FROM tariff_table
             WHERE id = NEW.tariff_table_id AND sha256 = NEW.tariff_table_sha256)
BEGIN SELECT RAISE(ABORT, 'ledger_entry: unknown tariff table'); END;
CREATE VIEW reprint_event AS
    SELECT seq, target_seq, copy_no, business_day, counter_no, clerk_id, created_at
    FROM ledger_entry WHERE kind = 'reprint';
CREATE TABLE receipt_counter (
    counter_no           INTEGER NOT NULL,
    business_day         TEXT NOT NULL,
    last_no              INTEGER NOT NULL,
    PRIMARY KEY (counter_no, business_day)
);
CREATE TABLE day_close (
    counter_no           INTEGER NOT NULL,
    business_day         TEXT NOT NULL,
    closed_at            INTEGER NOT NULL,
    supervisor_id        TEXT NOT NULL,
    last_entry_seq       INTEGER NOT NULL,
    last_entry_hash      TEXT NOT NULL,
    net_rials            INTEGER NOT NULL,
    grand_total_rials    INTEGER NOT NULL,
    document             BLOB NOT NULL,
    signature            BLOB NOT NULL,
    public_key           BLOB NOT NULL,
    PRIMARY KEY (counter_no, business_day)
);
CREATE TRIGGER day_close_no_update BEFORE UPDATE ON day_close
BEGIN SELECT RAISE(ABORT, 'day_close is append-only'); END;
CREATE TRIGGER day_close_no_delete BEFORE DELETE ON day_close
BEGIN SELECT RAISE(ABORT, 'day_close is append-only'); END;
CREATE TABLE close_upload (
    counter_no           INTEGER NOT NULL,
    business_day         TEXT NOT NULL,
    state                TEXT NOT NULL CHECK (state IN ('queued', 'acknowledged')),
    queued_at            INTEGER NOT NULL,
    ack                  BLOB,
    ack_signature        BLOB,
    ack_key_id           TEXT,
    received_up_to_entry INTEGER,
    ack_last_entry_hash  TEXT,
    ack_received_at      TEXT,
    acknowledged_at      INTEGER,
    PRIMARY KEY (counter_no, business_day),
    FOREIGN KEY (counter_no, business_day) REFERENCES day_close (counter_no, business_day)
);
CREATE TRIGGER close_upload_no_delete BEFORE DELETE ON close_upload
BEGIN SELECT RAISE(ABORT, 'close_upload rows are kept'); END;
CREATE TRIGGER close_upload_ack_final BEFORE UPDATE ON close_upload
WHEN OLD.state = 'acknowledged'
BEGIN SELECT RAISE(ABORT, 'close_upload: acknowledgement is final'); END;
)sql"},
    MigrationStep{6, "void requests: a clerk asks, a supervisor approves or refuses",
                  R"sql(
CREATE TABLE void_request (
    id                   INTEGER PRIMARY KEY,
    fee_seq              INTEGER NOT NULL REFERENCES ledger_entry (seq),
    clerk_id             TEXT NOT NULL,
    reason               TEXT NOT NULL CHECK (reason <> ''),
    requested_at         INTEGER NOT NULL,
    state                TEXT NOT NULL DEFAULT 'pending'
                         CHECK (state IN ('pending', 'approved', 'refused')),
    supervisor_id        TEXT,
    decision_note        TEXT,
    decided_at           INTEGER,
    void_seq             INTEGER REFERENCES ledger_entry (seq),
    CHECK (state <> 'approved' OR void_seq IS NOT NULL),
    CHECK (state <> 'refused' OR (decision_note IS NOT NULL AND decision_note <> ''))
);
CREATE UNIQUE INDEX void_request_one_pending ON void_request (fee_seq) WHERE state = 'pending';
CREATE INDEX void_request_state ON void_request (state, requested_at);
CREATE TRIGGER void_request_no_delete BEFORE DELETE ON void_request
BEGIN SELECT RAISE(ABORT, 'void_request rows are kept'); END;
CREATE TRIGGER void_request_decision_final BEFORE UPDATE ON void_request
WHEN OLD.state <> 'pending'
BEGIN SELECT RAISE(ABORT, 'void_request: a decision is final'); END;
)sql"},
    MigrationStep{7, "outbox: index the queued requests whose consent can expire",
                  R"sql(
-- The sync engine expires consents before every batch it claims; without this index that
-- UPDATE read every queued row each time, so draining a long queue cost O(n^2).
CREATE INDEX outbox_consent_expiry ON outbox (state, consent_expires_at)
    WHERE consent_expires_at > 0;
)sql"},
    MigrationStep{8, "staff: forced password change, office revisions, queued staff changes",
                  R"sql(
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));
ALTER TABLE accounts ADD COLUMN office_revision INTEGER NOT NULL DEFAULT 0;
-- Account changes made at this counter, queued in the same transaction as the change so they
-- reach the office's backend after a crash or a day offline; each row is one POST under its
-- own idempotency key. Rows are kept (what was sent, when) like the outbox.
CREATE TABLE staff_outbox (
    seq              INTEGER PRIMARY KEY,
    username         TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL UNIQUE,
    body             TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sent', 'refused')),
    answered_at      INTEGER NOT NULL DEFAULT 0,
    revision         INTEGER NOT NULL DEFAULT 0,
    error            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_outbox_pending ON staff_outbox (state, seq);
-- The office revision up to which this counter has applied the backend's staff changes.
CREATE TABLE staff_sync (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    since_revision  INTEGER NOT NULL
);
INSERT INTO staff_sync (id, since_revision) VALUES (1, 0);
)sql"},
    MigrationStep{9, "money: withdrawn requests, cancels sent to the backend, refund entries",
                  R"sql(
-- A CHECK cannot be altered in SQLite, so outbox and ledger_entry are rebuilt with the wider
-- lists. void_request points at ledger_entry: its references are deferred to the commit, by
-- which time every ledger row is back under the same seq.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE outbox_v8 (
    seq                 INTEGER PRIMARY KEY,
    request_id          TEXT NOT NULL UNIQUE,
    service_id          TEXT NOT NULL,
    catalogue_version   INTEGER NOT NULL,
    national_code       TEXT NOT NULL,
    mobile              TEXT NOT NULL,
    citizen_name        TEXT NOT NULL,
    payload             TEXT NOT NULL,
    fee_reference       TEXT NOT NULL,
    consent_token       TEXT NOT NULL,
    consent_expires_at  INTEGER NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted',
                            'rejected', 'needs_attention', 'withdrawn')),
    attempt_count       INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,
    last_error_code     TEXT,
    last_error_message  TEXT,
    tracking_code       TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    last_error_message_fa TEXT,
    payload_purged_at   INTEGER
);
INSERT INTO outbox_v8 (seq, request_id, service_id, catalogue_version, national_code, mobile,
    citizen_name, payload, fee_reference, consent_token, consent_expires_at, state,
    attempt_count, next_attempt_at, last_error_code, last_error_message, tracking_code,
    created_at, updated_at, last_error_message_fa, payload_purged_at)
SELECT seq, request_id, service_id, catalogue_version, national_code, mobile, citizen_name,
    payload, fee_reference, consent_token, consent_expires_at, state, attempt_count,
    next_attempt_at, last_error_code, last_error_message, tracking_code, created_at,
    updated_at, last_error_message_fa, payload_purged_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v8 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at, seq);
CREATE INDEX outbox_national_code ON outbox (national_code);
CREATE UNIQUE INDEX outbox_tracking_code ON outbox (tracking_code)
    WHERE tracking_code IS NOT NULL;
CREATE INDEX outbox_consent_expiry ON outbox (state, consent_expires_at)
    WHERE consent_expires_at > 0;

CREATE TABLE ledger_entry_v7 AS SELECT * FROM ledger_entry;
DROP VIEW reprint_event;
DROP TABLE ledger_entry;
CREATE TABLE ledger_entry (
    seq                  INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('fee', 'void', 'reprint', 'refund')),
    business_day         TEXT NOT NULL,
    jalali_month         INTEGER NOT NULL,
    counter_no           INTEGER NOT NULL,
    receipt_no           INTEGER,
    created_at           INTEGER NOT NULL,
    clerk_id             TEXT NOT NULL,
    service_id           TEXT NOT NULL,
    amount_rials         INTEGER NOT NULL,
    tariff_rials         INTEGER NOT NULL,
    payment_method       TEXT NOT NULL CHECK (payment_method IN ('cash', 'card')),
    terminal_id          TEXT NOT NULL,
    payment_reference    TEXT NOT NULL,
    request_id           TEXT NOT NULL,
    tariff_table_id      TEXT NOT NULL,
    tariff_table_sha256  TEXT NOT NULL,
    target_seq           INTEGER REFERENCES ledger_entry (seq),
    reason               TEXT NOT NULL,
    supervisor_id        TEXT NOT NULL,
    copy_no              INTEGER,
    late                 INTEGER NOT NULL CHECK (late IN (0, 1)),
    clock_day            TEXT NOT NULL,
    prev_hash            TEXT NOT NULL,
    hash                 TEXT NOT NULL,
    CHECK ((kind = 'fee') = (receipt_no IS NOT NULL)),
    CHECK ((kind = 'fee') = (target_seq IS NULL)),
    CHECK ((kind = 'reprint') = (copy_no IS NOT NULL)),
    CHECK (kind <> 'fee' OR amount_rials BETWEEN 50000 AND 150000),
    CHECK (kind <> 'fee' OR (request_id <> '' AND tariff_table_id <> '')),
    CHECK (kind NOT IN ('void', 'refund') OR (reason <> '' AND supervisor_id <> '')),
    CHECK (kind <> 'refund' OR amount_rials > 0),
    CHECK (payment_method = 'cash' OR (terminal_id <> '' AND payment_reference <> ''))
);
INSERT INTO ledger_entry SELECT * FROM ledger_entry_v7 ORDER BY seq;
DROP TABLE ledger_entry_v7;
CREATE UNIQUE INDEX ledger_entry_receipt ON ledger_entry (counter_no, business_day, receipt_no)
    WHERE receipt_no IS NOT NULL;
CREATE UNIQUE INDEX ledger_entry_one_void ON ledger_entry (target_seq) WHERE kind = 'void';
CREATE UNIQUE INDEX ledger_entry_one_refund ON ledger_entry (target_seq) WHERE kind = 'refund';
CREATE INDEX ledger_entry_target ON ledger_entry (target_seq) WHERE target_seq IS NOT NULL;
CREATE INDEX ledger_entry_request ON ledger_entry (request_id) WHERE kind = 'fee';
CREATE INDEX ledger_entry_report ON ledger_entry (business_day, counter_no, clerk_id,
    service_id, payment_method, kind, jalali_month, amount_rials, late);
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_sealed BEFORE INSERT ON ledger_entry
WHEN EXISTS (SELECT 1 FROM day_close WHERE counter_no = NEW.counter_no
             AND business_day >= NEW.business_day)
BEGIN SELECT RAISE(ABORT, 'ledger_entry: business day is sealed'); END;
CREATE TRIGGER ledger_entry_tariff BEFORE INSERT ON ledger_entry
WHEN NEW.kind = 'fee' AND NOT EXISTS (SELECT 1 FROM tariff_table
             WHERE id = NEW.tariff_table_id AND sha256 = NEW.tariff_table_sha256)
BEGIN SELECT RAISE(ABORT, 'ledger_entry: unknown tariff table'); END;
CREATE VIEW reprint_event AS
    SELECT seq, target_seq, copy_no, business_day, counter_no, clerk_id, created_at
    FROM ledger_entry WHERE kind = 'reprint';

-- A request already sent is cancelled through the backend: the cancel waits here until the
-- sync engine has the backend's answer (cancelled, or refused because work began).
CREATE TABLE request_cancel (
    request_id           TEXT PRIMARY KEY,
    tracking_code        TEXT NOT NULL,
    state                TEXT NOT NULL CHECK (state IN ('queued', 'cancelled', 'refused')),
    requested_by         TEXT NOT NULL,
    reason               TEXT NOT NULL CHECK (reason <> ''),
    requested_at         INTEGER NOT NULL,
    attempt_count        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      INTEGER NOT NULL,
    answered_at          INTEGER,
    problem_type         TEXT,
    detail               TEXT
);
CREATE INDEX request_cancel_due ON request_cancel (state, next_attempt_at);
CREATE TRIGGER request_cancel_no_delete BEFORE DELETE ON request_cancel
BEGIN SELECT RAISE(ABORT, 'request_cancel rows are kept'); END;
CREATE TRIGGER request_cancel_answer_final BEFORE UPDATE ON request_cancel
WHEN OLD.state <> 'queued'
BEGIN SELECT RAISE(ABORT, 'request_cancel: the answer is final'); END;
)sql"},
    MigrationStep{10,
                  "organisations: invoice payments in the ledger, mandates on outbox rows, the "
                  "office's organisation mandates, invoices",
                  R"sql(
-- The ledger gains the invoice payment method and the organisation billed. SQLite cannot
-- change a CHECK in place: the table is rebuilt with the same rows, indexes and triggers.
DROP VIEW reprint_event;
CREATE TABLE ledger_entry_rebuilt (
    seq                  INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL CHECK (kind IN ('fee', 'void', 'reprint', 'refund')),
    business_day         TEXT NOT NULL,
    jalali_month         INTEGER NOT NULL,
    counter_no           INTEGER NOT NULL,
    receipt_no           INTEGER,
    created_at           INTEGER NOT NULL,
    clerk_id             TEXT NOT NULL,
    service_id           TEXT NOT NULL,
    amount_rials         INTEGER NOT NULL,
    tariff_rials         INTEGER NOT NULL,
    payment_method       TEXT NOT NULL CHECK (payment_method IN ('cash', 'card', 'invoice')),
    terminal_id          TEXT NOT NULL,
    payment_reference    TEXT NOT NULL,
    request_id           TEXT NOT NULL,
    tariff_table_id      TEXT NOT NULL,
    tariff_table_sha256  TEXT NOT NULL,
    target_seq           INTEGER REFERENCES ledger_entry (seq),
    reason               TEXT NOT NULL,
    supervisor_id        TEXT NOT NULL,
    copy_no              INTEGER,
    late                 INTEGER NOT NULL CHECK (late IN (0, 1)),
    clock_day            TEXT NOT NULL,
    prev_hash            TEXT NOT NULL,
    hash                 TEXT NOT NULL,
    organisation_id      TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'fee') = (receipt_no IS NOT NULL)),
    CHECK ((kind = 'fee') = (target_seq IS NULL)),
    CHECK ((kind = 'reprint') = (copy_no IS NOT NULL)),
    CHECK (kind <> 'fee' OR amount_rials BETWEEN 50000 AND 150000),
    CHECK (kind <> 'fee' OR (request_id <> '' AND tariff_table_id <> '')),
    CHECK (kind NOT IN ('void', 'refund') OR (reason <> '' AND supervisor_id <> '')),
    CHECK (kind <> 'refund' OR amount_rials > 0),
    CHECK (payment_method <> 'card' OR (terminal_id <> '' AND payment_reference <> '')),
    CHECK ((payment_method = 'invoice') = (organisation_id <> '')),
    CHECK (payment_method <> 'invoice' OR (terminal_id = '' AND payment_reference <> ''))
);
INSERT INTO ledger_entry_rebuilt (seq, kind, business_day, jalali_month, counter_no,
    receipt_no, created_at, clerk_id, service_id, amount_rials, tariff_rials, payment_method,
    terminal_id, payment_reference, request_id, tariff_table_id, tariff_table_sha256,
    target_seq, reason, supervisor_id, copy_no, late, clock_day, prev_hash, hash)
SELECT seq, kind, business_day, jalali_month, counter_no, receipt_no, created_at, clerk_id,
    service_id, amount_rials, tariff_rials, payment_method, terminal_id, payment_reference,
    request_id, tariff_table_id, tariff_table_sha256, target_seq, reason, supervisor_id,
    copy_no, late, clock_day, prev_hash, hash FROM ledger_entry ORDER BY seq;
DROP TABLE ledger_entry;
ALTER TABLE ledger_entry_rebuilt RENAME TO ledger_entry;
CREATE UNIQUE INDEX ledger_entry_receipt ON ledger_entry (counter_no, business_day, receipt_no)
    WHERE receipt_no IS NOT NULL;
CREATE UNIQUE INDEX ledger_entry_one_void ON ledger_entry (target_seq) WHERE kind = 'void';
CREATE UNIQUE INDEX ledger_entry_one_refund ON ledger_entry (target_seq) WHERE kind = 'refund';
CREATE INDEX ledger_entry_target ON ledger_entry (target_seq) WHERE target_seq IS NOT NULL;
CREATE INDEX ledger_entry_request ON ledger_entry (request_id) WHERE kind = 'fee';
CREATE INDEX ledger_entry_report ON ledger_entry (business_day, counter_no, clerk_id,
    service_id, payment_method, kind, jalali_month, amount_rials, late);
CREATE INDEX ledger_entry_organisation ON ledger_entry (organisation_id, business_day)
    WHERE organisation_id <> '';
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN SELECT RAISE(ABORT, 'ledger_entry is append-only'); END;
CREATE TRIGGER ledger_entry_sealed BEFORE INSERT ON ledger_entry
WHEN EXISTS (SELECT 1 FROM day_close WHERE counter_no = NEW.counter_no
             AND business_day >= NEW.business_day)
BEGIN SELECT RAISE(ABORT, 'ledger_entry: business day is sealed'); END;
CREATE TRIGGER ledger_entry_tariff BEFORE INSERT ON ledger_entry
WHEN NEW.kind = 'fee' AND NOT EXISTS (SELECT 1 FROM tariff_table
             WHERE id = NEW.tariff_table_id AND sha256 = NEW.tariff_table_sha256)
BEGIN SELECT RAISE(ABORT, 'ledger_entry: unknown tariff table'); END;
CREATE VIEW reprint_event AS
    SELECT seq, target_seq, copy_no, business_day, counter_no, clerk_id, created_at
    FROM ledger_entry WHERE kind = 'reprint';

-- A row sent under an organisation's standing mandate instead of a citizen's consent token.
ALTER TABLE outbox ADD COLUMN mandate_number TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN organisation_id TEXT NOT NULL DEFAULT '';

-- The office's organisations as the backend last listed their mandates: the organisations a
-- batch may be billed to.
CREATE TABLE organisation_mandate (
    mandate_number       TEXT PRIMARY KEY,
    legal_entity_id      TEXT NOT NULL,
    organisation_name    TEXT NOT NULL,
    services             TEXT NOT NULL,
    valid_from           INTEGER NOT NULL,
    valid_until          INTEGER NOT NULL,
    fetched_at           INTEGER NOT NULL
);
CREATE INDEX organisation_mandate_by_id ON organisation_mandate (legal_entity_id);

-- One invoice per batch billed to an organisation; its lines are the batch's fees.
CREATE TABLE invoice (
    number               TEXT PRIMARY KEY,
    counter_no           INTEGER NOT NULL,
    seq_no               INTEGER NOT NULL,
    organisation_id      TEXT NOT NULL CHECK (organisation_id <> ''),
    organisation_name    TEXT NOT NULL,
    mandate_number       TEXT NOT NULL,
    batch_sha256         TEXT NOT NULL,
    business_day         TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    clerk_id             TEXT NOT NULL,
    UNIQUE (counter_no, seq_no)
);
CREATE TABLE invoice_line (
    invoice_number       TEXT NOT NULL REFERENCES invoice (number),
    line_no              INTEGER NOT NULL,
    request_id           TEXT NOT NULL,
    service_id           TEXT NOT NULL,
    fee_rials            INTEGER NOT NULL,
    ledger_seq           INTEGER NOT NULL REFERENCES ledger_entry (seq),
    PRIMARY KEY (invoice_number, line_no)
);
CREATE INDEX invoice_line_request ON invoice_line (request_id);
CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice
BEGIN SELECT RAISE(ABORT, 'invoice rows are kept'); END;
CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line
BEGIN SELECT RAISE(ABORT, 'invoice_line is append-only'); END;
CREATE TRIGGER invoice_line_no_delete BEFORE DELETE ON invoice_line
BEGIN SELECT RAISE(ABORT, 'invoice_line is append-only'); END;
)sql",
                  true},
    MigrationStep{11, "printing: the \"to print\" list of documents a printer did not take",
                  R"sql(
-- A document whose printing failed, complete (HTML, images, font, direction) so that it can
-- be printed again after a restart; it leaves the list printed or discarded, never deleted.
CREATE TABLE print_job (
    id                   INTEGER PRIMARY KEY,
    kind                 TEXT NOT NULL,
    title                TEXT NOT NULL,
    reference            TEXT NOT NULL,
    html                 TEXT NOT NULL,
    right_to_left        INTEGER NOT NULL CHECK (right_to_left IN (0, 1)),
    font_family          TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error_code      TEXT NOT NULL DEFAULT '',
    last_error_detail    TEXT NOT NULL DEFAULT '',
    state                TEXT NOT NULL CHECK (state IN ('pending', 'printed', 'discarded')),
    updated_at           INTEGER NOT NULL,
    closed_by            TEXT NOT NULL DEFAULT '',
    discard_reason       TEXT NOT NULL DEFAULT '',
    CHECK (state <> 'discarded' OR discard_reason <> '')
);
CREATE INDEX print_job_pending ON print_job (state, id);
CREATE TABLE print_job_image (
    job_id               INTEGER NOT NULL REFERENCES print_job (id),
    url                  TEXT NOT NULL,
    png                  BLOB NOT NULL,
    PRIMARY KEY (job_id, url)
);
CREATE TRIGGER print_job_no_delete BEFORE DELETE ON print_job
BEGIN SELECT RAISE(ABORT, 'print_job rows are kept'); END;
CREATE TRIGGER print_job_closed BEFORE UPDATE ON print_job
WHEN OLD.state <> 'pending'
BEGIN SELECT RAISE(ABORT, 'print_job: printed or discarded is final'); END;
)sql"},
    MigrationStep{12, "outbox: a service's requests newest first (the property file list)",
                  R"sql(
CREATE INDEX outbox_service ON outbox (service_id, seq);
)sql"},
    MigrationStep{13,
                  "follow-up: the clerk on each request, indexes for paged searches, requests "
                  "resubmitted after a rejection",
                  R"sql(
-- The clerk who took the request's fee, so that a search by clerk reads an index instead of
-- joining the ledger. The fee and its request are written in one transaction, in either order
-- (a single fee writes the ledger first, a batch may not): a trigger on each side fills the
-- column when the second of the two rows arrives, and existing rows are back-filled here.
ALTER TABLE outbox ADD COLUMN clerk_id TEXT NOT NULL DEFAULT '';
UPDATE outbox SET clerk_id = (SELECT l.clerk_id FROM ledger_entry l
    WHERE l.request_id = outbox.request_id AND l.kind = 'fee' ORDER BY l.seq LIMIT 1)
WHERE EXISTS (SELECT 1 FROM ledger_entry l WHERE l.request_id = outbox.request_id
    AND l.kind = 'fee');
CREATE TRIGGER outbox_clerk_from_fee AFTER INSERT ON outbox
WHEN NEW.clerk_id = '' AND EXISTS (SELECT 1 FROM ledger_entry
    WHERE request_id = NEW.request_id AND kind = 'fee')
BEGIN
    UPDATE outbox SET clerk_id = (SELECT clerk_id FROM ledger_entry
        WHERE request_id = NEW.request_id AND kind = 'fee' ORDER BY seq LIMIT 1)
    WHERE seq = NEW.seq;
END;
CREATE TRIGGER ledger_fee_clerk_to_outbox AFTER INSERT ON ledger_entry
WHEN NEW.kind = 'fee'
BEGIN
    UPDATE outbox SET clerk_id = NEW.clerk_id
    WHERE request_id = NEW.request_id AND clerk_id = '';
END;

-- Keyset pages, newest first: every search walks one of these in (created_at, seq) order.
CREATE INDEX outbox_by_created ON outbox (created_at);
CREATE INDEX outbox_by_national_code ON outbox (national_code, created_at);
CREATE INDEX outbox_by_clerk ON outbox (clerk_id, created_at);
CREATE INDEX outbox_by_state ON outbox (state, created_at);
CREATE INDEX outbox_result_rejected ON outbox_result (status, final);

-- A request the municipality rejected after accepting it is final at the backend: the clerk
-- serves it again as a new request, and this row says which one, so the rejected one leaves
-- the attention list.
CREATE TABLE request_resubmission (
    rejected_request_id  TEXT PRIMARY KEY,
    new_request_id       TEXT NOT NULL UNIQUE,
    clerk_id             TEXT NOT NULL,
    at                   INTEGER NOT NULL
);
CREATE TRIGGER request_resubmission_no_delete BEFORE DELETE ON request_resubmission
BEGIN SELECT RAISE(ABORT, 'request_resubmission rows are kept'); END;
)sql"},
    MigrationStep{14, "serve drafts: a request the clerk filled but has not sent yet",
                  R"sql(
-- What the clerk typed while offline or before the citizen's code arrived. A draft holds no
-- consent and is never sent: resuming it goes through the whole serve flow again. Drafts are
-- working copies, deleted when resumed into a request, by the clerk, or by the retention purge.
CREATE TABLE serve_draft (
    id                   INTEGER PRIMARY KEY,
    clerk_id             TEXT NOT NULL,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    service_id           TEXT NOT NULL,
    district             INTEGER NOT NULL DEFAULT 0,
    national_code        TEXT NOT NULL DEFAULT '',
    mobile               TEXT NOT NULL DEFAULT '',
    fields_json          TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX serve_draft_by_clerk ON serve_draft (clerk_id, updated_at);
CREATE INDEX serve_draft_by_updated ON serve_draft (updated_at);
)sql"},
    MigrationStep{15, "company applicants: a request or draft made for a legal entity",
                  R"sql(
-- A company (legal-entity id, 11 digits) served through a person who represents it: the row's
-- national code and mobile are the representative's; '' for a person serving themself.
ALTER TABLE outbox ADD COLUMN applicant_legal_entity_id TEXT NOT NULL DEFAULT '';
ALTER TABLE serve_draft ADD COLUMN legal_entity_id TEXT NOT NULL DEFAULT '';
)sql"},
};

} // namespace

std::span<const MigrationStep> SchemaMigrator::steps()
{
    return kSteps;
}

int SchemaMigrator::latestVersion()
{
    return kSteps.back().version;
}

Result<int> SchemaMigrator::currentVersion(Database& db)
{
    Result<qint64> version = db.queryInt64("PRAGMA user_version");
    if (!version)
        return version.error();
    return int(*version);
}

Status SchemaMigrator::checkSupported(int version, const QString& path)
{
    if (version >= 0 && version <= latestVersion())
        return {};
    return Error(u"storage.schema_too_new"_s,
                 QT_TRANSLATE_NOOP("Error", "The database was made by a newer version of this "
                                            "program; update the program to open it."),
                 path + u": schema version "_s + QString::number(version) +
                     u", this build knows up to "_s + QString::number(latestVersion()));
}

Result<int> SchemaMigrator::migrate(Database& db, int targetVersion)
{
    Result<int> before = currentVersion(db);
    if (!before)
        return before.error();
    if (Status s = checkSupported(*before, db.path()); !s)
        return s.error();

    for (const MigrationStep& step : kSteps) {
        if (step.version <= *before || step.version > targetVersion)
            continue;
        // Outside any transaction: SQLite ignores this pragma inside one.
        if (step.rebuildsTables) {
            if (Status s = db.exec("PRAGMA foreign_keys = OFF"); !s)
                return s.error();
        }
        const auto foreignKeysBackOn = qScopeGuard([&db, &step] {
            if (step.rebuildsTables) {
                if (Status s = db.exec("PRAGMA foreign_keys = ON"); !s)
                    qWarning("foreign keys could not be switched back on");
            }
        });
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        // Re-read inside the write lock: another process may have migrated meanwhile.
        Result<int> now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now >= step.version)
            continue;
        const QString context =
            u"migrating "_s + db.path() + u" to schema version "_s + QString::number(step.version);
        if (Status s = db.exec(step.sql); !s)
            return Error(s.error()).prefixDetail(context);
        if (step.rebuildsTables) {
            // The statement form: SQLite 3.15 has no pragma table-valued functions.
            Result<Statement> check = db.prepare("PRAGMA foreign_key_check");
            if (!check)
                return Error(check.error()).prefixDetail(context);
            Result<bool> dangling = check->step();
            if (!dangling)
                return Error(dangling.error()).prefixDetail(context);
            if (*dangling)
                return Error(u"storage.migration_foreign_keys"_s,
                             QT_TRANSLATE_NOOP("Error", "The database could not be updated: a "
                                                        "rebuilt table lost a reference."),
                             context);
        }
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
        if (Status s = db.exec(bump.constData()); !s)
            return Error(s.error()).prefixDetail(context);
        if (Status s = tx->commit(); !s)
            return Error(s.error()).prefixDetail(context);
    }
    return *before;
}

} // namespace pishkhan
