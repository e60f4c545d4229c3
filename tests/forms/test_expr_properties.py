"""Property-based tests for forms.expr: robustness of the parser/evaluator and Kleene laws."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from forms.expr import EvalError, ExprError, Expression, Scope, Value, parse

TODAY = dt.date(2024, 5, 1)
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---------------------------------------------------------------- arbitrary text

TOKEN_SOUP = [
    *"()[],.=<>+-*/%",
    "==",
    "!=",
    "<>",
    "<=",
    ">=",
    "and",
    "or",
    "not",
    "in",
    "true",
    "false",
    "null",
    "a",
    "members",
    "household.size",
    "1",
    "2.5",
    "'s'",
    '"t"',
    "count",
    "any",
    "age_years",
    "matches",
    "date",
    "if",
    "today",
    "'2024-02-30'",
    "'('",
]


@FAST
@given(st.text(max_size=120))
def test_parse_arbitrary_text_raises_only_expr_error(text: str) -> None:
    try:
        parse(text)
    except ExprError as exc:
        assert 0 <= exc.position <= len(text)
        assert exc.source == text


@FAST
@given(st.lists(st.sampled_from(TOKEN_SOUP), max_size=30).map(" ".join))
def test_parse_token_soup_raises_only_expr_error(text: str) -> None:
    try:
        parse(text)
    except ExprError as exc:
        assert 0 <= exc.position <= len(text)


# ---------------------------------------------------------------- valid expressions

NAMES = ["a", "b", "n", "s", "d", "members", "household"]
BINARY_OPERATORS = [
    *["+", "-", "*", "/", "%"],
    *["=", "!=", "<", "<=", ">", ">="],
    *["and", "or"],
]
UNARY_FUNCTIONS = [
    "year",
    "month",
    "day",
    "len",
    "lower",
    "upper",
    "trim",
    "is_set",
    "present",
    "abs",
    "round",
    "int",
    "number",
    "string",
    "count_selected",
    "age_years",
    "age_months",
    "date",
    "count",
    "sum",
    "max_of",
    "coalesce",
]
BINARY_FUNCTIONS = [
    "age_years",
    "age_months",
    "days_between",
    "add_days",
    "concat",
    "contains",
    "starts_with",
    "ends_with",
    "selected",
    "min",
    "max",
    "round",
    "coalesce",
    "count",
    "any",
    "all",
    "sum",
    "min_of",
    "max_of",
]

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
short_text = st.text(alphabet="ab z'\"\\-", max_size=5)
decimals = st.decimals(
    min_value=-10_000, max_value=10_000, places=2, allow_nan=False, allow_infinity=False
)


def quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


leaves = st.one_of(
    st.sampled_from([*NAMES, "household.size", "b.a", ".", "null", "true", "false", "today()"]),
    st.integers(-1000, 1000).map(str),
    decimals.map(lambda value: format(value, "f")),
    short_text.map(quote),
    dates.map(lambda value: f"date('{value.isoformat()}')"),
)


def extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def call(name: str, *args: str) -> str:
        return f"{name}({', '.join(args)})"

    return st.one_of(
        st.tuples(children, st.sampled_from(BINARY_OPERATORS), children).map(
            lambda parts: f"({parts[0]} {parts[1]} {parts[2]})"
        ),
        children.map(lambda child: f"(not {child})"),
        children.map(lambda child: f"(-{child})"),
        st.tuples(st.sampled_from(UNARY_FUNCTIONS), children).map(lambda p: call(*p)),
        st.tuples(st.sampled_from(BINARY_FUNCTIONS), children, children).map(lambda p: call(*p)),
        st.tuples(children, children, children).map(lambda p: call("if", *p)),
        children.map(lambda child: call("matches", child, "'[a-z ]*'")),
        st.lists(children, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
        st.tuples(children, st.sampled_from(["in", "not in"]), st.lists(children, max_size=3)).map(
            lambda p: f"({p[0]} {p[1]} ({', '.join(p[2])}))"
        ),
    )


expressions = st.recursive(leaves, extend, max_leaves=10)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    decimals,
    short_text,
    dates,
)
records = st.dictionaries(st.sampled_from(["a", "b", "n", "s", "d", "size"]), scalars, max_size=4)
values = st.one_of(
    scalars,
    records,
    st.lists(records, max_size=3),
    st.lists(scalars, max_size=3),
)
scopes = st.dictionaries(st.sampled_from([*NAMES, "."]), values, max_size=len(NAMES) + 1).map(
    lambda mapping: Scope(mapping, TODAY)
)


def is_value(value: object) -> bool:
    if value is None or isinstance(value, bool | int | Decimal | str | dt.date):
        return not isinstance(value, float)
    if isinstance(value, list | tuple):
        return all(is_value(item) for item in value)
    if isinstance(value, Mapping):
        return all(isinstance(key, str) and is_value(item) for key, item in value.items())
    return False


def parsed(source: str) -> Expression:
    try:
        return parse(source)
    except ExprError as exc:
        # Only the nesting limit and date('<random text>') may reject a generated expression.
        assert "nested" in exc.message or "invalid date" in exc.message, (source, exc)
        assume(False)
        raise


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions, scopes)
def test_generated_expressions_raise_only_eval_error(source: str, scope: Scope) -> None:
    expression = parsed(source)
    try:
        result = expression.evaluate(scope)
    except EvalError as exc:
        assert exc.source == source
        assert 0 <= exc.position < len(source)
        return
    assert is_value(result), result
    assert expression.evaluate(scope) == result  # evaluation is deterministic


@FAST
@given(expressions)
def test_names_are_reported_for_generated_expressions(source: str) -> None:
    expression = parsed(source)
    assert expression.names() <= {*NAMES, "household.size", "b.a"}
    assert expression.functions() <= {*UNARY_FUNCTIONS, *BINARY_FUNCTIONS, "if", "matches", "today"}


# ---------------------------------------------------------------- Kleene laws

TRUTH_VALUES = [True, False, None]


def kleene(source: str, a: bool | None, b: bool | None) -> Value:
    return parse(source).evaluate(Scope({"a": a, "b": b}, TODAY))


def test_kleene_laws_exhaustively() -> None:
    for a, b in itertools.product(TRUTH_VALUES, repeat=2):
        assert kleene("a and b", a, b) is kleene("b and a", a, b)
        assert kleene("a or b", a, b) is kleene("b or a", a, b)
        assert kleene("not (a and b)", a, b) is kleene("(not a) or (not b)", a, b)
        assert kleene("not (a or b)", a, b) is kleene("(not a) and (not b)", a, b)
        assert kleene("not not a", a, b) is a


truth_values = st.sampled_from(TRUTH_VALUES)
atoms = st.one_of(
    st.sampled_from(["a", "b", "true", "false", "null", "is_set(s)"]),
    st.tuples(
        st.sampled_from(["n", "1", "null"]),
        st.sampled_from(["=", "!=", "<", ">="]),
        st.sampled_from(["n", "0", "2"]),
    ).map(" ".join),
    st.sampled_from(["s = 'x'", "s in ('x', null)", "contains(s, 'y')", "b in (true, null)"]),
)
conditions = st.recursive(
    atoms,
    lambda children: st.one_of(
        st.tuples(children, st.sampled_from(["and", "or"]), children).map(
            lambda p: f"({p[0]} {p[1]} {p[2]})"
        ),
        children.map(lambda child: f"not ({child})"),
        st.tuples(children, children, children).map(lambda p: f"if({p[0]}, {p[1]}, {p[2]})"),
    ),
    max_leaves=6,
)
condition_scopes = st.fixed_dictionaries(
    {
        "a": truth_values,
        "b": truth_values,
        "n": st.none() | st.integers(-1, 3),
        "s": st.none() | st.sampled_from(["", "x", "xy"]),
    }
).map(lambda mapping: Scope(mapping, TODAY))


@FAST
@given(conditions, conditions, condition_scopes)
def test_kleene_laws_on_generated_conditions(left: str, right: str, scope: Scope) -> None:
    def run(template: str) -> Value:
        return parse(template.format(p=left, q=right)).evaluate(scope)

    assert run("({p}) and ({q})") is run("({q}) and ({p})")
    assert run("({p}) or ({q})") is run("({q}) or ({p})")
    assert run("not (({p}) and ({q}))") is run("(not ({p})) or (not ({q}))")
    assert run("not (({p}) or ({q}))") is run("(not ({p})) and (not ({q}))")
    assert run("({p}) or not ({p})") in (True, None)  # excluded middle fails only on unknown
