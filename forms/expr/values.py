"""The value model: type names, coercion helpers, comparison and arithmetic.

Everything here is position-agnostic and reports problems as :class:`OperandError`; the
evaluator attaches source positions.
"""

from __future__ import annotations

import datetime
import decimal
import operator
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias

from .errors import OperandError

Value: TypeAlias = (
    None
    | bool
    | int
    | Decimal
    | str
    | datetime.date
    | tuple["Value", ...]
    | list["Value"]
    | Mapping[str, "Value"]
)
Number: TypeAlias = int | Decimal

# A private context so results never depend on whatever decimal context the host thread has
# set, and so overflow/invalid operations raise instead of producing NaN/Infinity.
DECIMAL_CONTEXT = decimal.Context(
    prec=28,
    rounding=decimal.ROUND_HALF_EVEN,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

KIND_BY_TYPE: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "number",
    Decimal: "number",
    str: "string",
    datetime.date: "date",
    list: "list",
    tuple: "list",
    dict: "record",
}
# Subclasses (IntEnum, StrEnum, OrderedDict, ...) fall through to these checks, in order;
# bool before int because bool is an int subclass, datetime before date for the same reason.
_KIND_BY_ISINSTANCE: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "boolean"),
    ((int, Decimal), "number"),
    (str, "string"),
    (datetime.datetime, "datetime"),
    (datetime.date, "date"),
    ((list, tuple), "list"),
    (Mapping, "record"),
)


def kind(value: object) -> str:
    """User-facing type name of ``value`` ("number", "string", "date", ...)."""
    name = KIND_BY_TYPE.get(type(value))
    if name is not None:
        return name
    for types, candidate in _KIND_BY_ISINSTANCE:
        if isinstance(value, types):
            return candidate
    return type(value).__name__


def is_number(value: object) -> bool:
    return kind(value) == "number"


def as_number(value: Value, arg: int = 0) -> Number:
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return value
    raise OperandError(f"expected a number, got {kind(value)}", arg)


def as_whole(value: Value, arg: int = 0) -> int:
    number = as_number(value, arg)
    if isinstance(number, int):
        return number
    if number.is_finite() and number == number.to_integral_value():
        return int(number)
    raise OperandError(f"expected a whole number, got {number}", arg)


def as_string(value: Value, arg: int = 0) -> str:
    if isinstance(value, str):
        return value
    raise OperandError(f"expected a string, got {kind(value)}", arg)


def as_date(value: Value, arg: int = 0) -> datetime.date:
    if type(value) is datetime.date:
        return value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    raise OperandError(f"expected a date, got {kind(value)}", arg)


def as_list(value: Value, arg: int = 0) -> Sequence[Value]:
    if isinstance(value, list | tuple):
        return value
    raise OperandError(f"expected a list, got {kind(value)}", arg)


def to_decimal(value: Number) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


# ---------------------------------------------------------------- comparison

_ORDERED_KINDS = frozenset({"number", "string", "date"})
_EQUALITY_KINDS = _ORDERED_KINDS | {"boolean", "list", "record"}
FAST_TYPES = frozenset({int, str, datetime.date})

COMPARISONS: dict[str, Callable[[Any, Any], Any]] = {
    "=": operator.eq,
    "==": operator.eq,
    "!=": operator.ne,
    "<>": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
EQUALITY_OPERATORS = frozenset({"=", "==", "!=", "<>"})


def equal(left: Value, right: Value) -> bool:
    """Structural equality in which values of different kinds are never equal.

    Plain ``==`` would call ``[1]`` equal to ``[true]`` because Python's bool is an int.
    """
    left_kind = kind(left)
    if left_kind != kind(right):
        return False
    if left_kind == "list":
        left_items, right_items = as_list(left), as_list(right)
        return len(left_items) == len(right_items) and all(
            equal(a, b) for a, b in zip(left_items, right_items, strict=True)
        )
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return left.keys() == right.keys() and all(equal(left[k], right[k]) for k in left)
    try:
        return bool(left == right)
    except ArithmeticError:  # signalling NaN from a host-supplied Decimal
        return False


def compare(op: str, left: Value, right: Value) -> bool:
    """Compare two known (non-None) values; mismatched types are an error, not ``False``."""
    if type(left) is type(right) and type(left) in FAST_TYPES:
        return bool(COMPARISONS[op](left, right))
    left_kind, right_kind = kind(left), kind(right)
    if left_kind != right_kind or left_kind not in _EQUALITY_KINDS:
        raise OperandError(f"cannot compare {left_kind} with {right_kind}")
    if op in EQUALITY_OPERATORS:
        return equal(left, right) == (op in ("=", "=="))
    if left_kind not in _ORDERED_KINDS:
        raise OperandError(f"cannot use '{op}' on {left_kind} values")
    try:
        return bool(COMPARISONS[op](left, right))
    except (TypeError, ArithmeticError) as exc:
        raise OperandError(f"cannot compare {left_kind} with {right_kind}: {exc}") from None


def order_key_kind(values: Sequence[Value]) -> str:
    """Check that ``values`` can be ordered together (for min/max) and return their kind."""
    kinds = {kind(value) for value in values}
    if len(kinds) != 1 or not kinds <= _ORDERED_KINDS:
        raise OperandError("cannot order " + " and ".join(sorted(kinds)) + " values together")
    return kinds.pop()


# ---------------------------------------------------------------- arithmetic


def _int_divide(left: int, right: int) -> Decimal:
    return DECIMAL_CONTEXT.divide(Decimal(left), Decimal(right))


def _int_remainder(left: int, right: int) -> int:
    # Truncated remainder (sign follows the dividend), matching Decimal and XPath `mod`.
    remainder = abs(left) % abs(right)
    return -remainder if left < 0 else remainder


_INT_OPERATIONS: dict[str, Callable[[int, int], Number]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": _int_divide,
    "%": _int_remainder,
}
_DECIMAL_OPERATIONS: dict[str, Callable[[Decimal, Decimal], Decimal]] = {
    "+": DECIMAL_CONTEXT.add,
    "-": DECIMAL_CONTEXT.subtract,
    "*": DECIMAL_CONTEXT.multiply,
    "/": DECIMAL_CONTEXT.divide,
    "%": DECIMAL_CONTEXT.remainder,
}
_DIVISIONS = frozenset({"/", "%"})


def arithmetic(op: str, left: Value, right: Value) -> Number:
    """Apply a binary arithmetic operator to two known (non-None) values."""
    if type(left) is int and type(right) is int:
        if op in _DIVISIONS and right == 0:
            raise OperandError("division by zero")
        return _INT_OPERATIONS[op](left, right)
    if not (is_number(left) and is_number(right)):
        raise OperandError(f"cannot apply '{op}' to {kind(left)} and {kind(right)}")
    left_number, right_number = as_number(left), as_number(right)
    if op in _DIVISIONS and right_number == 0:
        raise OperandError("division by zero")
    try:
        return _DECIMAL_OPERATIONS[op](to_decimal(left_number), to_decimal(right_number))
    except ArithmeticError as exc:
        raise OperandError(f"arithmetic error in '{op}': {type(exc).__name__}") from None


def negate(value: Value) -> Number:
    number = as_number(value)
    return -number if isinstance(number, int) else number.copy_negate()


def truth_of(value: Value) -> bool | None:
    """Kleene truth value; anything other than true/false/null is a type error."""
    if value is None or value is True or value is False:
        return value
    raise OperandError(f"expected true/false, got {kind(value)}")
