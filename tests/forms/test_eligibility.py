"""Eligibility against the shipped catalogs: one table row per scheme and edge case."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

from forms.catalog import Catalog, load_catalog, parse_catalog
from forms.eligibility import (
    Applicant,
    CriterionResult,
    Evaluator,
    Outcome,
    SchemeResult,
    Status,
    evaluate,
)

ON = dt.date(2026, 3, 1)
PK = load_catalog("pk")
KH = load_catalog("kh")
CATALOGS = {"pk": PK, "kh": KH}
WG = ("wg_seeing", "wg_hearing", "wg_walking", "wg_cognition", "wg_selfcare", "wg_communication")
NO_WG: dict[str, Any] = dict.fromkeys(WG)
POOR_PK = {"poverty_score": 20}
POOR_KH = {"poverty_level": "1"}
ELIGIBLE, NOT, MISSING = Status.ELIGIBLE, Status.NOT_ELIGIBLE, Status.MISSING_INFORMATION
ENROLLED, EXCLUDED = Status.ALREADY_ENROLLED, Status.EXCLUDED


def person(**fields: Any) -> dict[str, Any]:
    """A woman of 35, head of household, married, no functional difficulty."""
    record: dict[str, Any] = {
        "given_name": "Ayesha",
        "sex": "female",
        "birth_date": "1990-05-10",
        "relationship": "head",
        "marital_status": "married",
        "pregnant": False,
        **dict.fromkeys(WG, 1),
    }
    record.update(fields)
    return record


def child(birth_date: str | None, **fields: Any) -> dict[str, Any]:
    return person(**{"relationship": "son", "sex": "male", "birth_date": birth_date, **fields})


def check(
    catalog: Catalog,
    scheme_id: str,
    who: Mapping[str, Any],
    household: Mapping[str, Any] | None = None,
    members: tuple[Mapping[str, Any], ...] | None = None,
    contributions: Mapping[str, int] | None = None,
    enrolments: Mapping[str, str] | None = None,
    on: dt.date = ON,
) -> SchemeResult:
    applicant = Applicant(
        who,
        household,
        members if members is not None else ((who,) if household is not None else ()),
        contributions or {},
        enrolments or {},
    )
    results = {result.scheme.id: result for result in evaluate(catalog, applicant, on)}
    return results[scheme_id]


def row(
    name: str,
    catalog: str,
    scheme: str,
    expected: Status,
    *,
    who: Mapping[str, Any] | None = None,
    home: Mapping[str, Any] | None = None,
    months: Mapping[str, Any] | None = None,
    states: Mapping[str, str] | None = None,
    missing: tuple[str, ...] = (),
) -> Any:
    """One table row: the applicant (a variant of person()), the scheme and what to expect."""
    return pytest.param(
        catalog,
        scheme,
        dict(who or {}),
        home,
        months or {},
        states or {},
        expected,
        missing,
        id=name,
    )


ROWS = [
    # -- Pakistan
    row("kafaalat woman head, poor", "pk", "kafaalat", ELIGIBLE, home=POOR_PK),
    row(
        "kafaalat wife of the head",
        "pk",
        "kafaalat",
        ELIGIBLE,
        who={"relationship": "spouse"},
        home=POOR_PK,
    ),
    row("kafaalat at the cutoff (int)", "pk", "kafaalat", ELIGIBLE, home={"poverty_score": 32}),
    row(
        "kafaalat at the cutoff (REAL column)",
        "pk",
        "kafaalat",
        ELIGIBLE,
        home={"poverty_score": 32.0},
    ),
    row(
        "kafaalat at the cutoff (text)", "pk", "kafaalat", ELIGIBLE, home={"poverty_score": "32.00"}
    ),
    row(
        "kafaalat at the cutoff (Decimal)",
        "pk",
        "kafaalat",
        ELIGIBLE,
        home={"poverty_score": Decimal("32.0")},
    ),
    row("kafaalat just above the cutoff", "pk", "kafaalat", NOT, home={"poverty_score": 32.01}),
    row("kafaalat a man", "pk", "kafaalat", NOT, who={"sex": "male"}, home=POOR_PK),
    row(
        "kafaalat a daughter", "pk", "kafaalat", NOT, who={"relationship": "daughter"}, home=POOR_PK
    ),
    row(
        "kafaalat not surveyed",
        "pk",
        "kafaalat",
        MISSING,
        home={"poverty_score": None},
        missing=("household.poverty_score",),
    ),
    row("kafaalat no household", "pk", "kafaalat", MISSING, missing=("household",)),
    row(
        "kafaalat applied already",
        "pk",
        "kafaalat",
        ENROLLED,
        home=POOR_PK,
        states={"kafaalat": "applied"},
    ),
    row(
        "kafaalat rejected before",
        "pk",
        "kafaalat",
        ELIGIBLE,
        home=POOR_PK,
        states={"kafaalat": "rejected"},
    ),
    row("old age 60 today", "pk", "old_age_social", ELIGIBLE, who={"birth_date": "1966-03-01"}),
    row("old age 60 tomorrow", "pk", "old_age_social", NOT, who={"birth_date": "1966-03-02"}),
    row(
        "old age birth date missing",
        "pk",
        "old_age_social",
        MISSING,
        who={"birth_date": None},
        missing=("birth_date",),
    ),
    row(
        "old age birth date malformed",
        "pk",
        "old_age_social",
        MISSING,
        who={"birth_date": "01/03/1950"},
        missing=("birth_date",),
    ),
    row(
        "old age receiving EOBI",
        "pk",
        "old_age_social",
        EXCLUDED,
        who={"birth_date": "1950-01-01"},
        states={"eobi_old_age": "active"},
    ),
    row(
        "old age EOBI approved",
        "pk",
        "old_age_social",
        EXCLUDED,
        who={"birth_date": "1950-01-01"},
        states={"eobi_old_age": "approved"},
    ),
    row(
        "old age EOBI only applied",
        "pk",
        "old_age_social",
        ELIGIBLE,
        who={"birth_date": "1950-01-01"},
        states={"eobi_old_age": "applied"},
    ),
    row(
        "old age EOBI suspended",
        "pk",
        "old_age_social",
        ELIGIBLE,
        who={"birth_date": "1950-01-01"},
        states={"eobi_old_age": "suspended"},
    ),
    row(
        "EOBI man 60, 180 months",
        "pk",
        "eobi_old_age",
        ELIGIBLE,
        who={"sex": "male", "birth_date": "1966-01-01"},
        months={"eobi_old_age": 180},
    ),
    row(
        "EOBI one month short",
        "pk",
        "eobi_old_age",
        NOT,
        who={"sex": "male", "birth_date": "1966-01-01"},
        months={"eobi_old_age": 179},
    ),
    row(
        "EOBI no contribution summary",
        "pk",
        "eobi_old_age",
        MISSING,
        who={"birth_date": "1960-01-01"},
        missing=("contributions.eobi_old_age",),
    ),
    row(
        "EOBI woman 55",
        "pk",
        "eobi_old_age",
        ELIGIBLE,
        who={"birth_date": "1971-01-01"},
        months={"eobi_old_age": 200},
    ),
    row(
        "EOBI man 55",
        "pk",
        "eobi_old_age",
        NOT,
        who={"sex": "male", "birth_date": "1971-01-01"},
        months={"eobi_old_age": 200},
    ),
    row(
        "EOBI sex not stated, 57",
        "pk",
        "eobi_old_age",
        MISSING,
        who={"sex": "unknown", "birth_date": "1969-01-01"},
        months={"eobi_old_age": 200},
        missing=("sex",),
    ),
    row(
        "EOBI sex not stated, 61",
        "pk",
        "eobi_old_age",
        ELIGIBLE,
        who={"sex": "unknown", "birth_date": "1965-01-01"},
        months={"eobi_old_age": 200},
    ),
    row("Sehat at its cutoff", "pk", "sehat_card", ELIGIBLE, home={"poverty_score": 40}),
    row("Sehat above its cutoff", "pk", "sehat_card", NOT, home={"poverty_score": 40.5}),
    row(
        "Sehat household enrolled",
        "pk",
        "sehat_card",
        ENROLLED,
        home=POOR_PK,
        states={"sehat_card": "active"},
    ),
    row(
        "Nashonuma pregnant woman",
        "pk",
        "nashonuma",
        ELIGIBLE,
        who={"pregnant": True},
        home=POOR_PK,
    ),
    row(
        "Nashonuma pregnancy as 0/1", "pk", "nashonuma", ELIGIBLE, who={"pregnant": 1}, home=POOR_PK
    ),
    row("Nashonuma not pregnant", "pk", "nashonuma", NOT, home=POOR_PK),
    row(
        "Nashonuma pregnancy not asked",
        "pk",
        "nashonuma",
        MISSING,
        who={"pregnant": None},
        home=POOR_PK,
        missing=("pregnant",),
    ),
    row(
        "Nashonuma man, pregnancy not asked",
        "pk",
        "nashonuma",
        NOT,
        who={"sex": "male", "pregnant": None},
        home=POOR_PK,
    ),
    row(
        "Nashonuma child of 23 months",
        "pk",
        "nashonuma",
        ELIGIBLE,
        who=child("2024-03-02"),
        home=POOR_PK,
    ),
    row(
        "Nashonuma child of 24 months",
        "pk",
        "nashonuma",
        NOT,
        who=child("2024-03-01"),
        home=POOR_PK,
    ),
    row(
        "Nashonuma via Kafaalat, no score",
        "pk",
        "nashonuma",
        ELIGIBLE,
        who={"pregnant": True},
        home={},
        states={"kafaalat": "active"},
    ),
    row(
        "disability: walking, a lot", "pk", "disability_allowance", ELIGIBLE, who={"wg_walking": 3}
    ),
    row(
        "disability: cannot see (text)",
        "pk",
        "disability_allowance",
        ELIGIBLE,
        who={"wg_seeing": "4"},
    ),
    row(
        "disability: some difficulty only", "pk", "disability_allowance", NOT, who={"wg_hearing": 2}
    ),
    row("disability: not asked", "pk", "disability_allowance", MISSING, who=NO_WG, missing=WG),
    row(
        "disability: half asked, decided",
        "pk",
        "disability_allowance",
        ELIGIBLE,
        who={**NO_WG, "wg_seeing": 3},
    ),
    row(
        "disability: half asked, open",
        "pk",
        "disability_allowance",
        MISSING,
        who={**NO_WG, "wg_seeing": 2, "wg_hearing": 1},
        missing=WG[2:],
    ),
    row("stipend aged 5", "pk", "taleemi_wazaif", ELIGIBLE, who=child("2021-03-01"), home=POOR_PK),
    row("stipend aged 4", "pk", "taleemi_wazaif", NOT, who=child("2021-03-02"), home=POOR_PK),
    row("stipend aged 16", "pk", "taleemi_wazaif", ELIGIBLE, who=child("2009-03-02"), home=POOR_PK),
    row("stipend aged 17", "pk", "taleemi_wazaif", NOT, who=child("2009-03-01"), home=POOR_PK),
    row(
        "employment injury insured",
        "pk",
        "employment_injury",
        ELIGIBLE,
        months={"employment_injury": 1},
    ),
    row(
        "employment injury never insured",
        "pk",
        "employment_injury",
        NOT,
        months={"employment_injury": 0},
    ),
    row(
        "employment injury bad summary",
        "pk",
        "employment_injury",
        MISSING,
        months={"employment_injury": True},
        missing=("contributions.employment_injury",),
    ),
    # -- Cambodia
    row("IDPoor cash level 1", "kh", "idpoor_cash", ELIGIBLE, home=POOR_KH),
    row("IDPoor cash level 2", "kh", "idpoor_cash", ELIGIBLE, home={"poverty_level": "2"}),
    row("IDPoor cash not poor", "kh", "idpoor_cash", NOT, home={"poverty_level": "none"}),
    row(
        "IDPoor cash not assessed",
        "kh",
        "idpoor_cash",
        MISSING,
        home={"poverty_level": None},
        missing=("household.poverty_level",),
    ),
    row("pregnancy cash", "kh", "pregnancy_cash", ELIGIBLE, who={"pregnant": True}, home=POOR_KH),
    row(
        "pregnancy cash, aged 50",
        "kh",
        "pregnancy_cash",
        NOT,
        who={"pregnant": True, "birth_date": "1975-01-01"},
        home=POOR_KH,
    ),
    row(
        "child cash 23 months", "kh", "child_cash", ELIGIBLE, who=child("2024-03-02"), home=POOR_KH
    ),
    row(
        "child cash no birth date",
        "kh",
        "child_cash",
        MISSING,
        who=child(None),
        home=POOR_KH,
        missing=("birth_date",),
    ),
    row(
        "KH disability, poor",
        "kh",
        "disability_allowance",
        ELIGIBLE,
        who={"wg_cognition": 4},
        home=POOR_KH,
    ),
    row(
        "KH disability, not poor",
        "kh",
        "disability_allowance",
        NOT,
        who={"wg_cognition": 4},
        home={"poverty_level": "none"},
    ),
    row(
        "KH old age, poor",
        "kh",
        "old_age_allowance",
        ELIGIBLE,
        who={"birth_date": "1950-06-01"},
        home=POOR_KH,
    ),
    row(
        "KH old age with NSSF pension",
        "kh",
        "old_age_allowance",
        EXCLUDED,
        who={"birth_date": "1950-06-01"},
        home=POOR_KH,
        states={"nssf_pension": "active"},
    ),
    row("HEF household", "kh", "health_equity_fund", ELIGIBLE, home=POOR_KH),
    row("NSSF health 3 months", "kh", "nssf_health", ELIGIBLE, months={"nssf_health": 3}),
    row("NSSF health one month short", "kh", "nssf_health", NOT, months={"nssf_health": 2}),
    row("NSSF injury insured", "kh", "nssf_injury", ELIGIBLE, months={"nssf_injury": 5}),
    row(
        "NSSF pension",
        "kh",
        "nssf_pension",
        ELIGIBLE,
        who={"birth_date": "1960-01-01"},
        months={"nssf_pension": 144},
    ),
    row(
        "NSSF pension one month short",
        "kh",
        "nssf_pension",
        NOT,
        who={"birth_date": "1960-01-01"},
        months={"nssf_pension": 143},
    ),
    row(
        "scholarship aged 6",
        "kh",
        "school_scholarship",
        ELIGIBLE,
        who=child("2020-02-01"),
        home=POOR_KH,
    ),
    row(
        "scholarship aged 16",
        "kh",
        "school_scholarship",
        NOT,
        who=child("2010-01-01"),
        home=POOR_KH,
    ),
]


@pytest.mark.parametrize(
    (
        "name",
        "scheme_id",
        "fields",
        "household",
        "contributions",
        "enrolments",
        "expected",
        "missing",
    ),
    ROWS,
)
def test_scheme_table(
    name: str,
    scheme_id: str,
    fields: dict[str, Any],
    household: Mapping[str, Any] | None,
    contributions: dict[str, int],
    enrolments: dict[str, str],
    expected: Status,
    missing: tuple[str, ...],
) -> None:
    result = check(
        CATALOGS[name], scheme_id, person(**fields), household, None, contributions, enrolments
    )
    explained = [(c.criterion.id, c.outcome, c.missing) for c in result.criteria]
    assert result.status is expected, explained
    assert result.missing_fields == missing
    assert result.scheme is CATALOGS[name].scheme(scheme_id)
    assert [c.criterion for c in result.criteria] == list(result.scheme.criteria)
    if expected is ELIGIBLE:
        assert all(c.outcome is Outcome.PASS for c in result.criteria)


def test_every_shipped_scheme_has_rows_in_the_table() -> None:
    covered = {(param.values[0], param.values[1]) for param in ROWS}
    for name, catalog in CATALOGS.items():
        for scheme in catalog.schemes:
            if scheme.id != "widow_support":  # needs members: its own test below
                assert (name, scheme.id) in covered, scheme.id


def test_an_excluded_scheme_names_what_excludes_it() -> None:
    result = check(PK, "old_age_social", person(birth_date="1950-01-01"), None, None, {},
                   {"eobi_old_age": "active"})  # fmt: skip
    assert result.excluded_by == ("eobi_old_age",)
    assert [c.outcome for c in result.criteria] == [Outcome.PASS]  # still explained


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        ("1972-02-29", dt.date(2027, 2, 28), NOT),  # 54: the birthday is 1 March this year
        ("1972-02-29", dt.date(2027, 3, 1), ELIGIBLE),  # 55
        ("1972-02-29", dt.date(2028, 2, 29), ELIGIBLE),
    ],
)
def test_a_29_february_birthday_counts_on_1_march_in_common_years(
    birth: str, on: dt.date, expected: Status
) -> None:
    who = person(birth_date=birth)
    result = check(PK, "eobi_old_age", who, None, None, {"eobi_old_age": 300}, on=on)
    assert result.status is expected


@pytest.mark.parametrize(
    ("on", "expected"), [(dt.date(2026, 2, 28), ELIGIBLE), (dt.date(2026, 3, 1), NOT)]
)
def test_a_29_february_baby_turns_24_months_on_1_march(on: dt.date, expected: Status) -> None:
    baby = child("2024-02-29")
    assert check(KH, "child_cash", baby, POOR_KH, on=on).status is expected


def test_widow_support_reads_the_household_members() -> None:
    widow = person(marital_status="widowed", birth_date="1980-01-01")
    kid, adult = child("2015-06-01"), person(birth_date="1950-01-01", relationship="parent")
    unknown = child(None)
    poor = {"poverty_score": 35}
    assert check(PK, "widow_support", widow, poor, (widow, kid)).status is ELIGIBLE
    assert check(PK, "widow_support", widow, poor, (widow, adult)).status is NOT
    open_case = check(PK, "widow_support", widow, poor, (widow, adult, unknown))
    assert open_case.status is MISSING
    assert open_case.missing_fields == ("members.birth_date",)
    # A known child decides it even when another member's age is unknown (Kleene "any").
    assert check(PK, "widow_support", widow, poor, (widow, unknown, kid)).status is ELIGIBLE
    no_members = check(PK, "widow_support", widow, poor, ())
    assert no_members.status is MISSING
    assert no_members.missing_fields == ("household.members",)


def test_a_member_without_a_value_never_borrows_the_applicants() -> None:
    # The applicant is a child, but is not among the members given: the only member's age
    # is unknown and must stay unknown inside any(members, age < 18).
    kid = child("2015-06-01", marital_status="widowed", sex="female")
    unknown_adult = person(birth_date=None)
    result = check(PK, "widow_support", kid, POOR_PK, (unknown_adult,))
    children = result.criteria[2]
    assert (children.criterion.id, children.outcome) == ("children", Outcome.UNKNOWN)


def test_a_household_scheme_is_already_enrolled_for_every_member() -> None:
    husband = person(sex="male", relationship="spouse")
    wife = person()
    home = {"poverty_score": 25}
    evaluator = Evaluator(PK)
    for who in (husband, wife):
        applicant = Applicant(who, home, (wife, husband), {}, {"sehat_card": "approved"})
        result = {r.scheme.id: r for r in evaluator.evaluate(applicant, ON)}
        assert result["sehat_card"].status is ENROLLED


# -- rules that fail, dates, and the evaluator itself -------------------------------------


def _custom(rule: str, valid_to: str = "null") -> Catalog:
    text = f"""
catalog: custom
country: KH
version: 1
published: 2026-01-01
title: {{en: T, ur: ٹی, km: ត}}
note: {{en: Illustrative example, ur: مثال, km: ឧទាហរណ៍}}
schemes:
  - id: only
    names: {{en: Only, ur: واحد, km: តែមួយ}}
    function: poverty_targeted
    contributory: false
    unit: person
    benefit: {{kind: service, description: {{en: Illustrative, ur: مثال, km: ឧទាហរណ៍}}}}
    criteria:
      - {{id: first, label: {{en: A, ur: ا, km: ក}}, rule: "{rule}"}}
      - {{id: second, label: {{en: B, ur: ب, km: ខ}}, rule: "age >= 18"}}
    valid_from: 2025-01-01
    valid_to: {valid_to}
    version: 1
"""
    return parse_catalog(text, "custom.yaml")


def test_a_rule_that_fails_to_evaluate_is_unknown_with_its_error() -> None:
    catalog = _custom("birth_date > 5")  # a date compared with a number
    (result,) = evaluate(catalog, Applicant(person()), ON)
    first = result.criteria[0]
    assert (first.outcome, first.missing) == (Outcome.UNKNOWN, ())
    assert first.error is not None and "cannot compare date with number" in first.error
    assert result.status is MISSING
    (again,) = evaluate(catalog, Applicant(person(birth_date=None)), ON)
    assert again.criteria[0].error is None and again.criteria[0].missing == ("birth_date",)


def test_a_rule_that_is_not_true_or_false_is_unknown_with_an_error() -> None:
    (result,) = evaluate(_custom("age + 1"), Applicant(person()), ON)
    assert result.criteria[0].outcome is Outcome.UNKNOWN
    assert result.criteria[0].error == "the rule gave a int, not true or false"


def test_schemes_not_in_force_on_the_check_date_are_left_out() -> None:
    catalog = _custom("age >= 60", valid_to="2025-12-31")
    assert len(evaluate(catalog, Applicant(person()), dt.date(2025, 12, 31))) == 1
    assert evaluate(catalog, Applicant(person()), dt.date(2026, 1, 1)) == ()
    assert evaluate(catalog, Applicant(person()), dt.date(2024, 12, 31)) == ()


def test_a_datetime_check_date_counts_as_its_day() -> None:
    applicant = Applicant(person(birth_date="1966-03-01"))
    moment = dt.datetime(2026, 3, 1, 23, 59)
    assert evaluate(PK, applicant, moment) == evaluate(PK, applicant, ON)


def _district(seed: int, households: int) -> list[Applicant]:
    """A small synthetic district with realistic gaps (no birth date, no survey, ...)."""
    rng = random.Random(seed)
    applicants: list[Applicant] = []
    for _ in range(households):
        home = {
            "poverty_score": None if rng.random() < 0.1 else round(rng.uniform(5, 90), 2),
            "poverty_level": rng.choice(["1", "2", "none", None]),
        }
        born = dt.date(rng.randint(1940, 2000), rng.randint(1, 12), rng.randint(1, 28))
        people = [person(birth_date=born.isoformat())]
        people.append(person(sex="male", relationship="spouse", birth_date="1975-01-31"))
        for _ in range(rng.randint(0, 5)):
            born = ON - dt.timedelta(days=rng.randint(0, 17 * 365))
            people.append(child(born.isoformat() if rng.random() > 0.05 else None))
        for someone in people:
            someone.update({wg: rng.choice([1, 1, 1, 2, 3, 4, None]) for wg in WG})
            someone["pregnant"] = rng.choice([True, False, None])
            someone["marital_status"] = rng.choice(["married", "widowed", "never_married", None])
        members = tuple(people)
        for someone in members:
            months = {k: rng.randint(0, 300) for k in ("eobi_old_age", "nssf_pension")}
            states = rng.choice([{}, {"kafaalat": "active"}, {"eobi_old_age": "approved"}])
            applicants.append(Applicant(someone, home, members, months, states))
    return applicants


@pytest.mark.parametrize("name", ["pk", "kh"])
def test_no_shipped_rule_fails_on_realistic_data(name: str) -> None:
    evaluator = Evaluator(CATALOGS[name])
    seen: set[Status] = set()
    for applicant in _district(seed=11, households=150):
        for result in evaluator.evaluate(applicant, ON):
            seen.add(result.status)
            assert all(c.error is None for c in result.criteria), result
    assert {ELIGIBLE, NOT, MISSING} <= seen


def test_the_evaluator_agrees_with_evaluate_in_any_order() -> None:
    applicants = _district(seed=5, households=40)
    evaluator = Evaluator(PK)
    in_order = [evaluator.evaluate(a, ON) for a in applicants]
    shuffled = list(enumerate(applicants))
    random.Random(1).shuffle(shuffled)
    again = Evaluator(PK)
    for index, applicant in shuffled:
        assert again.evaluate(applicant, ON) == in_order[index]
    for applicant, expected in list(zip(applicants, in_order, strict=True))[::25]:
        assert evaluate(PK, applicant, ON) == expected


def test_results_are_shared_immutable_objects() -> None:
    evaluator = Evaluator(KH)
    first = evaluator.evaluate(Applicant(person(), POOR_KH, ()), ON)
    second = evaluator.evaluate(Applicant(person(), POOR_KH, ()), ON)
    assert first == second
    assert isinstance(first[0].criteria[0], CriterionResult)
    with pytest.raises(AttributeError):
        first[0].status = Status.ELIGIBLE  # type: ignore[misc]
