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

from sync.protocol import SealedKey
from sync.replica.errors import (
    KeyFileCorrupt,
    KeyFileMissing,
    LastSupervisor,
    UnknownUser,
    UserExists,
    WeakPassword,
    WrongPassword,
)
from sync.sealed import SealError, open_secret, open_user_key, seal_secret

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
class _SealedSlot:
    """A centrally managed user's slot: the key sealed to their public key, until first login."""

    user: SlotUser
    sealed_key: SealedKey
    secret: dict[str, str]


@dataclass(frozen=True)
class _Slots:
    cache_id: str
    slots: list[_Slot]
    sealed: list[_SealedSlot]


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
        self._write(_Slots(cache_id, [slot], []))
        return key

    def create_sealed(self, cache_id: str, users: list[tuple[SlotUser, SealedKey]]) -> bytes:
        """A new key for an enrolled device whose users are managed by the registry."""
        if self.path.exists():
            raise KeyFileCorrupt("refusing to overwrite an existing key file")
        if not users:
            raise KeyFileCorrupt("no users to seal the key to")
        key = secrets.token_bytes(KEY_BYTES)
        sealed = [self._seal(cache_id, user, sealed_key, key) for user, sealed_key in users]
        self._write(_Slots(cache_id, [], sealed))
        return key

    def cache_id(self) -> str:
        return self._read().cache_id

    def users(self) -> list[SlotUser]:
        data = self._read()
        known = {slot.user.user_id: slot.user for slot in data.slots}
        for sealed in data.sealed:
            known.setdefault(sealed.user.user_id, sealed.user)
        return list(known.values())

    def unlock(self, username: str, password: str) -> tuple[bytes, SlotUser]:
        """The database key and the user, or WrongPassword (same error for unknown users).

        A password slot is tried first; a centrally managed user whose password slot does not
        open (first login here, or the password was changed at the registry) is tried against
        their sealed slot, and on success gets a fresh password slot.
        """
        data = self._read()
        wanted = normalise_username(username)
        for slot in data.slots:
            if normalise_username(slot.user.username) == wanted:
                try:
                    return self._unwrap(data.cache_id, slot, password), slot.user
                except WrongPassword:
                    if not any(s.user.user_id == slot.user.user_id for s in data.sealed):
                        raise
        for sealed in data.sealed:
            if normalise_username(sealed.user.username) == wanted:
                key = self._unseal(data.cache_id, sealed, password)
                self._replace_password_slot(key, sealed.user, password)
                return key, sealed.user
        # Spend the same time as a real attempt so user names cannot be probed by timing.
        self.kdf.derive(password, b"\0" * 16)
        raise WrongPassword("unknown user")

    # -- centrally managed users ------------------------------------------------------------

    def seal_for(self, key: bytes, user: SlotUser, sealed_key: SealedKey) -> None:
        """Give a central user (new, or changed at the registry) a sealed slot on this device.

        Their old password slot goes: the registry's password is the one that counts now.
        """
        data = self._read()
        slots = [s for s in data.slots if s.user.user_id != user.user_id]
        sealed = [s for s in data.sealed if s.user.user_id != user.user_id]
        sealed.append(self._seal(data.cache_id, user, sealed_key, key))
        self._write(_Slots(data.cache_id, slots, sealed))

    def forget(self, user_id: str) -> None:
        """Remove every slot of a user deactivated at the registry (no last-supervisor rule:
        the registry decides who may work here)."""
        data = self._read()
        slots = [s for s in data.slots if s.user.user_id != user_id]
        sealed = [s for s in data.sealed if s.user.user_id != user_id]
        if len(slots) + len(sealed) == len(data.slots) + len(data.sealed):
            return
        self._write(_Slots(data.cache_id, slots, sealed))

    def sealed_users(self) -> dict[str, SealedKey]:
        return {s.user.user_id: s.sealed_key for s in self._read().sealed}

    def _seal(
        self, cache_id: str, user: SlotUser, sealed_key: SealedKey, key: bytes
    ) -> _SealedSlot:
        if user.role not in ROLES:
            raise ValueError(f"unknown role {user.role!r}")
        secret = seal_secret(sealed_key.public_key, key, self._aad(cache_id, user))
        return _SealedSlot(user, sealed_key, secret)

    def _unseal(self, cache_id: str, sealed: _SealedSlot, password: str) -> bytes:
        try:
            private = open_user_key(sealed.sealed_key, sealed.user.user_id, password)
            return open_secret(private, sealed.secret, self._aad(cache_id, sealed.user))
        except SealError:
            raise WrongPassword("sealed slot did not open") from None

    def _replace_password_slot(self, key: bytes, user: SlotUser, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            return  # the registry's rules allowed it; keep using the sealed slot
        data = self._read()
        slots = [s for s in data.slots if s.user.user_id != user.user_id]
        slots.append(self._wrap(data.cache_id, user, password, key))
        self._write(_Slots(data.cache_id, slots, data.sealed))

    # -- changing slots ---------------------------------------------------------------------

    def add(self, key: bytes, user: SlotUser, password: str) -> None:
        data = self._read()
        if any(
            normalise_username(u.username) == normalise_username(user.username)
            for u in self.users()
        ):
            raise UserExists(user.username)
        slot = self._wrap(data.cache_id, user, password, key)
        self._write(_Slots(data.cache_id, [*data.slots, slot], data.sealed))

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        key, user = self.unlock(username, old_password)
        self.set_password(key, user.user_id, new_password)

    def set_password(self, key: bytes, user_id: str, new_password: str) -> None:
        """Rewrap one user's slot (a supervisor resetting a password already holds the key)."""
        data = self._read()
        index = self._index_of(data.slots, user_id)
        data.slots[index] = self._wrap(data.cache_id, data.slots[index].user, new_password, key)
        self._write(data)

    def remove(self, user_id: str) -> None:
        data = self._read()
        index = self._index_of(data.slots, user_id)
        remaining = [s for i, s in enumerate(data.slots) if i != index]
        if not any(s.user.role == "supervisor" for s in remaining):
            raise LastSupervisor(user_id)
        self._write(_Slots(data.cache_id, remaining, data.sealed))

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

    def _read(self) -> _Slots:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing(str(self.path.name)) from None
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a OneStop key file of a known version")
            slots = [_slot_from_json(item) for item in data["slots"]]
            sealed = [_sealed_from_json(item) for item in data.get("sealed", [])]
            cache_id = str(data["cache_id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileCorrupt(f"key file unreadable: {type(exc).__name__}") from None
        if not slots and not sealed:
            raise KeyFileCorrupt("key file has no slots")
        return _Slots(cache_id, slots, sealed)

    def _write(self, slots: _Slots) -> None:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "cache_id": slots.cache_id,
            "slots": [_slot_to_json(slot) for slot in slots.slots],
        }
        if slots.sealed:
            data["sealed"] = [_sealed_to_json(s) for s in slots.sealed]
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


def _sealed_to_json(slot: _SealedSlot) -> dict[str, Any]:
    return {**asdict(slot.user), "sealed_key": slot.sealed_key.model_dump(), "secret": slot.secret}


def _sealed_from_json(item: dict[str, Any]) -> _SealedSlot:
    user = SlotUser(
        user_id=str(item["user_id"]),
        username=str(item["username"]),
        display_name=str(item["display_name"]),
        role=str(item["role"]),
    )
    secret = {str(k): str(v) for k, v in dict(item["secret"]).items()}
    return _SealedSlot(user, SealedKey.model_validate(item["sealed_key"]), secret)


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
