"""Table-driven tests for the form expression language (forms.expr)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import pytest

from forms.expr import EvalError, ExprError, Expression, Scope, Value, parse, truth

TODAY = dt.date(2024, 5, 1)

MEMBERS: list[Value] = [
    {"name": "Ana", "birth_date": dt.date(2021, 6, 1), "disability_level": 0, "income": 0},
    {"name": "Ben", "birth_date": dt.date(1990, 1, 15), "disability_level": None, "income": 120},
    {"name": "Cy", "birth_date": dt.date(1950, 3, 3), "disability_level": 4, "income": 35},
]

VALUES: dict[str, Value] = {
    "n": 7,
    "zero": 0,
    "price": Decimal("12.50"),
    "name": "  Maria Lopez ",
    "unknown": None,
    "empty": "",
    "dob": dt.date(1964, 5, 1),
    "leap": dt.date(2000, 2, 29),
    "yes": True,
    "no": False,
    "choices": ["water", "food"],
    "choices_text": "water food shelter",
    "members": MEMBERS,
    "household": {"poverty_score": 21, "region": {"code": "N1"}},
    "household.size": 5,
    ".": "answer",
}


def evaluate(
    source: str,
    values: Mapping[str, Value] | None = None,
    functions: Mapping[str, Callable[..., Value]] | None = None,
    extra: Mapping[str, tuple[int, int | None]] | None = None,
) -> Value:
    scope = Scope(VALUES if values is None else values, TODAY, functions or {})
    return parse(source, extra_functions=extra).evaluate(scope)


def same_value(actual: Value, expected: Value) -> bool:
    """Equal *and* of the same type, so 5 != Decimal(5) and 1 != True here."""
    return type(actual) is type(expected) and actual == expected


# ---------------------------------------------------------------- evaluation

EVALUATION_CASES: list[tuple[str, Value]] = [
    # literals
    ("42", 42),
    ("12.5", Decimal("12.5")),
    ("-3", -3),
    ("'it\\'s'", "it's"),
    ('"say \\"hi\\""', 'say "hi"'),
    ("'back\\\\slash'", "back\\slash"),
    ("TRUE", True),
    ("False", False),
    ("null", None),
    ("[1, 'a']", (1, "a")),
    ("(1, 2,)", (1, 2)),
    ("[]", ()),
    # arithmetic
    ("1 + 2 * 3", 7),
    ("(1 + 2) * 3", 9),
    ("10 - 4 - 3", 3),
    ("10 / 4", Decimal("2.5")),
    ("10 / 2", Decimal("5")),
    ("0.1 + 0.2", Decimal("0.3")),
    ("price * 2", Decimal("25.00")),
    ("7 % 3", 1),
    ("-7 % 3", -1),
    ("7.5 % 2", Decimal("1.5")),
    ("- n", -7),
    ("--n", 7),
    ("+n", 7),
    # comparisons
    ("n = 7", True),
    ("n == 7.0", True),
    ("n != 7", False),
    ("n <> 8", True),
    ("price >= 12.5", True),
    ("'abc' < 'abd'", True),
    ("dob < date('2000-01-01')", True),
    ("yes = true", True),
    ("[1, 2] = [1, 2]", True),
    ("[1] = [true]", False),  # bool is not a number, even inside lists
    ("[1] in ([true], [1.0])", True),
    # membership
    ("n in (1, 7)", True),
    ("n not in (1, 7)", False),
    ("'b' in ('a', 'b', 3)", True),
    ("'3' in ('a', 'b', 3)", False),
    ("n in ('7')", False),
    ("'water' in choices", True),
    ("'x' in [n, 'x']", True),
    ("5 in (1, null)", None),
    ("1 in (1, null)", True),
    ("-1 in (-1, 0)", True),
    # logic
    ("n > 5 and yes", True),
    ("not n > 5", False),
    ("no or not no", True),
    ("no and 1 / zero = 1", False),  # short-circuit: the division never runs
    ("yes or 1 / zero = 1", True),
    # names
    ("household.poverty_score", 21),
    ("household.region.code", "N1"),
    ("household.size", 5),
    ("household.missing", None),
    ("missing.field", None),
    ("not_a_field", None),
    (". = 'answer'", True),
    ("unknown", None),
    # functions: dates
    ("today()", TODAY),
    ("date('2024-02-29')", dt.date(2024, 2, 29)),
    ("date(dob)", dt.date(1964, 5, 1)),
    ("age_years(dob)", 60),
    ("age_months(dob, date('1965-04-30'))", 11),
    ("age_months(leap, date('2000-03-29'))", 1),
    ("days_between(date('2024-02-28'), date('2024-03-01'))", 2),
    ("days_between(date('2024-03-01'), date('2024-02-28'))", -2),
    ("year(dob)", 1964),
    ("month(dob)", 5),
    ("day(dob)", 1),
    ("add_days(date('2024-02-28'), 2)", dt.date(2024, 3, 1)),
    ("add_days(date('2024-03-01'), -1)", dt.date(2024, 2, 29)),
    # functions: text
    ("len(name)", 14),
    ("len(choices)", 2),
    ("lower('ÀB')", "àb"),
    ("upper(trim(name))", "MARIA LOPEZ"),
    ("concat('a', 1, 2.50, yes, dob)", "a12.50true1964-05-01"),
    ("contains(name, 'Lopez')", True),
    ("starts_with(trim(name), 'Mar')", True),
    ("ends_with(name, 'z')", False),
    ("matches('AB-123', '[A-Z]{2}-[0-9]{3}')", True),
    ("matches('AB-1234', '[A-Z]{2}-[0-9]{3}')", False),
    ("selected(choices, 'food')", True),
    ("selected(choices_text, 'shelter')", True),
    ("selected(choices_text, 'cash')", False),
    ("count_selected(choices_text)", 3),
    ("count_selected(choices)", 2),
    # functions: presence and control
    ("is_set(unknown)", False),
    ("is_set(empty)", False),
    ("present(n)", True),
    ("present([])", False),
    ("is_set(no)", True),
    ("coalesce(unknown, empty, 3)", ""),
    ("coalesce(unknown, null)", None),
    ("if(n > 5, 'big', 'small')", "big"),
    ("if(no, 1 / zero, 2)", 2),
    # functions: numbers
    ("min(3, 1.5, 2)", Decimal("1.5")),
    ("max(3, 1.5, 2)", 3),
    ("max('a', 'b')", "b"),
    ("min(dob, leap)", dt.date(1964, 5, 1)),
    ("abs(-4)", 4),
    ("abs(-4.25)", Decimal("4.25")),
    ("round(2.5)", 3),
    ("round(-2.5)", -3),
    ("round(2.345, 2)", Decimal("2.35")),
    ("round(1250, -2)", 1300),
    ("int(7.9)", 7),
    ("int(-7.9)", -7),
    ("int('42')", 42),
    ("int(yes)", 1),
    ("number(' 3.25 ')", Decimal("3.25")),
    ("number('12')", Decimal("12")),
    ("string(1 / 4)", "0.25"),
    ("string(dob)", "1964-05-01"),
    ("string(no)", "false"),
    # aggregates
    ("count(members)", 3),
    ("count(members, age_years(birth_date) < 5)", 1),
    ("count(members, income > 100)", 1),
    ("any(members, disability_level >= 3)", True),
    ("all(members, income >= 0)", True),
    ("sum(members, income)", 155),
    ("sum([1, 2.5])", Decimal("3.5")),
    ("sum([])", 0),
    ("min_of(members, birth_date)", dt.date(1950, 3, 3)),
    ("max_of(members, income)", 120),
    ("max_of([])", None),
    ("count(members, income > n * 10)", 1),  # n resolves in the outer scope
    ("count(choices, . = 'water')", 1),  # non-record items are visible as "."
    ("any(members, any(members, income > 100))", True),
]


@pytest.mark.parametrize(("source", "expected"), EVALUATION_CASES)
def test_evaluates(source: str, expected: Value) -> None:
    result = evaluate(source)
    assert same_value(result, expected), f"{source!r} gave {result!r}, expected {expected!r}"


def test_decimal_literals_are_never_float() -> None:
    tree_value = evaluate("1.10")
    assert isinstance(tree_value, Decimal)
    assert str(tree_value) == "1.10"


# ---------------------------------------------------------------- three-valued logic

KLEENE_AND = {
    (True, True): True,
    (True, False): False,
    (True, None): None,
    (False, True): False,
    (False, False): False,
    (False, None): False,
    (None, True): None,
    (None, False): False,
    (None, None): None,
}
KLEENE_OR = {
    (True, True): True,
    (True, False): True,
    (True, None): True,
    (False, True): True,
    (False, False): False,
    (False, None): None,
    (None, True): True,
    (None, False): None,
    (None, None): None,
}


@pytest.mark.parametrize(("a", "b"), list(itertools.product([True, False, None], repeat=2)))
def test_kleene_truth_tables(a: bool | None, b: bool | None) -> None:
    values: dict[str, Value] = {"a": a, "b": b}
    assert evaluate("a and b", values) is KLEENE_AND[a, b]
    assert evaluate("a or b", values) is KLEENE_OR[a, b]
    assert evaluate("not a", values) is (None if a is None else not a)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("false and null", False),
        ("null and false", False),
        ("true or null", True),
        ("null or true", True),
        ("true and null", None),
        ("not null", None),
        ("null and true and false", False),
        ("false or null or false", None),
    ],
)
def test_kleene_literals(source: str, expected: bool | None) -> None:
    assert evaluate(source) is expected


NONE_PROPAGATING = [
    "unknown + 1",
    "1 - unknown",
    "unknown * 0",
    "unknown / 0",
    "-unknown",
    "unknown = 1",
    "unknown != unknown",
    "unknown < date('2024-01-01')",
    "unknown in (1, 2)",
    "unknown not in (1, 2)",
    "1 in unknown",
    "if(unknown, 1, 2)",
    "age_years(unknown)",
    "age_years(dob, unknown)",
    "year(unknown)",
    "add_days(dob, unknown)",
    "len(unknown)",
    "lower(unknown)",
    "concat('a', unknown)",
    "contains(unknown, 'a')",
    "matches(unknown, 'a')",
    "selected(unknown, 'a')",
    "min(1, unknown)",
    "round(unknown)",
    "number(unknown)",
    "string(unknown)",
    "count(unknown)",
    "count(unknown, true)",
    "any(unknown, true)",
    "sum(unknown)",
    "sum([1, null])",
    "household.poverty_score + unknown",
]


@pytest.mark.parametrize("source", NONE_PROPAGATING)
def test_none_propagates(source: str) -> None:
    assert evaluate(source) is None


def test_presence_functions_never_return_none() -> None:
    for source in ("is_set(unknown)", "present(unknown)", "is_set(null)"):
        assert evaluate(source) is False


# ---------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2001-02-28", 0),
        ("2001-03-01", 1),
        ("2003-02-28", 2),
        ("2004-02-28", 3),
        ("2004-02-29", 4),
        ("2000-02-29", 0),
    ],
)
def test_age_of_leap_day_birth(on: str, expected: int) -> None:
    assert evaluate(f"age_years(leap, date('{on}'))") == expected


def test_birth_after_reference_date_is_unknown() -> None:
    assert evaluate("age_years(date('2030-01-01'))") is None
    assert evaluate("age_months(date('2030-01-01'))") is None


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (dt.date(1964, 5, 1), True),  # 60th birthday is today
        (dt.date(1964, 5, 2), False),  # tomorrow
        (dt.date(1964, 4, 30), True),
    ],
)
def test_exactly_sixty_today(birth: dt.date, expected: bool) -> None:
    assert evaluate("age_years(dob) >= 60", {"dob": birth}) is expected


# ---------------------------------------------------------------- aggregates with unknowns

HOUSEHOLD: list[Value] = [
    {"age": 3, "disability_level": None},
    {"age": 40, "disability_level": 3},
    {"age": 70, "disability_level": 1},
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("count(members, disability_level >= 3)", None),
        ("count(members, age > 60)", 1),
        ("any(members, disability_level >= 3)", True),
        ("any(members, disability_level >= 4)", None),
        ("all(members, disability_level >= 1)", None),
        ("all(members, disability_level >= 2)", False),
        ("sum(members, disability_level)", None),
        ("sum(members, age)", 113),
        ("count(members, is_set(disability_level))", 2),
        ("count(members, coalesce(disability_level, 0) >= 1)", 2),
        ("max_of(members, disability_level)", None),
    ],
)
def test_aggregates_with_unknown_field(source: str, expected: Value) -> None:
    assert same_value(evaluate(source, {"members": HOUSEHOLD}), expected)


def test_item_field_set_to_none_does_not_fall_back_to_outer_field() -> None:
    values: dict[str, Value] = {"members": HOUSEHOLD, "disability_level": 9}
    assert evaluate("count(members, disability_level >= 3)", values) is None
    assert evaluate("count(members, age < outer)", {"members": HOUSEHOLD, "outer": 50}) == 2


def test_empty_collections() -> None:
    empty: dict[str, Value] = {"members": []}
    assert evaluate("count(members, age > 1)", empty) == 0
    assert evaluate("any(members, age > 1)", empty) is False
    assert evaluate("all(members, age > 1)", empty) is True


# ---------------------------------------------------------------- names and functions


def test_names_functions_and_item_names() -> None:
    expression = parse(
        "age_years(dob) >= 60 and household.size > 2 and "
        "count(members, age_years(birth_date) < 5 and income < threshold) > 0 and . != ''"
    )
    assert expression.names() == frozenset({"dob", "household.size", "members"})
    assert expression.item_names() == frozenset({"birth_date", "income", "threshold"})
    assert expression.functions() == frozenset({"age_years", "count"})
    assert expression.uses_current()
    assert not parse("a + 1").uses_current()


def test_dotted_lookup_prefers_full_key() -> None:
    values: dict[str, Value] = {"household.size": 9, "household": {"size": 4}}
    assert evaluate("household.size", values) == 9
    assert evaluate("household.size", {"household": {"size": 4}}) == 4


# ---------------------------------------------------------------- host functions

ENROLLED = {"enrolled": (1, 1), "score": (0, None)}


def test_host_function_is_called_with_evaluated_arguments() -> None:
    calls: list[tuple[Value, ...]] = []

    def enrolled(*args: Value) -> Value:
        calls.append(args)
        return args[0] == "pension"

    result = evaluate(
        "enrolled(concat('pen', 'sion')) and not enrolled('cash')",
        functions={"enrolled": enrolled},
        extra=ENROLLED,
    )
    assert result is True
    assert calls == [("pension",), ("cash",)]


def test_host_function_float_result_becomes_decimal() -> None:
    def score(*_args: Value) -> Any:  # hosts are not always well typed
        return 0.1

    result = evaluate("score(1, 2) * 2", functions={"score": score}, extra=ENROLLED)
    assert same_value(result, Decimal("0.2"))


def test_host_function_failure_becomes_eval_error() -> None:
    def broken(_scheme: Value) -> Value:
        raise RuntimeError("registry offline")

    with pytest.raises(EvalError) as info:
        evaluate("n > 1 and enrolled('x')", functions={"enrolled": broken}, extra=ENROLLED)
    assert info.value.position == 10
    assert "registry offline" in info.value.message


def test_host_function_missing_at_evaluation() -> None:
    with pytest.raises(EvalError, match="not available"):
        evaluate("enrolled('x')", extra=ENROLLED)


def test_host_function_unsupported_result() -> None:
    def enrolled(_scheme: Value) -> Any:
        return object()

    with pytest.raises(EvalError, match="returned an unsupported object"):
        evaluate("enrolled('x')", functions={"enrolled": enrolled}, extra=ENROLLED)


def test_host_function_must_be_declared_and_arity_checked() -> None:
    with pytest.raises(ExprError, match="unknown function 'enrolled'"):
        parse("enrolled('x')")
    with pytest.raises(ExprError, match="enrolled takes 1 argument, got 2"):
        parse("enrolled('x', 'y')", extra_functions=ENROLLED)


@pytest.mark.parametrize(
    "extra",
    [{"count": (1, 1)}, {"bad name": (0, 0)}, {"and": (0, 0)}, {"f": (2, 1)}, {"f": (-1, 0)}],
)
def test_invalid_extra_functions_are_rejected(extra: dict[str, tuple[int, int | None]]) -> None:
    with pytest.raises(ValueError):
        parse("1", extra_functions=extra)


# ---------------------------------------------------------------- errors

PARSE_ERRORS: list[tuple[str, int, str]] = [
    ("(1 + 2", 6, "expected ')' but found end of expression"),
    ("1 +", 3, "expected a value but found end of expression"),
    ("agee_years(x)", 0, "unknown function 'agee_years'"),
    ("x = age_years(a, b, c)", 4, "age_years takes 1 to 2 arguments, got 3"),
    ("today(1)", 0, "today takes no arguments, got 1"),
    ("concat()", 0, "concat takes at least 1 argument, got 0"),
    ("a = = b", 4, "expected a value but found '='"),
    ("'abc", 0, "unterminated string"),
    ("'a\\qb'", 2, "unknown escape '\\q' in string"),
    ("a # b", 2, "unexpected character '#'"),
    ("a b", 2, "expected end of expression but found 'b'"),
    ("a < b < c", 6, "comparisons cannot be chained; combine them with 'and'"),
    ("a = not b", 4, "'not' must be put in parentheses here"),
    ("date('2023-02-29')", 5, "invalid date '2023-02-29', expected YYYY-MM-DD"),
    ("matches(a, '(')", 11, "invalid pattern: missing ), unterminated subpattern at position 0"),
    ("matches(a, b)", 11, "matches() needs a string literal as its pattern"),
    ("x in [1, 2", 10, "expected ']' but found end of expression"),
    ("count(members, 1 +)", 18, "expected a value but found ')'"),
    ("household.size(1)", 0, "unknown function 'household.size'"),
    ("()", 1, "expected a value but found ')'"),
    ("a 'b'", 2, "expected end of expression but found string 'b'"),
    ("1 && 2", 2, "unexpected character '&'; use 'and'"),
    ("a\x07", 1, "control character U+0007 is not allowed"),
    ("'\u202e'", 1, "control character U+202E is not allowed"),
]


@pytest.mark.parametrize(("source", "position", "message"), PARSE_ERRORS)
def test_parse_error_position_and_message(source: str, position: int, message: str) -> None:
    with pytest.raises(ExprError) as info:
        parse(source)
    assert info.value.position == position
    assert info.value.message == message
    assert info.value.source == source


EVAL_ERRORS: list[tuple[str, int, str]] = [
    ("1 / (n - n)", 2, "division by zero"),
    ("n % zero", 2, "division by zero"),
    ("1.5 / zero", 4, "division by zero"),
    ("dob < 5", 4, "cannot compare date with number"),
    ("yes < no", 4, "cannot use '<' on boolean values"),
    ("name = 3", 5, "cannot compare string with number"),
    ("'a' + 1", 4, "cannot apply '+' to string and number"),
    ("-name", 0, "unary '-': expected a number, got string"),
    ("n and yes", 0, "expected true/false, got number"),
    ("yes and n", 8, "expected true/false, got number"),
    ("not n", 4, "expected true/false, got number"),
    ("if(n, 1, 2)", 3, "expected true/false, got number"),
    ("lower(n)", 6, "lower: expected a string, got number"),
    ("add_days(dob, 1.5)", 14, "add_days: expected a whole number, got 1.5"),
    ("date(name)", 5, "date: invalid date '  Maria Lopez '"),
    ("number('12abc')", 0, "number: not a number: '12abc'"),
    ("count(n)", 6, "count: expected a list, got number"),
    ("count(members, income)", 15, "expected true/false, got number"),
    ("n in name", 5, "'in' needs a list, got string"),
    ("household.poverty_score.x", 0, "household.poverty_score.x: cannot look up 'x' in number"),
    ("min(1, 'a')", 0, "min: cannot order number and string values together"),
    ("round(n, 99)", 9, "round: round digits must be between -20 and 20, got 99"),
    ("add_days(date('9999-12-31'), 1)", 0, "add_days: date value out of range"),
]


@pytest.mark.parametrize(("source", "position", "message"), EVAL_ERRORS)
def test_eval_error_position_and_message(source: str, position: int, message: str) -> None:
    with pytest.raises(EvalError) as info:
        evaluate(source)
    assert info.value.position == position
    assert info.value.message == message
    assert info.value.source == source


def test_error_string_shows_column_and_source() -> None:
    with pytest.raises(ExprError) as info:
        parse("(1 + 2")
    assert str(info.value) == "expected ')' but found end of expression at column 7: '(1 + 2'"


# ---------------------------------------------------------------- limits


def test_source_length_limit() -> None:
    parse("1" + " " * 3999)
    with pytest.raises(ExprError, match="longer than 4000") as info:
        parse("1" + " " * 4000)
    assert info.value.position == 4000


def test_token_limit() -> None:
    parse(" + ".join(["1"] * 32))  # 63 tokens
    many = "x in (" + ", ".join(["1"] * 497) + ")"  # 3 + 497 + 496 + 1 = 997 tokens
    assert evaluate(many, {"x": 1}) is True
    too_many = "x in (" + ", ".join(["1"] * 499) + ")"
    with pytest.raises(ExprError, match="more than 1000 tokens"):
        parse(too_many)


def test_nesting_limit() -> None:
    assert evaluate("(" * 63 + "1" + ")" * 63) == 1
    with pytest.raises(ExprError, match="nested more than 64 levels") as info:
        parse("(" * 65 + "1" + ")" * 65)
    assert info.value.position == 64
    assert evaluate("-" * 63 + "n", {"n": 1}) == -1
    with pytest.raises(ExprError, match="nested"):
        parse("-" * 70 + "n")


def test_long_left_nested_chains() -> None:
    assert evaluate(" + ".join(["1"] * 64)) == 64
    with pytest.raises(ExprError, match="nested"):
        parse(" + ".join(["1"] * 80))
    # and/or chains are flattened, so long rule lists are fine
    assert evaluate(" or ".join(["false"] * 200) + " or true") is True


def test_match_subject_limit() -> None:
    with pytest.raises(EvalError, match="longer than 10000"):
        evaluate("matches(s, 'a*')", {"s": "a" * 10_001})
    assert evaluate("matches(s, 'a*')", {"s": "a" * 10_000}) is True


def test_pattern_length_limit() -> None:
    with pytest.raises(ExprError, match="longer than 200"):
        parse("matches(s, '" + "a" * 201 + "')")


# ---------------------------------------------------------------- public surface


def test_unicode_identifiers_and_whitespace() -> None:
    values: dict[str, Value] = {"âge": 5, "नाम": "x"}
    assert evaluate("âge >= 5\n\tand\r\nनाम = 'x'", values) is True


def test_keywords_are_case_insensitive() -> None:
    assert evaluate("NOT False AND True Or NULL") is True


def test_expression_is_immutable_value_object() -> None:
    first, second = parse("n + 1"), Expression("n + 1")
    assert first == second
    assert hash(first) == hash(second)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.source = "n + 2"  # type: ignore[misc]
    assert first.evaluate(Scope({"n": 1}, TODAY)) == 2


def test_scope_child_falls_back_to_parent() -> None:
    parent = Scope({"a": 1, "b": 2}, TODAY, {"f": lambda: 1})
    child = parent.child({"a": 10})
    assert child.lookup("a") == 10
    assert child.lookup("b") == 2
    assert child.lookup("c") is None
    assert child.today == TODAY
    assert child.functions is parent.functions


@pytest.mark.parametrize(("value", "expected"), [(True, True), (False, False), (None, None)])
def test_truth(value: Value, expected: bool | None) -> None:
    assert truth(value) is expected


@pytest.mark.parametrize("value", [1, "yes", Decimal(0), [True]])
def test_truth_rejects_non_booleans(value: Value) -> None:
    with pytest.raises(EvalError, match="expected true/false"):
        truth(value)
