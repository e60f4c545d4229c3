"""A day signed on a supervisor's device reaches the registry at the next sync; what a clerk
records for that day afterwards shows up there as a late entry."""

from __future__ import annotations

import json

from sync.replica.cache import local_now
from tests.conftest import household
from tests.e2e.conftest import OFFICE, SUPERVISOR_PASSWORD, NewDevice, Registry


def test_sign_off_travels_and_late_entries_show(new_device: NewDevice, registry: Registry) -> None:
    counter, office = new_device("signoff-counter"), new_device("supervisor-desk")
    clerk = counter.login()
    clerk.persons.register_household(household(), clerk.actor)
    counter.sync()
    supervisor = office.login("bilal", SUPERVISOR_PASSWORD)
    today = local_now().date()
    signed = supervisor.sign_day(today, "All forms checked.")
    assert signed.sent_at is None
    office.sync()
    row = supervisor.db.execute(
        "SELECT sent_at FROM day_signoff WHERE day = ?", [today.isoformat()]
    ).fetchone()
    assert row[0] is not None

    clerk.persons.register_household(household(), clerk.actor)
    counter.sync()
    report = json.loads(
        registry.command(
            "day", "--district", "PB-MUL", "--office", OFFICE, "--date", today.isoformat(), "--json"
        )
    )
    assert report["signoff"]["note"] == "All forms checked."
    assert report["signoff"]["display_name"] == "Bilal Supervisor"
    assert len(report["late_entries"]) >= 2  # the late household and its member
    text = registry.command(
        "day", "--district", "PB-MUL", "--office", OFFICE, "--date", today.isoformat()
    )
    assert "Amina Clerk" in text and "late" in text.lower()
