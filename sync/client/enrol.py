"""First start of a device against a registry: enrol with a one-time code, download the district.

1. `POST /enrol` with the code the registry operator printed: a device id, a token bound to
   one district, the epoch and a first block of registry numbers come back.
2. The district's users come down (sealed keys, never passwords). A new cache is created
   whose random key is sealed to each of them, so any of them can log in after.
3. The district snapshot downloads into the cache with progress; if the line drops, logging
   in later resumes the download where it stopped (`resume_download`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils
from uuid6 import uuid7

from sync.client import state
from sync.client.download import DownloadResult, Progress, download
from sync.client.errors import EnrolmentRefused, NoCentralUsers, NotARegistry, ProtocolError
from sync.client.transport import Transport
from sync.protocol import CentralUser, EnrolRequest, EnrolResponse, UsersResponse
from sync.replica.cache import (
    DB_NAME,
    KEYS_NAME,
    CacheState,
    DeviceInfo,
    _locked,
    cache_state,
    insert_user,
    remove_cache_files,
    write_identity,
)
from sync.replica.connection import ProcessLock, open_encrypted, translate_errors
from sync.replica.errors import CacheExists
from sync.replica.keyslots import KdfParams, KeySlotFile, SlotUser
from sync.replica.schema import migrate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EnrolResult:
    device: DeviceInfo
    device_id: str
    users: tuple[str, ...]
    download: DownloadResult


def enrol(
    data_dir: Path,
    registry_url: str,
    request: EnrolRequest,
    *,
    clock: Callable[[], datetime],
    progress: Progress | None = None,
    kdf: KdfParams | None = None,
    transport: Transport | None = None,
) -> EnrolResult:
    """Enrol this device and build its cache; raises a SyncError the clerk can act on.

    The code in `request` may be typed with spaces, dashes or lower case.
    """
    if cache_state(data_dir) is not CacheState.NEW:
        raise CacheExists("cache already present")
    link = transport or Transport(registry_url)
    try:
        answer = link.post(
            "/enrol",
            request.model_copy(update={"code": _normalise_code(request.code)}),
            EnrolResponse,
        )
    except ProtocolError as exc:
        # Only the registry's own refusal is about the code; anything else (404, a web page,
        # a body that is not ours) means the address is not a registry.
        if exc.code == "enrol_refused" or exc.status in (400, 403, 422):
            raise EnrolmentRefused(str(exc)) from None
        raise NotARegistry(str(exc)) from None
    link.token = answer.token
    users = [u for u in link.get("/users", UsersResponse).users if u.active]
    if not users:
        raise NoCentralUsers(answer.district)
    device = DeviceInfo(office=answer.office, district=answer.district, country=answer.country)
    db, lock = _create_cache(data_dir, registry_url, answer, users, device, clock, kdf)
    try:
        result = download(db, link, progress)
    finally:
        db.close()
        lock.release()
    log.info("device %s enrolled", answer.device_id)
    return EnrolResult(device, answer.device_id, tuple(u.username for u in users), result)


def _slot_user(user: CentralUser) -> SlotUser:
    return SlotUser(user.user_id, user.username, user.display_name, user.role)


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _create_cache(
    data_dir: Path,
    registry_url: str,
    answer: EnrolResponse,
    users: list[CentralUser],
    device: DeviceInfo,
    clock: Callable[[], datetime],
    kdf: KdfParams | None,
) -> tuple[sqlite_utils.Database, ProcessLock]:
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = _locked(data_dir)
    cache_id = str(uuid7())
    slots = KeySlotFile(data_dir / KEYS_NAME, kdf)
    try:
        key = slots.create_sealed(
            cache_id,
            [(_slot_user(u), u.sealed) for u in users],
        )
        db = open_encrypted(data_dir / DB_NAME, key, create=True)
        with translate_errors():
            migrate(db)
            _initialise(db, cache_id, registry_url, answer, users, device, clock)
    except BaseException:
        lock.release()
        remove_cache_files(data_dir)
        raise
    return db, lock


def _initialise(
    db: sqlite_utils.Database,
    cache_id: str,
    registry_url: str,
    answer: EnrolResponse,
    users: list[CentralUser],
    device: DeviceInfo,
    clock: Callable[[], datetime],
) -> None:
    now = clock()
    with db.atomic():
        write_identity(db, cache_id, device, now)
        state.put(db, "registry_url", registry_url.rstrip("/"))
        state.put(db, "device_id", answer.device_id)
        state.put(db, "device_token", answer.token)
        state.put(db, "epoch", answer.epoch)
        state.put(db, "cursor", 0)
        for user in users:
            insert_user(db, _slot_user(user), now, None)
            db.execute(
                "INSERT INTO central_user (id, username, display_name, role, active, version,"
                " sealed) VALUES (?, ?, ?, ?, 1, ?, ?)",
                [
                    user.user_id,
                    user.username,
                    user.display_name,
                    user.role,
                    user.version,
                    user.sealed.model_dump_json(),
                ],
            )
        db.execute(
            "INSERT INTO regno_block (start, end, next, source) VALUES (?, ?, ?, 'registry')",
            [answer.regno_block.start, answer.regno_block.end, answer.regno_block.start],
        )
