"""Compiles a syntax tree into nested closures, one per node.

Dispatch on node type happens once, at compile time; evaluating a rule for a person is then
just a chain of direct Python calls, which matters when ~10 rules run for ~50,000 people.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable
from functools import singledispatch

from .calls import builtin_call, host_call, today
from .errors import EvalError, OperandError
from .functions import BUILTINS
from .nodes import (
    Binary,
    Call,
    Compare,
    Current,
    ListExpr,
    Literal,
    Logical,
    Membership,
    Name,
    Node,
    Not,
    Unary,
)
from .runtime import Compiled, located, verdict
from .scope import Scope
from .special import SPECIAL_COMPILERS
from .values import (
    COMPARISONS,
    FAST_TYPES,
    KIND_BY_TYPE,
    Value,
    arithmetic,
    as_number,
    compare,
    equal,
    kind,
    negate,
)

_INT_FAST: dict[str, Callable[[int, int], int]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
}
# Only calls whose result depends on nothing but literal arguments are folded; this scope is
# never consulted by them.
_FOLD_SCOPE = Scope({}, datetime.date(2000, 1, 1))


@singledispatch
def compile_node(node: Node) -> Compiled:
    """Compile ``node`` (and its subtree) into a function of the scope."""
    raise TypeError(f"cannot compile {type(node).__name__}")


@compile_node.register
def _literal(node: Literal) -> Compiled:
    value = node.value
    return lambda _scope: value


def _lookup(key: str) -> Compiled:
    def run(scope: Scope) -> Value:
        if scope.parent is None:
            return scope.values.get(key)
        return scope.lookup(key)

    return run


@compile_node.register
def _name(node: Name) -> Compiled:
    if "." not in node.path:
        return _lookup(node.path)
    path, parts = node.path, node.parts

    def run(scope: Scope) -> Value:
        try:
            return scope.lookup_path(path, parts)
        except OperandError as exc:
            raise located(node, exc, path) from None

    return run


@compile_node.register
def _current(node: Current) -> Compiled:
    del node
    return _lookup(".")


@compile_node.register
def _list(node: ListExpr) -> Compiled:
    if all(isinstance(item, Literal) for item in node.items):
        constant = tuple(item.value for item in node.items if isinstance(item, Literal))
        return lambda _scope: constant
    items = [compile_node(item) for item in node.items]
    return lambda scope: tuple([item(scope) for item in items])


@compile_node.register
def _unary(node: Unary) -> Compiled:
    operand = compile_node(node.operand)
    convert = negate if node.op == "-" else as_number

    def run(scope: Scope) -> Value:
        value = operand(scope)
        if value is None:
            return None
        try:
            return convert(value)
        except OperandError as exc:
            raise located(node, exc, f"unary '{node.op}'") from None

    return run


@compile_node.register
def _not(node: Not) -> Compiled:
    operand, operand_node = compile_node(node.operand), node.operand

    def run(scope: Scope) -> Value:
        decided = verdict(operand(scope), operand_node)
        return None if decided is None else not decided

    return run


@compile_node.register
def _binary(node: Binary) -> Compiled:
    left, right, op = compile_node(node.left), compile_node(node.right), node.op
    fast = _INT_FAST.get(op)

    def run(scope: Scope) -> Value:
        a = left(scope)
        if a is None:
            return None
        b = right(scope)
        if b is None:
            return None
        if fast is not None and type(a) is int and type(b) is int:
            return fast(a, b)
        try:
            return arithmetic(op, a, b)
        except OperandError as exc:
            raise located(node, exc) from None

    return run


@compile_node.register
def _compare(node: Compare) -> Compiled:
    left, right, op = compile_node(node.left), compile_node(node.right), node.op
    direct = COMPARISONS[op]

    def run(scope: Scope) -> Value:
        a = left(scope)
        if a is None:
            return None
        b = right(scope)
        if b is None:
            return None
        if type(a) is type(b) and type(a) in FAST_TYPES:
            return bool(direct(a, b))
        try:
            return compare(op, a, b)
        except OperandError as exc:
            raise located(node, exc) from None

    return run


def _literal_set(node: Node) -> frozenset[tuple[str, Value]] | None:
    """Hashable (kind, value) pairs for an all-literal, null-free list; else None."""
    if not isinstance(node, ListExpr):
        return None
    values = [item.value for item in node.items if isinstance(item, Literal)]
    if len(values) != len(node.items) or None in values:
        return None
    return frozenset((kind(value), value) for value in values)


def _contains(needle: Value, haystack: tuple[Value, ...] | list[Value]) -> bool | None:
    """Kleene membership: a null element might have been the needle."""
    unknown = False
    for item in haystack:
        if item is None:
            unknown = True
        elif equal(needle, item):
            return True
    return None if unknown else False


@compile_node.register
def _membership(node: Membership) -> Compiled:
    left, negated = compile_node(node.left), node.negated
    constant = _literal_set(node.right)
    if constant is not None:

        def run_constant(scope: Scope) -> Value:
            needle = left(scope)
            if needle is None:
                return None
            try:
                found = (KIND_BY_TYPE.get(type(needle)) or kind(needle), needle) in constant
            except (TypeError, ArithmeticError):  # unhashable list/record, signalling NaN
                found = False
            return found != negated

        return run_constant
    right, right_position = compile_node(node.right), node.right.position

    def run(scope: Scope) -> Value:
        needle = left(scope)
        if needle is None:
            return None
        haystack = right(scope)
        if haystack is None:
            return None
        if not isinstance(haystack, list | tuple):
            message = f"'in' needs a list, got {kind(haystack)}"
            raise EvalError(message, position=right_position)
        found = _contains(needle, haystack)
        return None if found is None else found != negated

    return run


@compile_node.register
def _logical(node: Logical) -> Compiled:
    operands = [(compile_node(operand), operand) for operand in node.operands]
    # The value that decides the whole expression on its own: false for and, true for or.
    decisive = node.op == "or"

    def run(scope: Scope) -> Value:
        unknown = False
        for operand, operand_node in operands:
            value = operand(scope)
            if value is decisive:
                return decisive
            if value is None:
                unknown = True
            elif value is not (not decisive):
                verdict(value, operand_node)  # raises: not a boolean
        return None if unknown else not decisive

    return run


# ---------------------------------------------------------------- calls


@compile_node.register
def _call(node: Call) -> Compiled:
    args = tuple(compile_node(arg) for arg in node.args)
    special = SPECIAL_COMPILERS.get(node.name)
    if special is not None:
        return special(node, args)
    builtin = BUILTINS.get(node.name)
    if builtin is None:
        return host_call(node, args)
    if builtin.today_default and len(args) < (builtin.arity[1] or 0):
        args = (*args, today)
    run = builtin_call(node, builtin, args)
    if builtin.today_default or not all(isinstance(arg, Literal) for arg in node.args):
        return run
    try:
        value = run(_FOLD_SCOPE)
    except EvalError:
        return run  # fail at evaluation time, with the same error, like any other bad value
    return lambda _scope: value
