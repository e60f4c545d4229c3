"""The outbox: one row per change, written in the same transaction as the change.

The row is the mutation the sync engine will push: a client-made UUIDv7 id, the contiguous
device sequence (`seq`), the entity and its base version, the changed fields as old -> new,
and a hash of the frozen payload. A later edit is a new mutation, never a rewrite of this one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from uuid6 import uuid7

from sync.protocol import canonical_json, payload_hash


@dataclass(frozen=True)
class PendingSummary:
    pending: int
    oldest_client_time: str | None


def record(
    db: sqlite_utils.Database,
    *,
    entity: str,
    entity_id: str,
    op: str,
    base_version: int,
    changes: Mapping[str, tuple[Any, Any]],
    user_id: str,
    client_time: str,
) -> str:
    """Queue one mutation; call inside the transaction of the change. Returns its id.

    The row's `recorded_at` (when it was written: a change recorded for a day after that
    day was signed off is a late entry) is its `client_time`, the moment of the change.
    """
    mutation_id = str(uuid7())
    frozen = {name: list(pair) for name, pair in changes.items()}
    db.execute(
        "INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, changes,"
        " payload_hash, user_id, client_time, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            mutation_id,
            entity,
            entity_id,
            op,
            base_version,
            canonical_json(frozen),
            payload_hash(mutation_id, entity, entity_id, op, base_version, frozen),
            user_id,
            client_time,
            client_time,
        ],
    )
    return mutation_id


def pending_summary(db: sqlite_utils.Database) -> PendingSummary:
    row = db.execute(
        "SELECT count(*), min(client_time) FROM outbox WHERE state IN ('pending', 'sending')"
    ).fetchone()
    return PendingSummary(pending=int(row[0]), oldest_client_time=row[1])
