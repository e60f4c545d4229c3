"""Explained, three-valued eligibility of one applicant for every scheme of a catalog.

Each criterion comes out PASS, FAIL or UNKNOWN. UNKNOWN means the rule gave null because
something it reads is not recorded (``missing`` names those fields, so the screen can take the
clerk there), or the rule failed to evaluate (``error`` says why); unknown never becomes pass.
A scheme's status, in order of precedence: ALREADY_ENROLLED (an applied, approved or active
enrolment in it; for household schemes the replica passes the household's enrolment under the
same scheme id), EXCLUDED (an approved or active enrolment in a scheme it excludes), then
NOT_ELIGIBLE if any criterion fails, MISSING_INFORMATION if some are unknown, else ELIGIBLE.
Criteria are evaluated in every case, so the explanation is always complete. Schemes not in
force on the check date are left out.

The applicant is turned into the rule vocabulary (:mod:`forms.catalog`) once. Values of the
wrong type or shape become null instead of errors: dates are ISO text or date objects,
Washington Group answers 1-4 (or "1"-"4"), scores numbers or numeric text, sex ``'unknown'``
is null. ``disability_level`` and ``severe_disability`` stay unknown while a domain is
unanswered unless the answers given already decide them (a 4, or any answer of 3 or more),
so a half-filled questionnaire asks for the rest instead of failing.

Speed: rules are compiled when the catalog loads. Per applicant we derive the vocabulary
once, build one scope and evaluate each distinct rule text once; rules that read only
household names run once per household (consecutive applicants sharing the household
mapping and members tuple). Results are immutable and shared: PASS/FAIL per criterion,
UNKNOWN per set of missing fields, scheme results per combination of those, and whole
answers per combination of rule outcomes and enrolment states, so a typical check allocates
little more than the scope and a few small tuples.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from forms.catalog import (
    CHOICES,
    HOST_FUNCTIONS,
    HOUSEHOLD_NAMES,
    PERSON_NAMES,
    WG_NAMES,
    Catalog,
    Criterion,
    Scheme,
)
from forms.expr import EvalError, Expression, Scope, Value
from forms.expr.nodes import Call, Literal, walk

ENROLLED = frozenset({"applied", "approved", "active"})
EXCLUDING = frozenset({"approved", "active"})
_MEMO_LIMIT = 4096  # distinct scheme results kept per scheme; beyond that, build fresh ones
_EMPTY: Mapping[str, Any] = {}
_LEVELS = {"1": 1, "2": 2, "3": 3, "4": 4}
_DISABILITY = frozenset({"disability_level", "severe_disability"})
_SOURCES: Mapping[str, tuple[str, ...]] = {
    "age": ("birth_date",),
    "age_months": ("birth_date",),
    "disability_level": WG_NAMES,
    "severe_disability": WG_NAMES,
}


class Outcome(Enum):
    """What one criterion says about the applicant."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"


class Status(Enum):
    """What the counter tells the applicant about one scheme."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    ALREADY_ENROLLED = "already_enrolled"
    MISSING_INFORMATION = "missing_information"
    EXCLUDED = "excluded"


STATUS_BY_CODE = _BY_CODE = (
    Status.ELIGIBLE,
    Status.NOT_ELIGIBLE,
    Status.MISSING_INFORMATION,
    Status.ALREADY_ENROLLED,
    Status.EXCLUDED,
)


@dataclass(frozen=True, slots=True)
class CriterionResult:
    """One criterion's outcome; ``missing`` lists the unrecorded fields behind an UNKNOWN."""

    criterion: Criterion
    outcome: Outcome
    missing: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SchemeResult:
    """One scheme's status with every criterion explained."""

    scheme: Scheme
    status: Status
    criteria: tuple[CriterionResult, ...]
    excluded_by: tuple[str, ...] = ()
    missing_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Applicant:
    """Plain data the replica builds for one person; no database here.

    ``members`` includes the person and is treated as immutable: an Evaluator reuses the
    derived member values while consecutive applicants share the same tuple (one household).
    """

    person: Mapping[str, Any]
    household: Mapping[str, Any] | None = None
    members: tuple[Mapping[str, Any], ...] = ()
    contributions: Mapping[str, int] = field(default_factory=dict)
    enrolments: Mapping[str, str] = field(default_factory=dict)


def evaluate(catalog: Catalog, applicant: Applicant, on: datetime.date) -> tuple[SchemeResult, ...]:
    """Every scheme in force on ``on``, judged for ``applicant``; never raises on bad data."""
    return Evaluator(catalog).evaluate(applicant, on)


# -- normalising the applicant ------------------------------------------------------------


def _day(value: object) -> datetime.date | None:
    if type(value) is datetime.date:
        return value
    if isinstance(value, str):
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, datetime.datetime):
        return value.date()
    return value if isinstance(value, datetime.date) else None


def _level(value: object) -> int | None:
    if isinstance(value, str):
        return _LEVELS.get(value.strip())
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, Decimal) and value.is_finite()):
        return int(value) if value in (1, 2, 3, 4) else None
    return None


def _number(value: object) -> int | Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float | str):
        try:
            value = Decimal(repr(value) if isinstance(value, float) else value.strip())
        except InvalidOperation:
            return None
    if not isinstance(value, Decimal) or not value.is_finite():
        return None
    # Equal numbers get one type (32, never Decimal("32.0")): the rule memo keys on values.
    return int(value) if value == value.to_integral_value() and abs(value) < 10**18 else value


def _choice(value: object, allowed: frozenset[str]) -> str | None:
    return value if isinstance(value, str) and value in allowed else None


def _flag(value: object) -> bool | None:
    if value is True or value is False:
        return value
    if type(value) is int and value in (0, 1):
        return value == 1
    return None


_SEXES, _MARITAL, _RELATIONSHIPS = (
    CHOICES["sex"],
    CHOICES["marital_status"],
    CHOICES["relationship"],
)
_POVERTY_LEVELS = CHOICES["household.poverty_level"]


def _person(raw: object, on: datetime.date) -> dict[str, Value]:
    """The person part of the vocabulary, every name present (null when unknown).

    Runs once per applicant or household member, so well-typed values take an inline fast
    path and only odd ones go through the converters.
    """
    get = raw.get if type(raw) is dict or isinstance(raw, Mapping) else _EMPTY.get
    values: dict[str, Value] = {}
    top = answered = 0
    for name in WG_NAMES:
        level = get(name)
        if level is not None and (type(level) is not int or not 0 < level < 5):
            level = _level(level)
        values[name] = level
        if level is not None:
            answered += 1
            top = max(top, level)
    complete = answered == len(WG_NAMES)
    # Unknown until decided: a 4 is the highest level whatever the unanswered domains say.
    values["disability_level"] = top if complete or top == 4 else None
    values["severe_disability"] = True if top >= 3 else (False if complete else None)
    born = get("birth_date")
    if type(born) is not datetime.date:
        born = _day(born)
    values["birth_date"] = born
    if born is not None and born <= on:
        years = on.year - born.year
        values["age"] = years - ((on.month, on.day) < (born.month, born.day))
        values["age_months"] = years * 12 + on.month - born.month - (on.day < born.day)
    else:
        values["age"] = values["age_months"] = None
    sex, marital, relationship = get("sex"), get("marital_status"), get("relationship")
    values["sex"] = sex if type(sex) is str and sex in _SEXES else None
    values["marital_status"] = marital if type(marital) is str and marital in _MARITAL else None
    values["relationship"] = _choice(relationship, _RELATIONSHIPS)
    pregnant = get("pregnant")
    values["pregnant"] = pregnant if pregnant is True or pregnant is False else _flag(pregnant)
    death = get("death_date")
    values["death_date"] = None if death is None else _day(death)
    return values


def _household(raw: object, members: object, on: datetime.date, wanted: bool) -> dict[str, Value]:
    """The household names and, when a rule reads them, the members' person values."""
    rows = members if isinstance(members, tuple | list) and members else None
    values: dict[str, Value] = {"members": None}
    if rows is not None and wanted:
        # Every member carries every person name, so inside count(members, ...) a name never
        # falls back to the applicant's own value.
        values["members"] = tuple(_person(member, on) for member in rows)
    linked = isinstance(raw, Mapping)
    get = raw.get if isinstance(raw, Mapping) else _EMPTY.get
    values["household.poverty_score"] = _number(get("poverty_score"))
    values["household.poverty_level"] = _choice(get("poverty_level"), _POVERTY_LEVELS)
    values["household.size"] = len(rows) if linked and rows is not None else None
    return values


def _own_values(applicant: Applicant, derived: Value) -> dict[str, Value] | None:
    """A copy of the applicant's own member values, when the members were derived already."""
    if type(derived) is tuple:
        for raw, values in zip(applicant.members, derived, strict=False):
            if raw is applicant.person and isinstance(values, dict):
                return dict(values)
    return None


def _statuses(raw: object) -> Mapping[Any, str]:
    if not isinstance(raw, Mapping) or not raw:
        return _EMPTY
    return {key: value for key, value in raw.items() if isinstance(value, str)}


class _Host:
    """The host functions of one applicant (declared to the parser by forms.catalog)."""

    __slots__ = ("contributions", "statuses")

    def __init__(self, contributions: object, statuses: Mapping[Any, str]) -> None:
        self.contributions = contributions if isinstance(contributions, Mapping) else _EMPTY
        self.statuses = statuses

    def contribution_months(self, scheme_id: Value) -> Value:
        months = self.contributions.get(scheme_id) if isinstance(scheme_id, str) else None
        return months if type(months) is int and months >= 0 else None

    def enrolled(self, scheme_id: Value) -> Value:
        return isinstance(scheme_id, str) and self.statuses.get(scheme_id) in ENROLLED

    def receives(self, scheme_id: Value) -> Value:
        return isinstance(scheme_id, str) and self.statuses.get(scheme_id) == "active"

    def functions(self) -> dict[str, Callable[..., Value]]:
        return {
            "contribution_months": self.contribution_months,
            "enrolled": self.enrolled,
            "receives": self.receives,
        }


# -- compiled plans -----------------------------------------------------------------------

_Outcome = Value | EvalError  # what one rule gave for one applicant
_BITS = 6  # bits per criterion in a scheme's memo key: codes 0 pass, 1 fail, 2.. unknown
_NEW_ENTRY = threading.Lock()  # guards the rare cache-miss path that hands out codes
_NO_FUNCTIONS: dict[str, Callable[..., Value]] = {}
_PENDING: Any = object()  # a person rule not evaluated yet (status-only, lazy path)
_BOOL_ONLY = {bool}
_ANSWER_LIMIT = 50_000  # whole answers remembered per check date (a few MB at most)
_Results = tuple["SchemeResult", ...]


class _Rule:
    """A distinct rule text, evaluated once per applicant however many criteria share it.

    Rules that read only household names are evaluated once per household instead.
    """

    __slots__ = (
        "index",
        "expression",
        "names",
        "member_names",
        "contribution_ids",
        "household_only",
    )

    def __init__(self, index: int, expression: Expression) -> None:
        self.index, self.expression = index, expression
        names = expression.names()
        self.names = tuple(sorted(names))
        self.member_names = tuple(sorted(expression.item_names() & PERSON_NAMES))
        self.contribution_ids = tuple(
            sorted(
                {
                    str(node.args[0].value)
                    for node in walk(expression.tree)
                    if isinstance(node, Call)
                    and node.name == "contribution_months"
                    and isinstance(node.args[0], Literal)
                }
            )
        )
        host = bool(expression.functions() & HOST_FUNCTIONS.keys())
        self.household_only = names <= HOUSEHOLD_NAMES | {"members"} and not host

    def outcome(self, scope: Scope) -> _Outcome:
        try:
            return self.expression.evaluate(scope)
        except EvalError as exc:
            return exc

    def missing(self, values: Mapping[str, Value], applicant: Applicant) -> tuple[str, ...]:
        """Fields to fill in: the rule's null names, traced back to recorded fields."""
        found: list[str] = []
        linked = isinstance(applicant.household, Mapping)
        for name in self.names:
            if values.get(name) is None:
                found.extend(_sources(name, values, linked))
        members = values.get("members")
        if self.member_names and isinstance(members, tuple):
            for name in self.member_names:
                if any(isinstance(m, Mapping) and m.get(name) is None for m in members):
                    found.extend(f"members.{source}" for source in _SOURCES.get(name, (name,)))
        if self.contribution_ids:
            months = applicant.contributions
            months = months if isinstance(months, Mapping) else _EMPTY
            for scheme_id in self.contribution_ids:
                value = months.get(scheme_id)
                if type(value) is not int or value < 0:
                    found.append(f"contributions.{scheme_id}")
        return tuple(dict.fromkeys(found))


def _sources(name: str, values: Mapping[str, Value], linked: bool) -> tuple[str, ...]:
    if name.startswith("household.") or name == "members":
        if not linked:
            return ("household",)
        return ("household.members",) if name in ("members", "household.size") else (name,)
    if name in _DISABILITY:
        return tuple(wg for wg in WG_NAMES if values.get(wg) is None)
    return _SOURCES.get(name, (name,))


class _Check:
    """One criterion: its shared PASS/FAIL results and one UNKNOWN per set of missing fields."""

    __slots__ = ("criterion", "rule", "index", "passed", "failed", "unknown")

    def __init__(self, criterion: Criterion, rule: _Rule) -> None:
        self.criterion, self.rule, self.index = criterion, rule, rule.index
        self.passed = CriterionResult(criterion, Outcome.PASS)
        self.failed = CriterionResult(criterion, Outcome.FAIL)
        # The sets of missing fields are subsets of what the rule reads, so this stays small.
        self.unknown: dict[tuple[str, ...], tuple[CriterionResult, int]] = {}

    def undecided(
        self, value: _Outcome, values: Mapping[str, Value], applicant: Applicant
    ) -> tuple[CriterionResult, int]:
        """The UNKNOWN result and its memo code (-1: an error result, never shared)."""
        missing = self.rule.missing(values, applicant)
        if value is not None:
            if isinstance(value, EvalError):
                error = str(value)
            else:
                error = f"the rule gave a {type(value).__name__}, not true or false"
            return CriterionResult(self.criterion, Outcome.UNKNOWN, missing, error), -1
        entry = self.unknown.get(missing)
        if entry is None:
            with _NEW_ENTRY:
                entry = self.unknown.get(missing)
                if entry is None:
                    code = len(self.unknown) + 2
                    result = CriterionResult(self.criterion, Outcome.UNKNOWN, missing)
                    entry = self.unknown[missing] = (result, code if code < 1 << _BITS else -1)
        return entry


class _SchemePlan:
    """One scheme's checks plus a memo of whole results keyed by status and result codes.

    The key packs one code per criterion (0 pass, 1 fail, 2.. a shared UNKNOWN result) and
    the status; a result carrying an error is never shared, so it is never memoised.
    """

    __slots__ = ("scheme", "checks", "indexes", "memo")

    def __init__(self, scheme: Scheme, checks: tuple[_Check, ...]) -> None:
        self.scheme, self.checks = scheme, checks
        self.indexes = tuple(check.index for check in checks)
        self.memo: dict[object, SchemeResult] = {}

    def run(
        self,
        outcomes: Sequence[_Outcome],
        statuses: Mapping[Any, str],
        values: Mapping[str, Value],
        applicant: Applicant,
    ) -> SchemeResult:
        # Fast path: every criterion decided, so the key alone finds the shared result.
        key, failed = 0, False
        for index in self.indexes:
            value = outcomes[index]
            if value is True:
                key <<= _BITS
            elif value is False:
                key = key << _BITS | 1
                failed = True
            else:
                return self.explain(outcomes, statuses, values, applicant)
        code, excluded_by = self.status(statuses, failed, False) if statuses else (int(failed), ())
        memo_key = (key, excluded_by) if excluded_by else key << 3 | code
        hit = self.memo.get(memo_key)
        if hit is None:
            results = [c.passed if outcomes[c.index] is True else c.failed for c in self.checks]
            hit = self.remember(memo_key, self.build(code, results, excluded_by))
        return hit

    def explain(
        self,
        outcomes: Sequence[_Outcome],
        statuses: Mapping[Any, str],
        values: Mapping[str, Value],
        applicant: Applicant,
    ) -> SchemeResult:
        """The path for schemes with an undecided criterion (null or failed rule)."""
        results: list[CriterionResult] = []
        key, shared, failed = 0, True, False
        for check in self.checks:
            value = outcomes[check.index]
            if value is True:
                results.append(check.passed)
                key <<= _BITS
            elif value is False:
                results.append(check.failed)
                key = key << _BITS | 1
                failed = True
            else:
                result, code = check.undecided(value, values, applicant)
                results.append(result)
                key = key << _BITS | max(code, 0)
                shared = shared and code >= 0
        code, excluded_by = self.status(statuses, failed, True)
        if not shared:
            return self.build(code, results, excluded_by)
        memo_key = (key, excluded_by) if excluded_by else key << 3 | code
        return self.memo.get(memo_key) or self.remember(
            memo_key, self.build(code, results, excluded_by)
        )

    def remember(self, key: object, result: SchemeResult) -> SchemeResult:
        if len(self.memo) < _MEMO_LIMIT:
            self.memo[key] = result
        return result

    def status(
        self, statuses: Mapping[Any, str], failed: bool, unknown: bool
    ) -> tuple[int, tuple[str, ...]]:
        if statuses.get(self.scheme.id) in ENROLLED:
            return 3, ()
        if statuses and self.scheme.exclusions:
            excluded_by = tuple(x for x in self.scheme.exclusions if statuses.get(x) in EXCLUDING)
            if excluded_by:
                return 4, excluded_by
        return (1 if failed else 2 if unknown else 0), ()

    def build(
        self, code: int, results: list[CriterionResult], excluded_by: tuple[str, ...]
    ) -> SchemeResult:
        missing = tuple(dict.fromkeys(name for result in results for name in result.missing))
        return SchemeResult(self.scheme, _BY_CODE[code], tuple(results), excluded_by, missing)


class Evaluator:
    """A catalog prepared for fast, repeated checks; same results as :func:`evaluate`.

    Safe to share between threads. Applicant data is treated as immutable: consecutive
    applicants passing the very same household mapping and members tuple (the members of one
    household, in a batch) reuse the household's derived values and household-only rules.
    """

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        rules: dict[str, _Rule] = {}
        plans: list[_SchemePlan] = []
        for scheme in catalog.schemes:
            checks: list[_Check] = []
            for criterion in scheme.criteria:
                source = criterion.rule.source
                rule = rules.get(source) or rules.setdefault(
                    source, _Rule(len(rules), criterion.rule)
                )
                checks.append(_Check(criterion, rule))
            plans.append(_SchemePlan(scheme, tuple(checks)))
        self._plans = tuple(plans)
        self._blank: list[_Outcome] = [None] * len(rules)
        self._person_rules = tuple(
            (r.index, r.expression.evaluate) for r in rules.values() if not r.household_only
        )
        self._household_rules = tuple(r for r in rules.values() if r.household_only)
        self._runs = tuple(r.expression.evaluate for r in rules.values())
        self._wants_members = any("members" in r.names for r in rules.values())
        self._rules = tuple(rules.values())
        expressions = [
            criterion.rule for scheme in catalog.schemes for criterion in scheme.criteria
        ]
        self._uses_host = any(e.functions() & HOST_FUNCTIONS.keys() for e in expressions)
        self._in_force: tuple[datetime.date, tuple[_SchemePlan, ...], dict[object, _Results]]
        self._in_force = (datetime.date.min, (), {})
        self._shared: tuple[object, object, datetime.date, dict[str, Value], list[_Outcome]]
        self._shared = (None, None, datetime.date.min, {}, [])

    def evaluate(self, applicant: Applicant, on: datetime.date) -> tuple[SchemeResult, ...]:
        """Every scheme in force on ``on``, judged for ``applicant``; never raises on bad data."""
        if type(on) is not datetime.date and isinstance(on, datetime.datetime):
            on = on.date()
        outcomes, values, statuses = self._outcomes(applicant, on)
        # The results are a function of the outcomes (with the missing fields behind each
        # null) and the enrolment states, which repeat a lot: remember whole answers.
        _, plans, memo = self._plans_on(on)
        key = self._key(outcomes, values, applicant)
        if key is not None:
            key = (key, frozenset(statuses.items()) if statuses else None)
            hit = memo.get(key)
            if hit is not None:
                return hit
        results = tuple([plan.run(outcomes, statuses, values, applicant) for plan in plans])
        if key is not None and len(memo) < _ANSWER_LIMIT:
            memo[key] = results
        return results

    def schemes_on(self, on: datetime.date) -> tuple[Scheme, ...]:
        """The schemes in force on ``on``, in the order `status_codes` reports them."""
        return tuple(plan.scheme for plan in self._plans_on(on)[1])

    def status_codes(self, applicant: Applicant, on: datetime.date) -> tuple[int, ...]:
        """Only the status of each scheme in force (index into STATUS_BY_CODE), no reasons.

        For whole-cache counts: the same statuses as `evaluate`, without the explanations
        nobody will read. Rules run lazily and a scheme stops at its first failed criterion
        (one failure decides NOT_ELIGIBLE whatever else is unknown), after the enrolment and
        exclusion checks that outrank it.
        """
        outcomes, scope, statuses = self._prepare(applicant, on)
        codes: list[int] = []
        for plan in self._plans_on(on)[1]:
            if statuses:
                code, _ = plan.status(statuses, False, False)
                if code >= 3:  # already enrolled, or excluded
                    codes.append(code)
                    continue
            unknown = failed = False
            for index in plan.indexes:
                value = outcomes[index]
                if value is _PENDING:
                    value = outcomes[index] = self._run_rule(index, scope)
                if value is False:
                    failed = True
                    break
                if value is not True:
                    unknown = True
            codes.append(1 if failed else 2 if unknown else 0)
        return tuple(codes)

    def _run_rule(self, index: int, scope: Scope) -> _Outcome:
        try:
            return self._runs[index](scope)
        except EvalError as exc:
            return exc

    def _outcomes(
        self, applicant: Applicant, on: datetime.date
    ) -> tuple[list[_Outcome], Mapping[str, Value], Mapping[Any, str]]:
        """Every distinct rule's outcome for the applicant, the values and enrolment states."""
        outcomes, scope, statuses = self._prepare(applicant, on)
        for index, run in self._person_rules:  # the hot loop: no helper call per rule
            try:
                outcomes[index] = run(scope)
            except EvalError as exc:
                outcomes[index] = exc
        return outcomes, scope.values, statuses

    def _prepare(
        self, applicant: Applicant, on: datetime.date
    ) -> tuple[list[_Outcome], Scope, Mapping[Any, str]]:
        """Household rules decided, person rules pending, and the applicant's scope."""
        part, outcomes = self._household_part(applicant, on)
        values = _own_values(applicant, part.get("members")) or _person(applicant.person, on)
        values.update(part)
        statuses = _statuses(applicant.enrolments)
        functions = _NO_FUNCTIONS
        if self._uses_host:
            functions = _Host(applicant.contributions, statuses).functions()
        pending = outcomes.copy()
        for index, _ in self._person_rules:
            pending[index] = _PENDING
        return pending, Scope(values, on, functions), statuses

    def _key(
        self, outcomes: list[_Outcome], values: Mapping[str, Value], applicant: Applicant
    ) -> tuple[object, ...] | None:
        """The outcomes as a memo key (a null as its missing fields); None if not keyable."""
        if set(map(type, outcomes)) == _BOOL_ONLY:
            return tuple(outcomes)
        parts: list[object] = list(outcomes)
        for rule in self._rules:
            value = outcomes[rule.index]
            if value is None:
                parts[rule.index] = rule.missing(values, applicant)
            elif value is not True and value is not False:
                return None  # an error or a non-boolean: explained fresh every time
        return tuple(parts)

    def _plans_on(
        self, on: datetime.date
    ) -> tuple[datetime.date, tuple[_SchemePlan, ...], dict[object, _Results]]:
        cached = self._in_force
        if cached[0] == on:
            return cached
        plans = tuple(plan for plan in self._plans if plan.scheme.in_force(on))
        self._in_force = (on, plans, {})
        return self._in_force

    def _household_part(
        self, applicant: Applicant, on: datetime.date
    ) -> tuple[dict[str, Value], list[_Outcome]]:
        household, members = applicant.household, applicant.members
        cached = self._shared  # one read: another thread may replace it meanwhile
        if cached[0] is household and cached[1] is members and cached[2] == on:
            return cached[3], cached[4]
        part = _household(household, members, on, self._wants_members)
        outcomes = list(self._blank)
        scope = Scope(part, on)
        for rule in self._household_rules:
            outcomes[rule.index] = rule.outcome(scope)
        if type(members) is tuple:  # a list could change under us; a tuple of records won't
            self._shared = (household, members, on, part, outcomes)
        return part, outcomes
