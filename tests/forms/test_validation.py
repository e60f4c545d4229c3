"""The one validation path: coercion, skip logic, constraints, repeats, messages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.definition import load_form
from forms.validation import available_choices, relevant_fields, validate

TODAY = date(2026, 11, 22)
HOUSEHOLD = load_form("household")
MEMBERS = HOUSEHOLD.field("members")


def _member(**changes: Any) -> dict[str, Any]:
    base = {
        "given_name": " Ayesha   Noor ",
        "sex": "female",
        "birth_date": "1990-05-01",
        "relationship": "head",
        "consent_given": "yes",
        "consent_method": "verbal",
    }
    return {**base, **changes}


def _household(*members: dict[str, Any], **changes: Any) -> dict[str, Any]:
    base = {
        "province": "PB",
        "district": "PB-MUL",
        "tehsil": "MUL-1",
        "union_council": "MUL-1-UC01",
        "village": "MUL-1-UC01-V1",
        "members": list(members) or [_member()],
    }
    return {**base, **changes}


def test_values_are_coerced_and_cleaned() -> None:
    checked = validate(HOUSEHOLD, _household(poverty_score="۲۱.۵"), today=TODAY)
    assert checked.ok, [p.text() for p in checked.problems]
    member = checked.values["members"][0]
    assert member["given_name"] == "Ayesha Noor"
    assert member["birth_date"] == date(1990, 5, 1)
    assert member["consent_given"] is True
    assert member["age"] == 36
    assert checked.values["poverty_score"] == Decimal("21.5")


def test_irrelevant_fields_are_dropped_not_stored() -> None:
    child = _member(relationship="head", birth_date="2020-01-01", marital_status="married")
    checked = validate(HOUSEHOLD, _household(child), today=TODAY)
    assert "marital_status" not in checked.values["members"][0]
    adult = validate(HOUSEHOLD, _household(_member(marital_status="married")), today=TODAY)
    assert adult.values["members"][0]["marital_status"] == "married"


def test_relevance_for_the_ui() -> None:
    fields = MEMBERS.fields
    shown = relevant_fields(fields, {"birth_date": "2020-01-01"}, TODAY)
    assert "marital_status" not in shown
    assert "id_number" not in shown
    shown = relevant_fields(fields, {"birth_date": "1980-01-01", "id_type": "cnic"}, TODAY)
    assert {"marital_status", "id_number"} <= shown


def test_cascading_choices() -> None:
    union_council = HOUSEHOLD.field("union_council")
    offered = [c.value for c in available_choices(union_council, {"tehsil": "MUL-3"})]
    assert offered == ["MUL-3-UC05", "MUL-3-UC06"]
    wrong = validate(HOUSEHOLD, _household(union_council="MUL-3-UC05"), today=TODAY)
    assert [p.path for p in wrong.problems] == ["union_council", "village"]


def test_required_identifier_once_a_kind_is_chosen() -> None:
    checked = validate(HOUSEHOLD, _household(_member(id_type="cnic")), today=TODAY)
    assert [p.text() for p in checked.problems] == ["Document number: is required"]


def test_repeat_bounds_and_paths() -> None:
    too_many = [_member(relationship="son")] * 31
    checked = validate(HOUSEHOLD, _household(*too_many), today=TODAY)
    assert [p.rule for p in checked.problems] == ["repeat_max"]
    second_bad = validate(
        HOUSEHOLD, _household(_member(), _member(relationship="son", sex="")), today=TODAY
    )
    assert [p.path for p in second_bad.problems] == ["members[1].sex"]


def test_oversized_text_and_control_characters() -> None:
    checked = validate(
        HOUSEHOLD, _household(_member(given_name="x" * 5000, family_name="a\u202eb")), today=TODAY
    )
    assert {p.rule for p in checked.problems} == {"too_long", "control_chars"}


def test_zero_width_joiners_needed_by_urdu_and_khmer_are_allowed() -> None:
    checked = validate(HOUSEHOLD, _household(_member(native_name="نور\u200cمحمد")), today=TODAY)
    assert checked.ok


_raw_values = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.booleans(),
    st.dates(),
    st.lists(st.text(max_size=5), max_size=3),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    household=st.dictionaries(st.sampled_from([f.name for f in HOUSEHOLD.walk()]), _raw_values),
    members=st.lists(
        st.dictionaries(st.sampled_from([f.name for f in MEMBERS.fields]), _raw_values),
        max_size=3,
    ),
)
def test_validation_never_raises_on_arbitrary_input(
    household: dict[str, Any], members: list[dict[str, Any]]
) -> None:
    checked = validate(HOUSEHOLD, {**household, "members": members}, today=TODAY)
    for problem in checked.problems:
        for language in ("en", "ur", "km"):
            assert problem.text(language)


@pytest.mark.parametrize("language", ["en", "ur", "km"])
def test_every_rule_message_exists_in_every_language(language: str) -> None:
    from forms.messages import RULE_MESSAGES  # noqa: PLC0415

    for rule, templates in RULE_MESSAGES.items():
        assert templates.get(language), (rule, language)


def test_a_hidden_group_hides_and_skips_its_children() -> None:
    from forms.definition import parse_form_text  # noqa: PLC0415

    form = parse_form_text(
        """
form: g
version: 1
title: G
fields:
  - {name: works, type: boolean}
  - name: job
    type: group
    relevant: "works = true"
    fields:
      - {name: employer, type: text, required: true}
""",
        "g.yaml",
    )
    assert validate(form, {"works": False}, today=TODAY).ok
    assert [p.path for p in validate(form, {"works": True}, today=TODAY).problems] == ["employer"]
    assert "employer" not in relevant_fields(form.fields, {"works": False}, TODAY)
    assert "employer" in relevant_fields(form.fields, {"works": True}, TODAY)
