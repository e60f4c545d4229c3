"""Property-based tests for eligibility: robust on any data, and unknown never helps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.catalog import CHOICES, WG_NAMES, load_catalog
from forms.eligibility import (
    STATUS_BY_CODE,
    Applicant,
    Evaluator,
    Outcome,
    SchemeResult,
    Status,
    evaluate,
)

CATALOGS = (load_catalog("pk"), load_catalog("kh"))
EVALUATORS = tuple(Evaluator(catalog) for catalog in CATALOGS)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STATES = ["applied", "approved", "active", "suspended", "exited", "rejected"]
SCHEME_IDS = sorted({scheme.id for catalog in CATALOGS for scheme in catalog.schemes})
DAYS = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))

# -- arbitrary (junk) data ----------------------------------------------------------------

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["", "1", "3", " 4 ", "2024-02-30", "2024-02-29", "1e999", "NaN", "sNaN"]),
    DAYS,
    st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 1, 1)),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
FIELDS = ["sex", "birth_date", "death_date", "marital_status", "relationship", "pregnant"]
FIELDS += [*WG_NAMES, "poverty_score", "poverty_level", "age", "members", "x"]
RECORD = st.dictionaries(st.sampled_from(FIELDS), JUNK, max_size=12)
ANYTHING = st.one_of(RECORD, JUNK)


@st.composite
def junk_applicants(draw: st.DrawFn) -> Applicant:
    who = draw(ANYTHING)
    members = draw(st.lists(ANYTHING, max_size=4))
    if draw(st.booleans()):
        members.append(who)
    return Applicant(
        person=who,
        household=draw(ANYTHING),
        members=tuple(members) if draw(st.booleans()) else draw(JUNK),
        contributions=draw(st.one_of(st.dictionaries(st.sampled_from(SCHEME_IDS), JUNK), JUNK)),
        enrolments=draw(
            st.one_of(
                st.dictionaries(
                    st.sampled_from(SCHEME_IDS), st.one_of(JUNK, st.sampled_from(STATES))
                ),
                JUNK,
            )
        ),
    )


def _consistent(result: SchemeResult) -> None:
    outcomes = {c.outcome for c in result.criteria}
    if result.status is Status.ELIGIBLE:
        assert outcomes == {Outcome.PASS}
    if result.status is Status.NOT_ELIGIBLE:
        assert Outcome.FAIL in outcomes
    if result.status is Status.MISSING_INFORMATION:
        assert Outcome.FAIL not in outcomes and Outcome.UNKNOWN in outcomes
    if result.status is Status.EXCLUDED:
        assert result.excluded_by and set(result.excluded_by) <= set(result.scheme.exclusions)
    else:
        assert result.excluded_by == ()
    for criterion in result.criteria:
        assert (criterion.outcome is Outcome.UNKNOWN) or not (criterion.missing or criterion.error)
        assert set(criterion.missing) <= set(result.missing_fields)


@FAST
@given(junk_applicants(), st.one_of(DAYS, st.datetimes()))
def test_evaluate_never_raises_on_arbitrary_data(applicant: Applicant, on: dt.date) -> None:
    for evaluator in EVALUATORS:
        results = evaluator.evaluate(applicant, on)
        day = on.date() if isinstance(on, dt.datetime) else on
        assert [r.scheme for r in results] == [
            s for s in evaluator.catalog.schemes if s.in_force(day)
        ]
        for result in results:
            _consistent(result)


# -- plausible data -----------------------------------------------------------------------

BIRTHS = st.one_of(st.none(), st.dates(dt.date(1925, 1, 1), dt.date(2026, 2, 1)).map(str))
LEVELS = st.one_of(st.none(), st.integers(1, 4))


def _choice(name: str) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.sampled_from(sorted(CHOICES[name])))


PEOPLE = st.fixed_dictionaries(
    {
        "sex": st.one_of(_choice("sex"), st.just("unknown")),
        "birth_date": BIRTHS,
        "marital_status": _choice("marital_status"),
        "relationship": _choice("relationship"),
        "pregnant": st.one_of(st.none(), st.booleans()),
        **dict.fromkeys(WG_NAMES, LEVELS),
    }
)
HOMES = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "poverty_score": st.one_of(
                st.none(),
                st.integers(0, 100),
                st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 2)),
            ),
            "poverty_level": _choice("household.poverty_level"),
        }
    ),
)
MONTHS = st.dictionaries(st.sampled_from(SCHEME_IDS), st.integers(0, 400), max_size=4)
ENROLMENTS = st.dictionaries(st.sampled_from(SCHEME_IDS), st.sampled_from(STATES), max_size=3)
CHECK_DAYS = st.dates(dt.date(2025, 7, 1), dt.date(2030, 12, 31))


@st.composite
def households(draw: st.DrawFn) -> tuple[Applicant, list[tuple[str, Any]]]:
    """A plausible applicant and the places where a known value could be taken away."""
    who = draw(PEOPLE)
    others = draw(st.lists(PEOPLE, max_size=3))
    home = draw(HOMES)
    applicant = Applicant(who, home, (who, *others), draw(MONTHS), draw(ENROLMENTS))
    places: list[tuple[str, Any]] = [("person", key) for key, v in who.items() if v is not None]
    places += [("member", (i, key)) for i, m in enumerate(others) for key, v in m.items() if v]
    places += [("household", key) for key, v in (home or {}).items() if v is not None]
    places += [("contributions", key) for key in applicant.contributions]
    return applicant, places


def _forget(applicant: Applicant, place: tuple[str, Any]) -> Applicant:
    """The same applicant with one known value made unknown (fresh objects, nothing mutated)."""
    kind, key = place
    who, home = dict(applicant.person), applicant.household
    others = [dict(m) for m in applicant.members[1:]]
    months = dict(applicant.contributions)
    if kind == "person":
        who[key] = None
    elif kind == "member":
        others[key[0]][key[1]] = None
    elif kind == "household":
        home = {**(home or {}), key: None}
    else:
        del months[key]
    return Applicant(who, home, (who, *others), months, applicant.enrolments)


def _statuses(results: tuple[SchemeResult, ...]) -> dict[str, Status]:
    return {result.scheme.id: result.status for result in results}


@FAST
@given(households(), CHECK_DAYS)
def test_making_a_known_value_unknown_never_makes_anyone_eligible(
    case: tuple[Applicant, list[tuple[str, Any]]], on: dt.date
) -> None:
    applicant, places = case
    for evaluator in EVALUATORS:
        before = _statuses(evaluator.evaluate(applicant, on))
        for place in places:  # every known value in turn, so rare combinations are not missed
            after = _statuses(evaluator.evaluate(_forget(applicant, place), on))
            for scheme_id, status in after.items():
                if before[scheme_id] is Status.NOT_ELIGIBLE:
                    assert status in (Status.NOT_ELIGIBLE, Status.MISSING_INFORMATION), place
                if status is Status.ELIGIBLE:
                    assert before[scheme_id] is Status.ELIGIBLE, (scheme_id, place)


@FAST
@given(households(), CHECK_DAYS)
def test_no_scheme_is_eligible_while_a_criterion_is_unknown(
    case: tuple[Applicant, list[tuple[str, Any]]], on: dt.date
) -> None:
    applicant, _ = case
    for evaluator in EVALUATORS:
        for result in evaluator.evaluate(applicant, on):
            _consistent(result)
            if any(c.outcome is Outcome.UNKNOWN for c in result.criteria):
                assert result.status is not Status.ELIGIBLE


@settings(max_examples=40, deadline=None)
@given(households(), CHECK_DAYS)
def test_a_shared_evaluator_answers_like_a_fresh_one(
    case: tuple[Applicant, list[tuple[str, Any]]], on: dt.date
) -> None:
    applicant, _ = case
    for catalog, evaluator in zip(CATALOGS, EVALUATORS, strict=True):
        assert evaluator.evaluate(applicant, on) == evaluate(catalog, applicant, on)


def test_decimal_and_float_scores_compare_by_value() -> None:
    on = dt.date(2026, 3, 1)
    who: Mapping[str, Any] = {"sex": "female", "relationship": "head", "birth_date": "1980-01-01"}
    answers = set()
    for score in (32, 32.0, "32", Decimal("32.000")):
        results = EVALUATORS[0].evaluate(Applicant(who, {"poverty_score": score}, (who,)), on)
        answers.add(_statuses(results)["kafaalat"])
    assert answers == {Status.ELIGIBLE}


@FAST
@given(junk_applicants(), DAYS)
def test_status_codes_agree_with_the_explained_evaluation(
    applicant: Applicant, on: dt.date
) -> None:
    # The status-only batch path (lazy rules, early exit) must give exactly evaluate's statuses.
    for evaluator in EVALUATORS:
        explained = evaluator.evaluate(applicant, on)
        quick = evaluator.status_codes(applicant, on)
        assert [STATUS_BY_CODE[code] for code in quick] == [r.status for r in explained]
        assert evaluator.schemes_on(on) == tuple(r.scheme for r in explained)
