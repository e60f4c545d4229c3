"""The device's sync state, kept in the encrypted cache's `meta` table.

Registry URL, device id and token, epoch, pull cursor, last successful sync: all inside the
encrypted file, so a stolen laptop without a password gives away neither the data nor the
credential. Writes go through the caller's transaction, so a page of pulled rows and the
cursor that follows it commit together.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

KEYS = (
    "registry_url",
    "device_id",
    "device_token",
    "epoch",
    "cursor",
    "last_sync_at",
    "download_snapshot",
    "download_complete",
    "deferred_indexes",
    "digest_checked_at",
    "digest_cursor",
    "audit_mirrored_through",
    "sync_log_sent_through",
    "last_server_digest",
    "device_signing_key",
    "device_box_key",
    "device_keys_registered",
    "registry_signing_key",
    "registry_box_key",
    "card_issuer_keys",
    "card_revocations_through",
)


@dataclass(frozen=True)
class SyncState:
    registry_url: str | None
    device_id: str | None
    device_token: str | None
    epoch: str | None
    cursor: int
    last_sync_at: str | None
    download_complete: bool

    @property
    def enrolled(self) -> bool:
        return bool(self.registry_url and self.device_token)


def get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def put(db: sqlite_utils.Database, key: str, value: object) -> None:
    """Set (or with None, clear) one value; call inside the caller's transaction."""
    if key not in KEYS:
        raise KeyError(key)
    if value is None:
        db.execute("DELETE FROM meta WHERE key = ?", [key])
    else:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, str(value)],
        )


def load(db: sqlite_utils.Database) -> SyncState:
    values = {
        row[0]: row[1]
        for row in db.execute(
            f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' * len(KEYS))})", KEYS
        )
    }
    return SyncState(
        registry_url=values.get("registry_url"),
        device_id=values.get("device_id"),
        device_token=values.get("device_token"),
        epoch=values.get("epoch"),
        cursor=int(values.get("cursor") or 0),
        last_sync_at=values.get("last_sync_at"),
        download_complete=values.get("download_complete") == "1",
    )
