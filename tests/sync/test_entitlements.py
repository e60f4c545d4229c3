"""Entitlements from the cache, applying through the outbox, and editing a person."""

from __future__ import annotations

import json
from typing import Any

import pytest

from forms.eligibility import Status
from sync.replica.cache import Replica
from sync.replica.entitlements import ApplicationRefused, NoCatalog
from sync.replica.errors import PLACEHOLDER, Term
from sync.replica.persons import RecordChanged, ValidationFailed
from tests.conftest import household


def _register(replica: Replica, **head: Any) -> tuple[str, str]:
    raw = household()
    members = raw["members"]
    assert isinstance(members, list)
    members[0] = {**members[0], **head}
    result = replica.persons.register_household(raw, replica.actor)
    return result.members[0][0], result.household_id


def _status(replica: Replica, person_id: str, scheme_id: str) -> Status:
    report = replica.entitlements.for_person(person_id)
    assert report is not None
    return next(r.status for r in report.results if r.scheme.id == scheme_id)


def test_every_scheme_in_force_is_explained(replica: Replica) -> None:
    head, _ = _register(replica)
    report = replica.entitlements.for_person(head)
    assert report is not None
    assert report.catalog_id == replica.entitlements.catalog.id
    assert report.data_as_of is None  # standalone: never synced
    assert len(report.results) >= 8
    for result in report.results:
        assert result.criteria
        if result.status is Status.ELIGIBLE:
            assert all(c.outcome.value == "pass" for c in result.criteria)


def test_applying_writes_enrolment_audit_and_outbox(replica: Replica) -> None:
    head, _ = _register(replica)  # 65 years old in a household with PMT 21.5
    assert _status(replica, head, "old_age_social") is Status.ELIGIBLE
    application = replica.entitlements.apply(head, "old_age_social", replica.actor, "Sana")
    assert application.reference.startswith("APP-")
    row = replica.db.execute(
        "SELECT status, scheme_id, person_id FROM enrolment WHERE id = ?", [application.id]
    ).fetchone()
    assert row == ("applied", "old_age_social", head)
    mutation = replica.db.execute(
        "SELECT entity, op, changes FROM outbox ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert mutation[:2] == ("enrolment", "create")
    assert json.loads(mutation[2])["status"] == [None, "applied"]
    assert _status(replica, head, "old_age_social") is Status.ALREADY_ENROLLED
    with pytest.raises(ApplicationRefused) as caught:
        replica.entitlements.apply(head, "old_age_social", replica.actor, "Sana")
    assert caught.value.user_message == "There is already an application or enrolment for {scheme}."
    assert caught.value.english() == (
        "There is already an application or enrolment for Old-age social pension."
    )


def test_applying_when_not_eligible_is_refused_with_the_reason(replica: Replica) -> None:
    head, _ = _register(replica)
    before = replica.db.execute("SELECT count(*) FROM enrolment").fetchone()
    with pytest.raises(ApplicationRefused) as caught:
        replica.entitlements.apply(head, "taleemi_wazaif", replica.actor, "Sana")
    assert caught.value.user_message == "Not eligible for {scheme}: {criteria}."
    criteria = caught.value.user_args["criteria"]
    assert isinstance(criteria, tuple) and criteria
    assert all(isinstance(c, Term) and c.kind == "criterion" and c.labels for c in criteria)
    assert caught.value.english().startswith("Not eligible for ")
    with pytest.raises(ApplicationRefused) as missing:
        replica.entitlements.apply(head, "disability_allowance", replica.actor, "Sana")
    assert "Complete the record" in missing.value.user_message
    assert missing.value.status is Status.MISSING_INFORMATION
    assert "wg_walking" in missing.value.details
    fields = missing.value.user_args["fields"]
    assert isinstance(fields, tuple) and Term("field", "wg_walking") in fields
    assert replica.db.execute("SELECT count(*) FROM enrolment").fetchone() == before


def test_a_received_contributory_pension_excludes_the_social_pension(replica: Replica) -> None:
    head, _ = _register(replica)
    replica.db.execute(
        "INSERT INTO enrolment (id, reference, scheme_id, person_id, status, applied_at,"
        " applied_office, applied_by) VALUES ('e1', 'R1', 'eobi_old_age', ?, 'active',"
        " '2020-01-01', 'X', 'registry')",
        [head],
    )
    report = replica.entitlements.for_person(head)
    assert report is not None
    social = next(r for r in report.results if r.scheme.id == "old_age_social")
    assert social.status is Status.EXCLUDED
    assert social.excluded_by == ("eobi_old_age",)
    with pytest.raises(ApplicationRefused) as caught:
        replica.entitlements.apply(head, "old_age_social", replica.actor, "Sana")
    refusal = caught.value
    assert refusal.details == ("eobi_old_age",)
    others = refusal.user_args["others"]
    assert isinstance(others, tuple) and len(others) == 1
    other = others[0]
    assert (other.kind, other.key) == ("scheme", "eobi_old_age")
    assert other.labels["ur"] == "ای او بی آئی بڑھاپا پنشن"  # the interface words it per language
    assert refusal.english() == (
        "Old-age social pension cannot be combined with EOBI old-age pension, "
        "which this person receives."
    )
    assert str(refusal) == "application refused old_age_social: excluded (eobi_old_age)"


def test_every_refusal_fills_exactly_the_placeholders_of_its_template(replica: Replica) -> None:
    head, _ = _register(replica)
    refusals = []
    for scheme in ("taleemi_wazaif", "disability_allowance", "no_such_scheme"):
        with pytest.raises(ApplicationRefused) as caught:
            replica.entitlements.apply(head, scheme, replica.actor, "Sana")
        refusals.append(caught.value)
    with pytest.raises(ApplicationRefused) as nobody:
        replica.entitlements.apply("no-such-person", "old_age_social", replica.actor, "Sana")
    for refusal in (*refusals, nobody.value, NoCatalog("fr")):
        assert set(PLACEHOLDER.findall(refusal.user_message)) == set(refusal.user_args)
        assert "{" not in refusal.english()


def test_a_missing_catalog_names_it_as_a_value_of_the_template() -> None:
    error = NoCatalog("fr")
    assert error.user_args == {"catalog": "FR"}
    assert error.english().startswith("No scheme catalog is installed for 'FR', so")


def test_contribution_summaries_feed_contributory_rules(replica: Replica) -> None:
    head, _ = _register(replica)
    assert _status(replica, head, "eobi_old_age") is Status.MISSING_INFORMATION
    replica.db.execute(
        "INSERT INTO contribution VALUES (?, 'eobi_old_age', 179, '2024-01-01', 'Mill')", [head]
    )
    assert _status(replica, head, "eobi_old_age") is Status.NOT_ELIGIBLE
    replica.db.execute("UPDATE contribution SET months = 180 WHERE person_id = ?", [head])
    assert _status(replica, head, "eobi_old_age") is Status.ELIGIBLE


def test_completing_missing_answers_settles_the_scheme(replica: Replica) -> None:
    head, _ = _register(replica)
    assert _status(replica, head, "disability_allowance") is Status.MISSING_INFORMATION
    values = replica.persons.form_values(head)
    assert values is not None
    answers = dict.fromkeys(
        ("wg_seeing", "wg_hearing", "wg_cognition", "wg_selfcare", "wg_communication"), "1"
    )
    version = replica.persons.update_person(
        head, {**values, **answers, "wg_walking": "4"}, replica.actor, expected_version=1
    )
    assert version == 2
    assert _status(replica, head, "disability_allowance") is Status.ELIGIBLE
    mutation = replica.db.execute(
        "SELECT op, base_version, changes FROM outbox ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert mutation[:2] == ("update", 1)
    assert json.loads(mutation[2])["wg_walking"] == [None, 4]
    record = replica.persons.get(head)
    assert record is not None
    assert record.history[-1].action == "update"
    assert "wg_walking" in record.history[-1].fields


def test_an_edit_renames_in_the_search_index(replica: Replica) -> None:
    head, _ = _register(replica)
    values = replica.persons.form_values(head)
    assert values is not None
    replica.persons.update_person(head, {**values, "given_name": "Nadeem"}, replica.actor, 1)
    assert [p.id for p in replica.search("Nadeem Aslam")][:1] == [head]
    assert head not in [p.id for p in replica.search("Muhammad Aslam")]


def test_an_edit_from_a_stale_version_or_with_bad_input_saves_nothing(replica: Replica) -> None:
    head, _ = _register(replica)
    values = replica.persons.form_values(head)
    assert values is not None
    replica.persons.update_person(head, {**values, "phone": "03111111111"}, replica.actor, 1)
    outbox_before = replica.db.execute("SELECT count(*) FROM outbox").fetchone()
    with pytest.raises(RecordChanged):
        replica.persons.update_person(head, {**values, "phone": "03222222222"}, replica.actor, 1)
    with pytest.raises(RecordChanged):  # saving an unchanged but out-of-date page too
        replica.persons.update_person(head, {**values, "phone": "03111111111"}, replica.actor, 1)
    with pytest.raises(ValidationFailed):
        replica.persons.update_person(
            head, {**values, "birth_date": "2999-01-01"}, replica.actor, 2
        )
    assert replica.db.execute("SELECT count(*) FROM outbox").fetchone() == outbox_before
    assert replica.persons.form_values(head)["phone"] == "03111111111"  # type: ignore[index]


def test_the_country_catalog_can_be_switched(replica: Replica) -> None:
    head, _ = _register(replica)
    replica.entitlements.use_catalog("kh")
    report = replica.entitlements.for_person(head)
    assert report is not None
    assert report.catalog_id == replica.entitlements.catalog.id
    assert {r.scheme.id for r in report.results}.isdisjoint({"old_age_social", "sehat_card"})


def test_whole_cache_coverage_matches_person_by_person(replica: Replica) -> None:
    from datetime import date  # noqa: PLC0415

    from sync.replica.seed import seed_district

    seed_district(replica.db, replica.household_form, 400, seed=5, today=date(2026, 11, 22))
    head, _ = _register(replica)
    replica.entitlements.apply(head, "old_age_social", replica.actor, "Sana")
    ids = [row[0] for row in replica.db.execute("SELECT id FROM person WHERE status = 'active'")]
    expected: dict[tuple[str, str], int] = {}
    for person_id in ids:
        report = replica.entitlements.for_person(person_id)
        assert report is not None
        for result in report.results:
            key = (result.scheme.id, result.status.value)
            expected[key] = expected.get(key, 0) + 1
    for workers in (1, 2):  # in this process, then split across two worker processes
        summary = replica.coverage(workers=workers)
        assert summary.persons == len(ids)
        assert dict(summary.counts) == expected
    assert expected[("old_age_social", "already_enrolled")] == 1
