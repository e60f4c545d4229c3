"""The replica's numbered migrations. Each runs once, in one transaction, in order.

Never edit a migration that has shipped: add the next number instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: Callable[[sqlite_utils.Database], None]


INITIAL_SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'field_officer')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT
);
CREATE TABLE household (
    id TEXT PRIMARY KEY,
    registry_no TEXT NOT NULL UNIQUE,
    head_person_id TEXT,
    province TEXT, district TEXT, tehsil TEXT, union_council TEXT, village TEXT,
    address_line TEXT,
    poverty_score REAL,
    poverty_level TEXT,
    registered_by TEXT NOT NULL,
    registered_office TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'deleted'))
);
CREATE TABLE person (
    id TEXT PRIMARY KEY,
    registry_no TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL,
    family_name TEXT,
    father_name TEXT,
    native_name TEXT,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female', 'other', 'unknown')),
    birth_date TEXT,
    birth_date_estimated INTEGER NOT NULL DEFAULT 0,
    death_date TEXT,
    marital_status TEXT,
    wg_seeing INTEGER, wg_hearing INTEGER, wg_walking INTEGER,
    wg_cognition INTEGER, wg_selfcare INTEGER, wg_communication INTEGER,
    phone TEXT,
    province TEXT, district TEXT, tehsil TEXT, union_council TEXT, village TEXT,
    address_line TEXT,
    household_id TEXT REFERENCES household(id),
    relationship TEXT,
    consent_given INTEGER NOT NULL DEFAULT 0,
    consent_method TEXT,
    consent_at TEXT,
    consent_recorded_by TEXT,
    registered_by TEXT NOT NULL,
    registered_office TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'deleted')),
    merged_into TEXT
);
CREATE INDEX person_household ON person(household_id);
CREATE INDEX person_phone ON person(phone) WHERE phone IS NOT NULL;
CREATE TABLE identifier (
    person_id TEXT NOT NULL REFERENCES person(id),
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (person_id, type)
) WITHOUT ROWID;
CREATE INDEX identifier_value ON identifier(value, type);
CREATE TABLE regno_block (
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    next INTEGER NOT NULL,
    source TEXT NOT NULL,
    CHECK (start <= next AND next <= end + 1)
);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_id TEXT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    base_version INTEGER NOT NULL,
    changes TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    user_id TEXT NOT NULL,
    client_time TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'acked', 'rejected', 'conflict', 'held')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    acked_at TEXT
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE VIRTUAL TABLE person_fts USING fts5(
    names, father, native, phonetic,
    tokenize = 'trigram remove_diacritics 1',
    content = '',
    contentless_delete = 1
);
"""


def _initial(db: sqlite_utils.Database) -> None:
    for statement in _statements(INITIAL_SCHEMA):
        db.execute(statement)


ENTITLEMENTS_SCHEMA = """
ALTER TABLE person ADD COLUMN pregnant INTEGER;
CREATE TABLE enrolment (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    scheme_id TEXT NOT NULL,
    person_id TEXT REFERENCES person(id),
    household_id TEXT REFERENCES household(id),
    status TEXT NOT NULL CHECK (status IN
        ('applied', 'approved', 'active', 'suspended', 'exited', 'rejected')),
    applied_at TEXT NOT NULL,
    applied_office TEXT NOT NULL,
    applied_by TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    catalog_version INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (person_id IS NOT NULL OR household_id IS NOT NULL)
);
CREATE INDEX enrolment_person ON enrolment(person_id, scheme_id);
CREATE INDEX enrolment_household ON enrolment(household_id, scheme_id);
CREATE TABLE contribution (
    person_id TEXT NOT NULL REFERENCES person(id),
    scheme_id TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months >= 0),
    last_contribution TEXT,
    employer TEXT,
    PRIMARY KEY (person_id, scheme_id)
) WITHOUT ROWID;
"""


def _entitlements(db: sqlite_utils.Database) -> None:
    for statement in _statements(ENTITLEMENTS_SCHEMA):
        db.execute(statement)


# Everything eligibility rules read, in household order: the whole-cache check scans this
# index alone instead of visiting every person row out of order in the encrypted file.
RULE_INDEX = """
CREATE INDEX person_rules ON person(
    household_id, status, id, sex, birth_date, death_date, marital_status, relationship,
    pregnant, wg_seeing, wg_hearing, wg_walking, wg_cognition, wg_selfcare, wg_communication
)
"""


def _rule_index(db: sqlite_utils.Database) -> None:
    db.execute(RULE_INDEX)


SYNC_SCHEMA = """
ALTER TABLE outbox ADD COLUMN result TEXT;
ALTER TABLE outbox ADD COLUMN server_version INTEGER;
CREATE TABLE sync_session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    user_id TEXT,
    kind TEXT NOT NULL DEFAULT 'sync',
    bytes_sent INTEGER NOT NULL DEFAULT 0,
    bytes_received INTEGER NOT NULL DEFAULT 0,
    pushed INTEGER NOT NULL DEFAULT 0,
    applied INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    conflicted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0,
    pulled INTEGER NOT NULL DEFAULT 0,
    cursor_before INTEGER,
    cursor_after INTEGER,
    clock_skew_seconds REAL,
    divergence TEXT,
    error TEXT
);
CREATE TABLE snapshot_chunk (
    snapshot_id TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, chunk)
) WITHOUT ROWID;
CREATE TABLE published_catalog (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    yaml TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE TABLE central_user (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    active INTEGER NOT NULL,
    version INTEGER NOT NULL,
    sealed TEXT NOT NULL
);
CREATE INDEX outbox_entity ON outbox(entity_id, state)
"""


def _sync(db: sqlite_utils.Database) -> None:
    for statement in _statements(SYNC_SCHEMA):
        db.execute(statement)


# The supervisor's day: what became of each rejected change, when each outbox row was
# written (a change recorded for a day after that day was signed off is a late entry), and
# the local sign-off of each day until the registry has taken it.
DAY_SCHEMA = """
ALTER TABLE outbox ADD COLUMN recorded_at TEXT;
ALTER TABLE outbox ADD COLUMN resolution TEXT CHECK (resolution IN ('resubmitted', 'discarded'));
ALTER TABLE outbox ADD COLUMN resolution_note TEXT;
ALTER TABLE outbox ADD COLUMN resolved_by TEXT;
ALTER TABLE outbox ADD COLUMN resolved_at TEXT;
ALTER TABLE outbox ADD COLUMN superseded_by TEXT;
ALTER TABLE outbox ADD COLUMN supersedes TEXT;
UPDATE outbox SET recorded_at = client_time;
CREATE INDEX outbox_day ON outbox(substr(client_time, 1, 10));
CREATE TABLE day_signoff (
    day TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    sent_at TEXT
)
"""


def _day(db: sqlite_utils.Database) -> None:
    for statement in _statements(DAY_SCHEMA):
        db.execute(statement)


CARDS_SCHEMA = """
CREATE TABLE card (
    card_id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    credential TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX card_person ON card(person_id);
CREATE TABLE card_revocation (
    card_id TEXT PRIMARY KEY,
    serial INTEGER NOT NULL
) WITHOUT ROWID;
ALTER TABLE day_signoff ADD COLUMN outbox_seq INTEGER
"""


def _cards(db: sqlite_utils.Database) -> None:
    for statement in _statements(CARDS_SCHEMA):
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """Split a trusted migration script on ';' line ends (no ';' inside our literals)."""
    return [part.strip() for part in script.split(";\n") if part.strip()]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial),
    Migration(2, "enrolments, contribution summaries, pregnancy", _entitlements),
    Migration(3, "covering index for eligibility batches", _rule_index),
    Migration(4, "sync with the central registry", _sync),
    Migration(5, "the supervisor's day: resolutions, write times, sign-offs", _day),
    Migration(6, "cards issued here and revoked cards; sign-off outbox position", _cards),
)


def migrate(db: sqlite_utils.Database, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply pending migrations in order, each in its own transaction; returns those applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = {row["number"] for row in db.query("SELECT number FROM schema_migrations")}
    newest_known = max(m.number for m in migrations)
    if done and max(done) > newest_known:
        raise RuntimeError("this cache was written by a newer OneStop; update the application")
    applied: list[int] = []
    for migration in sorted(migrations, key=lambda m: m.number):
        if migration.number in done:
            continue
        with db.atomic():
            migration.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                [migration.number, migration.name, _now()],
            )
        applied.append(migration.number)
    return applied


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
