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

    m.push_back({2, "customers: contacts, addresses, preferences, consent, timeline, search, duplicates",
        {
            QStringLiteral(R"(CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    display_name TEXT NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    company_name TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    customer_since TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    do_not_service INTEGER NOT NULL DEFAULT 0 CHECK (do_not_service IN (0, 1)),
    do_not_service_reason TEXT NOT NULL DEFAULT '',
    sort_name TEXT NOT NULL,
    list_phone TEXT NOT NULL DEFAULT '',
    list_email TEXT NOT NULL DEFAULT '',
    list_address TEXT NOT NULL DEFAULT '',
    list_tags TEXT NOT NULL DEFAULT '',
    last_activity_at TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT 'location',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    erased_at TEXT,
    merged_into TEXT REFERENCES customers (id)))"),
            QStringLiteral(
                "CREATE INDEX customers_sort ON customers (sort_name, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customers_activity ON customers (last_activity_at, id) WHERE "
                           "deleted_at IS NULL"),
            QStringLiteral(
                "CREATE INDEX customers_since ON customers (customer_since, id) WHERE deleted_at IS NULL"),
            QStringLiteral(R"(CREATE TABLE customer_phones (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL,
    e164 TEXT NOT NULL,
    national_digits TEXT NOT NULL,
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX customer_phones_customer ON customer_phones (customer_id)"),
            QStringLiteral("CREATE INDEX customer_phones_e164 ON customer_phones (e164)"),
            QStringLiteral("CREATE INDEX customer_phones_national ON customer_phones (national_digits)"),
            QStringLiteral(R"(CREATE TABLE customer_emails (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL,
    normalized TEXT NOT NULL,
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX customer_emails_customer ON customer_emails (customer_id)"),
            QStringLiteral("CREATE INDEX customer_emails_normalized ON customer_emails (normalized)"),
            // gate_code and alarm_code are local-only: sync payloads never carry them.
            QStringLiteral(R"(CREATE TABLE customer_addresses (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('billing', 'service')),
    label TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    access_notes TEXT NOT NULL DEFAULT '',
    parking TEXT NOT NULL DEFAULT '',
    pets TEXT NOT NULL DEFAULT '',
    entry_instructions TEXT NOT NULL DEFAULT '',
    preferred_crew TEXT NOT NULL DEFAULT '',
    arrival_window TEXT NOT NULL DEFAULT '',
    gate_code TEXT NOT NULL DEFAULT '',
    alarm_code TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id)"),
            // Duplicate detection looks for the same street at the same postal code.
            QStringLiteral("CREATE INDEX customer_addresses_place ON customer_addresses (postal_code, street "
                           "COLLATE NOCASE)"),
            QStringLiteral(R"(CREATE TABLE customer_preferences (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    address_id TEXT REFERENCES customer_addresses (id) ON DELETE SET NULL,
    area TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('do', 'dont', 'note')),
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral(
                "CREATE INDEX customer_preferences_customer ON customer_preferences (customer_id)"),
            QStringLiteral(R"(CREATE TABLE customer_tags (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX customer_tags_tag ON customer_tags (tag, customer_id)"),
            // Marketing consent per channel, with when and how; transactional messages
            // (booking, arrival, invoice, receipt) do not depend on it.
            QStringLiteral(R"(CREATE TABLE customer_consents (
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'mail')),
    granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
    at TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, channel)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE customer_timeline (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor_id TEXT NOT NULL DEFAULT '',
    actor_name TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL,
    ref_entity TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(
                "CREATE INDEX customer_timeline_customer ON customer_timeline (customer_id, at DESC)"),
            // Search: folded text (lower case, accents and Arabic marks removed) kept
            // current by CustomerService in the same transactions as the rows.
            QStringLiteral("CREATE VIRTUAL TABLE customer_search USING fts5(name, contact, address, tags, "
                           "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"),
            QStringLiteral(R"(CREATE TABLE customer_search_map (
    rowid INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL UNIQUE REFERENCES customers (id) ON DELETE CASCADE))"),
            QStringLiteral(R"(CREATE TABLE customer_duplicates (
    a_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    b_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'merged')),
    found_at TEXT NOT NULL,
    PRIMARY KEY (a_id, b_id),
    CHECK (a_id < b_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX customer_duplicates_open ON customer_duplicates (status, found_at)"),
            QStringLiteral(R"(CREATE TABLE import_mappings (
    name TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
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
