"""The registry's own audit chain, and the one chain check used for it and for device mirrors.

Every act of the registry that is not a device's data (a device enrolled or revoked, a user
added or (de)activated, a catalog published, an operator added, a conflict resolved, a day
signed off) appends one row. Each row's hash covers the previous row's hash and its own content
(`protocol.audit_row_hash`, as on the devices), so an edited, deleted or reordered row breaks
the chain from that point on.

The head (seq and hash of the newest row) is kept in `registry_meta`; appends continue from
it, not from whatever row is last, so rows deleted from the end are a gap the check finds
instead of a shorter chain that looks whole. Appending locks the head row: call `append` last
in a transaction, after any district lock, so the two locks are always taken in one order.
Details hold ids, codes and field names, never names, ID numbers, phones or field values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from sync.protocol import audit_row_hash, canonical_json
from sync.server import store
from sync.server import tables as t

GENESIS = "0" * 64
HEAD_KEY = "registry_audit_head"
CLI_ACTOR = "cli"


def format_head(seq: int, digest: str) -> str:
    return f"{seq}:{digest}"


def parse_head(value: str | None) -> tuple[int, str] | None:
    if value is None:
        return None
    seq, _, digest = value.partition(":")
    try:
        return int(seq), digest
    except ValueError:
        return (-1, value)  # a mangled head never matches a chain: the check reports it


def ensure_head(conn: Connection) -> None:
    store.insert_ignore(conn, t.registry_meta, {"key": HEAD_KEY, "value": format_head(0, GENESIS)})


def append(
    conn: Connection,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: Mapping[str, Any] | None = None,
) -> int:
    """Add one row to the registry's chain; returns its seq. See the module docstring."""
    ensure_head(conn)
    query = select(t.registry_meta.c.value).where(t.registry_meta.c.key == HEAD_KEY)
    head = parse_head(conn.execute(query.with_for_update()).scalar_one())
    assert head is not None
    seq, prev_hash = head[0] + 1, head[1]
    at = store.now_iso()
    text = canonical_json(dict(detail or {}))
    digest = audit_row_hash(prev_hash, seq, at, actor, action, entity, entity_id, text)
    conn.execute(
        insert(t.registry_audit).values(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=text,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
    store.set_meta(conn, HEAD_KEY, format_head(seq, digest))
    return seq


# -- checking a chain -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainRow:
    seq: int
    at: str
    user_id: str | None
    action: str
    entity: str
    entity_id: str
    detail: str
    prev_hash: str
    hash: str

    def link(self, prev_hash: str) -> str:
        """This row's hash as it should be, following `prev_hash`."""
        return audit_row_hash(
            prev_hash,
            self.seq,
            self.at,
            self.user_id,
            self.action,
            self.entity,
            self.entity_id,
            self.detail,
        )


@dataclass(frozen=True)
class ChainReport:
    """What a check found: entries that held, and the first broken seq with the reason
    (`edited`, `missing`, `reordered` or `cut off`)."""

    entries: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def whole(self) -> bool:
        return self.broken_at is None


def verify_rows(rows: Iterable[ChainRow], head: tuple[int, str] | None) -> ChainReport:
    """Walk a chain in seq order from the start; `head` is the (seq, hash) kept apart."""
    prev_hash, expected, count = GENESIS, 1, 0
    for row in rows:
        if row.seq != expected:
            return ChainReport(count, expected, "missing")
        if row.prev_hash != prev_hash:
            return ChainReport(count, row.seq, "reordered")
        if row.link(prev_hash) != row.hash:
            return ChainReport(count, row.seq, "edited")
        prev_hash, expected, count = row.hash, expected + 1, count + 1
    last = expected - 1
    if head is None or head == (last, prev_hash):
        return ChainReport(count)
    if head[0] > last:
        return ChainReport(count, expected, "cut off")
    # The newest row was rewritten (its hash is not the head's), or rows were added past the
    # head behind the registry's back: the first row the head cannot account for is reported.
    return ChainReport(count, max(1, head[0] if head[0] == last else head[0] + 1), "edited")


def verify_registry(conn: Connection) -> ChainReport:
    table = t.registry_audit
    query = select(
        table.c.seq,
        table.c.at,
        table.c.actor,
        table.c.action,
        table.c.entity,
        table.c.entity_id,
        table.c.detail,
        table.c.prev_hash,
        table.c.hash,
    ).order_by(table.c.seq)
    rows = (ChainRow(int(r[0]), *r[1:]) for r in conn.execute(query))
    return verify_rows(rows, parse_head(store.get_meta(conn, HEAD_KEY)))
