"""Key slots and offline login: one key, one slot per user, nothing re-encrypted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.replica.cache import DB_NAME, KEYS_NAME, LoginThrottle, NewUser, Replica
from sync.replica.connection import open_encrypted
from sync.replica.errors import (
    CacheLocked,
    LastSupervisor,
    LoginThrottled,
    PermissionDenied,
    UserExists,
    WeakPassword,
    WrongPassword,
)
from sync.replica.keyslots import KdfParams, KeySlotFile, calibrate_kdf
from tests.conftest import CLERK, DEVICE, FAST_KDF, SUPERVISOR


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir() if p.is_file()}


def _add_clerk(replica: Replica) -> str:
    return replica.add_user(CLERK)


def test_login_works_offline_with_the_right_password(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    opened = Replica.open(cache_dir, "SUPERVISOR ", SUPERVISOR.password)
    try:
        assert opened.session.role == "supervisor"
        assert opened.session.display_name == SUPERVISOR.display_name
    finally:
        opened.close()


def test_wrong_password_is_refused_and_writes_nothing(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    before = _snapshot(cache_dir)
    for username in (SUPERVISOR.username, "nobody"):
        with pytest.raises(WrongPassword) as caught:
            Replica.open(cache_dir, username, "not the password")
        assert "not right" in caught.value.user_message
    assert _snapshot(cache_dir) == before


def test_repeated_failures_meet_a_growing_delay(replica: Replica, cache_dir: Path) -> None:
    replica.close()
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0], free_attempts=3)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Replica.open(cache_dir, "supervisor", "wrong-password", throttle=throttle)
    with pytest.raises(LoginThrottled) as first:
        Replica.open(cache_dir, "supervisor", SUPERVISOR.password, throttle=throttle)
    now[0] += first.value.retry_after + 0.1
    with pytest.raises(WrongPassword):
        Replica.open(cache_dir, "supervisor", "wrong-password", throttle=throttle)
    with pytest.raises(LoginThrottled) as second:
        Replica.open(cache_dir, "supervisor", SUPERVISOR.password, throttle=throttle)
    assert second.value.retry_after > first.value.retry_after
    assert "Wait" in second.value.user_message
    now[0] += second.value.retry_after + 0.1
    Replica.open(cache_dir, "supervisor", SUPERVISOR.password, throttle=throttle).close()


def test_a_supervisor_adds_a_clerk_who_can_log_in(replica: Replica, cache_dir: Path) -> None:
    key_before = replica._key
    _add_clerk(replica)
    replica.close()
    clerk = Replica.open(cache_dir, CLERK.username, CLERK.password)
    try:
        assert clerk.session.role == "clerk"
        with pytest.raises(PermissionDenied):
            clerk.add_user(NewUser("other", "Other", "password-123", "clerk"))
    finally:
        clerk.close()
    # Same database key as before: adding a user wrapped it again, re-encrypted nothing.
    open_encrypted(cache_dir / DB_NAME, key_before, create=False).close()


def test_password_change_rewraps_one_slot_only(replica: Replica, cache_dir: Path) -> None:
    _add_clerk(replica)
    replica.close()
    slots_before = {
        s["username"]: s for s in json.loads((cache_dir / KEYS_NAME).read_text())["slots"]
    }
    clerk = Replica.open(cache_dir, CLERK.username, CLERK.password, kdf=FAST_KDF)
    clerk.change_password(CLERK.password, "a new clerk password")
    clerk.close()
    slots_after = {
        s["username"]: s for s in json.loads((cache_dir / KEYS_NAME).read_text())["slots"]
    }
    assert slots_after["supervisor"] == slots_before["supervisor"]
    assert slots_after["clerk"]["wrapped"] != slots_before["clerk"]["wrapped"]
    with pytest.raises(WrongPassword):
        Replica.open(cache_dir, CLERK.username, CLERK.password)
    Replica.open(cache_dir, CLERK.username, "a new clerk password").close()


def test_removing_a_user_removes_the_slot(replica: Replica, cache_dir: Path) -> None:
    clerk_id = _add_clerk(replica)
    replica.remove_user(clerk_id)
    assert [u.username for u in replica.users()] == ["supervisor"]
    replica.close()
    with pytest.raises(WrongPassword):
        Replica.open(cache_dir, CLERK.username, CLERK.password)


def test_the_last_supervisor_stays(replica: Replica) -> None:
    with pytest.raises(LastSupervisor):
        replica.slots.remove(replica.session.user_id)
    with pytest.raises(PermissionDenied):
        replica.remove_user(replica.session.user_id)


def test_user_names_are_unique_and_passwords_not_trivial(replica: Replica) -> None:
    with pytest.raises(UserExists):
        replica.add_user(NewUser("Supervisor", "Dup", "long-enough-1", "clerk"))
    with pytest.raises(WeakPassword):
        replica.add_user(NewUser("short", "Short", "1234567", "clerk"))


def test_editing_a_role_in_the_key_file_makes_the_slot_useless(
    replica: Replica, cache_dir: Path
) -> None:
    _add_clerk(replica)
    replica.close()
    data = json.loads((cache_dir / KEYS_NAME).read_text())
    for slot in data["slots"]:
        if slot["username"] == "clerk":
            slot["role"] = "supervisor"
    (cache_dir / KEYS_NAME).write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        Replica.open(cache_dir, CLERK.username, CLERK.password)


def test_a_second_process_cannot_open_the_same_cache(replica: Replica, cache_dir: Path) -> None:
    with pytest.raises(CacheLocked):
        Replica.open(cache_dir, SUPERVISOR.username, SUPERVISOR.password)
    assert replica.search("nobody") == []


def test_calibration_picks_the_first_cost_reaching_the_target() -> None:
    # A fake derivation whose cost doubles with n, on a fake clock: no timing in the test.
    now = [0.0]

    def derive(params: KdfParams) -> None:
        now[0] += 0.03 * 2 ** (params.log2_n - 14)

    chosen = calibrate_kdf(target_seconds=0.25, clock=lambda: now[0], derive=derive)
    assert chosen.log2_n == 18  # 0.03 * 16 = 0.48 >= 0.25, while 0.24 at 2**17 is not


def test_the_production_cost_is_at_least_the_floor(tmp_path: Path) -> None:
    slots = KeySlotFile(tmp_path / "k", None)
    assert slots._kdf is None  # calibrated lazily on first use, never a weak default
    assert KdfParams().log2_n >= 14


def test_create_leaves_nothing_behind_when_it_fails(cache_dir: Path) -> None:
    with pytest.raises(WeakPassword):
        Replica.create(
            cache_dir, NewUser("boss", "Boss", "short", "supervisor"), DEVICE, kdf=FAST_KDF
        )
    assert not (cache_dir / DB_NAME).exists()
    assert not (cache_dir / KEYS_NAME).exists()
