"""The scheme catalog: which schemes exist, who they are for and what they give, as data.

A catalog file (``forms/catalogs/<name>.yaml``, or text that comes down from the registry) is
refused whole when anything in it is wrong, and the :class:`CatalogError` says where: an
unknown or missing key, a bad ``function``/``unit``/``kind``, a label without en/ur/km, a rule
that does not parse (with its column), a rule that names something outside the vocabulary
below, an exclusion naming an unknown scheme, or a cycle of exclusions.

Rule vocabulary (checked at load). Person: ``sex`` (``'unknown'`` is presented as null),
``birth_date``, ``age``, ``age_months`` (whole years/months at the check date),
``marital_status``, ``relationship``, ``pregnant``, ``wg_seeing`` ... ``wg_communication``
(Washington Group levels 1-4), ``disability_level``, ``severe_disability``, ``death_date``.
Household: ``household.poverty_score``, ``household.poverty_level``, ``household.size``.
Collection: ``members`` (each member has the person names). Host functions:
``contribution_months('<scheme>')``, ``enrolled('<scheme>')`` (applied, approved or active),
``receives('<scheme>')`` (active only); their argument must be a quoted scheme id of the same
catalog. Comparing a coded field with a literal outside its choice list (``sex = 'femal'``)
is refused too.

Exclusions are directional: ``A.exclusions: [B]`` means "A cannot be granted to someone whose
enrolment in B is approved or active". Declaring it both ways (A excludes B, B excludes A) is
a plain mutually-exclusive pair and is allowed. A longer cycle (A -> B -> C -> A) is refused:
exclusions encode which benefit takes precedence, and a circle of precedence is almost always
a configuration mistake; a group of mutually exclusive schemes is written as explicit pairs.

Poverty cutoffs are a catalog convention, not code: the shipped catalogs write them as
``household.poverty_score <= cutoff``, so a household exactly at the cutoff qualifies.
"""

from __future__ import annotations

import datetime
import importlib.resources
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import yaml

from forms.expr import ExprError, Expression, parse
from forms.expr.nodes import Call, Compare, Current, ListExpr, Literal, Membership, Name, walk
from forms.messages import LANGUAGES

Labels = Mapping[str, str]

FUNCTIONS = frozenset({"old_age", "disability", "child_family", "maternity", "sickness_health"})
FUNCTIONS |= {"unemployment", "employment_injury", "survivors", "poverty_targeted"}
UNITS = frozenset({"person", "household"})
BENEFIT_KINDS = frozenset({"cash", "in_kind", "service"})
PERIODS = frozenset({"month", "quarter", "year", "once"})
CURRENCIES: Mapping[str, frozenset[str]] = {
    "PK": frozenset({"PKR", "USD"}),
    "KH": frozenset({"KHR", "USD"}),
}

# -- rule vocabulary ----------------------------------------------------------------------

WG_NAMES: tuple[str, ...] = ("wg_seeing", "wg_hearing", "wg_walking", "wg_cognition")
WG_NAMES += ("wg_selfcare", "wg_communication")
PERSON_NAMES = frozenset({"sex", "birth_date", "age", "age_months", "marital_status"})
PERSON_NAMES |= {"relationship", "pregnant", "death_date", *WG_NAMES}
PERSON_NAMES |= {"disability_level", "severe_disability"}
HOUSEHOLD_NAMES = frozenset(
    {"household.poverty_score", "household.poverty_level", "household.size"}
)
VOCABULARY = PERSON_NAMES | HOUSEHOLD_NAMES | {"members"}
HOST_FUNCTIONS: Mapping[str, tuple[int, int | None]] = {
    "contribution_months": (1, 1),
    "enrolled": (1, 1),
    "receives": (1, 1),
}
# Coded fields and their values as the form definitions spell them ('unknown' sex is null).
_RELATIONSHIPS = frozenset({"head", "spouse", "son", "daughter", "parent", "grandchild"})
CHOICES: Mapping[str, frozenset[str]] = {
    "sex": frozenset({"male", "female", "other"}),
    "marital_status": frozenset({"never_married", "married", "widowed", "divorced"}),
    "relationship": _RELATIONSHIPS | {"sibling", "in_law", "other_relative", "not_related"},
    "household.poverty_level": frozenset({"1", "2", "none"}),
}


class CatalogError(ValueError):
    """A catalog that cannot be used; says which file, where in it and why.

    ``column`` (1-based) is set when the problem is inside a rule's text.
    """

    def __init__(self, source: str, where: str, message: str, column: int | None = None) -> None:
        self.source, self.where, self.message, self.column = source, where, message, column
        super().__init__(f"{source}: {where}: {message}")


@dataclass(frozen=True)
class Criterion:
    """One condition of a scheme, with the label shown to the clerk; all must pass."""

    id: str
    label: Labels
    rule: Expression


@dataclass(frozen=True)
class Benefit:
    """What a scheme gives; ``amount``/``currency``/``period`` are set for cash."""

    kind: str
    description: Labels
    amount: Decimal | None = None
    currency: str | None = None
    period: str | None = None


@dataclass(frozen=True)
class Scheme:
    """One social-protection scheme as the catalog describes it."""

    id: str
    names: Labels
    function: str
    contributory: bool
    unit: str
    benefit: Benefit
    criteria: tuple[Criterion, ...]
    exclusions: tuple[str, ...]
    documents: tuple[Labels, ...]
    valid_from: datetime.date
    valid_to: datetime.date | None
    version: int

    def in_force(self, day: datetime.date) -> bool:
        """Whether the scheme runs on ``day`` (both ends inclusive)."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Catalog:
    """A whole, validated catalog version; build with :func:`load_catalog`/:func:`parse_catalog`."""

    id: str
    country: str
    version: int
    published: datetime.date
    title: Labels
    note: Labels
    schemes: tuple[Scheme, ...]
    source: str = field(default="", compare=False)

    def scheme(self, scheme_id: str) -> Scheme:
        for scheme in self.schemes:
            if scheme.id == scheme_id:
                return scheme
        raise KeyError(scheme_id)

    def newer_than(self, other: Catalog) -> bool:
        """True when this is a later version of the same catalog."""
        same = (self.id, self.country) == (other.id, other.country)
        return same and self.version > other.version


def load_catalog(name: str) -> Catalog:
    """Load a shipped catalog by name ("pk", "kh"); FileNotFoundError if there is none."""
    if not _SLUG.fullmatch(name):
        raise ValueError(f"not a catalog name: {name!r}")
    resource = importlib.resources.files("forms") / "catalogs" / f"{name}.yaml"
    return parse_catalog(resource.read_text(encoding="utf-8"), f"{name}.yaml")


def parse_catalog(text: str, source: str) -> Catalog:
    """Parse and validate catalog text; raises :class:`CatalogError`."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "file"
        raise CatalogError(source, where, "not valid YAML") from None
    return _Parser(source).catalog(data)


class CatalogStore:
    """The catalog in force. A replacement is validated whole before it is swapped in."""

    def __init__(self, initial: Catalog) -> None:
        self._current = initial
        self._lock = threading.Lock()

    @property
    def current(self) -> Catalog:
        return self._current

    def replace_from_text(self, text: str, source: str) -> Catalog:
        """Parse ``text`` and make it current; on any error the previous catalog stays."""
        candidate = parse_catalog(text, source)
        with self._lock:
            current = self._current
            if (candidate.id, candidate.country) != (current.id, current.country):
                message = f"is '{candidate.id}' ({candidate.country}), the catalog in force is "
                raise CatalogError(
                    source, "catalog", f"{message}'{current.id}' ({current.country})"
                )
            if candidate == current:
                return current  # the same version delivered again: nothing to do
            if not candidate.newer_than(current):
                message = f"version {candidate.version} is not newer than version {current.version}"
                raise CatalogError(source, "version", f"{message}, the catalog in force")
            self._current = candidate
        return candidate


# -- parsing ------------------------------------------------------------------------------

_SLUG = re.compile(r"[a-z][a-z0-9_]{0,63}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANGS = frozenset(LANGUAGES)
_CATALOG_KEYS = frozenset({"catalog", "country", "version", "published", "title", "note"})
_SCHEME_KEYS = frozenset({"id", "names", "function", "contributory", "unit", "benefit"})
_SCHEME_KEYS |= {"criteria", "valid_from", "version"}
_SCHEME_OPTIONAL = frozenset({"exclusions", "documents", "valid_to"})
_BENEFIT_OPTIONAL = frozenset({"amount", "currency", "period"})


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.scheme_ids: frozenset[str] = frozenset()
        self.seen: set[str] = set()

    def fail(self, where: str, message: str, column: int | None = None) -> CatalogError:
        return CatalogError(self.source, where, message, column)

    def keys(
        self,
        where: str,
        value: object,
        required: frozenset[str],
        optional: frozenset[str] = frozenset(),
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a mapping")
        unknown = sorted(str(key) for key in value if key not in required | optional)
        if unknown:
            raise self.fail(where, f"unknown key(s): {', '.join(unknown)}")
        missing = sorted(required - value.keys())
        if missing:
            raise self.fail(where, f"missing key(s): {', '.join(missing)}")
        return value

    def labels(self, where: str, value: object) -> Labels:
        data = self.keys(where, value, _LANGS)
        for language in LANGUAGES:
            if not isinstance(data[language], str) or not data[language].strip():
                raise self.fail(f"{where}.{language}", "must be a non-empty text")
        return MappingProxyType({language: data[language] for language in LANGUAGES})

    def slug(self, where: str, value: object) -> str:
        if not isinstance(value, str) or not _SLUG.fullmatch(value):
            raise self.fail(where, "must be an id of lower-case letters, digits and '_'")
        return value

    def choice(self, where: str, value: object, allowed: frozenset[str]) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(where, f"'{value}' is not one of {', '.join(sorted(allowed))}")
        return str(value)

    def whole(self, where: str, value: object) -> int:
        if type(value) is not int or value < 1:
            raise self.fail(where, "must be a whole number of 1 or more")
        return value

    def day(self, where: str, value: object) -> datetime.date:
        if type(value) is datetime.date:
            return value
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(where, "must be a date (YYYY-MM-DD)")

    def items(self, where: str, value: object) -> Sequence[Any]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, "must be a list")
        return value

    def catalog(self, data: object) -> Catalog:
        data = self.keys("catalog", data, _CATALOG_KEYS | {"schemes"})
        country = self.choice("country", data["country"], frozenset(CURRENCIES))
        raw = self.items("schemes", data["schemes"])
        if not raw:
            raise self.fail("schemes", "a catalog needs at least one scheme")
        self.scheme_ids = frozenset(
            item["id"] for item in raw if isinstance(item, dict) and isinstance(item.get("id"), str)
        )
        schemes = tuple(self.scheme(f"schemes[{i}]", item, country) for i, item in enumerate(raw))
        self.check_exclusions(schemes)
        return Catalog(
            id=self.slug("catalog", data["catalog"]),
            country=country,
            version=self.whole("version", data["version"]),
            published=self.day("published", data["published"]),
            title=self.labels("title", data["title"]),
            note=self.labels("note", data["note"]),
            schemes=schemes,
            source=self.source,
        )

    def scheme(self, where: str, item: object, country: str) -> Scheme:
        spot = f"{where} ({item.get('id', '?') if isinstance(item, dict) else '?'})"
        data = self.keys(spot, item, _SCHEME_KEYS, _SCHEME_OPTIONAL)
        scheme_id = self.slug(f"{spot}.id", data["id"])
        if scheme_id in self.seen:
            raise self.fail(f"{spot}.id", f"duplicate scheme id '{scheme_id}'")
        self.seen.add(scheme_id)
        if type(data["contributory"]) is not bool:
            raise self.fail(f"{spot}.contributory", "must be true or false")
        valid_to = data.get("valid_to")
        scheme = Scheme(
            id=scheme_id,
            names=self.labels(f"{spot}.names", data["names"]),
            function=self.choice(f"{spot}.function", data["function"], FUNCTIONS),
            contributory=data["contributory"],
            unit=self.choice(f"{spot}.unit", data["unit"], UNITS),
            benefit=self.benefit(f"{spot}.benefit", data["benefit"], country),
            criteria=self.criteria(f"{spot}.criteria", data["criteria"]),
            exclusions=self.exclusions(f"{spot}.exclusions", data.get("exclusions"), scheme_id),
            documents=tuple(
                self.labels(f"{spot}.documents[{i}]", doc)
                for i, doc in enumerate(self.items(f"{spot}.documents", data.get("documents")))
            ),
            valid_from=self.day(f"{spot}.valid_from", data["valid_from"]),
            valid_to=None if valid_to is None else self.day(f"{spot}.valid_to", valid_to),
            version=self.whole(f"{spot}.version", data["version"]),
        )
        if scheme.valid_to is not None and scheme.valid_to < scheme.valid_from:
            raise self.fail(f"{spot}.valid_to", "is before valid_from")
        return scheme

    def benefit(self, where: str, value: object, country: str) -> Benefit:
        data = self.keys(where, value, frozenset({"kind", "description"}), _BENEFIT_OPTIONAL)
        kind = self.choice(f"{where}.kind", data["kind"], BENEFIT_KINDS)
        description = self.labels(f"{where}.description", data["description"])
        period = data.get("period")
        if period is not None:
            period = self.choice(f"{where}.period", period, PERIODS)
        if kind != "cash":
            for key in ("amount", "currency"):
                if key in data:
                    raise self.fail(f"{where}.{key}", f"only a cash benefit has an {key}")
            return Benefit(kind, description, period=period)
        for key in ("amount", "currency", "period"):
            if key not in data:
                raise self.fail(where, f"a cash benefit needs '{key}'")
        amount = data["amount"]
        if type(amount) not in (int, float) or not 0 < amount < 10**12:
            raise self.fail(f"{where}.amount", "must be a positive number")
        currency = self.choice(f"{where}.currency", data["currency"], CURRENCIES[country])
        return Benefit(kind, description, Decimal(str(amount)), currency, period)

    def criteria(self, where: str, value: object) -> tuple[Criterion, ...]:
        items = self.items(where, value)
        if not items:
            raise self.fail(where, "a scheme needs at least one criterion")
        criteria: list[Criterion] = []
        for index, item in enumerate(items):
            name = item.get("id", "?") if isinstance(item, dict) else "?"
            spot = f"{where}[{index}] ({name})"
            data = self.keys(spot, item, frozenset({"id", "label", "rule"}))
            criterion_id = self.slug(f"{spot}.id", data["id"])
            if any(c.id == criterion_id for c in criteria):
                raise self.fail(f"{spot}.id", f"duplicate criterion id '{criterion_id}'")
            label = self.labels(f"{spot}.label", data["label"])
            criteria.append(Criterion(criterion_id, label, self.rule(spot, data["rule"])))
        return tuple(criteria)

    def rule(self, where: str, source: object) -> Expression:
        if not isinstance(source, str) or not source.strip():
            raise self.fail(where, "rule must be a non-empty expression")
        try:
            expression = parse(source, extra_functions=HOST_FUNCTIONS)
        except ExprError as exc:
            column = exc.position + 1
            raise self.fail(where, f"{exc.message} at column {column}", column) from None
        problem = rule_problem(expression, self.scheme_ids)
        if problem is not None:
            message, position = problem
            raise self.fail(where, f"{message} at column {position + 1}", position + 1)
        return expression

    def exclusions(self, where: str, value: object, scheme_id: str) -> tuple[str, ...]:
        out: list[str] = []
        for index, other in enumerate(self.items(where, value)):
            spot = f"{where}[{index}]"
            if not isinstance(other, str) or other not in self.scheme_ids:
                raise self.fail(spot, f"unknown scheme '{other}'")
            if other == scheme_id or other in out:
                raise self.fail(spot, f"'{other}' is the scheme itself or listed twice")
            out.append(other)
        return tuple(out)

    def check_exclusions(self, schemes: tuple[Scheme, ...]) -> None:
        cycle = exclusion_cycle({scheme.id: scheme.exclusions for scheme in schemes})
        if cycle is not None:
            index = next(i for i, scheme in enumerate(schemes) if scheme.id == cycle[0])
            path = " -> ".join(cycle)
            message = f"exclusions form a cycle ({path}); declare mutual exclusions as pairs"
            raise self.fail(f"schemes[{index}] ({cycle[0]}).exclusions", message)


# -- static checks ------------------------------------------------------------------------


def rule_problem(expression: Expression, scheme_ids: frozenset[str]) -> tuple[str, int] | None:
    """The first thing outside the rule vocabulary, as (message, 0-based position)."""
    for node in walk(expression.tree):
        if isinstance(node, Name) and node.path not in VOCABULARY:
            return f"unknown name '{node.path}'", node.position
        if isinstance(node, Current):
            return "'.' has no meaning in a scheme rule", node.position
        if isinstance(node, Call) and node.name in HOST_FUNCTIONS:
            (arg,) = node.args
            if not (isinstance(arg, Literal) and arg.value in scheme_ids):
                message = f"{node.name}() needs the quoted id of a scheme in this catalog"
                return message, arg.position
        if isinstance(node, Compare | Membership):
            problem = _choice_problem(node)
            if problem is not None:
                return problem
    return None


def _choice_problem(node: Compare | Membership) -> tuple[str, int] | None:
    sides = [node.left, node.right]
    names = [side.path for side in sides if isinstance(side, Name) and side.path in CHOICES]
    if not names:
        return None
    allowed = CHOICES[names[0]]
    literals: list[Literal] = [side for side in sides if isinstance(side, Literal)]
    for side in sides:
        if isinstance(side, ListExpr):
            literals.extend(item for item in side.items if isinstance(item, Literal))
    for literal in literals:
        if literal.value is not None and literal.value not in allowed:
            expected = ", ".join(sorted(allowed))
            message = f"{literal.value!r} is not a value of {names[0]} (expected {expected})"
            return message, literal.position
    return None


def exclusion_cycle(edges: Mapping[str, Sequence[str]]) -> list[str] | None:
    """A simple exclusion cycle of three or more schemes, as a closed path; else None.

    The path starts at the scheme that comes first in ``edges`` (catalog order), so the error
    points at the first scheme of the cycle.
    """
    cycle = _find_cycle(edges)
    if cycle is None:
        return None
    order = {name: index for index, name in enumerate(edges)}
    ring = cycle[:-1]
    first = min(range(len(ring)), key=lambda i: order.get(ring[i], len(order)))
    ring = ring[first:] + ring[:first]
    return [*ring, ring[0]]


def _find_cycle(edges: Mapping[str, Sequence[str]]) -> list[str] | None:
    """A one-way edge u -> v lies on such a cycle exactly when v leads back to u (the way back
    cannot be the single edge v -> u). Cycles made only of two-way pairs are cycles of the
    undirected graph of pairs, found with a union-find as each pair is added.
    """
    for start, targets in edges.items():
        for target in targets:
            if start not in edges.get(target, ()):
                back = _path(edges, target, start)
                if back is not None:
                    return [start, *back]
    pairs: dict[str, list[str]] = {name: [] for name in edges}
    root = {name: name for name in edges}

    def find(name: str) -> str:
        while root[name] != name:
            name = root[name]
        return name

    for start, targets in edges.items():
        for target in targets:
            if start < target and start in edges.get(target, ()):
                if find(start) == find(target):
                    way = _path(pairs, target, start)
                    assert way is not None  # same component of a forest: connected
                    return [start, *way]
                root[find(start)] = find(target)
                pairs[start].append(target)
                pairs[target].append(start)
    return None


def _path(edges: Mapping[str, Sequence[str]], start: str, goal: str) -> list[str] | None:
    """Shortest path start -> goal (breadth first), both ends included."""
    previous: dict[str, str | None] = {start: None}
    queue = [start]
    for node in queue:
        if node == goal:
            path = [node]
            while (before := previous[path[-1]]) is not None:
                path.append(before)
            return path[::-1]
        for nxt in edges.get(node, ()):
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return None
