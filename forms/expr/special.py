"""Functions that control evaluation of their own arguments.

``if`` and ``coalesce`` evaluate lazily, ``matches`` compiles its pattern once, and the
aggregates evaluate their second argument once per item of a collection, each time in a
child scope whose values are the item (a record such as a household member) so item fields
shadow outer fields. A non-record item is visible as ``.`` inside the child scope.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import EvalError, OperandError
from .nodes import Call, Literal
from .runtime import Compiled, located, verdict
from .scope import Scope
from .values import Value, arithmetic, kind, order_key_kind

MAX_MATCH_SUBJECT = 10_000

SpecialCompiler = Callable[[Call, tuple[Compiled, ...]], Compiled]


def _today(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    del node, args
    return lambda scope: scope.today


def _if(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    condition, then, otherwise = args
    condition_node = node.args[0]

    def run(scope: Scope) -> Value:
        decided = verdict(condition(scope), condition_node)
        if decided is None:
            return None
        return then(scope) if decided else otherwise(scope)

    return run


def _coalesce(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    del node

    def run(scope: Scope) -> Value:
        for arg in args:
            value = arg(scope)
            if value is not None:
                return value
        return None

    return run


def _matches(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    pattern_node = node.args[1]
    if not (isinstance(pattern_node, Literal) and isinstance(pattern_node.value, str)):
        raise TypeError("matches() pattern must be a string literal; the parser ensures this")
    pattern = re.compile(pattern_node.value)  # validated by the parser
    subject_arg = args[0]
    subject_position = node.args[0].position

    def run(scope: Scope) -> Value:
        subject = subject_arg(scope)
        if subject is None:
            return None
        if not isinstance(subject, str):
            raise EvalError(
                f"matches: expected a string, got {kind(subject)}", position=subject_position
            )
        if len(subject) > MAX_MATCH_SUBJECT:
            message = f"matches: text is longer than {MAX_MATCH_SUBJECT} characters"
            raise EvalError(message, position=subject_position)
        return pattern.fullmatch(subject) is not None

    return run


# ---------------------------------------------------------------- aggregates


def _items(value: Value, node: Call) -> Sequence[Value] | None:
    if value is None or isinstance(value, list | tuple):
        return value
    message = f"{node.name}: expected a list, got {kind(value)}"
    raise EvalError(message, position=node.args[0].position)


def _item_scope(scope: Scope, item: Value) -> Scope:
    if type(item) is dict or isinstance(item, Mapping):
        return scope.child(item)
    return scope.child({".": item})


def _verdicts(
    node: Call, args: tuple[Compiled, ...]
) -> Callable[[Scope], list[bool | None] | None]:
    """Per-item Kleene verdicts of the predicate, or None when the collection is unknown."""
    collection, predicate = args
    predicate_node = node.args[1]

    def run(scope: Scope) -> list[bool | None] | None:
        items = _items(collection(scope), node)
        if items is None:
            return None
        return [verdict(predicate(_item_scope(scope, item)), predicate_node) for item in items]

    return run


def _count(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    if len(args) == 1:
        collection = args[0]

        def count_items(scope: Scope) -> Value:
            items = _items(collection(scope), node)
            return None if items is None else len(items)

        return count_items
    verdicts = _verdicts(node, args)

    def count_matching(scope: Scope) -> Value:
        results = verdicts(scope)
        if results is None or None in results:
            return None
        return results.count(True)

    return count_matching


def _any(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    collection, predicate = args
    predicate_node = node.args[1]

    def run(scope: Scope) -> Value:
        items = _items(collection(scope), node)
        if items is None:
            return None
        unknown = False
        for item in items:
            decided = verdict(predicate(_item_scope(scope, item)), predicate_node)
            if decided:
                return True
            unknown = unknown or decided is None
        return None if unknown else False

    return run


def _all(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    collection, predicate = args
    predicate_node = node.args[1]

    def run(scope: Scope) -> Value:
        items = _items(collection(scope), node)
        if items is None:
            return None
        unknown = False
        for item in items:
            decided = verdict(predicate(_item_scope(scope, item)), predicate_node)
            if decided is False:
                return False
            unknown = unknown or decided is None
        return None if unknown else True

    return run


def _mapped(node: Call, args: tuple[Compiled, ...]) -> Callable[[Scope], list[Value] | None]:
    """Item values (or the mapped expression per item); None if anything is unknown."""
    collection = args[0]
    mapper = args[1] if len(args) > 1 else None

    def run(scope: Scope) -> list[Value] | None:
        items = _items(collection(scope), node)
        if items is None:
            return None
        if mapper is None:
            values = list(items)
        else:
            values = [mapper(_item_scope(scope, item)) for item in items]
        return None if any(value is None for value in values) else values

    return run


def _sum(node: Call, args: tuple[Compiled, ...]) -> Compiled:
    mapped = _mapped(node, args)

    def run(scope: Scope) -> Value:
        values = mapped(scope)
        if values is None:
            return None
        total: Value = 0
        try:
            for value in values:
                total = arithmetic("+", total, value)
        except OperandError as exc:
            raise located(node, exc, "sum") from None
        return total

    return run


def _extreme(pick: Callable[..., Any]) -> SpecialCompiler:
    def compile_extreme(node: Call, args: tuple[Compiled, ...]) -> Compiled:
        mapped = _mapped(node, args)

        def run(scope: Scope) -> Value:
            values = mapped(scope)
            if not values:
                return None
            try:
                order_key_kind(values)
            except OperandError as exc:
                raise located(node, exc, node.name) from None
            result: Value = pick(values)
            return result

        return run

    return compile_extreme


SPECIAL_COMPILERS: Mapping[str, SpecialCompiler] = {
    "today": _today,
    "if": _if,
    "coalesce": _coalesce,
    "matches": _matches,
    "count": _count,
    "any": _any,
    "all": _all,
    "sum": _sum,
    "min_of": _extreme(min),
    "max_of": _extreme(max),
}
