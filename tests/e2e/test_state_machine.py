"""Random interleavings of edits, crashes and syncs on two devices still converge.

Hypothesis drives two enrolled devices against one real registry: clerks edit contact and
other fields of the same small set of persons, register households, syncs happen on either
device in any order, and "crashes" interrupt a push after the registry committed (the
response is lost) or abandon a device's cache without closing it. At every step: the
outbox's device sequence is contiguous and no acknowledged mutation goes back; at the end,
after both devices sync twice, all digests agree and every mutation is accounted for.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from sync.client.errors import RegistryUnreachable
from tests.conftest import household
from tests.e2e.conftest import Device, Registry, server_digests
from tests.e2e.fault_proxy import FaultProxy
from tests.e2e.test_convergence import edit, outbox_states, person_row, seeded_person
from tests.e2e.test_faults import transport_via

PHONES = st.sampled_from(["03001000001", "03001000002", "03001000003", "03001000004"])
STATUSES = st.sampled_from(["never_married", "married", "widowed", "divorced"])


def edit_if_changed(device: Device, person_id: str, **changes: str) -> None:
    if any(person_row(device, person_id)[k] != v for k, v in changes.items()):
        edit(device, person_id, **changes)


class TwoDevices(RuleBasedStateMachine):
    """Set `registry`, `folder` and `proxy` on the class before running it."""

    registry: Registry
    folder: Path
    proxy: FaultProxy
    runs = 0

    @initialize()
    def enrol(self) -> None:
        TwoDevices.runs += 1
        run = TwoDevices.runs
        self.devices = [
            Device(self.registry, self.folder / f"sm{run}-{i}", f"sm{run}-{i}").enrol()
            for i in range(2)
        ]
        self.people = [seeded_person(self.devices[0].login(), 50 + i)[0] for i in range(3)]
        self.acked: list[set[str]] = [set(), set()]

    @rule(who=st.integers(0, 1), person=st.integers(0, 2), phone=PHONES)
    def edit_phone(self, who: int, person: int, phone: str) -> None:
        edit_if_changed(self.devices[who], self.people[person], phone=phone)

    @rule(who=st.integers(0, 1), person=st.integers(0, 2), status=STATUSES)
    def edit_status(self, who: int, person: int, status: str) -> None:
        edit_if_changed(self.devices[who], self.people[person], marital_status=status)

    @rule(who=st.integers(0, 1))
    def register(self, who: int) -> None:
        replica = self.devices[who].login()
        replica.persons.register_household(household(), replica.actor)

    @rule(who=st.integers(0, 1))
    def sync(self, who: int) -> None:
        self.devices[who].sync()

    @rule(who=st.integers(0, 1))
    def push_lost_after_commit(self, who: int) -> None:
        device = self.devices[who]
        self.proxy.add("drop", "/api/v1/push")
        with contextlib.suppress(RegistryUnreachable):
            device.sync(transport_via(device, self.proxy.url))
        self.proxy.clear()

    @rule(who=st.integers(0, 1))
    def crash_and_reopen(self, who: int) -> None:
        self.devices[who].close()  # the next step logs in again from the files

    @invariant()
    def outbox_is_contiguous_and_acks_stick(self) -> None:
        for index, device in enumerate(getattr(self, "devices", [])):
            db = device.login().db
            seqs = [r[0] for r in db.execute("SELECT seq FROM outbox ORDER BY seq")]
            assert seqs == list(range(1, len(seqs) + 1))
            acked = {
                r[0] for r in db.execute("SELECT mutation_id FROM outbox WHERE state = 'acked'")
            }
            assert self.acked[index] <= acked
            self.acked[index] = acked

    def teardown(self) -> None:
        devices = getattr(self, "devices", [])
        try:
            for _ in range(2):
                for device in devices:
                    device.sync()
            if devices:
                expected = server_digests(self.registry, devices[0])
                for device in devices:
                    assert device.digests() == expected
                    assert set(outbox_states(device)) <= {"acked", "conflict", "rejected"}
        finally:
            for device in devices:
                device.close()


@pytest.mark.slow
def test_two_devices_under_random_interleavings(registry: Registry, tmp_path: Path) -> None:
    TwoDevices.registry, TwoDevices.folder = registry, tmp_path
    TwoDevices.proxy = FaultProxy(registry.url).start()
    try:
        run_state_machine_as_test(
            TwoDevices,
            settings=settings(
                max_examples=4,
                stateful_step_count=10,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
    finally:
        TwoDevices.proxy.stop()
