"""A field laptop with no coverage: its changes travel on a USB stick through an online counter
and come back settled; the registry keeps a copy of every device's audit chain and sync log."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.client import bundles
from sync.client.bundles import BundleFileRefused, NothingToExport
from sync.client.session import DeviceSync
from sync.replica.cache import local_now
from sync.replica.errors import PermissionDenied
from tests.conftest import household
from tests.e2e.conftest import SUPERVISOR_PASSWORD, Device, NewDevice, Registry


def _outbox(device: Device) -> dict[str, int]:
    rows = device.login().db.execute("SELECT state, count(*) FROM outbox GROUP BY state")
    return {str(state): int(count) for state, count in rows}


def _relay(counter: Device, data: bytes) -> bytes:
    link = DeviceSync.for_replica(counter.login())
    assert link is not None and link.transport is not None
    try:
        return bundles.relay(link.transport, data)
    finally:
        link.close()


def test_a_bundle_goes_through_a_counter_and_its_results_come_back(
    new_device: NewDevice, registry: Registry, tmp_path: Path
) -> None:
    laptop, counter = new_device("field-laptop"), new_device("town-counter")
    laptop.login("bilal", SUPERVISOR_PASSWORD)
    laptop.sync()  # at the office: keys exchanged
    counter.sync()
    replica = laptop.login()
    result = replica.persons.register_household(household(), replica.actor)
    stick = tmp_path / "usb"
    stick.mkdir()
    summary = bundles.export_changes(
        replica.db, stick, user_id=replica.session.user_id, role="supervisor", clock=local_now
    )
    assert summary.count == _outbox(laptop)["pending"] and summary.path.exists()
    assert result.household_id.encode() not in summary.path.read_bytes()  # encrypted

    results = _relay(counter, summary.path.read_bytes())
    settled = bundles.import_results(
        replica.db, results, user_id=replica.session.user_id, clock=local_now
    )
    assert settled.results == {"applied": summary.count} and settled.already_known == 0
    assert _outbox(laptop) == {"acked": summary.count}
    again = bundles.import_results(
        replica.db, results, user_id=replica.session.user_id, clock=local_now
    )
    assert again.results == {} and again.already_known == summary.count
    # Relayed twice: the registry answers the same and changes nothing.
    assert _relay(counter, summary.path.read_bytes())
    counter.sync()
    ids = [r[0] for r in counter.login().db.execute("SELECT id FROM household")]
    assert result.household_id in ids
    laptop.sync()
    assert laptop.digests() == counter.digests()
    with pytest.raises(NothingToExport):
        bundles.export_changes(
            replica.db, stick, user_id=replica.session.user_id, role="supervisor", clock=local_now
        )


def test_wrong_files_and_roles_are_refused(
    new_device: NewDevice, registry: Registry, tmp_path: Path
) -> None:
    laptop, counter = new_device("field-laptop-2"), new_device("town-counter-2")
    laptop.sync()
    replica = laptop.login()
    replica.persons.register_household(household(), replica.actor)
    with pytest.raises(PermissionDenied):  # amina is a clerk
        bundles.export_changes(
            replica.db, tmp_path, user_id=replica.session.user_id, role="clerk", clock=local_now
        )
    summary = bundles.export_changes(
        replica.db, tmp_path, user_id=replica.session.user_id, role="supervisor", clock=local_now
    )
    data = summary.path.read_bytes()
    with pytest.raises(BundleFileRefused) as cut:
        _relay(counter, data[: len(data) - 10])
    assert cut.value.reason == "truncated"
    with pytest.raises(BundleFileRefused) as wrong:  # a changes bundle is not a results bundle
        bundles.import_results(replica.db, data, user_id="x", clock=local_now)
    assert wrong.value.reason in {"tampered", "unknown_sender"}
    assert _outbox(laptop).get("acked", 0) == 0


def test_the_registry_mirrors_audit_chains_and_sync_logs(
    new_device: NewDevice, registry: Registry
) -> None:
    device = new_device("mirrored")
    replica = device.login()
    replica.persons.register_household(household(), replica.actor)
    device.sync()
    device.sync()  # the first session's log goes with the second cycle
    out = registry.command("audit-verify")
    assert "whole" in out and "broken" not in out
    local = replica.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    through = replica.db.execute(
        "SELECT value FROM meta WHERE key = 'audit_mirrored_through'"
    ).fetchone()[0]
    assert int(through) == local
    sent = replica.db.execute(
        "SELECT value FROM meta WHERE key = 'sync_log_sent_through'"
    ).fetchone()[0]
    assert int(sent) >= 1
