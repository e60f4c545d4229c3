"""Append-only, hash-chained audit of every write.

Each row's hash covers the previous row's hash and its own content, so an edited, deleted or
reordered row breaks the chain from that point on (`verify_chain` finds the first break).
Rows hold field names and changes, never go to logs, and live only inside the encrypted cache.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: str | None
    action: str
    entity: str
    entity_id: str
    detail: Mapping[str, Any]


def canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _row_hash(prev_hash: str, seq: int, row: Mapping[str, Any]) -> str:
    body = canonical_json(
        [
            seq,
            row["at"],
            row["user_id"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["detail"],
        ]
    )
    return hashlib.sha256(f"{prev_hash}|{body}".encode()).hexdigest()


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
    """Add one row; call inside the transaction of the write it describes."""
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev_hash = last[1] if last else GENESIS
    seq = (last[0] + 1) if last else 1
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
        [seq, *row.values(), prev_hash, _row_hash(prev_hash, seq, row)],
    )
    return seq


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


def verify_chain(db: sqlite_utils.Database) -> int | None:
    """The seq of the first row that breaks the chain, or None when it is whole."""
    prev_hash, expected_seq = GENESIS, 1
    for row in db.query("SELECT * FROM audit ORDER BY seq"):
        if row["seq"] != expected_seq or row["prev_hash"] != prev_hash:
            return int(row["seq"])
        if _row_hash(prev_hash, row["seq"], row) != row["hash"]:
            return int(row["seq"])
        prev_hash, expected_seq = row["hash"], expected_seq + 1
    return None
