"""The one validation path: the UI calls it as the clerk types, the store calls it again
before every write, and the registry will call it on arrival.

`validate` turns raw input (strings from widgets, or already typed values) into clean typed
values and a list of problems. Every problem names the field and the rule, in the clerk's
language. Fields that are not relevant (skip logic) are dropped, never stored.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from forms.definition import VALUELESS_TYPES, Choice, FieldDef, FormDefinition, Labels
from forms.digits import normalise_digits
from forms.expr import EvalError, Scope, truth
from forms.identifiers import IdentifierError, get_identifier_type
from forms.messages import render
from forms.phones import PhoneError, normalise_phone

MAX_RECORD_BYTES = 64 * 1024
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)
_ALLOWED_FORMAT_CHARS = frozenset({"\u200c", "\u200d"})  # ZWNJ/ZWJ shape Urdu and Khmer


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field; `text()` gives the sentence for the clerk."""

    path: str
    label: Labels
    rule: str
    params: Mapping[str, object] = field(default_factory=dict)
    custom: Labels | None = None

    @property
    def field(self) -> str:
        return self.path.rsplit(".", 1)[-1].split("[", 1)[0]

    def text(self, language: str = "en") -> str:
        label = self.label.get(language) or self.label.get("en", self.path)
        if self.custom is not None:
            message = self.custom.get(language) or self.custom["en"]
        else:
            message = render(self.rule, language, self.params)
        return f"{label}: {message}"


@dataclass(frozen=True)
class Validated:
    values: Mapping[str, Any]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_for(self, path: str) -> list[Problem]:
        return [p for p in self.problems if p.path == path]


class _Invalid(Exception):
    def __init__(self, rule: str, **params: object) -> None:
        super().__init__(rule)
        self.rule, self.params = rule, params


def validate(
    form: FormDefinition,
    raw: Mapping[str, Any],
    *,
    today: date,
    parent: Scope | None = None,
) -> Validated:
    """Coerce and check one record (with its repeats) against `form`."""
    clean, problems = _validate_fields(form.fields, raw, today=today, parent=parent, prefix="")
    if not problems:
        size = len(json.dumps(clean, default=str, ensure_ascii=False).encode("utf-8"))
        if size > MAX_RECORD_BYTES:
            label = {"en": form.title.get("en", form.name)}
            params = {"size": size, "max": MAX_RECORD_BYTES}
            problems.append(Problem(form.name, {**form.title, **label}, "record_too_large", params))
    return Validated(clean, tuple(problems))


def clean_values(
    fields: Sequence[FieldDef], raw: Mapping[str, Any], *, today: date
) -> dict[str, Any]:
    """The valid part of a partly filled record (for look-ups such as the duplicate check)."""
    return _validate_fields(fields, raw, today=today, parent=None, prefix="")[0]


def _validate_fields(
    fields: Sequence[FieldDef],
    raw: Mapping[str, Any],
    *,
    today: date,
    parent: Scope | None,
    prefix: str,
) -> tuple[dict[str, Any], list[Problem]]:
    flat = _flatten(fields)
    typed: dict[str, Any] = {}
    coercion: dict[str, _Invalid] = {}
    for item in flat:
        if item.type in VALUELESS_TYPES or item.type in {"calculated", "repeat"}:
            continue
        try:
            typed[item.name] = _coerce(item, raw.get(item.name, item.default), typed)
        except _Invalid as problem:
            typed[item.name] = None
            coercion[item.name] = problem
    clean: dict[str, Any] = {}
    problems: list[Problem] = []
    hidden: set[str] = set()
    for item, groups in _flatten_with_groups(fields):
        scope = Scope(values=typed, today=today, parent=parent)
        if hidden.intersection(groups) or not _relevant(item, scope):
            hidden.add(item.name)
            typed.pop(item.name, None)
            continue
        path = f"{prefix}{item.name}"
        problems.extend(_check(item, path, typed, coercion, scope, raw, today, clean))
    return clean, problems


def _check(
    item: FieldDef,
    path: str,
    typed: dict[str, Any],
    coercion: Mapping[str, _Invalid],
    scope: Scope,
    raw: Mapping[str, Any],
    today: date,
    clean: dict[str, Any],
) -> list[Problem]:
    if item.type in VALUELESS_TYPES:
        return []
    if item.type == "repeat":
        rows, problems = _validate_repeat(item, path, raw.get(item.name), scope, today)
        clean[item.name] = rows
        return problems or _constraints(item, path, tuple(rows), scope)
    if item.type == "calculated":
        return _calculate(item, path, typed, scope, clean)
    return _check_value(item, path, typed, coercion, scope, clean)


def _check_value(
    item: FieldDef,
    path: str,
    typed: Mapping[str, Any],
    coercion: Mapping[str, _Invalid],
    scope: Scope,
    clean: dict[str, Any],
) -> list[Problem]:
    if item.name in coercion:
        problem = coercion[item.name]
        return [Problem(path, item.label, problem.rule, problem.params)]
    value = typed.get(item.name)
    if value is None or value == ():
        return [Problem(path, item.label, "required")] if item.required else []
    clean[item.name] = value
    return _constraints(item, path, value, scope)


def _constraints(item: FieldDef, path: str, value: Any, scope: Scope) -> list[Problem]:
    own = scope.child({".": value})
    for constraint in item.constraints:
        try:
            verdict = truth(constraint.rule.evaluate(own))
        except EvalError as exc:
            return [Problem(path, item.label, "calculation_failed", {"detail": exc.message})]
        if verdict is False:
            return [Problem(path, item.label, "constraint", custom=constraint.message)]
    return []


def _calculate(
    item: FieldDef, path: str, typed: dict[str, Any], scope: Scope, clean: dict[str, Any]
) -> list[Problem]:
    assert item.calculation is not None
    try:
        value = item.calculation.evaluate(scope)
    except EvalError as exc:
        return [Problem(path, item.label, "calculation_failed", {"detail": exc.message})]
    typed[item.name] = value
    clean[item.name] = value
    return []


def _validate_repeat(
    item: FieldDef, path: str, rows: object, scope: Scope, today: date
) -> tuple[list[dict[str, Any]], list[Problem]]:
    if rows is None:
        rows = []
    if not isinstance(rows, list | tuple) or not all(isinstance(r, Mapping) for r in rows):
        return [], [Problem(path, item.label, "repeat_min", {"min": item.min_count})]
    problems: list[Problem] = []
    if len(rows) < max(item.min_count, 1 if item.required else 0):
        problems.append(Problem(path, item.label, "repeat_min", {"min": item.min_count}))
    if len(rows) > item.max_count:
        return [], [Problem(path, item.label, "repeat_max", {"max": item.max_count})]
    clean_rows: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        clean, row_problems = _validate_fields(
            item.fields, row, today=today, parent=scope, prefix=f"{path}[{index}]."
        )
        clean_rows.append(clean)
        problems.extend(row_problems)
    return clean_rows, problems


def _relevant(item: FieldDef, scope: Scope) -> bool:
    if item.relevant is None:
        return True
    try:
        return truth(item.relevant.evaluate(scope)) is True
    except EvalError:
        return False


def _flatten_with_groups(
    fields: Sequence[FieldDef], groups: tuple[str, ...] = ()
) -> list[tuple[FieldDef, tuple[str, ...]]]:
    """Fields in document order, each with the names of the groups around it."""
    out: list[tuple[FieldDef, tuple[str, ...]]] = []
    for item in fields:
        out.append((item, groups))
        if item.type == "group":
            out.extend(_flatten_with_groups(item.fields, (*groups, item.name)))
    return out


def _flatten(fields: Sequence[FieldDef]) -> list[FieldDef]:
    out: list[FieldDef] = []
    for item in fields:
        if item.type == "group":
            out.append(item)
            out.extend(_flatten(item.fields))
        else:
            out.append(item)
    return out


# -- coercion -------------------------------------------------------------------------------


def _coerce(item: FieldDef, value: Any, typed: Mapping[str, Any]) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _COERCERS[item.type](item, value, typed)


def _coerce_text(item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> str | None:
    text = unicodedata.normalize("NFC", str(value)).strip()
    if any(_is_control(ch) for ch in text):
        raise _Invalid("control_chars")
    if len(text) > item.max_length:
        raise _Invalid("too_long", max=item.max_length, length=len(text))
    return " ".join(text.split()) or None


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    if category == "Cf":
        return ch not in _ALLOWED_FORMAT_CHARS
    return category in {"Cc", "Cs", "Co", "Cn"} and ch not in "\t"


def _coerce_integer(item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> int:
    if isinstance(value, bool):
        raise _Invalid("not_integer")
    if isinstance(value, int):
        number = value
    else:
        text = normalise_digits(str(value)).strip()
        if len(text) > 18 or not text.lstrip("-").isdigit():
            raise _Invalid("not_integer")
        number = int(text)
    _check_range(item, number)
    return number


def _coerce_decimal(item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> Decimal:
    if isinstance(value, bool):
        raise _Invalid("not_decimal")
    text = normalise_digits(str(value)).strip()
    if len(text) > 32:
        raise _Invalid("not_decimal")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise _Invalid("not_decimal") from None
    if not number.is_finite():
        raise _Invalid("not_decimal")
    _check_range(item, number)
    return number


def _check_range(item: FieldDef, number: int | Decimal) -> None:
    if item.minimum is not None and number < Decimal(str(item.minimum)):
        raise _Invalid("below_min", min=item.minimum)
    if item.maximum is not None and number > Decimal(str(item.maximum)):
        raise _Invalid("above_max", max=item.maximum)


def _coerce_date(_item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> date:
    result = value if isinstance(value, date) else _parse_date(str(value))
    if not MIN_DATE <= result <= MAX_DATE:
        raise _Invalid("date_range", min=MIN_DATE.isoformat(), max=MAX_DATE.isoformat())
    return result


def _parse_date(text: str) -> date:
    text = normalise_digits(text).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise _Invalid("not_date")


_TRUE = frozenset({"1", "true", "yes", "y"})
_FALSE = frozenset({"0", "false", "no", "n"})


def _coerce_boolean(_item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _Invalid("not_a_choice")


def _coerce_select_one(item: FieldDef, value: Any, typed: Mapping[str, Any]) -> str:
    text = str(value).strip()
    if text not in {c.value for c in available_choices(item, typed)}:
        raise _Invalid("not_a_choice")
    return text


def _coerce_select_many(item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> tuple[str, ...]:
    picked = set(value.split()) if isinstance(value, str) else {str(v) for v in value}
    if not picked <= item.choice_values():
        raise _Invalid("not_a_choice")
    if item.max_selections is not None and len(picked) > item.max_selections:
        raise _Invalid("too_many_choices", max=item.max_selections)
    return tuple(c.value for c in item.choices if c.value in picked)


def _coerce_identifier(item: FieldDef, value: Any, typed: Mapping[str, Any]) -> str:
    code = item.identifier_type
    if item.identifier_type_field is not None:
        code = typed.get(item.identifier_type_field)
    if not code:
        raise _Invalid("identifier_type_missing")
    try:
        return get_identifier_type(str(code)).validate(str(value))
    except IdentifierError as exc:
        raise _Invalid("bad_identifier", detail=str(exc)) from None


def _coerce_phone(item: FieldDef, value: Any, _typed: Mapping[str, Any]) -> str:
    try:
        return normalise_phone(str(value), min_digits=item.min_digits, max_digits=item.max_digits)
    except PhoneError:
        raise _Invalid("bad_phone", min=item.min_digits, max=item.max_digits) from None


_COERCERS: Mapping[str, Callable[[FieldDef, Any, Mapping[str, Any]], Any]] = {
    "text": _coerce_text,
    "integer": _coerce_integer,
    "decimal": _coerce_decimal,
    "date": _coerce_date,
    "boolean": _coerce_boolean,
    "select_one": _coerce_select_one,
    "select_many": _coerce_select_many,
    "identifier": _coerce_identifier,
    "phone": _coerce_phone,
}


def available_choices(item: FieldDef, values: Mapping[str, Any]) -> tuple[Choice, ...]:
    """The choices to offer given the other answers (cascading selects by `choice_parent`)."""
    if item.choice_parent is None:
        return item.choices
    parent_value = values.get(item.choice_parent)
    return tuple(c for c in item.choices if c.parent == parent_value)


def relevant_fields(
    form_fields: Sequence[FieldDef],
    values: Mapping[str, Any],
    today: date,
    parent: Scope | None = None,
) -> frozenset[str]:
    """Names of the fields to show now, given the answers so far (for the UI).

    Uses the same walk as `validate`, so what is shown is exactly what is validated: a hidden
    group hides its children, and a hidden field's answer does not feed later rules.
    `parent` gives a repeat row the household's answers, as `validate` does.
    """
    typed: dict[str, Any] = {}
    for item in _flatten(form_fields):
        if item.type in VALUELESS_TYPES or item.type in {"calculated", "repeat"}:
            continue
        try:
            typed[item.name] = _coerce(item, values.get(item.name), typed)
        except _Invalid:
            typed[item.name] = None
    shown: set[str] = set()
    for item, groups in _flatten_with_groups(form_fields):
        scope = Scope(values=typed, today=today, parent=parent)
        if all(g in shown for g in groups) and _relevant(item, scope):
            shown.add(item.name)
        else:
            typed.pop(item.name, None)
    return frozenset(shown)
