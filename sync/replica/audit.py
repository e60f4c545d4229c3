"""Append-only, hash-chained audit of every write.

Each row's hash covers the previous row's hash and its own content, so an edited, deleted or
reordered row breaks the chain from that point on (`verify_chain` finds the first break).
Rows hold field names and changes, never go to logs, and live only inside the encrypted cache.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from sync.protocol import audit_row_hash, canonical_json

GENESIS = "0" * 64
MIRRORED_KEY = "audit_mirrored_through"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: str | None
    action: str
    entity: str
    entity_id: str
    detail: Mapping[str, Any]


def _row_hash(prev_hash: str, seq: int, row: Mapping[str, Any]) -> str:
    """The registry checks the mirrored chain with the same function (`sync.protocol`)."""
    return audit_row_hash(
        prev_hash,
        seq,
        row["at"],
        row["user_id"],
        row["action"],
        row["entity"],
        row["entity_id"],
        row["detail"],
    )


def append(
    db: sqlite_utils.Database,
    *,
    at: str,
    user_id: str | None,
    action: str,
    entity: str,
    entity_id: str,
    detail: Mapping[str, Any],
) -> int:
    """Add one row; call inside the transaction of the write it describes.

    The chain continues from the head kept in `meta` (written with every row), not from
    whatever row is last: rows deleted from the end are then a gap the next check finds,
    instead of a shorter chain that looks whole.
    """
    head = _head(db)
    if head is None:
        last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        head = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    seq, prev_hash = head[0] + 1, head[1]
    row = {
        "at": at,
        "user_id": user_id,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "detail": canonical_json(detail),
    }
    db.execute(
        "INSERT INTO audit (seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, *row.values(), prev_hash, row_hash := _row_hash(prev_hash, seq, row)],
    )
    db.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [f"{seq}:{row_hash}"],
    )
    return seq


def _head(db: sqlite_utils.Database) -> tuple[int, str] | None:
    found = db.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if found is None:
        return None
    seq, _, digest = str(found[0]).partition(":")
    return int(seq), digest


def entries_for(db: sqlite_utils.Database, entity: str, entity_id: str) -> list[AuditEntry]:
    rows = db.query(
        "SELECT seq, at, user_id, action, entity, entity_id, detail FROM audit"
        " WHERE entity = ? AND entity_id = ? ORDER BY seq",
        [entity, entity_id],
    )
    return [
        AuditEntry(
            seq=row["seq"],
            at=row["at"],
            user_id=row["user_id"],
            action=row["action"],
            entity=row["entity"],
            entity_id=row["entity_id"],
            detail=json.loads(row["detail"]),
        )
        for row in rows
    ]


def audit_entries_after(db: sqlite_utils.Database, seq: int, limit: int) -> list[dict[str, Any]]:
    """Raw rows after `seq` in chain order (detail as its JSON text), for the registry's
    mirror: seq, at, user_id, action, entity, entity_id, detail, hash."""
    rows = db.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail, hash FROM audit"
        " WHERE seq > ? ORDER BY seq LIMIT ?",
        [seq, limit],
    ).fetchall()
    names = ("seq", "at", "user_id", "action", "entity", "entity_id", "detail", "hash")
    return [dict(zip(names, row, strict=True)) for row in rows]


def mirrored_through(db: sqlite_utils.Database) -> int:
    """The last seq the registry confirmed it stored (0 before the first mirror)."""
    found = db.execute("SELECT value FROM meta WHERE key = ?", [MIRRORED_KEY]).fetchone()
    return int(found[0]) if found else 0


def set_mirrored_through(db: sqlite_utils.Database, seq: int) -> None:
    """Record the registry's `stored_through`; call inside the caller's transaction."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [MIRRORED_KEY, str(int(seq))],
    )


@dataclass(frozen=True)
class ChainReport:
    """What `verify` found: entries checked, and the first broken link with the reason."""

    entries: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def whole(self) -> bool:
        return self.broken_at is None


def verify(db: sqlite_utils.Database) -> ChainReport:
    """Walk the chain from the start; report the first entry that was edited, removed,
    reordered or cut off the end."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for row in db.query("SELECT * FROM audit ORDER BY seq"):
        seq = int(row["seq"])
        if seq != expected_seq:
            return ChainReport(count, expected_seq, "entry missing (deleted or moved)")
        if row["prev_hash"] != prev_hash:
            return ChainReport(count, seq, "does not follow the entry before it (reordered)")
        if _row_hash(prev_hash, seq, row) != row["hash"]:
            return ChainReport(count, seq, "content changed after it was written")
        prev_hash, expected_seq, count = row["hash"], expected_seq + 1, count + 1
    head = _head(db)
    if head is not None and head != (expected_seq - 1, prev_hash):
        return ChainReport(count, expected_seq, "entries missing at the end")
    return ChainReport(count)


def verify_chain(db: sqlite_utils.Database) -> int | None:
    """The seq of the first row that breaks the chain, or None when it is whole."""
    return verify(db).broken_at
