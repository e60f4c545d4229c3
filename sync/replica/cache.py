"""The local encrypted cache as one object: create it, log in to it, use it, close it.

A cache is a folder with three files: `onestop.db` (SQLCipher), `onestop.keys` (key slots)
and `onestop.lock` (held while open so two processes never share it). `Replica` owns one
connection and is not thread-safe: the desktop gives it to a single worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import sqlite_utils
from uuid6 import uuid7

from forms.definition import FormDefinition, load_form
from forms.roles import Action
from sync.replica import audit, day, outbox, rejected, search
from sync.replica.access import require
from sync.replica.batch import CoverageSummary, coverage
from sync.replica.connection import ProcessLock, open_encrypted, translate_errors
from sync.replica.entitlements import EntitlementService
from sync.replica.errors import (
    CacheMissing,
    KeyFileMissing,
    LoginThrottled,
    PermissionDenied,
    WrongPassword,
)
from sync.replica.keyslots import KdfParams, KeySlotFile, SlotUser
from sync.replica.persons import Actor, PersonRecord, PersonStore
from sync.replica.schema import migrate

log = logging.getLogger(__name__)

DB_NAME = "onestop.db"
KEYS_NAME = "onestop.keys"
LOCK_NAME = "onestop.lock"
STANDALONE_BLOCK = 1_000_000


def local_now() -> datetime:
    return datetime.now().astimezone()


class CacheState(Enum):
    NEW = "new"
    READY = "ready"


@dataclass(frozen=True)
class DeviceInfo:
    office: str
    district: str
    country: str = "PK"


@dataclass(frozen=True)
class UserSession:
    user_id: str
    username: str
    display_name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    password: str
    role: str = "clerk"


class LoginThrottle:
    """Growing delay after repeated failures: free tries, then 2, 4, 8 … s (capped).

    Kept in memory on purpose: a wrong password must write nothing to disk.
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        free_attempts: int = 3,
        cap_seconds: float = 300.0,
    ) -> None:
        self.clock, self.free_attempts, self.cap = clock, free_attempts, cap_seconds
        self._failures: dict[str, tuple[int, float]] = {}

    def check(self, username: str) -> None:
        count, last = self._failures.get(username.casefold(), (0, 0.0))
        wait = self.delay_after(count) - (self.clock() - last)
        if wait > 0:
            raise LoginThrottled(wait)

    def delay_after(self, failures: int) -> float:
        if failures < self.free_attempts:
            return 0.0
        return float(min(self.cap, 2 ** (failures - self.free_attempts + 1)))

    def failed(self, username: str) -> None:
        count, _ = self._failures.get(username.casefold(), (0, 0.0))
        self._failures[username.casefold()] = (count + 1, self.clock())

    def succeeded(self, username: str) -> None:
        self._failures.pop(username.casefold(), None)


def cache_state(data_dir: Path) -> CacheState:
    """NEW when the folder holds no cache at all; READY when both files are there.

    One file without the other is never 'new': that would invite creating a fresh cache
    over a damaged one, so it raises the error that tells the clerk what to restore.
    """
    db, keys = data_dir / DB_NAME, data_dir / KEYS_NAME
    if not db.exists() and not keys.exists():
        return CacheState.NEW
    if not keys.exists():
        raise KeyFileMissing(KEYS_NAME)
    if not db.exists():
        raise CacheMissing(DB_NAME)
    return CacheState.READY


class Replica:
    """An open, unlocked cache and the user who unlocked it."""

    def __init__(
        self,
        data_dir: Path,
        db: sqlite_utils.Database,
        key: bytes,
        slots: KeySlotFile,
        lock: ProcessLock,
        session: UserSession,
        clock: Callable[[], datetime],
    ) -> None:
        self.data_dir = data_dir
        self.db = db
        self._key = key
        self.slots = slots
        self._lock = lock
        self.session = session
        self.clock = clock
        self.household_form: FormDefinition = load_form("household")
        self.persons = PersonStore(db, self.household_form, clock)
        meta = {row["key"]: row["value"] for row in db.query("SELECT key, value FROM meta")}
        self.device = DeviceInfo(meta["office"], meta["district"], meta.get("country", "PK"))
        self.entitlements = EntitlementService(db, self.device.country.lower(), clock)

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        supervisor: NewUser,
        device: DeviceInfo,
        *,
        kdf: KdfParams | None = None,
        clock: Callable[[], datetime] = local_now,
    ) -> Replica:
        """First run: a new cache, its key, and the first supervisor's slot."""
        data_dir.mkdir(parents=True, exist_ok=True)
        if cache_state(data_dir) is not CacheState.NEW:
            raise CacheMissing("cache already present")
        lock = _locked(data_dir)
        slots = KeySlotFile(data_dir / KEYS_NAME, kdf)
        first = SlotUser(
            str(uuid7()), supervisor.username.strip(), supervisor.display_name, "supervisor"
        )
        cache_id = str(uuid7())
        try:
            key = slots.create(cache_id, first, supervisor.password)
            db = open_encrypted(data_dir / DB_NAME, key, create=True)
        except BaseException:
            lock.release()
            remove_cache_files(data_dir)
            raise
        with translate_errors():
            migrate(db)
            _initialise(db, cache_id, device, first, clock)
        log.info("created a new cache")
        session = UserSession(first.user_id, first.username, first.display_name, first.role)
        return cls(data_dir, db, key, slots, lock, session, clock)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        username: str,
        password: str,
        *,
        throttle: LoginThrottle | None = None,
        kdf: KdfParams | None = None,
        clock: Callable[[], datetime] = local_now,
    ) -> Replica:
        """Log in offline: unwrap the key from the user's slot, open and check the cache.

        `kdf` is the cost for slots written in this session (new users, new passwords);
        None calibrates it on first use. Existing slots open with their own stored cost.
        """
        cache_state(data_dir)
        if throttle is not None:
            throttle.check(username)
        slots = KeySlotFile(data_dir / KEYS_NAME, kdf)
        try:
            key, user = slots.unlock(username, password)
        except WrongPassword:
            if throttle is not None:
                throttle.failed(username)
            log.info("login refused")
            raise
        if throttle is not None:
            throttle.succeeded(username)
        lock = _locked(data_dir)
        try:
            db = open_encrypted(data_dir / DB_NAME, key, create=False)
            with translate_errors():
                migrate(db)
        except BaseException:
            lock.release()
            raise
        log.info("user %s logged in", user.user_id)
        session = UserSession(user.user_id, user.username, user.display_name, user.role)
        return cls(data_dir, db, key, slots, lock, session, clock)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        self._lock.release()
        self._key = b""

    # -- the counter's work -------------------------------------------------------------------

    @property
    def actor(self) -> Actor:
        return Actor(self.session.user_id, self.device.office, self.session.role)

    def _require(self, action: Action) -> None:
        require(self.session.role, action)

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def search(self, text: str, limit: int = 50) -> list[search.PersonSummary]:
        self._require(Action.SEARCH)
        with translate_errors():
            return search.search(self.db, text, limit)

    def open_person(self, person_id: str) -> PersonRecord | None:
        """A person's record for the person view, and an audit row saying who looked at it
        (ids only). Search results are not audited: only opening a record is."""
        self._require(Action.VIEW_PERSON)
        with translate_errors():
            record = self.persons.get(person_id)
            if record is None:
                return None
            with self.db.atomic():
                audit.append(
                    self.db,
                    at=self._now(),
                    user_id=self.session.user_id,
                    action="view",
                    entity="person",
                    entity_id=person_id,
                    detail={"office": self.device.office},
                )
        return record

    def coverage(self, on: date | None = None, workers: int = 2) -> CoverageSummary:
        """Every active person against the catalog in force, in `workers` processes."""
        return coverage(
            self.data_dir / DB_NAME,
            self._key,
            self.entitlements.catalog_name,
            on or self.clock().date(),
            workers,
        )

    def sync_access(self) -> tuple[Path, bytes]:
        """The cache folder and key, for the sync engine's own connection on its own thread."""
        return self.data_dir, self._key

    def pending_changes(self) -> outbox.PendingSummary:
        return outbox.pending_summary(self.db)

    # -- the supervisor's day -----------------------------------------------------------------

    def day_report(self, on: date, *, compare_tables: bool = True) -> day.DeviceDay:
        """The day's work by user and by what the registry made of it (see `day.day_report`;
        `compare_tables` hashes whole tables, seconds on a large cache)."""
        self._require(Action.VIEW_DAY)
        with translate_errors():
            return day.day_report(self.db, on, compare_tables=compare_tables)

    def daily_series(self, end: date, days: int = 30) -> list[day.DayPoint]:
        self._require(Action.VIEW_DAY)
        with translate_errors():
            return day.daily_series(self.db, end, days)

    def resubmit_rejected(self, mutation_id: str, corrected: Mapping[str, Any]) -> str:
        """Correct a refused person registration or edit and queue it again as a new
        mutation (returned); `corrected` are person-form answers. All or nothing."""
        self._require(Action.RESUBMIT_REJECTED)
        with translate_errors():
            return rejected.resubmit(
                self.persons,
                mutation_id,
                corrected,
                self.actor,
                now=self._now(),
                today=self.clock().date(),
            )

    def discard_rejected(self, mutation_id: str, reason: str) -> None:
        """Drop a refused change with the reason and undo its local effect. All or nothing."""
        self._require(Action.DISCARD_REJECTED)
        with translate_errors():
            rejected.discard(self.persons, mutation_id, reason, self.actor, now=self._now())

    def sign_day(self, on: date, note: str) -> day.LocalSignoff:
        """Sign the day off on this device (once per day), with the day's totals; the sync
        engine takes it to the registry (`pending_signoffs`, `mark_signoff_sent`)."""
        self._require(Action.SIGN_DAY)
        text = rejected.check_note(note, required=False)
        if on > self.clock().date():
            raise day.DayNotStarted(f"{on.isoformat()} is in the future")
        now = self._now()
        with translate_errors(), self.db.atomic():
            if day.signoff_for(self.db, on) is not None:
                raise day.AlreadySigned(f"{on.isoformat()} already signed")
            report = day.day_report(self.db, on, compare_tables=False)
            signoff = day.insert_signoff(
                self.db,
                on,
                user_id=self.session.user_id,
                note=text,
                summary=day.summary_of(report.totals),
                signed_at=now,
            )
            audit.append(
                self.db,
                at=now,
                user_id=self.session.user_id,
                action="sign_day",
                entity="day",
                entity_id=on.isoformat(),
                detail={"summary": signoff.summary, "office": self.device.office},
            )
        return signoff

    def pending_signoffs(self) -> list[day.LocalSignoff]:
        self._require(Action.VIEW_DAY)
        with translate_errors():
            return day.pending_signoffs(self.db)

    def mark_signoff_sent(self, on: date, at: str) -> None:
        self._require(Action.SYNC)
        with translate_errors():
            day.mark_signoff_sent(self.db, on, at)

    # -- local users (supervisors only) -------------------------------------------------------

    def users(self) -> list[SlotUser]:
        return self.slots.users()

    def add_user(self, new: NewUser) -> str:
        self._require(Action.MANAGE_LOCAL_USERS)
        user = SlotUser(str(uuid7()), new.username.strip(), new.display_name.strip(), new.role)
        self.slots.add(self._key, user, new.password)
        with translate_errors(), self.db.atomic():
            insert_user(self.db, user, self.clock(), self.session.user_id)
            self._audit_user("add_user", user.user_id, {"role": user.role})
        log.info("user %s added by %s", user.user_id, self.session.user_id)
        return user.user_id

    def remove_user(self, user_id: str) -> None:
        self._require(Action.MANAGE_LOCAL_USERS)
        if user_id == self.session.user_id:
            raise PermissionDenied(
                "cannot remove yourself", user_message="You cannot remove yourself."
            )
        self.slots.remove(user_id)
        with translate_errors(), self.db.atomic():
            self.db.execute("UPDATE users SET active = 0 WHERE id = ?", [user_id])
            self._audit_user("remove_user", user_id, {})

    def change_password(self, old_password: str, new_password: str) -> None:
        self.slots.change_password(self.session.username, old_password, new_password)
        with translate_errors(), self.db.atomic():
            self._audit_user("change_password", self.session.user_id, {})

    def reset_password(self, user_id: str, new_password: str) -> None:
        self._require(Action.MANAGE_LOCAL_USERS)
        self.slots.set_password(self._key, user_id, new_password)
        with translate_errors(), self.db.atomic():
            self._audit_user("reset_password", user_id, {})

    def _audit_user(self, action: str, user_id: str, detail: dict[str, str]) -> None:
        audit.append(
            self.db,
            at=self.clock().isoformat(timespec="seconds"),
            user_id=self.session.user_id,
            action=action,
            entity="user",
            entity_id=user_id,
            detail=detail,
        )


def remove_cache_files(data_dir: Path) -> None:
    """Undo a cache creation that failed half-way (never called on a cache in use)."""
    for name in (KEYS_NAME, DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        (data_dir / name).unlink(missing_ok=True)


def _locked(data_dir: Path) -> ProcessLock:
    lock = ProcessLock(data_dir / LOCK_NAME)
    lock.acquire()
    return lock


def write_identity(
    db: sqlite_utils.Database, cache_id: str, device: DeviceInfo, now: datetime
) -> None:
    """The cache's own facts in `meta`: which cache, which office and district, since when."""
    db.table("meta").insert_all(
        [
            {"key": "cache_id", "value": cache_id},
            {"key": "office", "value": device.office},
            {"key": "district", "value": device.district},
            {"key": "country", "value": device.country},
            {"key": "created_at", "value": now.isoformat(timespec="seconds")},
        ]
    )


def insert_user(db: sqlite_utils.Database, user: SlotUser, now: datetime, by: str | None) -> None:
    db.table("users").insert(
        {
            "id": user.user_id,
            "username": user.username,
            "display_name": user.display_name,
            "role": user.role,
            "active": 1,
            "created_at": now.isoformat(timespec="seconds"),
            "created_by": by,
        }
    )


def _initialise(
    db: sqlite_utils.Database,
    cache_id: str,
    device: DeviceInfo,
    first: SlotUser,
    clock: Callable[[], datetime],
) -> None:
    now = clock()
    start = (secrets.randbelow(9_000) + 1_000) * STANDALONE_BLOCK
    with db.atomic():
        write_identity(db, cache_id, device, now)
        insert_user(db, first, now, None)
        db.table("regno_block").insert(
            {
                "start": start,
                "end": start + STANDALONE_BLOCK - 1,
                "next": start,
                "source": "standalone",
            }
        )
