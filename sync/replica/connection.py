"""Opening the encrypted cache: key first, then the pragmas, then the checks.

There is exactly one way in: `open_encrypted`. It keys the SQLCipher connection before any
other statement, proves the key opens the file, and only then turns on WAL and the rest.
It never creates a database over an existing file and never opens one without a key, so
there is no path that falls back to plaintext.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import sqlcipher3
import sqlite_utils

from sync.replica.errors import (
    CacheCorrupt,
    CacheExists,
    CacheLocked,
    CacheMissing,
    DiskFull,
    ReplicaError,
)

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError


def open_encrypted(
    path: Path, key: bytes, *, create: bool, verify: bool = True
) -> sqlite_utils.Database:
    """Open (or, with `create`, make) the SQLCipher file at `path` with the raw `key`.

    `verify` runs SQLCipher's full integrity check; only a helper process reading a file its
    parent opened and checked already may skip it.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    if create and path.exists():
        raise CacheExists(path.name)
    if not create and not path.exists():
        raise CacheMissing(path.name)
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        _prove_key(conn)
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = NORMAL",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA foreign_keys = ON",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
            "PRAGMA cache_size = -65536",
        ):
            conn.execute(pragma)
        if not create and verify:
            check_integrity(conn)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn, execute_plugins=False)


def _prove_key(conn: Any) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise CacheLocked("database locked") from None
        # Wrong key, a plaintext file, or garbage: SQLCipher cannot tell them apart.
        raise CacheCorrupt("the key does not open this file") from None


def check_integrity(conn: Any) -> None:
    """SQLCipher's page HMAC check over the whole file; raises CacheCorrupt on any failure."""
    with translate_errors():
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if problems:
        raise CacheCorrupt(f"cipher_integrity_check reported {len(problems)} problem(s)")


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn the engine's environmental errors into ReplicaErrors with calm messages."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc).lower()
        if "disk is full" in text or "disk i/o" in text:
            raise DiskFull(text) from None
        if "locked" in text or "busy" in text:
            raise CacheLocked(text) from None
        raise
    except DatabaseError as exc:
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text:
            raise CacheCorrupt(text) from None
        raise


class ProcessLock:
    """An advisory lock file so two OneStop processes never share one cache."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            raise CacheLocked("another process holds the cache") from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _lock_file(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt  # noqa: PLC0415 - Windows only

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl  # noqa: PLC0415 - POSIX only

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


__all__ = [
    "DatabaseError",
    "OperationalError",
    "ProcessLock",
    "ReplicaError",
    "check_integrity",
    "open_encrypted",
    "translate_errors",
]
