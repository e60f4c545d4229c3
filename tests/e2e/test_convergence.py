"""Devices of one district converge through the real registry, and nothing is lost."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import forms
from sync.replica.cache import Replica
from tests.conftest import FAST_KDF, household
from tests.e2e.conftest import Device, NewDevice, Registry, server_digests


def seeded_person(replica: Replica, offset: int = 0) -> tuple[str, int]:
    row = replica.db.execute(
        "SELECT id, version FROM person WHERE relationship = 'head' ORDER BY id LIMIT 1 OFFSET ?",
        [offset],
    ).fetchone()
    return str(row[0]), int(row[1])


def edit(device: Device, person_id: str, **changes: Any) -> int:
    replica = device.login()
    values = replica.persons.form_values(person_id)
    assert values is not None
    version = replica.db.execute("SELECT version FROM person WHERE id = ?", [person_id]).fetchone()[
        0
    ]
    new_version = replica.persons.update_person(person_id, values | changes, replica.actor, version)
    assert new_version == version + 1, "the edit changed nothing"
    return new_version


STATUSES = ("never_married", "married", "widowed", "divorced")


def other_status(device: Device, person_id: str, avoid: str | None = None) -> str:
    """A marital status this person does not have yet (so the edit is a real change)."""
    current = person_row(device, person_id)["marital_status"]
    return next(s for s in STATUSES if s not in (current, avoid))


def person_row(device: Device, person_id: str) -> dict[str, Any]:
    rows = list(device.login().db.query("SELECT * FROM person WHERE id = ?", [person_id]))
    assert rows, person_id
    return rows[0]


def outbox_states(device: Device) -> dict[str, int]:
    rows = device.login().db.execute("SELECT state, count(*) FROM outbox GROUP BY state")
    return dict(rows)


def test_enrolment_downloads_the_district_and_central_users_log_in(
    new_device: NewDevice,
) -> None:
    device = new_device("counter-1")
    replica = device.login()
    assert replica.session.username == "amina"
    persons = replica.db.execute("SELECT count(*) FROM person").fetchone()[0]
    assert persons >= 300
    # Indexes dropped for the download are back, and the name index answers.
    names = {
        row[0] for row in replica.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"person_household", "identifier_value", "person_rules"} <= names
    some = replica.db.execute("SELECT given_name, family_name FROM person LIMIT 1").fetchone()
    assert replica.search(f"{some[0]} {some[1]}")
    device.close()
    supervisor = device.login("bilal", "bilal-pass-1")
    assert supervisor.session.role == "supervisor"


def test_two_devices_converge_and_nothing_is_lost(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("counter-a"), new_device("counter-b")
    registered = a.login().persons.register_household(household(), a.login().actor)
    person_id, _ = seeded_person(b.login(), 3)
    edit(b, person_id, phone="03001112233")

    report_a = a.sync()
    report_b = b.sync()
    a.sync()

    assert report_a.results["applied"] == 3  # household + two members
    assert report_b.results["applied"] == 1
    assert outbox_states(a) == {"acked": 3} and outbox_states(b) == {"acked": 1}
    new_member = registered.members[0][0]
    assert person_row(b, new_member)["registry_no"] == registered.members[0][1]
    assert person_row(a, person_id)["phone"] == "03001112233"
    assert b.login().search("Muhammad Aslam")
    assert a.digests() == b.digests() == server_digests(registry, a)
    assert report_b.divergence == "agree" or report_b.divergence.startswith("not checked")


def test_disjoint_fields_merge_and_contact_last_arrival_wins(new_device: NewDevice) -> None:
    a, b = new_device("merge-a"), new_device("merge-b")
    person_id, _ = seeded_person(a.login(), 5)
    edit(a, person_id, marital_status="widowed", phone="03009990001")
    edit(b, person_id, phone="03009990002", wg_seeing="2")

    assert a.sync().results["applied"] == 1
    assert b.sync().results["merged"] == 1
    a.sync()
    for device in (a, b):
        row = person_row(device, person_id)
        assert row["marital_status"] == "widowed"  # a's field
        assert row["wg_seeing"] == 2  # b's field
        assert row["phone"] == "03009990002"  # contact: the last arrival
    assert a.digests() == b.digests()


def test_identity_conflict_keeps_the_live_value_and_queues_a_proposal(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("conflict-a"), new_device("conflict-b")
    person_id, _ = seeded_person(a.login(), 7)
    edit(a, person_id, birth_date="1970-01-01")
    edit(b, person_id, birth_date="1971-02-02")
    a.sync()
    b_report = b.sync()
    a.sync()
    assert b_report.results["conflict"] == 1
    state, result = (
        b.login()
        .db.execute("SELECT state, result FROM outbox ORDER BY seq DESC LIMIT 1")
        .fetchone()
    )
    assert state == "conflict"
    assert json.loads(result)["conflict_fields"] == ["birth_date"]
    for device in (a, b):
        assert person_row(device, person_id)["birth_date"] == "1970-01-01"
    assert a.digests() == b.digests() == server_digests(registry, a)


def test_a_pending_local_edit_is_never_overwritten_by_a_pull(new_device: NewDevice) -> None:
    a, b = new_device("pending-a"), new_device("pending-b")
    person_id, _ = seeded_person(a.login(), 9)
    edit(a, person_id, phone="03001230001")
    a.sync()
    status = other_status(b, person_id)
    edit(b, person_id, marital_status=status)  # b's edit stays local for now
    link = b.link()
    try:
        engine_pull_only(link)
    finally:
        link.close()
    row = person_row(b, person_id)
    assert row["marital_status"] == status  # pending: kept
    assert row["phone"] == "03001230001"  # not pending: taken from the registry
    b.sync()
    a.sync()
    assert person_row(a, person_id)["marital_status"] == status


def engine_pull_only(link: Any) -> None:
    """Pull without pushing (what happens when a push batch failed before the pull)."""
    from sync.client.engine import SyncEngine, SyncReport  # noqa: PLC0415

    engine = SyncEngine(link.db, link.transport, user_id=None, clock=link.clock)
    engine._pull(SyncReport(started_at="now"))  # noqa: SLF001 - the pull step alone


def test_applications_and_registry_numbers_flow_to_the_registry(
    registry: Registry, new_device: NewDevice
) -> None:
    a, b = new_device("apply-a"), new_device("apply-b")
    replica = a.login()
    blocks = replica.db.execute("SELECT start, end FROM regno_block").fetchall()
    other = b.login().db.execute("SELECT start, end FROM regno_block").fetchall()
    assert blocks and other
    for start, end in blocks:
        for o_start, o_end in other:
            assert end < o_start or o_end < start  # blocks never overlap
    registered = replica.persons.register_household(household(), replica.actor)
    assert registered.household_registry_no
    a.sync()
    b.sync()
    assert person_row(b, registered.members[1][0])["given_name"] == "Fatima"


def test_a_catalog_published_at_the_registry_comes_down_and_is_used(
    registry: Registry, new_device: NewDevice, tmp_path: Path
) -> None:
    a = new_device("catalog-a")
    replica = a.login()
    assert replica.entitlements.catalog.version == 1
    shipped = (Path(forms.__file__).parent / "catalogs" / "pk.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(shipped.replace("\nversion: 1\n", "\nversion: 2\nunknown_key: 1\n", 1))
    with pytest.raises(RuntimeError, match="unknown_key"):
        registry.command("publish-catalog", str(broken))
    newer = tmp_path / "pk-v2.yaml"
    newer.write_text(shipped.replace("\nversion: 1\n", "\nversion: 2\n", 1), encoding="utf-8")
    registry.command("publish-catalog", str(newer))
    report = a.sync()
    assert "pk" in report.catalogs_changed
    assert replica.entitlements.refresh_published()
    assert replica.entitlements.catalog.version == 2
    # A cache opened later puts the published version in force from the start.
    a.close()
    assert a.login().entitlements.catalog.version == 2


def test_a_divergence_is_found_and_repaired_row_by_row(
    registry: Registry, new_device: NewDevice
) -> None:
    a = new_device("diverge-a")
    first = a.sync()
    assert first.divergence == "agree"
    idle = a.sync()
    assert idle.divergence.startswith("agree (nothing changed")  # cheap when nothing moved
    db = a.login().db
    person_id, version = seeded_person(a.login(), 60)
    with db.atomic():  # damage that no sync explains: a row that is not the registry's
        db.execute(
            "UPDATE person SET version = version + 5, phone = '03000000000' WHERE id = ?",
            [person_id],
        )
    a.close()
    later = datetime.now().astimezone() + timedelta(hours=2)
    a.replica = Replica.open(a.folder, "amina", "amina-pass-1", kdf=FAST_KDF, clock=lambda: later)
    report = a.sync()
    assert report.divergence.startswith("repaired"), report.divergence
    assert report.repaired >= 1
    assert person_row(a, person_id)["version"] == version
    assert a.digests() == server_digests(registry, a)


def test_no_personal_data_reaches_the_device_or_registry_logs(
    registry: Registry, new_device: NewDevice, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    a, b = new_device("privacy-a"), new_device("privacy-b")
    a.login().persons.register_household(household(), a.login().actor)
    person_id, _ = seeded_person(b.login(), 70)
    edit(b, person_id, phone="03004445566")
    a.sync()
    b.sync()
    a.sync()
    seeded = person_row(a, person_id)
    secrets_ = [
        *("Muhammad", "Aslam", "Fatima", "36302-1234567-1", "3630212345682", "03004445566"),
        str(seeded["given_name"]),
        str(seeded["family_name"]),
    ]
    registry_log = (registry.folder / "registry.log").read_text(encoding="utf-8")
    for text in secrets_:
        assert text not in caplog.text, text
        assert text not in registry_log, text
