"""Key slots: the one random database key, wrapped once per local user (LUKS-style).

The cache is encrypted with a random 256-bit key used raw by SQLCipher, so opening costs no
PBKDF2. That key never touches the disk in clear: each local user has a *slot* holding the key
wrapped with AES-256-GCM under a key derived from their password by scrypt, tuned so one
derivation takes at least a quarter of a second on this machine. The slot's identity (user id,
user name, role) is bound as associated data, so editing a role in the file makes the slot
unusable instead of granting rights.

Changing a password rewraps one slot; removing a user deletes its slot; the database is never
re-encrypted. The slot file is replaced atomically (write, fsync, rename) so a power cut leaves
either the old or the new file, never half of one.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sync.replica.errors import (
    KeyFileCorrupt,
    KeyFileMissing,
    LastSupervisor,
    UnknownUser,
    UserExists,
    WeakPassword,
    WrongPassword,
)

FORMAT = "onestop-keyslots"
VERSION = 1
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8
ROLES = ("clerk", "supervisor", "field_officer")
TARGET_KDF_SECONDS = 0.25
MIN_LOG2_N = 14
MAX_LOG2_N = 20


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters; `log2_n` is the CPU/memory cost exponent."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    def derive(self, password: str, salt: bytes) -> bytes:
        kdf = Scrypt(salt=salt, length=KEY_BYTES, n=2**self.log2_n, r=self.r, p=self.p)
        return kdf.derive(password.encode("utf-8"))


def calibrate_kdf(
    target_seconds: float = TARGET_KDF_SECONDS,
    clock: Callable[[], float] = time.perf_counter,
    derive: Callable[[KdfParams], None] | None = None,
) -> KdfParams:
    """Smallest scrypt cost whose derivation takes at least `target_seconds` here."""

    def run(params: KdfParams) -> None:
        params.derive("calibration", b"\0" * 16)

    measure = derive or run
    params = KdfParams(log2_n=MIN_LOG2_N)
    while params.log2_n < MAX_LOG2_N:
        start = clock()
        measure(params)
        if clock() - start >= target_seconds:
            return params
        params = replace(params, log2_n=params.log2_n + 1)
    return params


@dataclass(frozen=True)
class SlotUser:
    """The public part of a slot: who may unlock the cache, and with which role."""

    user_id: str
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class _Slot:
    user: SlotUser
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    created_at: float


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_username(username: str) -> str:
    return username.strip().casefold()


class KeySlotFile:
    """The slot file beside the database. Not thread-safe: one owner at a time."""

    def __init__(self, path: Path, kdf: KdfParams | None = None) -> None:
        self.path = path
        self._kdf = kdf

    @property
    def kdf(self) -> KdfParams:
        if self._kdf is None:
            self._kdf = calibrate_kdf()
        return self._kdf

    # -- creating and reading -------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def create(self, cache_id: str, first: SlotUser, password: str) -> bytes:
        """Make a new random database key and the first slot; returns the key."""
        if self.path.exists():
            raise KeyFileCorrupt("refusing to overwrite an existing key file")
        key = secrets.token_bytes(KEY_BYTES)
        slot = self._wrap(cache_id, first, password, key)
        self._write(cache_id, [slot])
        return key

    def cache_id(self) -> str:
        return self._read()[0]

    def users(self) -> list[SlotUser]:
        return [slot.user for slot in self._read()[1]]

    def unlock(self, username: str, password: str) -> tuple[bytes, SlotUser]:
        """The database key and the user, or WrongPassword (same error for unknown users)."""
        cache_id, slots = self._read()
        wanted = normalise_username(username)
        for slot in slots:
            if normalise_username(slot.user.username) == wanted:
                return self._unwrap(cache_id, slot, password), slot.user
        # Spend the same time as a real attempt so user names cannot be probed by timing.
        self.kdf.derive(password, b"\0" * 16)
        raise WrongPassword("unknown user")

    # -- changing slots ---------------------------------------------------------------------

    def add(self, key: bytes, user: SlotUser, password: str) -> None:
        cache_id, slots = self._read()
        if any(
            normalise_username(s.user.username) == normalise_username(user.username) for s in slots
        ):
            raise UserExists(user.username)
        self._write(cache_id, [*slots, self._wrap(cache_id, user, password, key)])

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        key, user = self.unlock(username, old_password)
        self.set_password(key, user.user_id, new_password)

    def set_password(self, key: bytes, user_id: str, new_password: str) -> None:
        """Rewrap one user's slot (a supervisor resetting a password already holds the key)."""
        cache_id, slots = self._read()
        index = self._index_of(slots, user_id)
        slots[index] = self._wrap(cache_id, slots[index].user, new_password, key)
        self._write(cache_id, slots)

    def remove(self, user_id: str) -> None:
        cache_id, slots = self._read()
        index = self._index_of(slots, user_id)
        remaining = [s for i, s in enumerate(slots) if i != index]
        if not any(s.user.role == "supervisor" for s in remaining):
            raise LastSupervisor(user_id)
        self._write(cache_id, remaining)

    @staticmethod
    def _index_of(slots: list[_Slot], user_id: str) -> int:
        for index, slot in enumerate(slots):
            if slot.user.user_id == user_id:
                return index
        raise UnknownUser(user_id)

    # -- crypto -----------------------------------------------------------------------------

    @staticmethod
    def _aad(cache_id: str, user: SlotUser) -> bytes:
        bound = {"format": FORMAT, "version": VERSION, "cache_id": cache_id, **asdict(user)}
        return json.dumps(bound, sort_keys=True, ensure_ascii=True).encode("ascii")

    def _wrap(self, cache_id: str, user: SlotUser, password: str, key: bytes) -> _Slot:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise WeakPassword("password too short")
        if user.role not in ROLES:
            raise ValueError(f"unknown role {user.role!r}")
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = self.kdf.derive(password, salt)
        wrapped = AESGCM(kek).encrypt(nonce, key, self._aad(cache_id, user))
        return _Slot(user, self.kdf, salt, nonce, wrapped, time.time())

    def _unwrap(self, cache_id: str, slot: _Slot, password: str) -> bytes:
        kek = slot.kdf.derive(password, slot.salt)
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(cache_id, slot.user))
        except InvalidTag:
            raise WrongPassword("slot did not open") from None

    # -- file -------------------------------------------------------------------------------

    def _read(self) -> tuple[str, list[_Slot]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing(str(self.path.name)) from None
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a OneStop key file of a known version")
            slots = [_slot_from_json(item) for item in data["slots"]]
            cache_id = str(data["cache_id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileCorrupt(f"key file unreadable: {type(exc).__name__}") from None
        if not slots:
            raise KeyFileCorrupt("key file has no slots")
        return cache_id, slots

    def _write(self, cache_id: str, slots: list[_Slot]) -> None:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "cache_id": cache_id,
            "slots": [_slot_to_json(slot) for slot in slots],
        }
        payload = json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
        atomic_write(self.path, payload)


def _slot_to_json(slot: _Slot) -> dict[str, Any]:
    return {
        **asdict(slot.user),
        "kdf": {"name": "scrypt", **asdict(slot.kdf)},
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
        "created_at": slot.created_at,
    }


def _slot_from_json(item: dict[str, Any]) -> _Slot:
    kdf = dict(item["kdf"])
    if kdf.pop("name") != "scrypt":
        raise ValueError("unknown key derivation")
    user = SlotUser(
        user_id=str(item["user_id"]),
        username=str(item["username"]),
        display_name=str(item["display_name"]),
        role=str(item["role"]),
    )
    return _Slot(
        user=user,
        kdf=KdfParams(log2_n=int(kdf["log2_n"]), r=int(kdf["r"]), p=int(kdf["p"])),
        salt=_unb64(item["salt"]),
        nonce=_unb64(item["nonce"]),
        wrapped=_unb64(item["wrapped"]),
        created_at=float(item["created_at"]),
    )


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so a crash leaves the old or the new file, whole."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError), _dir_fd(directory) as fd:
        os.fsync(fd)


@contextlib.contextmanager
def _dir_fd(directory: Path) -> Iterator[int]:
    fd = os.open(directory, os.O_RDONLY)
    try:
        yield fd
    finally:
        os.close(fd)
