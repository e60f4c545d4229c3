"""Exceptions raised by the expression language."""

from __future__ import annotations


class _PositionedError(Exception):
    """Common shape of parse and evaluation errors: a message pinned to a source offset."""

    def __init__(self, message: str, source: str = "", position: int = 0) -> None:
        super().__init__(message, source, position)
        self.message = message
        self.source = source
        self.position = position

    def __str__(self) -> str:
        if not self.source:
            return f"{self.message} at column {self.position + 1}"
        return f"{self.message} at column {self.position + 1}: {self.source!r}"


class ExprError(_PositionedError):
    """A syntax or static error found while parsing an expression.

    ``position`` is the 0-based character offset of the offending token in ``source``.
    """


class EvalError(_PositionedError):
    """A runtime error raised while evaluating a parsed expression.

    ``position`` is the 0-based offset of the expression node that failed, so a form
    designer can be pointed at the exact sub-expression (e.g. the ``/`` of a division by zero).
    """


class OperandError(Exception):
    """Internal: a value had the wrong type or range.

    Raised by helpers that do not know where in the source they are; the evaluator turns it
    into an :class:`EvalError` carrying the position of the node (or of argument ``arg``).
    """

    def __init__(self, message: str, arg: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.arg = arg
