"""The public entry points: :func:`parse`, :class:`Expression` and :func:`truth`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .errors import EvalError, OperandError
from .evaluator import compile_node
from .functions import AGGREGATES, BUILTIN_ARITY, Arity
from .nodes import Call, Current, Name, Node
from .parser import parse_tree
from .runtime import Compiled
from .scope import Scope
from .tokens import KEYWORDS
from .values import Value, truth_of


@dataclass(frozen=True, slots=True)
class _Usage:
    names: frozenset[str]
    item_names: frozenset[str]
    functions: frozenset[str]
    uses_current: bool


def _collect_usage(root: Node) -> _Usage:
    names: set[str] = set()
    item_names: set[str] = set()
    functions: set[str] = set()
    current = False
    # (node, inside an aggregate's per-item argument?)
    pending: list[tuple[Node, bool]] = [(root, False)]
    while pending:
        node, in_item = pending.pop()
        if isinstance(node, Name):
            (item_names if in_item else names).add(node.path)
        elif isinstance(node, Current):
            current = current or not in_item
        elif isinstance(node, Call):
            functions.add(node.name)
            per_item = node.name in AGGREGATES
            pending.extend(
                (arg, in_item or (per_item and i > 0)) for i, arg in enumerate(node.args)
            )
            continue
        pending.extend((child, in_item) for child in node.children())
    return _Usage(frozenset(names), frozenset(item_names), frozenset(functions), current)


def _arities(extra: Mapping[str, Arity] | None) -> Mapping[str, Arity]:
    if not extra:
        return BUILTIN_ARITY
    for name, (low, high) in extra.items():
        if not name.isidentifier() or name.lower() in KEYWORDS:
            raise ValueError(f"extra function name {name!r} is not a valid identifier")
        if name in BUILTIN_ARITY:
            raise ValueError(f"extra function {name!r} would shadow a built-in function")
        if low < 0 or (high is not None and high < low):
            raise ValueError(f"extra function {name!r} has an invalid arity ({low}, {high})")
    return {**BUILTIN_ARITY, **extra}


@dataclass(frozen=True)
class Expression:
    """A parsed, validated and compiled expression; cheap to evaluate many times.

    Construct with :func:`parse` (or ``Expression(source)``); both raise :class:`ExprError`
    for invalid source. Two expressions are equal when their sources are equal.

    ``names()`` lists the fields the expression reads from the scope it is evaluated in
    (dotted paths as written, e.g. ``"household.size"``). Names inside the per-item argument
    of an aggregate (``count(members, age_years(birth_date) < 5)``) resolve against each item
    first, so they are *not* in ``names()`` but in ``item_names()`` (they may still fall back
    to outer fields when an item lacks them). The current-field reference ``.`` is not a
    name; ``uses_current()`` reports it.
    """

    source: str
    extra_functions: Mapping[str, Arity] | None = field(default=None, repr=False, compare=False)
    tree: Node = field(init=False, repr=False, compare=False)
    _run: Compiled = field(init=False, repr=False, compare=False)
    _usage: _Usage = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tree = parse_tree(self.source, _arities(self.extra_functions))
        object.__setattr__(self, "tree", tree)
        object.__setattr__(self, "_run", compile_node(tree))
        object.__setattr__(self, "_usage", _collect_usage(tree))

    def evaluate(self, scope: Scope) -> Value:
        """Evaluate against ``scope``; raises :class:`EvalError` on runtime errors only."""
        try:
            return self._run(scope)
        except EvalError as exc:
            if not exc.source:
                exc.source = self.source
            raise

    def names(self) -> frozenset[str]:
        """Free field names read from the evaluation scope (see class docstring)."""
        return self._usage.names

    def item_names(self) -> frozenset[str]:
        """Names read inside aggregate per-item arguments, resolved against each item first."""
        return self._usage.item_names

    def functions(self) -> frozenset[str]:
        """Every function called, built-in, aggregate or host-supplied."""
        return self._usage.functions

    def uses_current(self) -> bool:
        """Whether the expression reads ``.``, the value of the field it belongs to."""
        return self._usage.uses_current


def parse(source: str, *, extra_functions: Mapping[str, Arity] | None = None) -> Expression:
    """Parse and compile ``source``.

    ``extra_functions`` declares host functions as ``name -> (min_args, max_args or None)``;
    their implementations are supplied at evaluation time through :attr:`Scope.functions`.
    Raises :class:`ExprError` with the 0-based position of the offending token.
    """
    return Expression(source, extra_functions)


def truth(value: Value) -> bool | None:
    """Kleene truth value: None stays None, booleans stay; anything else is an EvalError."""
    try:
        return truth_of(value)
    except OperandError as exc:
        raise EvalError(exc.message) from None
