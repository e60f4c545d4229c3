"""The fault scenarios of ARCHITECTURE §6, each against the real registry process.

Every test ends the same way: after the fault, syncing again converges (device and registry
digests equal) and every local change is accounted for (acknowledged, or held back with a
reason) — nothing lost, nothing applied twice.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sync.client.backoff import Backoff
from sync.client.engine import MUTATION_COLUMNS, mutation_from_row
from sync.client.errors import RegistryBusy, RegistryUnreachable
from sync.client.session import DeviceSync
from sync.client.transport import Transport
from sync.protocol import Mutation, PushRequest, PushResponse, RegnoBlock, payload_hash
from sync.replica import outbox
from sync.replica.cache import Replica
from sync.replica.errors import DiskFull, KeyFileMissing
from tests.conftest import FAST_KDF
from tests.e2e.conftest import CLERK_PASSWORD, Device, NewDevice, Registry, server_digests
from tests.e2e.fault_proxy import fault_proxy
from tests.e2e.test_convergence import (
    edit,
    other_status,
    outbox_states,
    person_row,
    seeded_person,
)

ROOT = Path(__file__).resolve().parents[2]


def converged(registry: Registry, *devices: Device) -> None:
    for device in devices:
        device.sync()
    for device in devices:
        device.sync()
        states = outbox_states(device)
        assert not {"pending", "sending", "held"} & states.keys(), states
    expected = server_digests(registry, devices[0])
    for device in devices:
        assert device.digests() == expected, device.name


def transport_via(device: Device, url: str, deadline: float = 5.0) -> Transport:
    token = (
        device.login().db.execute("SELECT value FROM meta WHERE key = 'device_token'").fetchone()[0]
    )
    return Transport(url, token, deadline=deadline)


def test_response_lost_after_the_registry_committed(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("lost-a"), new_device("lost-b")
    person_id, version = seeded_person(a.login(), 11)
    edit(a, person_id, phone="03005550001")
    with fault_proxy(registry.url) as proxy:
        proxy.add("drop", "/api/v1/push")
        with pytest.raises(RegistryUnreachable):
            a.sync(transport_via(a, proxy.url))
    assert outbox_states(a) == {"sending": 1}
    report = a.sync()
    assert report.results["applied"] == 1  # the stored result, not a second application
    converged(registry, a, b)
    assert person_row(b, person_id)["version"] == version + 1


def test_truncated_and_corrupted_bodies_change_nothing_then_converge(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("trunc-a"), new_device("trunc-b")
    person_id, _ = seeded_person(a.login(), 13)
    edit(a, person_id, phone="03005550002")
    a.sync()
    cursor_before = b.login().db.execute("SELECT value FROM meta WHERE key='cursor'").fetchone()
    with fault_proxy(registry.url) as proxy:
        proxy.add("truncate", "/api/v1/changes")
        with pytest.raises(RegistryUnreachable):
            b.sync(transport_via(b, proxy.url))
        proxy.add("corrupt", "/api/v1/changes")
        with pytest.raises(RegistryUnreachable):
            b.sync(transport_via(b, proxy.url))
    cursor_after = b.login().db.execute("SELECT value FROM meta WHERE key='cursor'").fetchone()
    assert cursor_after == cursor_before
    converged(registry, a, b)
    assert person_row(b, person_id)["phone"] == "03005550002"


def test_the_same_push_three_times_two_of_them_concurrently(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("dup-a"), new_device("dup-b")
    person_id, version = seeded_person(a.login(), 15)
    edit(a, person_id, phone="03005550003")
    with fault_proxy(registry.url) as proxy:
        proxy.add("duplicate", "/api/v1/push")
        report = a.sync(transport_via(a, proxy.url))
    assert report.results["applied"] == 1
    converged(registry, a, b)
    assert person_row(b, person_id)["version"] == version + 1


def _mutations(device: Device) -> list[Mutation]:
    rows = device.login().db.execute(f"SELECT {MUTATION_COLUMNS} FROM outbox ORDER BY seq")
    return [mutation_from_row(row) for row in rows]


def test_out_of_order_sequence_is_held_until_the_gap_fills(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("order-a"), new_device("order-b")
    first, _ = seeded_person(a.login(), 17)
    second, _ = seeded_person(a.login(), 18)
    edit(a, first, phone="03005550004")
    edit(a, second, phone="03005550005")
    early, late = _mutations(a)
    link = a.link()
    try:
        assert link.transport is not None
        answer = link.transport.post("/push", PushRequest(mutations=[late]), PushResponse)
    finally:
        link.close()
    assert answer.results[0].status == "held"
    report = a.sync()
    assert report.results["applied"] == 2 and early.device_seq < late.device_seq
    converged(registry, a, b)


def test_same_mutation_id_with_another_payload_is_refused_and_recorded(
    registry: Registry, new_device: NewDevice
) -> None:
    a = new_device("forged-a")
    person_id, _ = seeded_person(a.login(), 19)
    edit(a, person_id, phone="03005550006")
    a.sync()
    (sent,) = _mutations(a)
    changes = {"phone": [sent.changes["phone"][0], "03009999999"]}
    forged = sent.model_copy(
        update={
            "changes": changes,
            "payload_hash": payload_hash(
                sent.mutation_id, sent.entity, sent.entity_id, sent.op, sent.base_version, changes
            ),
        }
    )
    link = a.link()
    try:
        assert link.transport is not None
        answer = link.transport.post("/push", PushRequest(mutations=[forged]), PushResponse)
    finally:
        link.close()
    (result,) = answer.results
    assert result.status == "rejected" and result.reason == "payload_mismatch"
    assert result.http_status == 409
    converged(registry, a)
    assert person_row(a, person_id)["phone"] == "03005550006"


def test_busy_and_endless_responses_for_a_long_time_with_a_poison_mutation(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("busy-a"), new_device("busy-b")
    replica = a.login()
    people = [seeded_person(replica, 20 + i)[0] for i in range(5)]
    for number, person_id in enumerate(people):
        edit(a, person_id, phone=f"0300777000{number}")
    with replica.db.atomic():  # a mutation no registry can accept: bypasses the form engine
        outbox.record(
            replica.db,
            entity="person",
            entity_id=people[0],
            op="update",
            base_version=1,
            changes={"sex": ("male", "dragon")},
            user_id=replica.session.user_id,
            client_time="2026-11-22T10:00:00+05:00",
        )
    status = other_status(a, people[1])
    edit(a, people[1], marital_status=status)
    backoff = Backoff(base=1, cap=60)
    waits: list[float] = []
    with fault_proxy(registry.url) as proxy:
        proxy.add("status", "/api/v1/push", status=503, retry_after="7", times=3)
        proxy.add("status", "/api/v1/push", status=429, retry_after="3")
        proxy.add("hang", "/api/v1/push")
        for _ in range(5):
            with pytest.raises((RegistryBusy, RegistryUnreachable)) as caught:
                a.sync(transport_via(a, proxy.url, deadline=1.5))
            retry_after = getattr(caught.value, "retry_after", None)
            waits.append(backoff.failed(retry_after))
        report = a.sync(transport_via(a, proxy.url))
    assert min(waits[:3]) >= 7 and waits[3] >= 3
    assert report.results["rejected"] == 1
    assert report.results["applied"] + report.results["merged"] == 6
    state, reason = replica.db.execute(
        "SELECT state, last_error FROM outbox WHERE changes LIKE '%dragon%'"
    ).fetchone()
    assert state == "rejected" and reason
    converged(registry, a, b)
    assert person_row(b, people[1])["marital_status"] == status


def test_device_clock_years_off_changes_no_ordering(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("clock-a"), new_device("clock-b")
    a.close()
    from tests.e2e.conftest import fixed  # noqa: PLC0415

    a.replica = Replica.open(
        a.folder, "amina", CLERK_PASSWORD, kdf=FAST_KDF, clock=lambda: fixed(2031)
    )
    person_id, _ = seeded_person(a.login(), 30)
    edit(b, person_id, phone="03005550010")
    b.sync()
    status = other_status(a, person_id)
    edit(a, person_id, marital_status=status)
    report = a.sync()
    assert report.clock_skew_seconds is not None and report.clock_skew_seconds > 3 * 365 * 86400
    converged(registry, a, b)
    row = person_row(b, person_id)
    assert row["phone"] == "03005550010" and row["marital_status"] == status
    skew = (
        a.login()
        .db.execute("SELECT clock_skew_seconds FROM sync_session ORDER BY id DESC LIMIT 1")
        .fetchone()[0]
    )
    assert skew > 3 * 365 * 86400


def test_disk_full_during_the_first_download_resumes(
    registry: Registry, new_device: NewDevice
) -> None:
    with fault_proxy(registry.url) as proxy:
        # The line drops right after enrolment: the cache exists, the district is not in it.
        a = new_device("disk-a", url=proxy.url, enrolled=False)
        proxy.add("status", "/api/v1/snapshots", status=503)
        with pytest.raises(RegistryBusy):
            a.enrol()
        replica = a.login()
        assert replica.db.execute("SELECT count(*) FROM person").fetchone()[0] == 0
        data_dir, key = replica.sync_access()
        link = DeviceSync(data_dir, key, user_id=None, clock=replica.clock)
        assert link.needs_download()
        pages = link.db.execute("PRAGMA page_count").fetchone()[0]
        link.db.execute(f"PRAGMA max_page_count = {pages + 3}")  # the disk fills up
        try:
            with pytest.raises(DiskFull):
                link.finish_download()
        finally:
            link.close()
        assert replica.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert a.sync().resynced is False  # space freed: the download resumes, then syncs
        assert replica.db.execute("SELECT count(*) FROM person").fetchone()[0] > 0
        converged(registry, a)


def test_a_lost_key_slot_loses_no_data(registry: Registry, new_device: NewDevice) -> None:
    a = new_device("key-a")
    person_id, _ = seeded_person(a.login(), 33)
    edit(a, person_id, phone="03005550011")
    a.close()
    keys = a.folder / "onestop.keys"
    backup = keys.read_bytes()
    keys.unlink()
    with pytest.raises(KeyFileMissing):
        Replica.open(a.folder, "amina", CLERK_PASSWORD, kdf=FAST_KDF)
    keys.write_bytes(backup)  # restored from backup by the supervisor
    assert outbox_states(a) == {"pending": 1}
    converged(registry, a)
    # A wrong key never opens the cache, and never creates anything in its place.
    with pytest.raises(Exception, match="(?i)password|key|cache"):
        DeviceSync(a.folder, b"\x01" * 32, user_id=None, clock=a.login().clock)


def test_offline_beyond_retention_resyncs_and_keeps_the_outbox(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("retention-a"), new_device("retention-b")
    waiting, _ = seeded_person(a.login(), 35)
    status = other_status(a, waiting)
    edit(a, waiting, marital_status=status)
    for offset in range(36, 40):
        person_id, _ = seeded_person(b.login(), offset)
        edit(b, person_id, phone=f"030055501{offset}")
    b.sync()
    registry.command("prune", "--keep", "1")
    report = a.sync()
    assert report.resynced
    converged(registry, a, b)
    assert person_row(b, waiting)["marital_status"] == status


def test_registry_restored_from_an_older_backup(
    registry: Registry, new_device: NewDevice, tmp_path: Path
) -> None:
    a, b = new_device("restore-a"), new_device("restore-b")
    db_file = Path(registry.db_url.removeprefix("sqlite:///"))
    backup = tmp_path / "backup.db"
    with sqlite3.connect(db_file) as source, sqlite3.connect(backup) as target:
        source.backup(target)
    person_id, _ = seeded_person(a.login(), 41)
    edit(a, person_id, phone="03005550012")
    a.sync()  # acknowledged by the registry ... which then loses it
    link = a.link()
    try:
        assert link.transport is not None
        forgotten = link.transport.post("/regno-blocks", None, RegnoBlock)  # lost with it
    finally:
        link.close()
    registry.process.stop()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, db_file)
    registry.command("new-epoch")
    registry.process.start()
    report = a.sync()
    assert report.epoch_changed
    converged(registry, a, b)
    assert person_row(b, person_id)["phone"] == "03005550012"
    link = b.link()
    try:
        assert link.transport is not None
        fresh = link.transport.post("/regno-blocks", None, RegnoBlock)
    finally:
        link.close()
    assert fresh.start > forgotten.end  # never a number a device may already hold


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sync.client.session import DeviceSync
    from sync.replica.cache import Replica
    from sync.replica.keyslots import KdfParams

    folder = Path(sys.argv[1])
    replica = Replica.open(folder, "amina", sys.argv[2], kdf=KdfParams(log2_n=10))
    persons = replica.db.execute("SELECT id FROM person WHERE relationship = 'head' LIMIT 400")
    ids = [row[0] for row in persons]
    print("ready", flush=True)
    n = 0
    while True:  # edits and syncs until killed
        for person_id in ids[n % 40 :: 40][:5]:
            values = replica.persons.form_values(person_id)
            version = replica.db.execute(
                "SELECT version FROM person WHERE id = ?", [person_id]
            ).fetchone()[0]
            values["phone"] = f"0300{n:07d}"
            replica.persons.update_person(person_id, values, replica.actor, version)
        link = DeviceSync.for_replica(replica)
        link.run()
        link.close()
        n += 1
    """
)


def test_power_loss_on_the_device_mid_commit_and_mid_sync(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("power-a"), new_device("power-b")
    a.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (1.5, 2.7):
        child = subprocess.Popen(
            [sys.executable, "-c", KILL_SCRIPT, str(a.folder), CLERK_PASSWORD],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    replica = a.login()  # opens with the full integrity check
    seqs = [row[0] for row in replica.db.execute("SELECT seq FROM outbox ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))  # contiguous: nothing half-written
    converged(registry, a, b)
