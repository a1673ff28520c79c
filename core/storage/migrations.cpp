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
    m.push_back({3, "scheduling: service catalog, technicians, crews, jobs, recurring series",
        {
            // The catalog has two writers: head office (through sync) and the location. Head
            // office's own on/off is `active`; a location switching a head-office item off for
            // itself sets `hidden_here`, which the next catalog sync leaves alone.
            QStringLiteral(R"(CREATE TABLE services (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL CHECK (owner IN ('location', 'head_office')),
    code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL CHECK (duration_min > 0 AND duration_min <= 1440),
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    tax_class TEXT NOT NULL DEFAULT 'standard',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    hidden_here INTEGER NOT NULL DEFAULT 0 CHECK (hidden_here IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT))"),
            QStringLiteral("CREATE UNIQUE INDEX services_name ON services (owner, lower(name)) WHERE "
                           "deleted_at IS NULL"),
            // Technicians are staff accounts; these say when they work and what they can do.
            QStringLiteral(R"(CREATE TABLE technician_hours (
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_min INTEGER NOT NULL CHECK (start_min >= 0 AND start_min < 1440),
    end_min INTEGER NOT NULL CHECK (end_min > start_min AND end_min <= 1440),
    PRIMARY KEY (staff_id, weekday, start_min)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE technician_skills (
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, service_id)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE time_off (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL CHECK (end_utc > start_utc),
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX time_off_staff ON time_off (staff_id, start_utc)"),
            QStringLiteral(R"(CREATE TABLE crews (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT))"),
            QStringLiteral("CREATE UNIQUE INDEX crews_name ON crews (lower(name)) WHERE deleted_at IS NULL"),
            QStringLiteral(R"(CREATE TABLE crew_members (
    crew_id TEXT NOT NULL REFERENCES crews (id) ON DELETE CASCADE,
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    PRIMARY KEY (crew_id, staff_id)) WITHOUT ROWID)"),
            // A recurring service: the rule, the first occurrence's local wall-clock time in
            // the location's zone, and what each occurrence books. Occurrences are rows in
            // jobs, materialised a rolling year ahead.
            QStringLiteral(R"(CREATE TABLE job_series (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    rrule TEXT NOT NULL,
    first_local TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    template TEXT NOT NULL,
    materialized_until TEXT NOT NULL,
    ended_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"),
            // address_id has no foreign key: the customer editor rewrites address rows
            // under the same ids, and a job keeps its place in history if one is removed.
            QStringLiteral(R"(CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    address_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('requested', 'scheduled', 'en_route', 'in_progress',
        'completed', 'invoiced', 'cancelled', 'no_show')),
    start_utc TEXT,
    end_utc TEXT,
    window_start_utc TEXT,
    window_end_utc TEXT,
    time_zone TEXT NOT NULL,
    crew_id TEXT REFERENCES crews (id),
    crew_notes TEXT NOT NULL DEFAULT '',
    booked_by TEXT NOT NULL CHECK (booked_by IN ('location', 'head_office')),
    booked_by_staff TEXT NOT NULL DEFAULT '',
    series_id TEXT REFERENCES job_series (id),
    occurrence_utc TEXT,
    detached INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
    status_reason TEXT NOT NULL DEFAULT '',
    overrides TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    CHECK ((start_utc IS NULL) = (end_utc IS NULL)),
    CHECK (end_utc IS NULL OR end_utc > start_utc),
    CHECK (status = 'requested' OR status = 'cancelled' OR start_utc IS NOT NULL)))"),
            QStringLiteral("CREATE INDEX jobs_time ON jobs (start_utc) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX jobs_crew ON jobs (crew_id, start_utc) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX jobs_customer ON jobs (customer_id, start_utc)"),
            QStringLiteral("CREATE UNIQUE INDEX jobs_occurrence ON jobs (series_id, occurrence_utc) "
                           "WHERE series_id IS NOT NULL"),
            QStringLiteral(
                "CREATE INDEX jobs_unplaced ON jobs (status) WHERE start_utc IS NULL AND deleted_at IS NULL"),
            QStringLiteral(R"(CREATE TABLE job_technicians (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    PRIMARY KEY (job_id, staff_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX job_technicians_staff ON job_technicians (staff_id)"),
            QStringLiteral(R"(CREATE TABLE job_lines (
    id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    service_id TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    price_overridden INTEGER NOT NULL DEFAULT 0 CHECK (price_overridden IN (0, 1)),
    duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    position INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX job_lines_job ON job_lines (job_id, position)"),
            // Every status move and every conflict a manager booked over, with who and why.
            QStringLiteral(R"(CREATE TABLE job_events (
    id INTEGER PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    staff_id TEXT NOT NULL DEFAULT '',
    staff_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX job_events_job ON job_events (job_id, id)"),
        }});

    m.push_back({4,
        "billing: invoices, credit notes, payments, refunds, allocations, numbering, sales journal",
        {
            // Tax classes: rates as JSON [{code, name, ppm, compound}], see core/billing/tax.h.
            QStringLiteral(R"(CREATE TABLE tax_classes (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rates TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL))"),
            // Gap-free numbers per document kind. Taken in the same transaction as the
            // document they number, so a crash undoes both.
            QStringLiteral(R"(CREATE TABLE number_sequences (
    kind TEXT PRIMARY KEY CHECK (kind IN ('invoice', 'credit_note', 'receipt')),
    last INTEGER NOT NULL DEFAULT 0 CHECK (last >= 0)))"),
            QStringLiteral("INSERT INTO number_sequences (kind, last) VALUES ('invoice', 0), "
                           "('credit_note', 0), ('receipt', 0)"),
            QStringLiteral(R"(CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'void')),
    number TEXT UNIQUE,
    number_seq INTEGER,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    bill_to_name TEXT NOT NULL DEFAULT '',
    bill_to_address TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    issue_date TEXT,
    due_date TEXT,
    terms_days INTEGER NOT NULL DEFAULT 0 CHECK (terms_days >= 0),
    notes TEXT NOT NULL DEFAULT '',
    discount_kind TEXT NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'percent', 'amount')),
    discount_value INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
    tax_settings TEXT NOT NULL DEFAULT '',
    tax_classes TEXT NOT NULL DEFAULT '',
    subtotal_minor INTEGER NOT NULL DEFAULT 0,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    net_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    balance_minor INTEGER NOT NULL DEFAULT 0,
    credited_invoice_id TEXT REFERENCES invoices (id),
    reason TEXT NOT NULL DEFAULT '',
    issued_at TEXT,
    issued_by TEXT NOT NULL DEFAULT '',
    void_reason TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    voided_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'draft') = (number IS NULL)),
    CHECK (status = 'draft' OR total_minor > 0),
    CHECK (balance_minor >= 0 AND balance_minor <= total_minor OR status = 'draft'),
    CHECK (kind = 'invoice' OR credited_invoice_id IS NOT NULL)))"),
            QStringLiteral("CREATE UNIQUE INDEX invoices_number_seq ON invoices (kind, number_seq) "
                           "WHERE number_seq IS NOT NULL"),
            QStringLiteral("CREATE INDEX invoices_customer ON invoices (customer_id, issue_date)"),
            // Receivables read only this: issued invoices that still have a balance. It holds
            // every column aging reads (kind and status too: SQLite counts a partial index as
            // covering only then), so aging never touches the table.
            QStringLiteral(
                "CREATE INDEX invoices_open ON invoices (due_date, issue_date, balance_minor, kind, "
                "status) WHERE kind = 'invoice' AND status = 'issued' AND balance_minor > 0"),
            QStringLiteral("CREATE INDEX invoices_credited ON invoices (credited_invoice_id) "
                           "WHERE credited_invoice_id IS NOT NULL"),
            QStringLiteral(R"(CREATE TABLE invoice_lines (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    job_id TEXT NOT NULL DEFAULT '',
    service_id TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_kind TEXT NOT NULL DEFAULT 'none' CHECK (discount_kind IN ('none', 'percent', 'amount')),
    discount_value INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
    tax_class TEXT NOT NULL,
    net_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    gross_minor INTEGER NOT NULL DEFAULT 0,
    totals TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, position)"),
            // The jobs an invoice bills. A job is on at most one invoice that is not void.
            QStringLiteral(R"(CREATE TABLE invoice_jobs (
    invoice_id TEXT NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    job_id TEXT NOT NULL REFERENCES jobs (id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (invoice_id, job_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX invoice_jobs_active ON invoice_jobs (job_id) WHERE active = 1"),
            // Payments taken and refunds given (both positive amounts).
            QStringLiteral(R"(CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
    receipt_number TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'bank_transfer', 'other')),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    unused_minor INTEGER NOT NULL DEFAULT 0 CHECK (unused_minor >= 0),
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    source_kind TEXT NOT NULL DEFAULT '' CHECK (source_kind IN ('', 'payment', 'credit_note')),
    source_id TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    staff_id TEXT NOT NULL DEFAULT '',
    staff_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (kind = 'payment' OR (source_id <> '' AND length(trim(reason)) > 0)),
    CHECK (unused_minor <= amount_minor)))"),
            QStringLiteral("CREATE INDEX payments_customer ON payments (customer_id, received_at)"),
            QStringLiteral("CREATE INDEX payments_received ON payments (received_at)"),
            QStringLiteral("CREATE INDEX payments_source ON payments (source_id) WHERE kind = 'refund'"),
            QStringLiteral("CREATE INDEX payments_credit ON payments (customer_id) WHERE unused_minor > 0"),
            // How payments and credit notes settle invoices. Append-only.
            QStringLiteral(R"(CREATE TABLE allocations (
    id TEXT PRIMARY KEY,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('payment', 'credit_note')),
    source_id TEXT NOT NULL,
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX allocations_invoice ON allocations (invoice_id)"),
            QStringLiteral("CREATE INDEX allocations_source ON allocations (source_id)"),
            // Issued documents never change: only the balance moves, and an unsettled
            // invoice may become void. Enforced here as well as in the services. The
            // customer link may move (a merge of two customers); what was printed stays.
            QStringLiteral(R"(CREATE TRIGGER invoices_issued_frozen BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft' AND (
    NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number
    OR NEW.number_seq IS NOT OLD.number_seq
    OR NEW.bill_to_name IS NOT OLD.bill_to_name OR NEW.bill_to_address IS NOT OLD.bill_to_address
    OR NEW.currency IS NOT OLD.currency OR NEW.issue_date IS NOT OLD.issue_date
    OR NEW.due_date IS NOT OLD.due_date OR NEW.terms_days IS NOT OLD.terms_days
    OR NEW.notes IS NOT OLD.notes OR NEW.discount_kind IS NOT OLD.discount_kind
    OR NEW.discount_value IS NOT OLD.discount_value OR NEW.tax_settings IS NOT OLD.tax_settings
    OR NEW.tax_classes IS NOT OLD.tax_classes OR NEW.subtotal_minor IS NOT OLD.subtotal_minor
    OR NEW.discount_minor IS NOT OLD.discount_minor OR NEW.net_minor IS NOT OLD.net_minor
    OR NEW.tax_minor IS NOT OLD.tax_minor OR NEW.total_minor IS NOT OLD.total_minor
    OR NEW.credited_invoice_id IS NOT OLD.credited_invoice_id OR NEW.reason IS NOT OLD.reason
    OR NEW.issued_at IS NOT OLD.issued_at OR NEW.issued_by IS NOT OLD.issued_by
    OR (OLD.status = 'void' AND (NEW.status IS NOT OLD.status OR NEW.void_reason IS NOT OLD.void_reason
        OR NEW.voided_at IS NOT OLD.voided_at OR NEW.voided_by IS NOT OLD.voided_by
        OR NEW.balance_minor IS NOT OLD.balance_minor))
    OR NEW.status = 'draft')
BEGIN SELECT RAISE(ABORT, 'an issued document cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER invoices_issued_kept BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot be deleted'); END)"),
            QStringLiteral(R"(CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER payments_frozen BEFORE UPDATE ON payments
WHEN NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.receipt_number IS NOT OLD.receipt_number
    OR NEW.method IS NOT OLD.method
    OR NEW.amount_minor IS NOT OLD.amount_minor OR NEW.currency IS NOT OLD.currency
    OR NEW.received_at IS NOT OLD.received_at OR NEW.source_kind IS NOT OLD.source_kind
    OR NEW.source_id IS NOT OLD.source_id OR NEW.reason IS NOT OLD.reason OR NEW.reference IS NOT OLD.reference
    OR NEW.note IS NOT OLD.note OR NEW.staff_id IS NOT OLD.staff_id OR NEW.staff_name IS NOT OLD.staff_name
    OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'a payment cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER payments_kept BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'a payment cannot be deleted'); END)"),
            QStringLiteral(R"(CREATE TRIGGER allocations_frozen BEFORE UPDATE ON allocations
BEGIN SELECT RAISE(ABORT, 'an allocation cannot change'); END)"),
            QStringLiteral(R"(CREATE TRIGGER allocations_kept BEFORE DELETE ON allocations
BEGIN SELECT RAISE(ABORT, 'an allocation cannot be deleted'); END)"),
            // The hash-chained sales journal (like the audit log) and its head.
            QStringLiteral(R"(CREATE TABLE sales_journal (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    document_id TEXT NOT NULL,
    document_number TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    staff_id TEXT NOT NULL DEFAULT '',
    staff_name TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))"),
            // A receipt replays its customer's entries up to its own (the balance after it).
            QStringLiteral("CREATE INDEX sales_journal_customer ON sales_journal (customer_id, seq)"),
            QStringLiteral("CREATE INDEX sales_journal_document ON sales_journal (document_id)"),
            QStringLiteral(R"(CREATE TABLE sales_journal_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL))"),
            // Append-only like the audit log: a deliberate edit has to drop these and is then
            // caught by SalesJournal::verify() (and by the head head office keeps).
            QStringLiteral("CREATE TRIGGER sales_journal_no_update BEFORE UPDATE ON sales_journal "
                           "BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END"),
            QStringLiteral("CREATE TRIGGER sales_journal_no_delete BEFORE DELETE ON sales_journal "
                           "BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END"),
        }});
    m.push_back({5, "sync: state and cursor, run history, conflict log, rejections, parked changes",
        {
            // Where sync stands; one row. The hub, device and trust settings are sync.* rows of
            // settings; the device token is in the OS keychain, never here.
            QStringLiteral(R"(CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    full_pending INTEGER NOT NULL DEFAULT 0 CHECK (full_pending IN (0, 1)),
    conflicts_since INTEGER NOT NULL DEFAULT 0,
    needs_reenroll INTEGER NOT NULL DEFAULT 0 CHECK (needs_reenroll IN (0, 1)),
    last_success_at TEXT,
    last_error_code TEXT NOT NULL DEFAULT '',
    last_error_detail TEXT NOT NULL DEFAULT '',
    last_error_at TEXT))"),
            QStringLiteral("INSERT INTO sync_state (id) VALUES (1)"),
            // The last runs, for the Sync screen (SyncStore keeps the newest 200).
            QStringLiteral(R"(CREATE TABLE sync_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    trigger TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'offline', 'error', 'stopped')),
    pushed INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT NOT NULL DEFAULT '',
    error_detail TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT ''))"),
            // The hub's conflict log for this location (values as JSON text); id is the hub's.
            QStringLiteral(R"(CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT NOT NULL,
    overwritten_value TEXT NOT NULL,
    overwritten_by TEXT NOT NULL,
    at TEXT NOT NULL,
    received_at TEXT NOT NULL))"),
            // Changes that did not take effect: pushes the hub consumed without applying them,
            // and changes from the hub this PC could not apply.
            QStringLiteral(R"(CREATE TABLE sync_rejections (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('push', 'pull')),
    mutation_id INTEGER,
    seq INTEGER,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL))"),
            // Changes from the hub waiting for a record they need (a job before its customer).
            QStringLiteral(R"(CREATE TABLE sync_parked (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    origin TEXT NOT NULL,
    payload TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    parked_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)) WITHOUT ROWID)"),
            // What a full pass listed so far (the end of the pass drops head-office records
            // it did not list).
            QStringLiteral(R"(CREATE TABLE sync_full_seen (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)) WITHOUT ROWID)"),
            // Records a full pass brought that this version keeps whole but does not rebuild
            // (invoices, payments, journal and audit heads, recurring-series rules).
            QStringLiteral(R"(CREATE TABLE sync_archive (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    origin TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)) WITHOUT ROWID)"),
            // Sent outbox rows are kept a while (a hub restored from a backup asks for them
            // again with mutation_gap) and purged by age.
            QStringLiteral("CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL"),
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
