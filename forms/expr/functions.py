"""Built-in functions that take already-evaluated arguments.

Functions that must control how their arguments are evaluated (``if``, ``coalesce``,
``matches``, ``today`` and the aggregates) live in :mod:`.special`; their arity is declared
here too so the parser has a single table to validate calls against.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .errors import OperandError
from .values import (
    DECIMAL_CONTEXT,
    Number,
    Value,
    as_date,
    as_list,
    as_number,
    as_string,
    as_whole,
    kind,
    order_key_kind,
)

Arity = tuple[int, int | None]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER_TEXT = re.compile(r"[+-]?\d+(\.\d+)?")
_MAX_ROUND_DIGITS = 20


@dataclass(frozen=True, slots=True)
class Builtin:
    """An eager built-in: ``impl`` gets evaluated arguments.

    With ``accepts_null`` false, any None argument makes the result None without calling
    ``impl``. ``today_default`` appends ``scope.today`` when the optional last argument is
    omitted, which also makes the call impossible to constant-fold.
    """

    arity: Arity
    impl: Callable[..., Value]
    accepts_null: bool = False
    today_default: bool = False


def parse_date(text: str) -> datetime.date | None:
    """Strict ISO ``YYYY-MM-DD``; None if malformed or not a real calendar date."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _date(value: Value) -> datetime.date:
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is None:
            raise OperandError(f"invalid date {value!r}", 0)
        return parsed
    return as_date(value)


def _age_years(birth: Value, on: Value) -> int | None:
    born, day = as_date(birth, 0), as_date(on, 1)
    if born > day:
        return None
    # Tuple comparison means a 29 February birthday ticks over on 1 March in common years.
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _age_months(birth: Value, on: Value) -> int | None:
    born, day = as_date(birth, 0), as_date(on, 1)
    if born > day:
        return None
    return (day.year - born.year) * 12 + day.month - born.month - (day.day < born.day)


def _days_between(start: Value, end: Value) -> int:
    return (as_date(end, 1) - as_date(start, 0)).days


def _add_days(day: Value, count: Value) -> datetime.date:
    return as_date(day, 0) + datetime.timedelta(days=as_whole(count, 1))


def _length(value: Value) -> int:
    if isinstance(value, str):
        return len(value)
    return len(as_list(value))


def to_text(value: Value, arg: int = 0) -> str:
    """The ``string()`` conversion; also used by ``concat``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int | datetime.date) and not isinstance(value, datetime.datetime):
        return str(value) if isinstance(value, int) else value.isoformat()
    raise OperandError(f"cannot convert {kind(value)} to string", arg)


def _concat(*values: Value) -> str:
    return "".join(to_text(value, index) for index, value in enumerate(values))


def _choices(value: Value) -> list[str]:
    # Multi-select answers arrive either as a list or as XLSForm's space-separated string.
    if isinstance(value, str):
        return value.split()
    return [as_string(item, 0) for item in as_list(value)]


def _selected(value: Value, choice: Value) -> bool:
    return as_string(choice, 1) in _choices(value)


def _is_set(value: Value) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | tuple):
        return len(value) > 0
    return True


def _extreme(pick: Callable[..., Value]) -> Callable[..., Value]:
    def impl(*values: Value) -> Value:
        order_key_kind(values)
        return pick(values)

    return impl


def _round(value: Value, digits: Value = 0) -> Number:
    number, places = as_number(value, 0), as_whole(digits, 1)
    if abs(places) > _MAX_ROUND_DIGITS:
        raise OperandError(f"round digits must be between -20 and 20, got {places}", 1)
    exponent = Decimal(1).scaleb(-places)
    rounded = Decimal(number).quantize(exponent, rounding=ROUND_HALF_UP, context=DECIMAL_CONTEXT)
    return int(rounded) if places <= 0 else rounded


def _int(value: Value) -> int:
    if isinstance(value, str):
        value = _number(value)
    if isinstance(value, bool):
        return int(value)
    number = as_number(value)
    if isinstance(number, Decimal) and not number.is_finite():
        raise OperandError(f"cannot convert {number} to a whole number")
    return int(number)


def _number(value: Value) -> Number:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not _NUMBER_TEXT.fullmatch(text):
            raise OperandError(f"not a number: {value[:40]!r}")
        return Decimal(text)
    return as_number(value)


def _abs(value: Value) -> Number:
    number = as_number(value)
    return abs(number) if isinstance(number, int) else number.copy_abs()


def _string_function(method: Callable[[str], Value]) -> Callable[[Value], Value]:
    return lambda value: method(as_string(value))


def _string_test(method: Callable[[str, str], bool]) -> Callable[[Value, Value], bool]:
    return lambda subject, part: method(as_string(subject, 0), as_string(part, 1))


def _date_part(attribute: str) -> Callable[[Value], int]:
    return lambda value: int(getattr(as_date(value), attribute))


BUILTINS: Mapping[str, Builtin] = {
    "date": Builtin((1, 1), _date),
    "age_years": Builtin((1, 2), _age_years, today_default=True),
    "age_months": Builtin((1, 2), _age_months, today_default=True),
    "days_between": Builtin((2, 2), _days_between),
    "year": Builtin((1, 1), _date_part("year")),
    "month": Builtin((1, 1), _date_part("month")),
    "day": Builtin((1, 1), _date_part("day")),
    "add_days": Builtin((2, 2), _add_days),
    "len": Builtin((1, 1), _length),
    "lower": Builtin((1, 1), _string_function(str.lower)),
    "upper": Builtin((1, 1), _string_function(str.upper)),
    "trim": Builtin((1, 1), _string_function(str.strip)),
    "concat": Builtin((1, None), _concat),
    "contains": Builtin((2, 2), _string_test(str.__contains__)),
    "starts_with": Builtin((2, 2), _string_test(str.startswith)),
    "ends_with": Builtin((2, 2), _string_test(str.endswith)),
    "selected": Builtin((2, 2), _selected),
    "count_selected": Builtin((1, 1), lambda value: len(_choices(value))),
    "is_set": Builtin((1, 1), _is_set, accepts_null=True),
    "present": Builtin((1, 1), _is_set, accepts_null=True),
    "min": Builtin((1, None), _extreme(min)),
    "max": Builtin((1, None), _extreme(max)),
    "abs": Builtin((1, 1), _abs),
    "round": Builtin((1, 2), _round),
    "int": Builtin((1, 1), _int),
    "number": Builtin((1, 1), _number),
    "string": Builtin((1, 1), to_text),
}

SPECIAL_ARITY: Mapping[str, Arity] = {
    "today": (0, 0),
    "if": (3, 3),
    "coalesce": (1, None),
    "matches": (2, 2),
    "count": (1, 2),
    "any": (2, 2),
    "all": (2, 2),
    "sum": (1, 2),
    "min_of": (1, 2),
    "max_of": (1, 2),
}

# Calls whose arguments after the first are evaluated once per item of the first.
AGGREGATES = frozenset({"count", "any", "all", "sum", "min_of", "max_of"})

BUILTIN_ARITY: Mapping[str, Arity] = {
    **{name: builtin.arity for name, builtin in BUILTINS.items()},
    **SPECIAL_ARITY,
}
