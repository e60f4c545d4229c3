"""The cache at rest: encrypted, keyed only through slots, never opened without the key."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from sync.replica.cache import DB_NAME, KEYS_NAME, Replica
from sync.replica.connection import open_encrypted
from sync.replica.errors import (
    CacheCorrupt,
    CacheExists,
    CacheMissing,
    KeyFileCorrupt,
    KeyFileMissing,
)
from tests.conftest import DEVICE, FAST_KDF, SUPERVISOR, household

SECRETS = ("Muhammad", "Aslam", "3630212345671", "36302-1234567-1", "03001234567", "محمد")


def _all_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_plain_sqlite_cannot_read_the_cache(replica: Replica, cache_dir: Path) -> None:
    replica.persons.register_household(household(), replica.actor)
    conn = sqlite3.connect(cache_dir / DB_NAME)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_sqlcipher_without_the_key_cannot_read_the_cache(replica: Replica, cache_dir: Path) -> None:
    replica.persons.register_household(household(), replica.actor)
    conn = sqlcipher3.connect(str(cache_dir / DB_NAME))
    try:
        with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute("PRAGMA key = 'a guessed passphrase'")
        with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_a_wrong_raw_key_is_refused(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    with pytest.raises(CacheCorrupt):
        open_encrypted(cache_dir / DB_NAME, b"\x01" * 32, create=False)


def test_no_name_or_id_number_appears_in_any_file_or_the_log(
    cache_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    opened = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF)
    try:
        opened.persons.register_household(household(), opened.actor)
        opened.search("Muhammad Aslam")
        opened.search("36302-1234567-1")
        # While open, the WAL holds the newest pages: check it too, before checkpointing.
        assert (cache_dir / f"{DB_NAME}-wal").exists()
        on_disk = _all_bytes(cache_dir)
    finally:
        opened.close()
    on_disk += _all_bytes(cache_dir)
    for secret in SECRETS:
        assert secret.encode("utf-8") not in on_disk, secret
        assert secret not in caplog.text, secret


def test_never_creates_over_an_existing_cache(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    with pytest.raises(CacheExists):
        open_encrypted(cache_dir / DB_NAME, b"\x02" * 32, create=True)
    with pytest.raises(CacheMissing):
        Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF)


def test_missing_key_file_stops_with_what_to_restore(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    (cache_dir / KEYS_NAME).unlink()
    with pytest.raises(KeyFileMissing) as caught:
        Replica.open(cache_dir, SUPERVISOR.username, SUPERVISOR.password)
    assert "restore" in caught.value.user_message
    assert (cache_dir / DB_NAME).exists()


def test_missing_database_is_not_replaced(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    (cache_dir / DB_NAME).unlink()
    with pytest.raises(CacheMissing):
        Replica.open(cache_dir, SUPERVISOR.username, SUPERVISOR.password)
    assert not (cache_dir / DB_NAME).exists()


def test_corrupt_key_file_stops(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    (cache_dir / KEYS_NAME).write_text("{ not json", encoding="utf-8")
    with pytest.raises(KeyFileCorrupt):
        Replica.open(cache_dir, SUPERVISOR.username, SUPERVISOR.password)


def test_a_flipped_byte_fails_the_integrity_check(replica: Replica, cache_dir: Path) -> None:
    replica.persons.register_household(household(), replica.actor)
    replica.close()
    path = cache_dir / DB_NAME
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 100] ^= 0xFF  # inside the third page, past the header
    path.write_bytes(bytes(data))
    with pytest.raises(CacheCorrupt) as caught:
        Replica.open(cache_dir, SUPERVISOR.username, SUPERVISOR.password)
    assert "Nothing was changed" in caught.value.user_message
