"""The registry's tables, described for SQLAlchemy Core queries.

The schema itself is created and changed only by the Alembic revisions in `migrations/`;
`tests/server/test_schema.py` checks that a migrated database matches these descriptions.

The person, household, identifier, enrolment and contribution tables carry the device's column
names (`sync/replica/schema.py`), so a row travels between the two without renaming. Extra
server-side columns: `seq` (the row's latest change-log entry, so a newer change can drop the
older entry) and, where the device derives it, `district` (the scope every query filters on).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

metadata = MetaData()

# SQLite makes only INTEGER PRIMARY KEY an auto-numbered rowid alias; PostgreSQL wants BIGINT.
AUTO_ID = BigInteger().with_variant(Integer(), "sqlite")


def _text(name: str, *, nullable: bool = True) -> Column[str]:
    return Column(name, Text, nullable=nullable)


registry_meta = Table(
    "registry_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

district_state = Table(
    "district_state",
    metadata,
    Column("district", Text, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("floor", BigInteger, nullable=False),
)

district_digest = Table(
    "district_digest",
    metadata,
    Column("district", Text, nullable=False),
    Column("tbl", Text, nullable=False),
    Column("count", BigInteger, nullable=False),
    Column("xor", BigInteger, nullable=False),
    PrimaryKeyConstraint("district", "tbl"),
)

counter = Table(
    "counter",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("district", Text, nullable=False),
    Column("office", Text, nullable=False),
    Column("token_hash", Text, nullable=False, unique=True),
    Column("enrolled_at", Text, nullable=False),
    Column("revoked_at", Text),
    Column("next_seq", BigInteger, nullable=False),
    Column("last_seen_at", Text),
    # The device's own public keys (sync bundles), registered once: Ed25519 and X25519.
    Column("signing_key", Text),
    Column("box_key", Text),
)

enrol_code = Table(
    "enrol_code",
    metadata,
    Column("code_hash", Text, primary_key=True),
    Column("district", Text, nullable=False),
    Column("office", Text),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Column("used_at", Text),
    Column("device_id", Text),
)

regno_block = Table(
    "regno_block",
    metadata,
    Column("start", BigInteger, primary_key=True),
    Column("last", BigInteger, nullable=False),
    Column("device_id", Text),
    Column("purpose", Text, nullable=False),
    Column("issued_at", Text, nullable=False),
)

central_user = Table(
    "central_user",
    metadata,
    Column("id", Text, primary_key=True),
    Column("username", Text, nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("district", Text, nullable=False),
    Column("active", Integer, nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("sealed", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("seq", BigInteger),
    Index("central_user_district", "district"),
)

catalog = Table(
    "catalog",
    metadata,
    Column("name", Text, nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("yaml", Text, nullable=False),
    Column("published_at", Text, nullable=False),
    PrimaryKeyConstraint("name", "version"),
)

# Which change-log entry currently announces a catalog in a district (a catalog goes to every
# district, so the row itself cannot hold one `seq`).
catalog_seq = Table(
    "catalog_seq",
    metadata,
    Column("district", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    PrimaryKeyConstraint("district", "name"),
)

household = Table(
    "household",
    metadata,
    Column("id", Text, primary_key=True),
    Column("registry_no", Text, nullable=False, unique=True),
    _text("head_person_id"),
    _text("province"),
    _text("district"),
    _text("tehsil"),
    _text("union_council"),
    _text("village"),
    _text("address_line"),
    Column("poverty_score", Float),
    _text("poverty_level"),
    _text("registered_by", nullable=False),
    _text("registered_office", nullable=False),
    _text("registered_at", nullable=False),
    _text("updated_at", nullable=False),
    Column("version", BigInteger, nullable=False),
    _text("status", nullable=False),
    Column("seq", BigInteger),
    Index("household_district", "district", "id"),
)

person = Table(
    "person",
    metadata,
    Column("id", Text, primary_key=True),
    Column("registry_no", Text, nullable=False, unique=True),
    _text("given_name", nullable=False),
    _text("family_name"),
    _text("father_name"),
    _text("native_name"),
    _text("sex", nullable=False),
    _text("birth_date"),
    Column("birth_date_estimated", Integer, nullable=False),
    _text("death_date"),
    _text("marital_status"),
    Column("wg_seeing", Integer),
    Column("wg_hearing", Integer),
    Column("wg_walking", Integer),
    Column("wg_cognition", Integer),
    Column("wg_selfcare", Integer),
    Column("wg_communication", Integer),
    _text("phone"),
    _text("province"),
    _text("district"),
    _text("tehsil"),
    _text("union_council"),
    _text("village"),
    _text("address_line"),
    Column("household_id", Text, ForeignKey("household.id")),
    _text("relationship"),
    Column("consent_given", Integer, nullable=False),
    _text("consent_method"),
    _text("consent_at"),
    _text("consent_recorded_by"),
    _text("registered_by", nullable=False),
    _text("registered_office", nullable=False),
    _text("registered_at", nullable=False),
    _text("updated_at", nullable=False),
    Column("version", BigInteger, nullable=False),
    _text("status", nullable=False),
    _text("merged_into"),
    Column("pregnant", Integer),
    Column("seq", BigInteger),
    Index("person_district", "district", "id"),
    Index("person_birth", "birth_date"),
)

identifier = Table(
    "identifier",
    metadata,
    Column("person_id", Text, ForeignKey("person.id"), nullable=False),
    Column("type", Text, nullable=False),
    Column("value", Text, nullable=False),
    PrimaryKeyConstraint("person_id", "type"),
    Index("identifier_value", "value", "type"),
)

enrolment = Table(
    "enrolment",
    metadata,
    Column("id", Text, primary_key=True),
    Column("reference", Text, nullable=False, unique=True),
    _text("scheme_id", nullable=False),
    Column("person_id", Text, ForeignKey("person.id")),
    Column("household_id", Text, ForeignKey("household.id")),
    _text("status", nullable=False),
    _text("applied_at", nullable=False),
    _text("applied_office", nullable=False),
    _text("applied_by", nullable=False),
    _text("decided_at"),
    _text("decided_by"),
    Column("catalog_version", BigInteger),
    Column("version", BigInteger, nullable=False),
    _text("district", nullable=False),
    Column("seq", BigInteger),
    Index("enrolment_district", "district", "id"),
)

contribution = Table(
    "contribution",
    metadata,
    Column("person_id", Text, ForeignKey("person.id"), nullable=False),
    _text("scheme_id", nullable=False),
    Column("months", BigInteger, nullable=False),
    _text("last_contribution"),
    _text("employer"),
    _text("district", nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("seq", BigInteger),
    PrimaryKeyConstraint("person_id", "scheme_id"),
    Index("contribution_district", "district", "person_id", "scheme_id"),
)

change_log = Table(
    "change_log",
    metadata,
    Column("district", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("op", Text, nullable=False),
    Column("version", BigInteger, nullable=False),
    PrimaryKeyConstraint("district", "seq"),
)

mutation = Table(
    "mutation",
    metadata,
    Column("mutation_id", Text, primary_key=True),
    Column("device_id", Text, nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("op", Text, nullable=False),
    Column("base_version", BigInteger, nullable=False),
    Column("changes", Text, nullable=False),
    Column("payload_hash", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("client_time", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("result", Text, nullable=False),
    Index("mutation_device", "device_id", "device_seq"),
    Index("mutation_device_time", "device_id", "client_time"),
)

conflict = Table(
    "conflict",
    metadata,
    Column("id", AUTO_ID, primary_key=True, autoincrement=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("base_value", Text),
    Column("live_value", Text),
    Column("proposed_value", Text),
    Column("mutation_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("client_time", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("status", Text, nullable=False),
    # How a supervisor settled it (`conflicts.resolve`): who, when, which value, the version
    # the record got (the live version when the live value was kept).
    Column("resolved_by", Text),
    Column("resolved_at", Text),
    Column("resolution", Text),
    Column("resolution_value", Text),
    Column("resolution_note", Text),
    Column("resolution_version", BigInteger),
    Index("conflict_entity", "entity", "entity_id"),
    Index("conflict_status", "status"),
)

field_history = Table(
    "field_history",
    metadata,
    Column("id", AUTO_ID, primary_key=True, autoincrement=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("previous_value", Text),
    Column("new_value", Text),
    Column("mutation_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("client_time", Text, nullable=False),
    Column("at", Text, nullable=False),
    Index("field_history_entity", "entity", "entity_id"),
)

duplicate_flag = Table(
    "duplicate_flag",
    metadata,
    Column("id", AUTO_ID, primary_key=True, autoincrement=True),
    Column("person_id", Text, nullable=False),
    Column("other_person_id", Text, nullable=False),
    Column("reasons", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("mutation_id", Text),
    Column("created_at", Text, nullable=False),
    Column("status", Text, nullable=False),
    Index("duplicate_flag_person", "person_id"),
)

incident = Table(
    "incident",
    metadata,
    Column("id", AUTO_ID, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("device_id", Text),
    Column("mutation_id", Text),
    Column("detail", Text, nullable=False),
)

sync_session = Table(
    "sync_session",
    metadata,
    Column("id", AUTO_ID, primary_key=True, autoincrement=True),
    Column("device_id", Text, nullable=False),
    Column("user_id", Text),
    Column("kind", Text, nullable=False),
    Column("started_at", Text, nullable=False),
    Column("ended_at", Text, nullable=False),
    Column("bytes_in", BigInteger, nullable=False),
    Column("bytes_out", BigInteger, nullable=False),
    Column("counts", Text, nullable=False),
    Column("cursor_before", BigInteger),
    Column("cursor_after", BigInteger),
    Index("sync_session_device", "device_id", "started_at"),
)

snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Text, primary_key=True),
    Column("district", Text, nullable=False),
    Column("epoch", Text, nullable=False),
    Column("cursor", BigInteger, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("manifest", Text, nullable=False),
    Index("snapshot_district", "district", "cursor"),
)

# -- the supervisor's day ------------------------------------------------------------------------

# Each device's audit chain as the device sent it. `prev_hash` is the link the registry saw
# before this entry (the previous entry's hash), so a row moved to another seq is told apart
# from an edited one. The head (seq and hash of the newest entry) is kept in `registry_meta`
# (`audit_head:<device id>`), so rows cut off the end are found too.
audit_mirror = Table(
    "audit_mirror",
    metadata,
    Column("device_id", Text, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("at", Text, nullable=False),
    Column("user_id", Text),
    Column("action", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    PrimaryKeyConstraint("device_id", "seq"),
)

# The registry's own acts (enrolments, users, catalogs, resolutions, sign-offs), hash-chained
# like a device's audit; its head is `registry_meta` `registry_audit_head`.
registry_audit = Table(
    "registry_audit",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("prev_hash", Text, nullable=False),
    Column("hash", Text, nullable=False),
)

# Devices' own sync sessions (`SyncLogEntry`), one row per device session, upserted.
device_sync_log = Table(
    "device_sync_log",
    metadata,
    Column("device_id", Text, nullable=False),
    Column("session_id", BigInteger, nullable=False),
    Column("user_id", Text),
    Column("kind", Text, nullable=False),
    Column("started_at", Text, nullable=False),
    Column("ended_at", Text),
    Column("bytes_sent", BigInteger, nullable=False),
    Column("bytes_received", BigInteger, nullable=False),
    Column("pushed", BigInteger, nullable=False),
    Column("applied", BigInteger, nullable=False),
    Column("merged", BigInteger, nullable=False),
    Column("conflicted", BigInteger, nullable=False),
    Column("rejected", BigInteger, nullable=False),
    Column("held", BigInteger, nullable=False),
    Column("pulled", BigInteger, nullable=False),
    Column("cursor_before", BigInteger),
    Column("cursor_after", BigInteger),
    Column("clock_skew_seconds", Float),
    Column("divergence", Text),
    Column("error", Text),
    Column("received_at", Text, nullable=False),
    PrimaryKeyConstraint("device_id", "session_id"),
    Index("device_sync_log_started", "device_id", "started_at"),
)

day_signoff = Table(
    "day_signoff",
    metadata,
    Column("district", Text, nullable=False),
    Column("office", Text, nullable=False),
    Column("day", Text, nullable=False),
    Column("user_id", Text, nullable=False),
    Column("signed_at", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("summary", Text, nullable=False),
    PrimaryKeyConstraint("district", "office", "day"),
)

# Registry operators: people who call the `/operator/...` endpoints with their own token.
operator = Table(
    "operator",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("token_hash", Text, nullable=False, unique=True),
    Column("created_at", Text, nullable=False),
    Column("revoked_at", Text),
)

# What travels to devices: the device's own columns, in its order (server-only ones left out).
SERVER_ONLY = frozenset({"seq"})
HOUSEHOLD_COLUMNS = tuple(c.name for c in household.columns if c.name not in SERVER_ONLY)
PERSON_COLUMNS = tuple(c.name for c in person.columns if c.name not in SERVER_ONLY)
ENROLMENT_COLUMNS = tuple(
    c.name for c in enrolment.columns if c.name not in SERVER_ONLY | {"district"}
)
CONTRIBUTION_COLUMNS = ("person_id", "scheme_id", "months", "last_contribution", "employer")
DATA_TABLES = {"household": household, "person": person, "enrolment": enrolment}


card = Table(
    "card",
    metadata,
    Column("card_id", Text, primary_key=True),
    Column("person_id", Text, nullable=False),
    Column("district", Text, nullable=False),
    Column("office", Text, nullable=False),
    Column("key_id", Text, nullable=False),
    Column("issued_at", Text, nullable=False),
    Column("issued_on", Text, nullable=False),
    Column("expires_on", Text, nullable=False),
    Column("issued_by", Text, nullable=False),
    Column("revoked_at", Text),
    Column("revoked_reason", Text),
    # Order of revocations in the district, so devices fetch only the new ones.
    Column("revocation_serial", BigInteger),
    Index("card_person", "person_id"),
    Index("card_revocations", "district", "revocation_serial"),
)
