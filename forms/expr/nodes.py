"""Immutable abstract syntax tree produced by the parser.

Every node records ``position``, the 0-based offset in the source of the token that best
identifies it (the operator of a binary expression, the name of a call), and ``depth``, the
height of its subtree, which the parser uses to enforce the nesting limit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .values import Value


@dataclass(frozen=True, slots=True)
class Node:
    """Base class of all syntax tree nodes."""

    position: int
    depth: int = field(init=False, default=1, compare=False, repr=False)

    def children(self) -> Iterator[Node]:
        return iter(())

    def __post_init__(self) -> None:
        depth = 1 + max((child.depth for child in self.children()), default=0)
        object.__setattr__(self, "depth", depth)


@dataclass(frozen=True, slots=True)
class Literal(Node):
    """A constant: number, string, true/false/null."""

    value: Value


@dataclass(frozen=True, slots=True)
class Name(Node):
    """A field reference; ``path`` may be dotted (``household.size``)."""

    path: str

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.path.split("."))


@dataclass(frozen=True, slots=True)
class Current(Node):
    """``.``: the value of the field the expression is attached to."""


@dataclass(frozen=True, slots=True)
class ListExpr(Node):
    """``[a, b]`` or ``(a, b)``."""

    items: tuple[Node, ...]

    def children(self) -> Iterator[Node]:
        return iter(self.items)


@dataclass(frozen=True, slots=True)
class Unary(Node):
    """Unary ``-`` or ``+``."""

    op: str
    operand: Node

    def children(self) -> Iterator[Node]:
        yield self.operand


@dataclass(frozen=True, slots=True)
class Not(Node):
    """Kleene negation."""

    operand: Node

    def children(self) -> Iterator[Node]:
        yield self.operand


@dataclass(frozen=True, slots=True)
class Binary(Node):
    """Arithmetic: ``+ - * / %``."""

    op: str
    left: Node
    right: Node

    def children(self) -> Iterator[Node]:
        yield self.left
        yield self.right


@dataclass(frozen=True, slots=True)
class Compare(Node):
    """Comparison: ``= == != <> < <= > >=``."""

    op: str
    left: Node
    right: Node

    def children(self) -> Iterator[Node]:
        yield self.left
        yield self.right


@dataclass(frozen=True, slots=True)
class Membership(Node):
    """``left in right`` / ``left not in right``."""

    negated: bool
    left: Node
    right: Node

    def children(self) -> Iterator[Node]:
        yield self.left
        yield self.right


@dataclass(frozen=True, slots=True)
class Logical(Node):
    """Kleene ``and`` / ``or``; chains are flattened so long rule lists stay shallow."""

    op: str
    operands: tuple[Node, ...]

    def children(self) -> Iterator[Node]:
        return iter(self.operands)


@dataclass(frozen=True, slots=True)
class Call(Node):
    """A function call: built-in, aggregate or host-supplied."""

    name: str
    args: tuple[Node, ...]

    def children(self) -> Iterator[Node]:
        return iter(self.args)


def walk(node: Node) -> Iterator[Node]:
    """All nodes of the subtree, parents before children."""
    yield node
    for child in node.children():
        yield from walk(child)
