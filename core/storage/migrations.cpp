#include "core/storage/migrations.h"

namespace spoke {

namespace {

// Migrations are append-only: a released step is never edited, a new one is added.
std::vector<Migration> build()
{
    std::vector<Migration> m;
    m.push_back({1, "location profile, settings, staff, audit log, outbox",
        {
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral(R"(CREATE TABLE location_profile (
    id TEXT PRIMARY KEY,
    business_name TEXT NOT NULL CHECK (length(trim(business_name)) > 0),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    tax_ids TEXT NOT NULL DEFAULT '',
    invoice_prefix TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT 'location',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'front_desk', 'technician')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    secret_kind TEXT NOT NULL CHECK (secret_kind IN ('pin', 'password')),
    secret_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    retry_after TEXT,
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT))"),
            QStringLiteral(
                "CREATE UNIQUE INDEX staff_name_active ON staff (lower(name)) WHERE deleted_at IS NULL"),
            QStringLiteral(R"(CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL))"),
            // Append-only in the schema too: an honest bug cannot rewrite history; a
            // deliberate edit has to drop the trigger and is then caught by verify().
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral(R"(CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT))"),
            QStringLiteral("CREATE INDEX outbox_unsent ON outbox (mutation_id) WHERE sent_at IS NULL"),
        }});
    return m;
}

} // namespace

const std::vector<Migration> &locationMigrations()
{
    static const std::vector<Migration> migrations = build();
    return migrations;
}

} // namespace spoke
