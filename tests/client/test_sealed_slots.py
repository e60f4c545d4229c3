"""Centrally managed users: their key material reaches a device, never their password."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest

from sync.client.backoff import Backoff
from sync.protocol import SealedKey
from sync.replica.errors import KeyFileCorrupt, WrongPassword
from sync.replica.keyslots import KeySlotFile, SlotUser
from sync.sealed import reseal_user_key, seal_user_key
from tests.conftest import FAST_KDF

AMINA = SlotUser("0190a000-0000-7000-8000-000000000001", "amina", "Amina Clerk", "clerk")
BILAL = SlotUser("0190a000-0000-7000-8000-000000000002", "bilal", "Bilal Supervisor", "supervisor")


def _sealed(user: SlotUser, password: str) -> SealedKey:
    return seal_user_key(user.user_id, password, log2_n=10)


def _file(tmp_path: Path, *users: tuple[SlotUser, SealedKey]) -> tuple[KeySlotFile, bytes]:
    slots = KeySlotFile(tmp_path / "onestop.keys", FAST_KDF)
    key = slots.create_sealed("cache-1", list(users))
    return slots, key


def test_a_central_user_logs_in_with_the_registry_password(tmp_path: Path) -> None:
    slots, key = _file(tmp_path, (AMINA, _sealed(AMINA, "amina-pass-1")))
    unlocked, user = slots.unlock("Amina", "amina-pass-1")
    assert unlocked == key and user == AMINA
    # The first login left an ordinary password slot: the next login needs no sealed key.
    stored = json.loads((tmp_path / "onestop.keys").read_text())
    assert [s["username"] for s in stored["slots"]] == ["amina"]
    assert slots.unlock("amina", "amina-pass-1")[0] == key


def test_the_key_file_holds_no_password_and_no_key(tmp_path: Path) -> None:
    _, key = _file(tmp_path, (AMINA, _sealed(AMINA, "amina-pass-1")))
    raw = (tmp_path / "onestop.keys").read_bytes()
    assert b"amina-pass-1" not in raw
    assert key.hex().encode() not in raw and key not in raw


def test_a_wrong_password_opens_nothing(tmp_path: Path) -> None:
    slots, _ = _file(tmp_path, (AMINA, _sealed(AMINA, "amina-pass-1")))
    with pytest.raises(WrongPassword):
        slots.unlock("amina", "not-the-password")
    with pytest.raises(WrongPassword):
        slots.unlock("nobody", "amina-pass-1")


def test_a_password_changed_at_the_registry_replaces_the_old_one(tmp_path: Path) -> None:
    sealed = _sealed(AMINA, "amina-pass-1")
    slots, key = _file(tmp_path, (AMINA, sealed))
    slots.unlock("amina", "amina-pass-1")
    slots.seal_for(
        key, AMINA, reseal_user_key(sealed, AMINA.user_id, "amina-pass-1", "new-pass-22")
    )
    with pytest.raises(WrongPassword):
        slots.unlock("amina", "amina-pass-1")
    assert slots.unlock("amina", "new-pass-22")[0] == key


def test_a_user_withdrawn_at_the_registry_can_no_longer_log_in(tmp_path: Path) -> None:
    slots, key = _file(
        tmp_path, (AMINA, _sealed(AMINA, "amina-pass-1")), (BILAL, _sealed(BILAL, "bilal-pass-1"))
    )
    slots.unlock("amina", "amina-pass-1")
    slots.forget(AMINA.user_id)
    with pytest.raises(WrongPassword):
        slots.unlock("amina", "amina-pass-1")
    assert slots.unlock("bilal", "bilal-pass-1")[0] == key


def test_a_slot_whose_role_was_edited_does_not_open(tmp_path: Path) -> None:
    _file(tmp_path, (AMINA, _sealed(AMINA, "amina-pass-1")))
    path = tmp_path / "onestop.keys"
    data = json.loads(path.read_text())
    data["sealed"][0]["role"] = "supervisor"
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        KeySlotFile(path, FAST_KDF).unlock("amina", "amina-pass-1")


def test_damaged_sealed_material_is_a_damaged_key_file(tmp_path: Path) -> None:
    _file(tmp_path, (AMINA, _sealed(AMINA, "amina-pass-1")))
    path = tmp_path / "onestop.keys"
    data = json.loads(path.read_text())
    data["sealed"][0]["sealed_key"]["n"] = "many"
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileCorrupt):
        KeySlotFile(path, FAST_KDF).unlock("amina", "amina-pass-1")


def test_backoff_is_jittered_capped_and_honours_retry_after() -> None:
    import random  # noqa: PLC0415

    backoff = Backoff(base=5, cap=300, rng=random.Random(secrets.randbits(32)))
    delays = [backoff.failed() for _ in range(30)]
    assert all(0 <= d <= 300 for d in delays)
    assert len(set(delays)) > 20  # jittered, not a fixed ladder
    assert backoff.failed(retry_after=120) >= 120
    assert backoff.failed(retry_after=10_000) <= 300 + 5
    backoff.succeeded()
    assert backoff.failures == 0
