"""Evaluation scope: field values, the reference date and host-supplied functions."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .errors import OperandError
from .values import Value, kind


@dataclass(frozen=True, slots=True)
class Scope:
    """Everything an expression can see while it is evaluated.

    ``values`` maps field names to values; a missing key and a None value both mean
    "unknown". ``today`` is the reference date for ``today()`` and the default of
    ``age_years``/``age_months``, so evaluation is reproducible. ``functions`` holds host
    callables declared to :func:`parse` via ``extra_functions``. ``parent`` links an item
    scope (one household member inside ``count(members, ...)``) to the enclosing scope:
    names resolve against the innermost scope that *has the key* and fall back outwards, so
    an item field that is present but None stays unknown instead of leaking an outer value.
    """

    values: Mapping[str, Value]
    today: datetime.date
    functions: Mapping[str, Callable[..., Value]] = field(default_factory=dict)
    parent: Scope | None = None

    def child(self, values: Mapping[str, Value]) -> Scope:
        """A nested scope for one aggregate item, sharing ``today`` and ``functions``."""
        return Scope(values, self.today, self.functions, self)

    def lookup(self, name: str) -> Value:
        """Value of an undotted name, searching outwards; None when no scope has it."""
        scope: Scope | None = self
        while scope is not None:
            values = scope.values
            if name in values:
                return values[name]
            scope = scope.parent
        return None

    def lookup_path(self, path: str, parts: tuple[str, ...]) -> Value:
        """Value of a dotted path: an exact dotted key wins, else walk nested records."""
        scope: Scope | None = self
        while scope is not None:
            values = scope.values
            if path in values:
                return values[path]
            if parts[0] in values:
                return _walk(values[parts[0]], parts[1:])
            scope = scope.parent
        return None


def _walk(value: Value, keys: tuple[str, ...]) -> Value:
    for key in keys:
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise OperandError(f"cannot look up '{key}' in {kind(value)}")
        value = value.get(key)
    return value
