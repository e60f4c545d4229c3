"""The supervisor's day on the device: what the counter did, what the registry acknowledged.

Types first (the desktop's reconciliation screen is written against them); the queries that
fill them live below and are reached through `Replica` methods that check the role first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any

import sqlite_utils

from sync.protocol import DIGEST_TABLES, canonical_json, row_digest
from sync.replica import outbox
from sync.replica.errors import ReplicaError


@dataclass(frozen=True)
class ClerkTally:
    """One user's work on one day, by what became of it at the registry."""

    user_id: str
    display_name: str
    created: int = 0  # persons and households registered (create mutations)
    updated: int = 0  # edits (update mutations)
    applications: int = 0  # enrolment creates
    acknowledged: int = 0  # applied or merged at the registry
    pending: int = 0  # not yet sent, or sent and not answered
    rejected: int = 0  # refused and not yet resubmitted or discarded
    conflicted: int = 0  # accepted with an identity field queued for review
    held: int = 0


@dataclass(frozen=True)
class RejectedChange:
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    changes: dict[str, list[Any]]  # field -> [old, new] as the outbox stored it
    user_id: str
    display_name: str
    client_time: str
    reason: str | None  # the registry's code, e.g. "invalid", "merged_into"
    message: str | None  # the registry's English sentence
    resolution: str | None = None  # None, "resubmitted" or "discarded"
    resolution_note: str | None = None
    resolved_by: str | None = None
    resolved_at: str | None = None
    superseded_by: str | None = None  # the new mutation id when resubmitted


@dataclass(frozen=True)
class SyncSessionRow:
    id: int
    started_at: str
    ended_at: str | None
    user_id: str | None
    kind: str
    bytes_sent: int
    bytes_received: int
    pushed: int
    applied: int
    merged: int
    conflicted: int
    rejected: int
    held: int
    pulled: int
    cursor_before: int | None
    cursor_after: int | None
    clock_skew_seconds: float | None
    divergence: str | None
    error: str | None


@dataclass(frozen=True)
class LocalSignoff:
    day: str
    user_id: str
    display_name: str
    note: str
    summary: dict[str, int]
    signed_at: str
    sent_at: str | None  # when the registry took it; None while it waits for a sync


@dataclass(frozen=True)
class LateLocalEntry:
    mutation_id: str
    entity: str
    entity_id: str
    op: str
    user_id: str
    client_time: str  # recorded for the signed day ...
    recorded_at: str  # ... but written to the outbox after the sign-off


@dataclass(frozen=True)
class TableAgreement:
    table: str
    local_count: int
    local_hash: int
    server_count: int | None  # None: not compared yet (no sync with a digest)
    server_hash: int | None
    differing_ids: tuple[str, ...] = ()  # filled when they disagree and the repair listed rows

    @property
    def agrees(self) -> bool | None:
        if self.server_count is None:
            return None
        return self.local_count == self.server_count and self.local_hash == self.server_hash


@dataclass(frozen=True)
class DeviceDay:
    day: date
    clerks: tuple[ClerkTally, ...]
    totals: ClerkTally
    pending_total: int  # all pending now, any day
    oldest_pending: str | None  # client_time of the oldest pending change, any day
    rejected: tuple[RejectedChange, ...]  # of this day (unresolved first)
    sync_sessions: tuple[SyncSessionRow, ...]  # started this day
    signoff: LocalSignoff | None
    late_entries: tuple[LateLocalEntry, ...]
    tables: tuple[TableAgreement, ...] = field(default=())
    tables_compared_at: str | None = None  # when the registry's digest was last read


@dataclass(frozen=True)
class DayPoint:
    """One day of the 30-day chart."""

    day: date
    registrations: int
    applications: int
    sync_bytes: int
    rejects: int


# -- queries ------------------------------------------------------------------------------------
#
# A day is the calendar date of a row's `client_time` as the counter wrote it (local time), the
# same rule the registry uses. `substr(client_time, 1, 10)` is indexed (migration 5).

DAY_OF = "substr(client_time, 1, 10)"
# A resubmission corrects a change already counted on its own day: it is not new work.
_NEW = "supersedes IS NULL"
_TALLY_SQL = f"""
SELECT user_id,
    sum(op = 'create' AND entity IN ('person', 'household') AND {_NEW}),
    sum(op = 'update' AND {_NEW}),
    sum(op = 'create' AND entity = 'enrolment' AND {_NEW}),
    sum(state = 'acked'),
    sum(state IN ('pending', 'sending')),
    sum(state = 'rejected' AND resolution IS NULL),
    sum(state = 'conflict'),
    sum(state = 'held')
FROM outbox WHERE {DAY_OF} = ? GROUP BY user_id
"""
TALLY_FIELDS = (
    "created",
    "updated",
    "applications",
    "acknowledged",
    "pending",
    "rejected",
    "conflicted",
    "held",
)
_REJECTED_COLUMNS = (
    "mutation_id, entity, entity_id, op, changes, user_id, client_time, result, last_error,"
    " resolution, resolution_note, resolved_by, resolved_at, superseded_by"
)
SERVER_DIGEST_KEY = "last_server_digest"


def display_names(db: sqlite_utils.Database) -> dict[str, str]:
    """Display names by user id: the registry's users, then this device's own (which win)."""
    names = dict(db.execute("SELECT id, display_name FROM central_user").fetchall())
    names.update(db.execute("SELECT id, display_name FROM users").fetchall())
    return {str(k): str(v) for k, v in names.items()}


def day_report(db: sqlite_utils.Database, day: date, *, compare_tables: bool = True) -> DeviceDay:
    """Everything the supervisor reconciles for `day` on this device, read in one go.

    `compare_tables` hashes every row of the compared tables (seconds at a million persons);
    without it `tables` is empty.
    """
    names = display_names(db)
    clerks = _tallies(db, day, names)
    pending = outbox.pending_summary(db)
    signoff = signoff_for(db, day, names)
    return DeviceDay(
        day=day,
        clerks=clerks,
        totals=_total(clerks),
        pending_total=pending.pending,
        oldest_pending=pending.oldest_client_time,
        rejected=rejected_changes(db, day, names),
        sync_sessions=sync_sessions(db, day),
        signoff=signoff,
        late_entries=late_entries(db, day, signoff.signed_at) if signoff else (),
        tables=table_agreements(db) if compare_tables else (),
        tables_compared_at=server_digest(db).get("at") if compare_tables else None,
    )


def _tallies(
    db: sqlite_utils.Database, day: date, names: Mapping[str, str]
) -> tuple[ClerkTally, ...]:
    tallies = [
        ClerkTally(
            user_id,
            names.get(user_id, user_id),
            **dict(zip(TALLY_FIELDS, (int(n or 0) for n in counts), strict=True)),
        )
        for user_id, *counts in db.execute(_TALLY_SQL, [day.isoformat()]).fetchall()
    ]
    return tuple(sorted(tallies, key=lambda t: (t.display_name.casefold(), t.user_id)))


def _total(clerks: Sequence[ClerkTally]) -> ClerkTally:
    sums = {name: sum(getattr(c, name) for c in clerks) for name in TALLY_FIELDS}
    return ClerkTally("", "", **sums)


def summary_of(tally: ClerkTally) -> dict[str, int]:
    """A tally's counts by name: the sign-off's summary."""
    return {name: int(getattr(tally, name)) for name in TALLY_FIELDS}


def rejected_changes(
    db: sqlite_utils.Database, day: date, names: Mapping[str, str]
) -> tuple[RejectedChange, ...]:
    """The day's refused changes, those still to resolve first, then in device order."""
    rows = db.execute(
        f"SELECT {_REJECTED_COLUMNS} FROM outbox WHERE {DAY_OF} = ? AND state = 'rejected'"
        " ORDER BY resolution IS NOT NULL, seq",
        [day.isoformat()],
    ).fetchall()
    return tuple(_rejected(row, names) for row in rows)


def _rejected(row: Sequence[Any], names: Mapping[str, str]) -> RejectedChange:
    mutation_id, entity, entity_id, op, changes, user_id, client_time = row[:7]
    answer = _json_object(row[7])
    reason, message = answer.get("reason") or row[8], answer.get("message")
    resolution, note, resolved_by, resolved_at, superseded_by = row[9:14]
    return RejectedChange(
        mutation_id=mutation_id,
        entity=entity,
        entity_id=entity_id,
        op=op,
        changes=json.loads(changes),
        user_id=user_id,
        display_name=names.get(user_id, user_id),
        client_time=client_time,
        reason=str(reason) if reason is not None else None,
        message=str(message) if message is not None else None,
        resolution=resolution,
        resolution_note=note,
        resolved_by=resolved_by,
        resolved_at=resolved_at,
        superseded_by=superseded_by,
    )


def _json_object(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def sync_sessions(db: sqlite_utils.Database, day: date) -> tuple[SyncSessionRow, ...]:
    names = [f.name for f in fields(SyncSessionRow)]
    rows = db.execute(
        f"SELECT {', '.join(names)} FROM sync_session WHERE substr(started_at, 1, 10) = ?"
        " ORDER BY id",
        [day.isoformat()],
    ).fetchall()
    return tuple(SyncSessionRow(*row) for row in rows)


# -- sign-off -----------------------------------------------------------------------------------


class AlreadySigned(ReplicaError):
    user_message = "This day has already been signed off on this device."


class DayNotStarted(ReplicaError):
    user_message = "A day that has not started yet cannot be signed off."


def signoff_for(
    db: sqlite_utils.Database, day: date, names: Mapping[str, str] | None = None
) -> LocalSignoff | None:
    row = db.execute(
        "SELECT day, user_id, note, summary, signed_at, sent_at FROM day_signoff WHERE day = ?",
        [day.isoformat()],
    ).fetchone()
    return _signoff(row, display_names(db) if names is None else names) if row else None


def _signoff(row: Sequence[Any], names: Mapping[str, str]) -> LocalSignoff:
    return LocalSignoff(
        day=row[0],
        user_id=row[1],
        display_name=names.get(row[1], row[1]),
        note=row[2],
        summary={str(k): int(v) for k, v in _json_object(row[3]).items()},
        signed_at=row[4],
        sent_at=row[5],
    )


def insert_signoff(
    db: sqlite_utils.Database,
    day: date,
    *,
    user_id: str,
    note: str,
    summary: Mapping[str, int],
    signed_at: str,
) -> LocalSignoff:
    """Write the day's sign-off; call inside the caller's transaction (one per day)."""
    db.execute(
        "INSERT INTO day_signoff (day, user_id, note, summary, signed_at, outbox_seq)"
        " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM outbox))",
        [day.isoformat(), user_id, note, canonical_json(dict(summary)), signed_at],
    )
    found = signoff_for(db, day)
    assert found is not None  # just written, in this transaction
    return found


def pending_signoffs(db: sqlite_utils.Database) -> list[LocalSignoff]:
    """Sign-offs the registry has not taken yet, oldest day first (for the sync engine)."""
    names = display_names(db)
    rows = db.execute(
        "SELECT day, user_id, note, summary, signed_at, sent_at FROM day_signoff"
        " WHERE sent_at IS NULL ORDER BY day"
    ).fetchall()
    return [_signoff(row, names) for row in rows]


def mark_signoff_sent(db: sqlite_utils.Database, day: date, at: str) -> None:
    """The registry took the day's sign-off at `at`; a sign-off already marked keeps its time."""
    with db.atomic():
        db.execute(
            "UPDATE day_signoff SET sent_at = ? WHERE day = ? AND sent_at IS NULL",
            [at, day.isoformat()],
        )


def late_entries(
    db: sqlite_utils.Database, day: date, signed_at: str
) -> tuple[LateLocalEntry, ...]:
    """Changes recorded for `day` but written to the outbox after it was signed off: after
    the outbox position noted at sign-off (exact even within the same second), or for a
    sign-off from before that was noted, after its time."""
    mark = db.execute(
        "SELECT outbox_seq FROM day_signoff WHERE day = ?", [day.isoformat()]
    ).fetchone()
    rows = db.execute(
        "SELECT mutation_id, entity, entity_id, op, user_id, client_time,"
        f" coalesce(recorded_at, client_time), seq FROM outbox WHERE {DAY_OF} = ? ORDER BY seq",
        [day.isoformat()],
    ).fetchall()
    if mark is not None and mark[0] is not None:
        return tuple(LateLocalEntry(*row[:7]) for row in rows if int(row[7]) > int(mark[0]))
    signed = instant(signed_at)
    return tuple(LateLocalEntry(*row[:7]) for row in rows if instant(row[6]) > signed)


def instant(text: str) -> datetime:
    """An ISO time as an aware instant; a time written without an offset is local time."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.astimezone()


# -- agreement with the registry ----------------------------------------------------------------


def local_digest(db: sqlite_utils.Database, table: str) -> tuple[int, str]:
    """Count and order-independent hash of (id, version) over one local table: the device's
    side of the divergence check (the sync engine uses it too)."""
    xor, count = 0, 0
    for entity_id, version in db.execute(f"SELECT id, version FROM {table}"):
        xor ^= row_digest(entity_id, version)
        count += 1
    return count, f"{xor:016x}"


def server_digest(db: sqlite_utils.Database) -> dict[str, Any]:
    """The registry's digest the sync engine stored after its last comparison, or {}."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [SERVER_DIGEST_KEY]).fetchone()
    return _json_object(row[0]) if row else {}


def table_agreements(db: sqlite_utils.Database) -> tuple[TableAgreement, ...]:
    stored = server_digest(db)
    tables = stored.get("tables") if isinstance(stored.get("tables"), dict) else {}
    differing = stored.get("differing") if isinstance(stored.get("differing"), dict) else {}
    out = []
    for table in DIGEST_TABLES:
        count, xor = local_digest(db, table)
        server_count, server_hash = _server_pair((tables or {}).get(table))
        listed = (differing or {}).get(table) or ()
        out.append(
            TableAgreement(
                table=table,
                local_count=count,
                local_hash=int(xor, 16),
                server_count=server_count,
                server_hash=server_hash,
                differing_ids=tuple(str(i) for i in listed),
            )
        )
    return tuple(out)


def _server_pair(value: Any) -> tuple[int | None, int | None]:
    try:
        count, xor = value
        return int(count), int(str(xor), 16)
    except (TypeError, ValueError):
        return None, None


# -- the 30-day chart ---------------------------------------------------------------------------

_SERIES_SQL = f"""
SELECT {DAY_OF},
    sum(op = 'create' AND entity = 'person' AND {_NEW}),
    sum(op = 'create' AND entity = 'enrolment' AND {_NEW}),
    sum(state = 'rejected')
FROM outbox WHERE {DAY_OF} BETWEEN ? AND ? GROUP BY {DAY_OF}
"""
_BYTES_SQL = """
SELECT substr(started_at, 1, 10), sum(bytes_sent + bytes_received)
FROM sync_session WHERE substr(started_at, 1, 10) BETWEEN ? AND ?
GROUP BY substr(started_at, 1, 10)
"""


def daily_series(db: sqlite_utils.Database, end: date, days: int = 30) -> list[DayPoint]:
    """One point per day from `end - days + 1` to `end`, days without work as zeros."""
    if days < 1:
        return []
    start = end - timedelta(days=days - 1)
    span = [start.isoformat(), end.isoformat()]
    work = {row[0]: row[1:] for row in db.execute(_SERIES_SQL, span).fetchall()}
    sent = dict(db.execute(_BYTES_SQL, span).fetchall())
    points = []
    for offset in range(days):
        key = (start + timedelta(days=offset)).isoformat()
        registrations, applications, rejects = work.get(key, (0, 0, 0))
        points.append(
            DayPoint(
                day=start + timedelta(days=offset),
                registrations=int(registrations or 0),
                applications=int(applications or 0),
                sync_bytes=int(sent.get(key) or 0),
                rejects=int(rejects or 0),
            )
        )
    return points
