"""Shared pieces of the compiled (closure) representation."""

from __future__ import annotations

from collections.abc import Callable

from .errors import EvalError, OperandError
from .nodes import Call, Node
from .scope import Scope
from .values import Value, kind

Compiled = Callable[[Scope], Value]


def located(node: Node, exc: OperandError, label: str = "") -> EvalError:
    """Turn a position-less :class:`OperandError` into an :class:`EvalError` for ``node``.

    For calls, an error about a specific argument points at that argument.
    """
    position = node.position
    if isinstance(node, Call) and exc.arg is not None and exc.arg < len(node.args):
        position = node.args[exc.arg].position
    message = f"{label}: {exc.message}" if label else exc.message
    return EvalError(message, position=position)


def verdict(value: Value, node: Node) -> bool | None:
    """Kleene truth value of a condition operand, reporting non-booleans at ``node``."""
    if value is None or value is True or value is False:
        return value
    raise EvalError(f"expected true/false, got {kind(value)}", position=node.position)
