"""Registration in the replica: validated again in the store, all-or-nothing, audited, queued."""

from __future__ import annotations

import json
from typing import Any

import pytest

from forms.regno import validate_registry_no
from sync.replica import audit
from sync.replica.cache import Replica
from sync.replica.errors import DiskFull
from sync.replica.persons import RegistryNumbersExhausted, ValidationFailed
from tests.conftest import household


def _counts(replica: Replica) -> dict[str, int]:
    tables = ("household", "person", "identifier", "audit", "outbox", "person_fts")
    return {t: replica.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _member(**changes: Any) -> dict[str, Any]:
    members = household()["members"]
    assert isinstance(members, list)
    return {**members[0], **changes}


def test_registration_writes_rows_audit_and_outbox_together(replica: Replica) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    assert _counts(replica) == {
        "household": 1,
        "person": 2,
        "identifier": 2,
        "audit": 3,
        "outbox": 3,
        "person_fts": 2,
    }
    for _, registry_no in result.members:
        assert validate_registry_no(registry_no) == registry_no
    head = replica.persons.get(result.members[0][0])
    assert head is not None
    assert head.person["relationship"] == "head"
    assert head.identifiers == (("cnic", "3630212345671"),)
    assert head.person["phone"] == "03001234567"
    assert head.household is not None
    assert head.household["head_person_id"] == result.members[0][0]
    assert [m.given_name for m in head.members] == ["Muhammad", "Fatima"]
    assert head.history[0].user == "Sana Supervisor"
    assert "given_name" in head.history[0].fields


def test_outbox_rows_are_contiguous_and_describe_the_change(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    rows = list(replica.db.query("SELECT * FROM outbox ORDER BY seq"))
    assert [r["seq"] for r in rows] == [1, 2, 3]
    assert [r["entity"] for r in rows] == ["household", "person", "person"]
    assert all(r["state"] == "pending" and r["op"] == "create" for r in rows)
    changes = json.loads(rows[1]["changes"])
    assert changes["given_name"] == [None, "Muhammad"]
    assert changes["identifiers"] == [None, [["cnic", "3630212345671"]]]
    assert len({r["mutation_id"] for r in rows}) == 3
    assert replica.pending_changes().pending == 3


def test_the_audit_chain_verifies_and_catches_an_edit(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    assert audit.verify_chain(replica.db) is None
    replica.db.execute("UPDATE audit SET user_id = 'someone-else' WHERE seq = 2")
    assert audit.verify_chain(replica.db) == 2


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"birth_date": "2030-01-01"}, "members[0].birth_date", "cannot be in the future"),
        ({"birth_date": "1890-01-01"}, "members[0].birth_date", "between 1900-01-01"),
        ({"birth_date": "1904-01-01"}, "members[0].birth_date", "over 120"),
        ({"given_name": "   "}, "members[0].given_name", "is required"),
        ({"given_name": "Ali\x07"}, "members[0].given_name", "control characters"),
        ({"given_name": "A" * 81}, "members[0].given_name", "at most 80 characters"),
        ({"id_number": "12345"}, "members[0].id_number", "13 digits"),
        ({"sex": "robot"}, "members[0].sex", "listed options"),
        ({"consent_given": False}, "members[0].consent_given", "must be given"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    replica: Replica, change: dict[str, Any], path: str, words: str
) -> None:
    before = _counts(replica)
    raw = household(members=[_member(**change)])
    with pytest.raises(ValidationFailed) as caught:
        replica.persons.register_household(raw, replica.actor)
    problems = {p.path: p.text("en") for p in caught.value.problems}
    assert path in problems, problems
    assert words in problems[path]
    assert _counts(replica) == before


def test_urdu_digits_and_dashes_are_normalised(replica: Replica) -> None:
    raw = household(members=[_member(id_number="۳۶۳۰۲-۱۲۳۴۵۶۷-۱", birth_date="۱۹۶۱-۰۳-۱۴")])
    result = replica.persons.register_household(raw, replica.actor)
    record = replica.persons.get(result.members[0][0])
    assert record is not None
    assert record.identifiers == (("cnic", "3630212345671"),)
    assert record.person["birth_date"] == "1961-03-14"


def test_a_household_needs_exactly_one_head(replica: Replica) -> None:
    raw = household(members=[_member(relationship="son")])
    with pytest.raises(ValidationFailed) as caught:
        replica.persons.register_household(raw, replica.actor)
    assert [p.text() for p in caught.value.problems] == [
        "Household members: must include exactly one head of household"
    ]


def test_messages_come_in_urdu_and_khmer(replica: Replica) -> None:
    raw = household(members=[_member(birth_date="2030-01-01")])
    with pytest.raises(ValidationFailed) as caught:
        replica.persons.register_household(raw, replica.actor)
    problem = caught.value.problems[0]
    assert problem.text("ur") == "تاریخ پیدائش: مستقبل کی تاریخ نہیں ہو سکتی"
    assert problem.text("km").startswith("ថ្ងៃខែឆ្នាំកំណើត:")


def test_nothing_is_half_saved_when_a_later_member_fails(replica: Replica) -> None:
    # Leave exactly two registry numbers: the household and the first member get one each,
    # the second member finds none, and the whole registration must roll back.
    replica.db.execute("UPDATE regno_block SET end = next + 1")
    before = _counts(replica)
    with pytest.raises(RegistryNumbersExhausted):
        replica.persons.register_household(household(), replica.actor)
    assert _counts(replica) == before
    assert replica.db.execute("SELECT next - start FROM regno_block").fetchone()[0] == 0


def test_a_full_disk_is_a_calm_error_and_saves_nothing(replica: Replica) -> None:
    # The engine's own size cap stands in for a full disk: SQLite reports both as SQLITE_FULL.
    pages = replica.db.execute("PRAGMA page_count").fetchone()[0]
    replica.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    members = [_member(id_type=None, id_number=None)]
    with pytest.raises(DiskFull) as caught:
        for _ in range(500):
            before = _counts(replica)
            replica.persons.register_household(household(members=members), replica.actor)
    assert "Free some space" in caught.value.user_message
    assert _counts(replica) == before
    replica.db.execute("PRAGMA max_page_count = 1073741823")
    replica.persons.register_household(household(members=members), replica.actor)
    assert _counts(replica)["person"] == before["person"] + 1


def test_duplicates_by_id_and_by_similar_name(replica: Replica) -> None:
    replica.persons.register_household(household(), replica.actor)
    by_id = replica.persons.find_duplicates(_member(given_name="Someone", family_name="Else"))
    assert [c.reasons for c in by_id] == [("same_id",)]
    similar = replica.persons.find_duplicates(
        {
            "given_name": "Mohammad",
            "family_name": "Aslam",
            "father_name": "Rashid Ahmad",
            "birth_date": "1961-03-14",
        }
    )
    assert len(similar) == 1
    assert similar[0].reasons == ("similar_name", "same_birth_date", "similar_father_name")
    other_birthday = replica.persons.find_duplicates(
        {"given_name": "Muhammad", "family_name": "Aslam", "birth_date": "1990-01-01"}
    )
    assert other_birthday == []
