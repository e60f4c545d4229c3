"""Scheme catalogs: the shipped ones load whole; a broken one is refused saying where and why."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.resources
import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from forms.catalog import (
    FUNCTIONS,
    HOST_FUNCTIONS,
    Catalog,
    CatalogError,
    CatalogStore,
    exclusion_cycle,
    load_catalog,
    parse_catalog,
)
from forms.expr import ExprError, parse

URDU = re.compile(r"[\u0600-\u06ff]")
KHMER = re.compile(r"[\u1780-\u17ff]")


def _labels(text: str) -> dict[str, str]:
    return {"en": text, "ur": f"{text} اردو", "km": f"{text} ខ្មែរ"}


def _scheme(scheme_id: str, rule: str = "age >= 60", **changes: Any) -> dict[str, Any]:
    scheme: dict[str, Any] = {
        "id": scheme_id,
        "names": _labels(scheme_id),
        "function": "old_age",
        "contributory": False,
        "unit": "person",
        "benefit": {
            "kind": "cash",
            "amount": 3000,
            "currency": "PKR",
            "period": "month",
            "description": _labels("Illustrative"),
        },
        "criteria": [{"id": "age", "label": _labels("Aged 60"), "rule": rule}],
        "exclusions": [],
        "documents": [_labels("CNIC")],
        "valid_from": dt.date(2025, 7, 1),
        "valid_to": None,
        "version": 1,
    }
    scheme.update(changes)
    return scheme


def _catalog(*schemes: dict[str, Any], version: int = 1) -> dict[str, Any]:
    return {
        "catalog": "test",
        "country": "PK",
        "version": version,
        "published": dt.date(2026, 1, 15),
        "title": _labels("Test catalog"),
        "note": _labels("Illustrative example"),
        "schemes": list(schemes) or [_scheme("alpha"), _scheme("beta")],
    }


def _text(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _refused(data: dict[str, Any]) -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        parse_catalog(_text(data), "test.yaml")
    assert caught.value.source == "test.yaml"
    return caught.value


# -- the shipped catalogs -----------------------------------------------------------------


def _all_labels(catalog: Catalog) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = [("title", catalog.title), ("note", catalog.note)]
    for scheme in catalog.schemes:
        found += [(f"{scheme.id}.names", scheme.names)]
        found += [(f"{scheme.id}.benefit", scheme.benefit.description)]
        found += [(f"{scheme.id}.{c.id}", c.label) for c in scheme.criteria]
        found += [(f"{scheme.id}.documents", d) for d in scheme.documents]
    return found


@pytest.mark.parametrize(("name", "country"), [("pk", "PK"), ("kh", "KH")])
def test_a_shipped_catalog_loads_with_every_label_in_three_languages(
    name: str, country: str
) -> None:
    catalog = load_catalog(name)
    assert (catalog.id, catalog.country, catalog.source) == (name, country, f"{name}.yaml")
    assert len(catalog.schemes) >= 8
    assert "illustrative example" in catalog.note["en"].lower()
    for where, labels in _all_labels(catalog):
        assert set(labels) == {"en", "ur", "km"}, where
        assert all(text.strip() for text in labels.values()), where
        assert URDU.search(labels["ur"]), f"{where}: Urdu text is not in Urdu script"
        assert KHMER.search(labels["km"]), f"{where}: Khmer text is not in Khmer script"
    for scheme in catalog.schemes:
        assert scheme.function in FUNCTIONS
        assert scheme.benefit.description["en"].startswith("Illustrative")
        assert scheme.documents, scheme.id
        if scheme.benefit.kind == "cash":
            assert scheme.benefit.amount is not None and scheme.benefit.amount > 0
            assert scheme.benefit.currency == {"PK": "PKR", "KH": "KHR"}[country]


def test_the_shipped_catalogs_cover_the_functions_the_counter_explains() -> None:
    pk = {s.function for s in load_catalog("pk").schemes}
    kh = {s.function for s in load_catalog("kh").schemes}
    expected = {"old_age", "disability", "sickness_health", "employment_injury"}
    assert expected | {"poverty_targeted", "survivors", "child_family", "maternity"} <= pk
    assert expected | {"poverty_targeted", "child_family", "maternity"} <= kh
    assert load_catalog("pk").scheme("old_age_social").exclusions == ("eobi_old_age",)
    assert load_catalog("kh").scheme("old_age_allowance").exclusions == ("nssf_pension",)
    with pytest.raises(KeyError):
        load_catalog("pk").scheme("nope")


def test_a_scheme_is_in_force_between_its_dates_inclusive() -> None:
    scheme = parse_catalog(
        _text(_catalog(_scheme("alpha", valid_to=dt.date(2026, 6, 30)))), "t.yaml"
    ).schemes[0]
    assert not scheme.in_force(dt.date(2025, 6, 30))
    assert scheme.in_force(dt.date(2025, 7, 1))
    assert scheme.in_force(dt.date(2026, 6, 30))
    assert not scheme.in_force(dt.date(2026, 7, 1))


# -- refusals -----------------------------------------------------------------------------


def _rule_case(rule: str) -> dict[str, Any]:
    return _catalog(_scheme("alpha"), _scheme("beta", rule=rule))


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change to the default catalog: set a dotted path (list indexes as numbers)."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()
CRITERION = "schemes[1] (beta).criteria[0] (age)"


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (_set("schemes.0.eligibility", "x"), "schemes[0] (alpha)", "unknown key(s): eligibility"),
        (_set("colour", "red"), "catalog", "unknown key(s): colour"),
        (_set("schemes.0.criteria.0.hint", "x"), "schemes[0] (alpha).criteria[0] (age)", "hint"),
        (_set("schemes.0.benefit.amount_usd", 1), "schemes[0] (alpha).benefit", "amount_usd"),
        (_set("schemes.0.unit", _DELETE), "schemes[0] (alpha)", "missing key(s): unit"),
        (_set("schemes.0.function", "pension"), "schemes[0] (alpha).function", "'pension'"),
        (_set("schemes.0.unit", "family"), "schemes[0] (alpha).unit", "'family'"),
        (_set("schemes.0.benefit.kind", "voucher"), "schemes[0] (alpha).benefit.kind", "voucher"),
        (_set("schemes.0.benefit.amount", _DELETE), "schemes[0] (alpha).benefit", "'amount'"),
        (_set("schemes.0.benefit.currency", "KHR"), "schemes[0] (alpha).benefit.currency", "KHR"),
        (_set("schemes.0.names.km", _DELETE), "schemes[0] (alpha).names", "missing key(s): km"),
        (_set("schemes.0.names.fr", "x"), "schemes[0] (alpha).names", "unknown key(s): fr"),
        (_set("schemes.0.names.ur", " "), "schemes[0] (alpha).names.ur", "non-empty"),
        (_set("schemes.0.contributory", "no"), "schemes[0] (alpha).contributory", "true or"),
        (_set("schemes.0.version", 0), "schemes[0] (alpha).version", "whole number"),
        (_set("schemes.1.id", "alpha"), "schemes[1] (alpha).id", "duplicate scheme id"),
        (_set("schemes.0.id", "Alpha!"), "schemes[0] (Alpha!).id", "lower-case"),
        (_set("schemes.0.valid_from", "2025-13-01"), "schemes[0] (alpha).valid_from", "date"),
        (
            _set("schemes.0.valid_to", dt.date(2025, 1, 1)),
            "schemes[0] (alpha).valid_to",
            "before valid_from",
        ),
        (_set("schemes.0.criteria", []), "schemes[0] (alpha).criteria", "at least one"),
        (_set("country", "IN"), "country", "'IN'"),
        (_set("version", True), "version", "whole number"),
        (_set("schemes.0.exclusions", ["gamma"]), "schemes[0] (alpha).exclusions[0]", "'gamma'"),
        (_set("schemes.0.exclusions", ["alpha"]), "schemes[0] (alpha).exclusions[0]", "itself"),
    ],
)
def test_a_broken_catalog_is_refused_with_where_and_why(
    change: Callable[[dict[str, Any]], None], where: str, message: str
) -> None:
    data = _catalog()
    change(data)
    error = _refused(data)
    assert error.where == where
    assert message in error.message
    assert str(error).startswith(f"test.yaml: {where}: ")


@pytest.mark.parametrize(
    ("rule", "message", "column"),
    [
        ("age >= 60 and income < 100", "unknown name 'income'", 15),
        ("household.wealth <= 32", "unknown name 'household.wealth'", 1),
        ("count(members, salary > 0) >= 1", "unknown name 'salary'", 16),
        ("enrolled('gamma')", "enrolled() needs the quoted id of a scheme", 10),
        ("receives(sex)", "receives() needs the quoted id of a scheme", 10),
        ("sex = 'femal'", "'femal' is not a value of sex", 7),
        ("relationship in ('head', 'wife')", "'wife' is not a value of relationship", 26),
        ("household.poverty_level = 1", "1 is not a value of household.poverty_level", 27),
        ("age >= .", "'.' has no meaning in a scheme rule", 8),
    ],
)
def test_a_rule_outside_the_vocabulary_is_refused_with_its_column(
    rule: str, message: str, column: int
) -> None:
    error = _refused(_rule_case(rule))
    assert error.where == CRITERION
    assert error.message.startswith(message)
    assert error.column == column
    assert error.message.endswith(f"at column {column}")


@pytest.mark.parametrize("rule", ["age >= ", "age >= 60 and", "salary_of(age) > 1", "(age"])
def test_a_malformed_rule_is_refused_with_the_parsers_column(rule: str) -> None:
    with pytest.raises(ExprError) as parsed:
        parse(rule, extra_functions=HOST_FUNCTIONS)
    error = _refused(_rule_case(rule))
    assert error.where == CRITERION
    assert error.column == parsed.value.position + 1
    assert error.message == f"{parsed.value.message} at column {error.column}"


def test_not_yaml_is_refused_with_the_line() -> None:
    with pytest.raises(CatalogError) as caught:
        parse_catalog("catalog: pk\nschemes: [\n", "bad.yaml")
    assert caught.value.where.startswith("line ")
    with pytest.raises(CatalogError) as caught:
        parse_catalog("- just a list\n", "bad.yaml")
    assert caught.value.where == "catalog"


# -- exclusions ---------------------------------------------------------------------------


def _with_exclusions(**exclusions: list[str]) -> dict[str, Any]:
    return _catalog(*(_scheme(name, exclusions=others) for name, others in exclusions.items()))


def test_a_symmetric_exclusion_pair_is_allowed() -> None:
    data = _with_exclusions(alpha=["beta"], beta=["alpha"], gamma=["alpha"])
    catalog = parse_catalog(_text(data), "t.yaml")
    assert catalog.scheme("alpha").exclusions == ("beta",)
    assert catalog.scheme("gamma").exclusions == ("alpha",)


def test_a_cycle_of_three_exclusions_is_refused() -> None:
    error = _refused(_with_exclusions(alpha=["beta"], beta=["gamma"], gamma=["alpha"]))
    assert error.where == "schemes[0] (alpha).exclusions"
    assert "alpha -> beta -> gamma -> alpha" in error.message


def test_a_cycle_of_mutual_pairs_is_refused() -> None:
    error = _refused(
        _with_exclusions(alpha=["beta", "gamma"], beta=["alpha", "gamma"], gamma=["alpha", "beta"])
    )
    assert error.where == "schemes[0] (alpha).exclusions"
    assert "cycle (alpha -> " in error.message


@pytest.mark.parametrize(
    ("edges", "cycle"),
    [
        ({"a": ["b"], "b": ["c"], "c": []}, None),
        ({"a": ["b"], "b": ["a"]}, None),
        ({"a": ["b", "c"], "b": ["a"], "c": ["a"]}, None),
        ({"a": ["b"], "b": ["a", "c"], "c": ["a"]}, ["a", "b", "c", "a"]),
        ({"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"]}, ["b", "c", "d", "b"]),
        ({"a": ["b"], "b": ["a", "c"], "c": ["b", "a"], "d": []}, ["b", "c", "a", "b"]),
        ({"a": ["b"], "b": ["a", "c"], "c": ["b", "d"], "d": ["c", "b"]}, ["b", "c", "d", "b"]),
    ],
)
def test_exclusion_cycles_are_found_with_their_path(
    edges: dict[str, list[str]], cycle: list[str] | None
) -> None:
    found = exclusion_cycle(edges)
    if cycle is None:
        assert found is None
    else:
        assert found is not None and len(found) >= 4 and found[0] == found[-1]
        assert set(found) == set(cycle)
        assert all(b in edges[a] for a, b in zip(found, found[1:], strict=False))


# -- replacing the catalog in force -------------------------------------------------------


def test_the_store_swaps_in_a_newer_catalog() -> None:
    store = CatalogStore(parse_catalog(_text(_catalog()), "v1.yaml"))
    newer = store.replace_from_text(_text(_catalog(version=2)), "v2.yaml")
    assert store.current is newer
    assert newer.version == 2 and newer.newer_than(parse_catalog(_text(_catalog()), "v1"))


def test_the_store_keeps_the_previous_catalog_when_the_new_one_is_broken() -> None:
    current = parse_catalog(_text(_catalog()), "v1.yaml")
    store = CatalogStore(current)
    broken = _catalog(_scheme("alpha"), _scheme("beta", rule="age >= "), version=2)
    with pytest.raises(CatalogError) as caught:
        store.replace_from_text(_text(broken), "v2.yaml")
    assert caught.value.where == CRITERION
    assert store.current is current
    with pytest.raises(CatalogError):
        store.replace_from_text("schemes: [", "v3.yaml")
    assert store.current is current


def test_the_store_refuses_an_older_version() -> None:
    current = parse_catalog(_text(_catalog(version=3)), "v3.yaml")
    store = CatalogStore(current)
    with pytest.raises(CatalogError) as caught:
        store.replace_from_text(_text(_catalog(version=2)), "v2.yaml")
    assert (caught.value.source, caught.value.where) == ("v2.yaml", "version")
    assert "version 2 is not newer than version 3" in caught.value.message
    assert store.current is current


def test_the_store_accepts_the_same_version_again_only_unchanged() -> None:
    current = parse_catalog(_text(_catalog()), "v1.yaml")
    store = CatalogStore(current)
    assert store.replace_from_text(_text(_catalog()), "again.yaml") is current
    changed = _catalog(_scheme("alpha", rule="age >= 65"), _scheme("beta"))
    with pytest.raises(CatalogError) as caught:
        store.replace_from_text(_text(changed), "changed.yaml")
    assert caught.value.where == "version"
    assert store.current is current


def test_the_store_refuses_another_countrys_catalog() -> None:
    store = CatalogStore(load_catalog("pk"))
    kh = load_catalog("kh")
    resource = importlib.resources.files("forms") / "catalogs" / "kh.yaml"
    text = resource.read_text(encoding="utf-8").replace("\nversion: 1\n", "\nversion: 9\n")
    with pytest.raises(CatalogError) as caught:
        store.replace_from_text(text, "kh.yaml")
    assert caught.value.where == "catalog"
    assert store.current.id == "pk" and not kh.newer_than(store.current)


def test_a_catalog_is_data_not_shared_state() -> None:
    data = _catalog()
    before = copy.deepcopy(data)
    catalog = parse_catalog(_text(data), "t.yaml")
    assert data == before
    with pytest.raises(TypeError):
        catalog.schemes[0].names["en"] = "changed"  # type: ignore[index]
