"""The change log, per-district counters and digests, and other small shared pieces.

Commit order equals sequence order. Every write transaction in a district first locks that
district's `district_state` row (`lock_district`) and takes its sequence numbers from it
(`record_change`: `UPDATE district_state SET seq = seq + 1 ... RETURNING seq`). A second
writer in the district waits on that row lock until the first commits, so sequence N + 1 can
only be handed out after the transaction holding N has committed (or rolled back, leaving a
harmless gap). A reader therefore never sees N + 1 before N, and reading the log
"up to what is committed" is a safe watermark without any extra bookkeeping. On SQLite the
database-wide write lock (BEGIN IMMEDIATE) gives the same order.

A row keeps the sequence number of its latest change-log entry (`seq`): a newer change of the
same row deletes the older entry, so the log holds at most one entry per row and a device
catching up reads each changed row once.

Digests (count and XOR of `row_digest(id, version)` per district table) are kept up to date
in the same transactions, so `GET /digest` costs one small read.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from uuid6 import uuid7

from sync.protocol import DIGEST_TABLES, row_digest
from sync.server import tables as t

_TOP_BIT = 1 << 63
_MASK = (1 << 64) - 1


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def new_id() -> str:
    return str(uuid7())


def to_signed(value: int) -> int:
    """A 64-bit unsigned digest as the signed BIGINT both databases store."""
    return value - (1 << 64) if value & _TOP_BIT else value


def to_unsigned(value: int) -> int:
    return value & _MASK


def insert_ignore(conn: Connection, table: Table, values: dict[str, Any]) -> None:
    """INSERT, or nothing when the primary key exists already (both dialects)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


# -- registry-wide settings ----------------------------------------------------------------


def get_meta(conn: Connection, key: str) -> str | None:
    value = conn.execute(select(t.registry_meta.c.value).where(t.registry_meta.c.key == key))
    return value.scalar_one_or_none()


def set_meta(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(
        update(t.registry_meta).where(t.registry_meta.c.key == key).values(value=value)
    )
    if done.rowcount == 0:
        conn.execute(insert(t.registry_meta).values(key=key, value=value))


def current_epoch(conn: Connection) -> str:
    epoch = get_meta(conn, "epoch")
    if epoch is None:
        raise RuntimeError("the registry database is not initialised: run `registry init`")
    return epoch


# -- districts ------------------------------------------------------------------------------


def ensure_district(conn: Connection, district: str) -> None:
    insert_ignore(conn, t.district_state, {"district": district, "seq": 0, "floor": 0})
    for table in DIGEST_TABLES:
        insert_ignore(
            conn, t.district_digest, {"district": district, "tbl": table, "count": 0, "xor": 0}
        )


def lock_district(conn: Connection, district: str) -> int:
    """Take the district's write lock (see the module docstring); returns its current seq."""
    ensure_district(conn, district)
    query = select(t.district_state.c.seq).where(t.district_state.c.district == district)
    return int(conn.execute(query.with_for_update()).scalar_one())


def district_seq(conn: Connection, district: str) -> tuple[int, int]:
    """(newest seq, retention floor) of a district; (0, 0) for one never written."""
    found = conn.execute(
        select(t.district_state.c.seq, t.district_state.c.floor).where(
            t.district_state.c.district == district
        )
    ).first()
    return (int(found[0]), int(found[1])) if found else (0, 0)


def districts(conn: Connection) -> list[str]:
    query = select(t.district_state.c.district).order_by(t.district_state.c.district)
    return list(conn.execute(query).scalars())


# Hot statements are built once: SQLAlchemy then reuses their compiled form and cache key.
_NEXT_SEQ = (
    update(t.district_state)
    .where(t.district_state.c.district == bindparam("d"))
    .values(seq=t.district_state.c.seq + bindparam("n"))
    .returning(t.district_state.c.seq)
)
_DROP_ENTRY = delete(t.change_log).where(
    t.change_log.c.district == bindparam("d"), t.change_log.c.seq == bindparam("s")
)
_DIGEST_WHERE = (
    t.district_digest.c.district == bindparam("d"),
    t.district_digest.c.tbl == bindparam("tb"),
)
_READ_DIGEST = select(t.district_digest.c.count, t.district_digest.c.xor).where(*_DIGEST_WHERE)
_WRITE_DIGEST = (
    update(t.district_digest).where(*_DIGEST_WHERE).values(count=bindparam("c"), xor=bindparam("x"))
)


def next_seq(conn: Connection, district: str, count: int = 1) -> int:
    """Reserve `count` sequence numbers; returns the last. Caller holds the district lock."""
    return int(conn.execute(_NEXT_SEQ, {"d": district, "n": count}).scalar_one())


def record_change(
    conn: Connection,
    district: str,
    entity: str,
    entity_id: str,
    *,
    version: int,
    previous_seq: int | None,
    op: str = "upsert",
) -> int:
    """Append a change-log entry (dropping the row's previous one); returns its seq."""
    seq = next_seq(conn, district)
    if previous_seq is not None:
        conn.execute(_DROP_ENTRY, {"d": district, "s": previous_seq})
    conn.execute(
        insert(t.change_log),
        {
            "district": district,
            "seq": seq,
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "version": version,
        },
    )
    return seq


def adjust_digest(
    conn: Connection,
    district: str,
    table: str,
    entity_id: str,
    old_version: int | None,
    new_version: int | None,
) -> None:
    """Account for a row created (old None), changed, or removed (new None)."""
    delta, count = 0, 0
    if old_version is not None:
        delta ^= row_digest(entity_id, old_version)
        count -= 1
    if new_version is not None:
        delta ^= row_digest(entity_id, new_version)
        count += 1
    add_digest(conn, district, table, count, delta)


def add_digest(conn: Connection, district: str, table: str, count: int, delta: int) -> None:
    key = {"d": district, "tb": table}
    current = conn.execute(_READ_DIGEST, key).one()
    xor = to_signed(to_unsigned(int(current[1])) ^ delta)
    conn.execute(_WRITE_DIGEST, key | {"c": int(current[0]) + count, "x": xor})


def digests(conn: Connection, district: str) -> dict[str, tuple[int, int]]:
    """Per table (count, unsigned XOR) for a district, as maintained."""
    rows = conn.execute(
        select(t.district_digest.c.tbl, t.district_digest.c.count, t.district_digest.c.xor).where(
            t.district_digest.c.district == district
        )
    )
    found = {row[0]: (int(row[1]), to_unsigned(int(row[2]))) for row in rows}
    return {table: found.get(table, (0, 0)) for table in DIGEST_TABLES}


# -- records for review -----------------------------------------------------------------------


def record_incident(
    conn: Connection,
    kind: str,
    *,
    device_id: str | None,
    mutation_id: str | None,
    detail: dict[str, Any],
) -> None:
    conn.execute(
        insert(t.incident).values(
            at=now_iso(),
            kind=kind,
            device_id=device_id,
            mutation_id=mutation_id,
            detail=dumps(detail),
        )
    )


@dataclass(frozen=True)
class Session:
    """One sync exchange with a device, for the supervisor's daily reconciliation."""

    device_id: str
    kind: str
    started_at: str
    user_id: str | None = None
    bytes_in: int = 0
    bytes_out: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    cursor_before: int | None = None
    cursor_after: int | None = None


def record_session(conn: Connection, session: Session) -> None:
    values = asdict(session) | {"counts": dumps(session.counts), "ended_at": now_iso()}
    conn.execute(insert(t.sync_session).values(**values))
