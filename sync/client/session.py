"""A logged-in device's link to its registry, as the desktop holds it.

`DeviceSync` opens its own connection to the encrypted cache (the counter's connection
stays free for the clerk) and its own HTTP session, runs sync cycles and resumes an
interrupted first download. It is used from one thread at a time (the desktop's sync
thread); nothing in it touches Qt.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sync.client import state
from sync.client.download import Progress, download, restore_deferred_indexes
from sync.client.engine import SyncEngine, SyncReport
from sync.client.errors import NotEnrolled
from sync.client.transport import Transport
from sync.protocol import SealedKey
from sync.replica.cache import DB_NAME, KEYS_NAME, Replica
from sync.replica.connection import open_encrypted
from sync.replica.keyslots import KdfParams, KeySlotFile, SlotUser
from sync.replica.outbox import pending_summary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    registry_url: str | None
    last_sync_at: str | None
    pending: int
    oldest_pending: str | None
    download_complete: bool


class DeviceSync:
    def __init__(
        self,
        data_dir: Path,
        key: bytes,
        *,
        user_id: str | None,
        clock: Callable[[], datetime],
        transport: Transport | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._key = key
        self.user_id = user_id
        self.clock = clock
        self.kdf = kdf
        self.db = open_encrypted(data_dir / DB_NAME, key, create=False, verify=False)
        current = state.load(self.db)
        self.transport = transport or (
            Transport(current.registry_url, current.device_token)
            if current.enrolled and current.registry_url
            else None
        )

    @classmethod
    def open(
        cls,
        data_dir: Path,
        key: bytes,
        *,
        user_id: str | None,
        clock: Callable[[], datetime],
        transport: Transport | None = None,
    ) -> DeviceSync | None:
        """The sync link of an enrolled cache, or None (and nothing left open) for a
        standalone one. Call on the thread that will use it."""
        link = cls(data_dir, key, user_id=user_id, clock=clock, transport=transport)
        if link.transport is None:
            link.close()
            return None
        return link

    @classmethod
    def for_replica(
        cls, replica: Replica, *, transport: Transport | None = None
    ) -> DeviceSync | None:
        data_dir, key = replica.sync_access()
        return cls.open(
            data_dir, key, user_id=replica.session.user_id, clock=replica.clock, transport=transport
        )

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
        with contextlib.suppress(Exception):
            self.db.close()

    def status(self) -> SyncStatus:
        current = state.load(self.db)
        pending = pending_summary(self.db)
        return SyncStatus(
            current.enrolled,
            current.registry_url,
            current.last_sync_at,
            pending.pending,
            pending.oldest_client_time,
            current.download_complete,
        )

    def needs_download(self) -> bool:
        return not state.load(self.db).download_complete

    def finish_download(self, progress: Progress | None = None) -> None:
        """Resume a first download that a crash or a dropped line interrupted."""
        if self.transport is None:
            raise NotEnrolled("standalone cache")
        download(self.db, self.transport, progress)
        restore_deferred_indexes(self.db)

    def run(self, progress: Progress | None = None) -> SyncReport:
        if self.transport is None:
            raise NotEnrolled("standalone cache")
        if self.needs_download():
            self.finish_download(progress)
        engine = SyncEngine(
            self.db,
            self.transport,
            user_id=self.user_id,
            clock=self.clock,
            progress=progress,
            on_users=self._users_changed,
        )
        return engine.run()

    def _users_changed(self, users: list[dict[str, Any]]) -> None:
        """Central users added, changed or withdrawn: reseal or remove their key slots."""
        slots = KeySlotFile(self.data_dir / KEYS_NAME, self.kdf)
        current, known = slots.sealed_users(), set(slots.users())
        for row in users:
            user_id = str(row["user_id"])
            if not row["active"]:
                slots.forget(user_id)
                continue
            sealed = SealedKey.model_validate(row["sealed"])
            if current.get(user_id) == sealed and _slot_user(row) in known:
                continue
            slots.seal_for(self._key, _slot_user(row), sealed)
        log.info("central users updated: %d", len(users))


def _slot_user(row: Mapping[str, Any]) -> SlotUser:
    return SlotUser(
        str(row["user_id"]), str(row["username"]), str(row["display_name"]), str(row["role"])
    )
