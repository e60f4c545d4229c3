"""The wire protocol between devices and the central registry: one module, both sides.

Everything a device and the registry say to each other is one of the models below, as JSON
under `/api/v1`. The client (`sync/client`) and the server (`sync/server`) both import this
module and nothing of each other.

Authentication
    `Authorization: Bearer <device token>`; the token is issued once at enrolment
    (`POST /api/v1/enrol` with a one-time code) and names the device; the registry keeps only
    its hash. Every call is scoped to the device's district; a revoked device gets 403 with
    `ErrorBody.code == "device_revoked"`, a missing or unknown token 401.

Push (`POST /api/v1/push`, body `PushRequest`, may be sent with `Content-Encoding: gzip`)
    Outbox mutations in device-sequence order, at most `MAX_PUSH_MUTATIONS` per request and
    `MAX_BODY_BYTES` per body. One `MutationResult` per mutation, in the same order:
    * `applied`   – base version was current; all changes written.
    * `merged`    – the record had moved on; disjoint fields merged, contact and other
                    non-identity fields last-arrival-wins (both values kept in history).
    * `conflict`  – some identity field (`IDENTITY_FIELDS`) was changed on both sides to
                    different values: the live value stays, this one is queued as a proposal
                    for a supervisor (`conflict_fields`); the rest was applied as for merged.
    * `rejected`  – refused with `reason` (a code) and `message` (English, for logs and the
                    supervisor); e.g. `merged_into` / `deleted` (with `redirect`),
                    `out_of_scope`, `invalid`, `payload_mismatch` (same mutation id, other
                    payload: `http_status` 409, recorded as an incident), `hash_mismatch`.
    * `held`      – a device sequence number is missing before this one; nothing was stored,
                    send it again after the gap is filled.
    The registry is idempotent: a mutation id it has seen with the same payload hash returns
    the stored result again. One bad mutation never stops the others in the batch.

Pull (`GET /api/v1/changes?epoch=E&after=S&limit=N`, answer `ChangesPage`)
    A commit-ordered change log per district, read up to a safe watermark. The cursor is
    (epoch, district, sequence). The device applies a page and stores the new cursor in one
    local transaction, and never overwrites a field with a pending local edit. When the
    registry's epoch is not the device's (the registry was restored from a backup) the page
    says so (`epoch_changed`) and starts at 0: the device re-pushes what was acknowledged and
    takes the page. A cursor older than the retention floor gets 410 (`code == "resync"`):
    the device downloads a fresh snapshot and keeps its outbox.

First download (`POST /api/v1/snapshots` -> `SnapshotManifest`,
    `GET /api/v1/snapshots/{snapshot_id}/chunks/{index}` -> gzip bytes of a `ChunkBody`)
    A consistent snapshot of the district in primary-key-sorted chunks; each chunk's SHA-256
    (of the bytes as sent) is in the manifest, so a download can be checked and resumed
    chunk by chunk. After the chunks, the device pulls from `manifest.cursor`.

Also: `POST /api/v1/regno-blocks` (a new block of registry numbers for this device),
`GET /api/v1/users` (centrally managed users, with sealed key material, never passwords),
`GET /api/v1/digest` (per-table count and order-independent hash for the divergence check),
`POST /api/v1/rows` (rows by id, to repair a divergence), `GET /api/v1/health`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/api/v1"
PROTOCOL_VERSION = 1
MAX_PUSH_MUTATIONS = 500
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 2000
SNAPSHOT_CHUNK_ROWS = 20_000

DIGEST_TABLES = ("household", "person", "enrolment")

# Same field changed on both sides to different values: the live value is kept and the other
# is held for a supervisor. Everything else is last-arrival-wins with both values in history.
IDENTITY_FIELDS = frozenset(
    {
        "given_name",
        "family_name",
        "father_name",
        "native_name",
        "sex",
        "birth_date",
        "birth_date_estimated",
        "death_date",
        "id_type",
        "id_number",
        "identifiers",
        "household_id",
        "relationship",
        "status",
    }
)
# The person form's answers as a person row carries them (plus the identity document): what
# a person update may change, on the device and at the registry.
PERSON_FORM_FIELDS = (
    "given_name",
    "family_name",
    "father_name",
    "native_name",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "pregnant",
    "marital_status",
    "id_type",
    "id_number",
    "phone",
    "wg_seeing",
    "wg_hearing",
    "wg_walking",
    "wg_cognition",
    "wg_selfcare",
    "wg_communication",
    "consent_given",
    "consent_method",
)


def canonical_json(value: object) -> str:
    """The one JSON spelling hashed on both sides: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def payload_hash(
    mutation_id: str,
    entity: str,
    entity_id: str,
    op: str,
    base_version: int,
    changes: dict[str, list[Any]],
) -> str:
    """SHA-256 of a mutation's frozen payload, as the outbox computed it at first write."""
    body = {
        "mutation_id": mutation_id,
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "base_version": base_version,
        "changes": changes,
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def row_digest(entity_id: str, version: int) -> int:
    """One row's share of a table digest; tables XOR these, so order never matters."""
    raw = hashlib.sha256(f"{entity_id}:{version}".encode()).digest()
    return int.from_bytes(raw[:8], "big")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- errors -----------------------------------------------------------------------------------


class ErrorBody(_Model):
    """Every 4xx/5xx answer: a stable code for programs, a sentence for people and logs."""

    code: str
    message: str
    retry_after: float | None = None


# -- enrolment ----------------------------------------------------------------------------------


class EnrolRequest(_Model):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(min_length=1, max_length=100)
    office: str = Field(min_length=1, max_length=100)


class RegnoBlock(_Model):
    start: int = Field(ge=1)
    end: int = Field(ge=1)


class EnrolResponse(_Model):
    device_id: str
    token: str
    district: str
    country: str
    office: str
    epoch: str
    regno_block: RegnoBlock


# -- users --------------------------------------------------------------------------------------


class SealedKey(_Model):
    """A user's X25519 private key encrypted under a key derived from their password.

    The device wraps its database key to `public_key` (a "sealed slot"); at the user's first
    login there, the password opens `sealed_private` and with it the slot. The registry never
    holds a password, only this. Fields are base64 (standard alphabet).
    """

    public_key: str
    salt: str
    n: int
    r: int
    p: int
    nonce: str
    ciphertext: str


class CentralUser(_Model):
    user_id: str
    username: str
    display_name: str
    role: Literal["clerk", "supervisor", "field_officer"]
    active: bool
    version: int
    sealed: SealedKey


class UsersResponse(_Model):
    users: list[CentralUser]


# -- push ---------------------------------------------------------------------------------------


class Mutation(_Model):
    mutation_id: str = Field(min_length=36, max_length=36)
    device_seq: int = Field(ge=1)
    entity: Literal["household", "person", "enrolment"]
    entity_id: str = Field(min_length=36, max_length=36)
    op: Literal["create", "update", "delete"]
    base_version: int = Field(ge=0)
    changes: dict[str, list[Any]]
    payload_hash: str = Field(min_length=64, max_length=64)
    user_id: str = Field(max_length=64)
    client_time: str = Field(max_length=40)


class PushRequest(_Model):
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_MUTATIONS)


MutationStatus = Literal["applied", "merged", "conflict", "rejected", "held"]


class MutationResult(_Model):
    mutation_id: str
    status: MutationStatus
    version: int | None = None
    reason: str | None = None
    message: str | None = None
    redirect: str | None = None
    conflict_fields: list[str] = Field(default_factory=list)
    http_status: int = 200


class PushResponse(_Model):
    results: list[MutationResult]
    server_time: str
    next_device_seq: int


# -- pull ---------------------------------------------------------------------------------------


class Change(_Model):
    """One committed change: the whole current row (`op == "upsert"`) or its tombstone.

    Rows carry every column of the entity's table as the device stores it; a person row also
    carries `identifiers` as a list of [type, value]. `catalog` rows are
    {"name", "version", "yaml"}; `user` rows are `CentralUser` dumps.
    """

    seq: int
    entity: Literal["household", "person", "enrolment", "contribution", "catalog", "user"]
    entity_id: str
    op: Literal["upsert", "delete"]
    version: int
    row: dict[str, Any] | None = None


class ChangesPage(_Model):
    epoch: str
    district: str
    changes: list[Change]
    next_after: int
    has_more: bool
    epoch_changed: bool = False


# -- first download ------------------------------------------------------------------------------


class ChunkInfo(_Model):
    index: int
    table: str
    rows: int
    bytes: int
    sha256: str


class SnapshotManifest(_Model):
    snapshot_id: str
    epoch: str
    district: str
    cursor: int
    tables: dict[str, int]
    chunks: list[ChunkInfo]


class ChunkBody(_Model):
    """What a chunk's gzip bytes hold: one table's rows, column by column, sorted by key."""

    table: str
    columns: list[str]
    values: list[list[Any]]


# -- divergence check -----------------------------------------------------------------------------


class TableDigest(_Model):
    count: int
    xor: str  # 16 hex digits: the XOR of row_digest(id, version) over the table


class DigestResponse(_Model):
    cursor: int
    tables: dict[str, TableDigest]


class RowsRequest(_Model):
    table: Literal["household", "person", "enrolment"]
    ids: list[str] = Field(max_length=MAX_PULL_LIMIT)


class RowsResponse(_Model):
    table: str
    rows: list[dict[str, Any]]
    missing: list[str]


class VersionsResponse(_Model):
    """`GET /api/v1/versions/{table}`: every (id, version) of a district table, for repair."""

    table: str
    ids: list[str]
    versions: list[int]


class HealthResponse(_Model):
    status: Literal["ok"]
    epoch: str
    protocol: int = PROTOCOL_VERSION


# -- the supervisor's day -----------------------------------------------------------------------
#
# Device calls made for a person (a supervisor reconciling, resolving, signing) name that
# person in `USER_HEADER`; the registry checks that the user is an active central user of the
# device's district whose role allows the action (`forms.roles`), else 403 `not_permitted`.
# Registry operators call the `/operator/...` endpoints with their own bearer token instead.
#
#   POST /audit              AuditPush -> AuditPushResponse   (device's audit chain, mirrored)
#   GET  /audit/head         -> AuditPushResponse
#   POST /sync-log           SyncLogPush -> SyncLogPushResponse  (device's sync sessions)
#   GET  /day?date=D         -> DayReport for the device's office          (view_day)
#   GET  /conflicts?status=  -> ConflictsResponse for the district         (view_day)
#   POST /conflicts/{id}/resolve  ResolveRequest -> ConflictItem           (resolve_conflict)
#   PUT  /days/{D}/signoff   SignoffRequest -> DaySignoff; 409 already_signed  (sign_day)
#   GET  /operator/day?district=&office=&date=  -> DayReport   (operator token)
#   GET  /operator/signoffs?district=&since=    -> SignoffsResponse
#
# A day is the calendar date of a mutation's `client_time` (the moment the counter did it).

USER_HEADER = "X-OneStop-User"
MAX_AUDIT_PUSH = 2000
MAX_SYNC_LOG_PUSH = 500


def audit_row_hash(
    prev_hash: str,
    seq: int,
    at: str,
    user_id: str | None,
    action: str,
    entity: str,
    entity_id: str,
    detail: str,
) -> str:
    """One audit row's link: SHA-256 over the previous link and the row (detail is JSON text)."""
    body = canonical_json([seq, at, user_id, action, entity, entity_id, detail])
    return hashlib.sha256(f"{prev_hash}|{body}".encode()).hexdigest()


class AuditRecord(_Model):
    seq: int = Field(ge=1)
    at: str = Field(max_length=40)
    user_id: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=64)
    detail: str
    hash: str = Field(min_length=64, max_length=64)


class AuditPush(_Model):
    entries: list[AuditRecord] = Field(max_length=MAX_AUDIT_PUSH)


class AuditPushResponse(_Model):
    stored_through: int


class SyncLogEntry(_Model):
    session_id: int
    user_id: str | None = None
    kind: str = "sync"
    started_at: str
    ended_at: str | None = None
    bytes_sent: int = 0
    bytes_received: int = 0
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    conflicted: int = 0
    rejected: int = 0
    held: int = 0
    pulled: int = 0
    cursor_before: int | None = None
    cursor_after: int | None = None
    clock_skew_seconds: float | None = None
    divergence: str | None = None
    error: str | None = None


class SyncLogPush(_Model):
    sessions: list[SyncLogEntry] = Field(max_length=MAX_SYNC_LOG_PUSH)


class SyncLogPushResponse(_Model):
    stored: int


class DaySyncSession(_Model):
    device_id: str
    device_name: str
    session: SyncLogEntry


class ClerkDay(_Model):
    """What the registry received from one user for one day, by outcome."""

    user_id: str
    display_name: str
    created: int = 0
    updated: int = 0
    applications: int = 0
    applied: int = 0
    merged: int = 0
    conflicted: int = 0
    rejected: int = 0
    held: int = 0


class LateEntry(_Model):
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    user_id: str
    client_time: str
    received_at: str


class DaySignoff(_Model):
    district: str
    office: str
    day: str
    user_id: str
    display_name: str
    signed_at: str
    note: str
    summary: dict[str, int]


class SignoffRequest(_Model):
    note: str = Field(default="", max_length=2000)
    summary: dict[str, int] = Field(default_factory=dict)


class SignoffsResponse(_Model):
    signoffs: list[DaySignoff]


class DayReport(_Model):
    district: str
    office: str
    day: str
    clerks: list[ClerkDay]
    totals: ClerkDay
    sync_sessions: list[DaySyncSession]
    signoff: DaySignoff | None = None
    late_entries: list[LateEntry]
    open_conflicts: int
    digests: list[TableDigest]  # one per DIGEST_TABLES, in that order


class ConflictResolution(_Model):
    choice: Literal["live", "proposal", "edited"]
    value: Any = None
    note: str = ""
    resolved_by: str
    resolved_at: str
    version: int | None = None


class ConflictItem(_Model):
    conflict_id: int
    entity: str
    entity_id: str
    field: str
    base_value: Any = None
    live_value: Any = None
    live_by: str | None = None
    live_at: str | None = None
    proposed_value: Any = None
    proposed_by: str
    proposed_at: str
    device_name: str
    mutation_id: str
    status: Literal["open", "resolved"]
    resolution: ConflictResolution | None = None


class ConflictsResponse(_Model):
    conflicts: list[ConflictItem]


class ResolveRequest(_Model):
    choice: Literal["live", "proposal", "edited"]
    value: Any = None
    note: str = Field(default="", max_length=2000)


# -- keys, cards and bundles --------------------------------------------------------------------
#
#   GET  /keys?revoked_after=N  -> KeysResponse: the registry's public keys (bundle encryption,
#                                  bundle signing, card issuing) and card revocations after N
#   PUT  /device-keys           DeviceKeys -> DeviceKeys: this device's public keys (once; the
#                                  same keys again is a no-op, other keys 409 keys_differ)
#   POST /cards                 CardRequest -> CardIssued   (print_card; USER_HEADER)
#   POST /bundles               raw bundle bytes -> raw results bundle bytes
#                               (an online counter relaying a field laptop's bundle)
#
# Bundle refusals answer 422 with `ErrorBody.code == "bundle_<reason>"` (see sync.bundle).

MAX_BUNDLE_UPLOAD = 64 * 1024 * 1024


class IssuerKey(_Model):
    key_id: str
    public_key: str  # Ed25519, raw, base64


class KeysResponse(_Model):
    registry_signing_key: str  # Ed25519 public, base64: signs results bundles
    registry_box_key: str  # X25519 public, base64: bundles are encrypted to it
    issuer_keys: list[IssuerKey]  # card issuing keys, current first
    revoked_cards: list[str]  # card ids revoked after `revoked_after`
    revocations_through: int  # pass back as `revoked_after` next time


class DeviceKeys(_Model):
    signing_key: str  # Ed25519 public, base64
    box_key: str  # X25519 public, base64


class CardRequest(_Model):
    person_id: str = Field(min_length=36, max_length=36)
    reprint: bool = False  # a lost card: the person's earlier cards are revoked


class CardIssued(_Model):
    card_id: str
    person_id: str
    credential: str  # the Base45 text the QR code carries
    issued_on: str
    expires_on: str
    revoked_cards: list[str]  # card ids this issue revoked (reprint)
