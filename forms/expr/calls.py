"""Run-time wrappers for eager built-in calls and host-supplied functions."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Mapping
from decimal import Decimal

from .errors import EvalError, OperandError
from .functions import Builtin
from .nodes import Call
from .runtime import Compiled, located
from .scope import Scope
from .values import Value


def today(scope: Scope) -> Value:
    """Stand-in for the omitted ``on_date`` argument of age functions."""
    return scope.today


def _guarded(node: Call, impl: Callable[..., Value]) -> Callable[..., Value]:
    """``impl`` with its failures reported as EvalErrors at ``node`` (or an argument)."""
    name = node.name

    def call(*values: Value) -> Value:
        try:
            return impl(*values)
        except OperandError as exc:
            raise located(node, exc, name) from None
        except (ValueError, ArithmeticError) as exc:  # e.g. date overflow in add_days
            raise EvalError(f"{name}: {exc}", position=node.position) from None

    return call


def builtin_call(node: Call, builtin: Builtin, args: tuple[Compiled, ...]) -> Compiled:
    call = _guarded(node, builtin.impl)
    if builtin.accepts_null:
        return lambda scope: call(*[arg(scope) for arg in args])
    if len(args) == 1:
        (only,) = args

        def run_one(scope: Scope) -> Value:
            value = only(scope)
            return None if value is None else call(value)

        return run_one
    if len(args) == 2:  # the most common arity gets a list-free path
        first, second = args

        def run_two(scope: Scope) -> Value:
            a = first(scope)
            if a is None:
                return None
            b = second(scope)
            return None if b is None else call(a, b)

        return run_two

    def run(scope: Scope) -> Value:
        values = [arg(scope) for arg in args]
        return None if None in values else call(*values)

    return run


def host_call(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    name = node.name

    def run(scope: Scope) -> Value:
        function = scope.functions.get(name)
        if function is None:
            raise EvalError(f"function '{name}' is not available", position=node.position)
        values = [arg(scope) for arg in args]
        try:
            result = function(*values)
        except Exception as exc:  # host code is outside our control; keep the error contract
            detail = exc.message if isinstance(exc, EvalError) else str(exc)
            raise EvalError(f"{name} failed: {detail}", position=node.position) from exc
        return _host_result(result, node)

    return run


_HOST_RESULT_TYPES = (type(None), bool, int, Decimal, str, datetime.date, list, tuple, Mapping)


def _host_result(result: object, node: Call) -> Value:
    if isinstance(result, float) and math.isfinite(result):
        return Decimal(repr(result))  # hosts often compute with floats; keep the shortest form
    if isinstance(result, _HOST_RESULT_TYPES):
        return result
    message = f"{node.name} returned an unsupported {type(result).__name__}"
    raise EvalError(message, position=node.position)
