"""The supervisor's day on the device: tallies, refused changes, sign-off, the 30-day chart.

Real encrypted caches; the registry's answers are written into the outbox the way the sync
engine stores them (state + the MutationResult as JSON).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sync.protocol import MutationResult, audit_row_hash
from sync.replica import audit, day
from sync.replica.cache import Replica
from sync.replica.connection import open_encrypted
from sync.replica.persons import ValidationFailed
from sync.replica.rejected import AlreadyResolved, NotCorrectable, NotRejected, ReasonRequired
from sync.replica.schema import MIGRATIONS, migrate
from tests.conftest import CLERK, DEVICE, FAST_KDF, FIXED_NOW, SUPERVISOR, household

DAY = FIXED_NOW.date()
STATE_FOR = {"applied": "acked", "merged": "acked", "conflict": "conflict"}
STATE_FOR |= {"rejected": "rejected", "held": "held"}


class Clock:
    """The counter's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
def replica(cache_dir: Path, clock: Clock) -> Iterator[Replica]:
    """A fresh supervisor's cache on the movable clock; always closed."""
    opened = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=clock)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sup(cache_dir: Path, clock: Clock) -> Iterator[Replica]:
    """A supervisor's cache with a clerk user (not logged in); always closed."""
    opened = Replica.create(cache_dir, SUPERVISOR, DEVICE, kdf=FAST_KDF, clock=clock)
    try:
        opened.add_user(CLERK)
        yield opened
    finally:
        opened.close()


def _as_clerk(sup: Replica, clock: Clock) -> Replica:
    sup.close()
    return Replica.open(sup.data_dir, CLERK.username, CLERK.password, kdf=FAST_KDF, clock=clock)


def _reopen_supervisor(other: Replica, clock: Clock) -> Replica:
    other.close()
    return Replica.open(
        other.data_dir, SUPERVISOR.username, SUPERVISOR.password, kdf=FAST_KDF, clock=clock
    )


def _outbox(replica: Replica) -> list[dict[str, Any]]:
    return list(replica.db.query("SELECT * FROM outbox ORDER BY seq"))


def _answer(
    replica: Replica, mutation_id: str, status: str, reason: str | None = None, message: str = ""
) -> None:
    """Store a registry answer as the sync engine does."""
    result = MutationResult(
        mutation_id=mutation_id,
        status=status,  # type: ignore[arg-type]
        reason=reason,
        message=message or None,
        version=None if status == "rejected" else 1,
    )
    replica.db.execute(
        "UPDATE outbox SET state = ?, result = ?, last_error = ? WHERE mutation_id = ?",
        [STATE_FOR[status], result.model_dump_json(), reason, mutation_id],
    )


def _person_create(replica: Replica, person_id: str) -> str:
    row = replica.db.execute(
        "SELECT mutation_id FROM outbox WHERE entity_id = ? AND op = 'create'", [person_id]
    ).fetchone()
    return str(row[0])


def _counts(replica: Replica) -> dict[str, int]:
    tables = ("household", "person", "identifier", "audit", "outbox", "person_fts", "enrolment")
    return {t: replica.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _changes(replica: Replica, mutation_id: str) -> dict[str, list[Any]]:
    row = replica.db.execute(
        "SELECT changes FROM outbox WHERE mutation_id = ?", [mutation_id]
    ).fetchone()
    return dict(json.loads(row[0]))


# -- tallies ------------------------------------------------------------------------------------


def test_the_day_is_tallied_per_clerk_by_what_the_registry_made_of_it(
    sup: Replica, clock: Clock
) -> None:
    clerk = _as_clerk(sup, clock)
    clerk_id = clerk.session.user_id
    registered = clerk.persons.register_household(household(), clerk.actor)
    head = registered.members[0][0]
    clock.now = FIXED_NOW + timedelta(hours=1)
    version = clerk.persons.update_person(
        head, {**(clerk.persons.form_values(head) or {}), "phone": "0301-7654321"}, clerk.actor, 1
    )
    assert version == 2
    sup = _reopen_supervisor(clerk, clock)
    try:
        sup.entitlements.apply(head, "old_age_social", sup.actor, "Sana")
        clock.now = FIXED_NOW - timedelta(days=1)  # yesterday: counted in pending only
        sup.persons.register_household(household(), sup.actor)
        rows = _outbox(sup)
        _answer(sup, rows[0]["mutation_id"], "applied")  # household
        _answer(sup, rows[1]["mutation_id"], "merged")  # head
        _answer(sup, rows[2]["mutation_id"], "rejected", "invalid", "birth_date: future")
        _answer(sup, rows[3]["mutation_id"], "conflict")  # the edit
        sup.db.execute("UPDATE outbox SET state = 'sending' WHERE seq = 5")  # the application

        report = sup.day_report(DAY)
    finally:
        sup.close()
    by_user = {tally.user_id: tally for tally in report.clerks}
    assert by_user[clerk_id] == day.ClerkTally(
        clerk_id,
        CLERK.display_name,
        created=3,
        updated=1,
        acknowledged=2,
        rejected=1,
        conflicted=1,
    )
    supervisor = next(t for t in report.clerks if t.user_id != clerk_id)
    assert (supervisor.display_name, supervisor.applications, supervisor.pending) == (
        SUPERVISOR.display_name,
        1,
        1,
    )
    assert supervisor.created == 0  # yesterday's household is another day
    assert report.totals.created == 3 and report.totals.pending == 1
    assert report.pending_total == 4  # the application and yesterday's three creates
    assert report.oldest_pending == (FIXED_NOW - timedelta(days=1)).isoformat()
    assert [r.reason for r in report.rejected] == ["invalid"]
    assert report.rejected[0].message == "birth_date: future"
    assert report.rejected[0].display_name == CLERK.display_name
    assert report.signoff is None and report.late_entries == ()


def test_names_fall_back_to_the_registry_users_then_to_the_id(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    replica.db.execute("UPDATE outbox SET user_id = 'central-1' WHERE seq = 2")
    replica.db.execute("UPDATE outbox SET user_id = 'unknown-9' WHERE seq = 3")
    replica.db.execute(
        "INSERT INTO central_user (id, username, display_name, role, active, version, sealed)"
        " VALUES ('central-1', 'nadia', 'Nadia Field', 'field_officer', 1, 1, '{}')"
    )
    names = {t.user_id: t.display_name for t in replica.day_report(DAY).clerks}
    assert names["central-1"] == "Nadia Field"
    assert names["unknown-9"] == "unknown-9"


def test_sync_sessions_of_the_day_are_listed(replica: Replica) -> None:
    for started, sent in (("2026-11-22T09:00:00+05:00", 10), ("2026-11-21T09:00:00+05:00", 20)):
        replica.db.execute(
            "INSERT INTO sync_session (started_at, bytes_sent, pushed, divergence)"
            " VALUES (?, ?, 3, 'agree')",
            [started, sent],
        )
    sessions = replica.day_report(DAY).sync_sessions
    assert [(s.started_at, s.bytes_sent, s.pushed, s.divergence) for s in sessions] == [
        ("2026-11-22T09:00:00+05:00", 10, 3, "agree")
    ]


# -- refused changes ----------------------------------------------------------------------------


def test_refused_changes_list_the_unresolved_first_with_the_registry_reason(
    replica: Replica,
) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    first, second = (_person_create(replica, pid) for pid, _ in result.members)
    _answer(replica, first, "rejected", "registry_no_taken", "registry_no: already given")
    replica.db.execute(  # an answer stored without a result body: the reason is last_error
        "UPDATE outbox SET state = 'rejected', last_error = 'out_of_scope' WHERE mutation_id = ?",
        [second],
    )
    replica.discard_rejected(first, "Registered twice by mistake")
    listed = replica.day_report(DAY).rejected
    assert [(r.mutation_id, r.reason, r.resolution) for r in listed] == [
        (second, "out_of_scope", None),
        (first, "registry_no_taken", "discarded"),
    ]
    assert listed[1].resolution_note == "Registered twice by mistake"
    assert listed[1].resolved_by == replica.session.user_id
    assert listed[1].changes["given_name"] == [None, "Muhammad"]
    assert replica.day_report(DAY).totals.rejected == 1


def test_a_refused_registration_is_corrected_and_sent_again(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    daughter = result.members[1][0]
    refused = _person_create(replica, daughter)
    _answer(replica, refused, "rejected", "invalid", "birth_date: must not be in the future")
    frozen = replica.db.execute(
        "SELECT changes, payload_hash FROM outbox WHERE mutation_id = ?", [refused]
    ).fetchone()

    new_id = replica.resubmit_rejected(refused, {"birth_date": "2019-08-02", "phone": ""})

    rows = {r["mutation_id"]: r for r in _outbox(replica)}
    old, new = rows[refused], rows[new_id]
    assert (old["resolution"], old["superseded_by"]) == ("resubmitted", new_id)
    assert old["resolved_by"] == replica.session.user_id and old["resolved_at"]
    assert (old["changes"], old["payload_hash"]) == tuple(frozen)  # sent as it was frozen
    assert (new["op"], new["entity_id"], new["base_version"], new["state"]) == (
        "create",
        daughter,
        0,
        "pending",
    )
    assert new["supersedes"] == refused
    sent = _changes(replica, new_id)
    assert sent["birth_date"] == [None, "2019-08-02"]
    assert sent["registry_no"] == _changes(replica, refused)["registry_no"]
    assert sent["household_id"] == [None, result.household_id]
    assert sent["identifiers"] == [None, [["bform", "3630212345682"]]]
    assert all(pair[0] is None and pair[1] is not None for pair in sent.values())
    record = replica.persons.get(daughter)
    assert record is not None
    assert record.person["birth_date"] == "2019-08-02"
    assert record.person["version"] == 1  # the registry never had it: still its first version
    last = audit.entries_for(replica.db, "person", daughter)[-1]
    assert (last.action, last.detail["new_mutation"]) == ("resubmit", new_id)
    assert last.detail["corrected"] == ["birth_date"]
    report = replica.day_report(DAY)
    assert report.totals.created == 3  # the correction is not a new registration
    assert report.totals.pending == 3 and report.totals.rejected == 0
    with pytest.raises(AlreadyResolved):
        replica.resubmit_rejected(refused, {})


def test_a_refused_edit_is_sent_again_against_the_current_version(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    head = result.members[0][0]
    values = replica.persons.form_values(head) or {}
    replica.persons.update_person(
        head, {**values, "given_name": "Muhamad", "phone": "0301-7654321"}, replica.actor, 1
    )
    refused = _outbox(replica)[-1]["mutation_id"]
    _answer(replica, refused, "rejected", "invalid", "given_name: spelling")

    new_id = replica.resubmit_rejected(refused, {"given_name": "Muhammad Ali"})

    new = next(r for r in _outbox(replica) if r["mutation_id"] == new_id)
    assert (new["op"], new["base_version"]) == ("update", 2)
    assert _changes(replica, new_id) == {
        # 'old' is what the registry still holds: it never took the refused edit
        "given_name": ["Muhammad", "Muhammad Ali"],
        "phone": ["03001234567", "03017654321"],
    }
    record = replica.persons.get(head)
    assert record is not None
    assert (record.person["given_name"], record.person["version"]) == ("Muhammad Ali", 3)
    assert [p.id for p in replica.search("Muhammad Ali")][:1] == [head]


def test_an_invalid_correction_saves_nothing(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    refused = _person_create(replica, result.members[1][0])
    _answer(replica, refused, "rejected", "invalid")
    before = _counts(replica), _outbox(replica)
    with pytest.raises(ValidationFailed) as caught:
        replica.resubmit_rejected(refused, {"birth_date": "2031-01-01", "given_name": " "})
    assert {p.field for p in caught.value.problems} == {"birth_date", "given_name"}
    assert (_counts(replica), _outbox(replica)) == before


def test_only_an_unresolved_refusal_can_be_resolved(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    pending = _outbox(replica)[1]["mutation_id"]
    with pytest.raises(NotRejected) as caught:
        replica.resubmit_rejected(pending, {})
    assert "nothing to resolve" in caught.value.user_message
    with pytest.raises(NotRejected):
        replica.discard_rejected("no-such-mutation", "typo")
    _answer(replica, pending, "rejected", "invalid")
    replica.discard_rejected(pending, "duplicate of an existing record")
    with pytest.raises(AlreadyResolved):
        replica.discard_rejected(pending, "again")


def test_discarding_needs_a_reason_and_changes_nothing_without_one(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    refused = _outbox(replica)[1]["mutation_id"]
    _answer(replica, refused, "rejected", "invalid")
    before = _counts(replica), _outbox(replica)
    with pytest.raises(ReasonRequired) as caught:
        replica.discard_rejected(refused, "   ")
    assert "reason" in caught.value.user_message
    assert (_counts(replica), _outbox(replica)) == before


def test_discarding_a_refused_registration_removes_what_it_created(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    kept = replica.persons.register_household(household(), replica.actor)
    household_create, *person_creates = (r["mutation_id"] for r in _outbox(replica)[:3])
    for mutation_id in (household_create, *person_creates):
        _answer(replica, mutation_id, "rejected", "out_of_scope")
    before = _counts(replica)

    replica.discard_rejected(household_create, "Wrong district")  # members still point to it
    assert replica.db.execute(
        "SELECT count(*) FROM household WHERE id = ?", [result.household_id]
    ).fetchone() == (1,)
    for mutation_id in person_creates:
        replica.discard_rejected(mutation_id, "Wrong district")

    after = _counts(replica)
    assert before["person"] - after["person"] == 2
    assert before["identifier"] - after["identifier"] == 2
    assert before["person_fts"] - after["person_fts"] == 2
    assert before["household"] - after["household"] == 1  # gone with its last member
    found = {p.id for p in replica.search("Muhammad Aslam")}
    assert kept.members[0][0] in found
    assert not found & {pid for pid, _ in result.members}
    last = audit.entries_for(replica.db, "person", result.members[1][0])[-1]
    assert (last.action, last.detail["removed"]) == ("discard", ["person", "household"])
    assert audit.verify(replica.db).whole


def test_a_refused_registration_something_refers_to_is_kept(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    head = result.members[0][0]
    replica.entitlements.apply(head, "old_age_social", replica.actor, "Sana")
    refused = _person_create(replica, head)
    _answer(replica, refused, "rejected", "invalid")
    replica.discard_rejected(refused, "Duplicate")
    assert replica.persons.get(head) is not None
    last = audit.entries_for(replica.db, "person", head)[-1]
    assert (last.action, last.detail["kept"]) == ("discard", True)


def _indexed(replica: Replica, text: str) -> int:
    row = replica.db.execute(
        "SELECT count(*) FROM person_fts WHERE names MATCH ?", [f'"{text}"']
    ).fetchone()
    return int(row[0])


def test_discarding_a_refused_edit_puts_back_the_old_values(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    head = result.members[0][0]
    values = replica.persons.form_values(head) or {}
    replica.persons.update_person(
        head, {**values, "given_name": "Mohsin", "phone": "0301-7654321"}, replica.actor, 1
    )
    refused = _outbox(replica)[-1]["mutation_id"]
    later = replica.persons.form_values(head) or {}
    replica.persons.update_person(head, {**later, "phone": "0302-1111111"}, replica.actor, 2)
    _answer(replica, refused, "rejected", "invalid")
    assert _indexed(replica, "mohsin") == 1

    replica.discard_rejected(refused, "Spelling was right before")

    record = replica.persons.get(head)
    assert record is not None
    assert record.person["given_name"] == "Muhammad"  # still the refused value: put back
    assert record.person["phone"] == "03021111111"  # changed since: left as it is
    assert record.person["version"] == 3  # nothing bumped: sync reconciles versions
    assert _indexed(replica, "mohsin") == 0  # the search index follows the name
    last = audit.entries_for(replica.db, "person", head)[-1]
    assert (last.action, last.detail["reverted"]) == ("discard", ["given_name"])


# -- sign-off -----------------------------------------------------------------------------------


def test_a_day_is_signed_once_and_later_entries_show_as_late(
    replica: Replica, clock: Clock
) -> None:
    replica.persons.register_household(household(), replica.actor)
    clock.now = FIXED_NOW.replace(hour=18)
    signed = replica.sign_day(DAY, "All reconciled.")
    assert signed.summary == day.summary_of(replica.day_report(DAY).totals)
    assert signed.summary["created"] == 3 and signed.summary["pending"] == 3
    assert (signed.display_name, signed.sent_at) == (SUPERVISOR.display_name, None)
    with pytest.raises(day.AlreadySigned) as twice:
        replica.sign_day(DAY, "again")
    assert "already been signed" in twice.value.user_message
    with pytest.raises(day.DayNotStarted):
        replica.sign_day(DAY + timedelta(days=1), "")

    clock.now = FIXED_NOW.replace(hour=19)
    late = replica.persons.register_household(household(), replica.actor)
    report = replica.day_report(DAY)
    assert report.signoff == signed
    assert [e.entity_id for e in report.late_entries] == [
        late.household_id,
        *(pid for pid, _ in late.members),
    ]
    assert report.late_entries[0].recorded_at == FIXED_NOW.replace(hour=19).isoformat()
    entry = audit.entries_for(replica.db, "day", DAY.isoformat())
    assert [(e.action, e.detail["summary"]["created"]) for e in entry] == [("sign_day", 3)]

    assert replica.pending_signoffs() == [signed]
    replica.mark_signoff_sent(DAY, "2026-11-22T19:30:00+05:00")
    assert replica.pending_signoffs() == []
    sent = replica.day_report(DAY).signoff
    assert sent is not None and sent.sent_at == "2026-11-22T19:30:00+05:00"


# -- the chart ----------------------------------------------------------------------------------


def test_the_daily_series_has_every_day_with_zeros(replica: Replica, clock: Clock) -> None:
    clock.now = FIXED_NOW - timedelta(days=2)
    replica.persons.register_household(household(), replica.actor)
    clock.now = FIXED_NOW
    result = replica.persons.register_household(household(), replica.actor)
    replica.entitlements.apply(result.members[0][0], "old_age_social", replica.actor, "Sana")
    _answer(replica, _person_create(replica, result.members[1][0]), "rejected", "invalid")
    replica.db.execute(
        "INSERT INTO sync_session (started_at, bytes_sent, bytes_received) VALUES"
        " ('2026-11-22T08:00:00+05:00', 100, 50), ('2026-11-22T12:00:00+05:00', 1, 2),"
        " ('2026-11-19T08:00:00+05:00', 7, 0)"
    )
    series = replica.daily_series(DAY, days=4)
    assert [(p.day, p.registrations, p.applications, p.sync_bytes, p.rejects) for p in series] == [
        (date(2026, 11, 19), 0, 0, 7, 0),
        (date(2026, 11, 20), 2, 0, 0, 0),
        (date(2026, 11, 21), 0, 0, 0, 0),
        (date(2026, 11, 22), 2, 1, 153, 1),
    ]
    assert len(replica.daily_series(DAY)) == 30


# -- reading a record, the audit mirror, agreement ----------------------------------------------


def test_opening_a_person_is_audited_without_field_values(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    head = result.members[0][0]
    before = _counts(replica)["audit"]
    assert replica.search("Aslam")
    assert _counts(replica)["audit"] == before  # result lists are not audited
    assert replica.open_person("no-such-person") is None
    assert _counts(replica)["audit"] == before
    record = replica.open_person(head)
    assert record is not None and record.person["id"] == head
    view = audit.entries_for(replica.db, "person", head)[-1]
    assert (view.action, view.user_id, dict(view.detail)) == (
        "view",
        replica.session.user_id,
        {"office": DEVICE.office},
    )
    again = replica.open_person(head)
    assert again is not None
    assert [h.action for h in again.history] == ["create"]  # looking is not a change


def test_the_audit_mirror_reads_rows_the_registry_can_check(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    rows = audit.audit_entries_after(replica.db, 1, 10)
    assert [r["seq"] for r in rows] == [2, 3]
    first = audit.audit_entries_after(replica.db, 0, 1)[0]
    assert first["hash"] == audit_row_hash(
        audit.GENESIS,
        1,
        first["at"],
        first["user_id"],
        first["action"],
        first["entity"],
        first["entity_id"],
        first["detail"],
    )
    second = rows[0]
    assert second["hash"] == audit_row_hash(
        first["hash"],
        second["seq"],
        second["at"],
        second["user_id"],
        second["action"],
        second["entity"],
        second["entity_id"],
        second["detail"],
    )
    assert audit.mirrored_through(replica.db) == 0
    audit.set_mirrored_through(replica.db, 3)
    assert audit.mirrored_through(replica.db) == 3


def test_tables_are_compared_with_the_registry_digest(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    assert all(t.agrees is None for t in replica.day_report(DAY).tables)
    local = {t: day.local_digest(replica.db, t) for t in ("household", "person", "enrolment")}
    stored = {
        "at": "2026-11-22T09:00:00+05:00",
        "tables": {
            "household": list(local["household"]),
            "person": [local["person"][0] + 1, "00000000000000ff"],
        },
        "differing": {"person": ["p-1", "p-2"]},
    }
    replica.db.execute(
        "INSERT INTO meta (key, value) VALUES ('last_server_digest', ?)", [json.dumps(stored)]
    )
    report = replica.day_report(DAY)
    tables = {t.table: t for t in report.tables}
    assert report.tables_compared_at == "2026-11-22T09:00:00+05:00"
    assert tables["household"].agrees is True
    assert (tables["person"].agrees, tables["person"].differing_ids) == (False, ("p-1", "p-2"))
    assert tables["person"].local_count == 2 and tables["person"].server_hash == 0xFF
    assert tables["enrolment"].agrees is None
    assert replica.day_report(DAY, compare_tables=False).tables == ()


def test_migration_5_dates_existing_outbox_rows(tmp_path: Path) -> None:
    db = open_encrypted(tmp_path / "old.db", b"k" * 32, create=True)
    try:
        migrate(db, MIGRATIONS[:4])
        db.execute(
            "INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, changes,"
            " payload_hash, user_id, client_time) VALUES"
            " ('m1', 'person', 'p1', 'create', 0, '{}', 'h', 'u1', '2026-11-20T10:00:00+05:00')"
        )
        assert migrate(db)[0] == 5  # and any later migration
        row = db.execute("SELECT recorded_at, resolution, supersedes FROM outbox").fetchone()
        assert row == ("2026-11-20T10:00:00+05:00", None, None)
        assert day.daily_series(db, date(2026, 11, 20), 1)[0].registrations == 1
    finally:
        db.close()


def test_a_correction_may_carry_the_other_fields_only_as_they_were_sent(
    replica: Replica,
) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    daughter = result.members[1][0]
    refused = _person_create(replica, daughter)
    _answer(replica, refused, "rejected", "invalid")
    sent = {name: pair[1] for name, pair in _changes(replica, refused).items()}
    before = _counts(replica), _outbox(replica)
    with pytest.raises(NotCorrectable) as caught:
        replica.resubmit_rejected(refused, {**sent, "village": "MUL-3-UC05-V2"})
    assert caught.value.fields == ("village",)
    assert (_counts(replica), _outbox(replica)) == before

    new_id = replica.resubmit_rejected(
        refused, {**sent, "identifiers": [["bform", "3630212345684"]]}
    )
    assert _changes(replica, new_id)["identifiers"] == [None, [["bform", "3630212345684"]]]
    record = replica.persons.get(daughter)
    assert record is not None and record.identifiers == (("bform", "3630212345684"),)


def test_editing_only_the_document_number_keeps_the_document(replica: Replica) -> None:
    # Found while writing corrections: the edit path lost the identifier row when only the
    # number changed (it read the type back after deleting the row).
    result = replica.persons.register_household(household(), replica.actor)
    daughter = result.members[1][0]
    values = replica.persons.form_values(daughter) or {}
    replica.persons.update_person(
        daughter, {**values, "id_number": "3630212345684"}, replica.actor, 1
    )
    record = replica.persons.get(daughter)
    assert record is not None and record.identifiers == (("bform", "3630212345684"),)


def test_an_entry_in_the_same_second_as_the_sign_off_is_late(
    replica: Replica, clock: Clock
) -> None:
    clock.now = FIXED_NOW.replace(hour=18)
    replica.sign_day(DAY, "")
    late = replica.persons.register_household(household(), replica.actor)  # same second
    report = replica.day_report(DAY)
    assert report.late_entries[0].entity_id == late.household_id
