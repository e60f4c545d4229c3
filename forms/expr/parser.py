"""Pratt (top-down operator precedence) parser producing the :mod:`.nodes` tree.

Function names and arities, ``matches`` patterns and literal ``date('...')`` arguments are
checked here so that a form definition with a typo fails when it is loaded, not when an
officer is in front of a beneficiary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal

from .errors import ExprError
from .functions import Arity, parse_date
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
from .tokens import Token, tokenize

MAX_DEPTH = 64
MAX_PATTERN_LENGTH = 200

_BP_OR, _BP_AND, _BP_NOT, _BP_COMPARE, _BP_ADD, _BP_MUL, _BP_UNARY = 10, 20, 30, 40, 50, 60, 70
_COMPARE_OPERATORS = frozenset({"=", "==", "!=", "<>", "<", "<=", ">", ">="})
_INFIX_BP: dict[str, int] = {
    "or": _BP_OR,
    "and": _BP_AND,
    "in": _BP_COMPARE,
    "not": _BP_COMPARE,
    **dict.fromkeys(_COMPARE_OPERATORS, _BP_COMPARE),
    "+": _BP_ADD,
    "-": _BP_ADD,
    "*": _BP_MUL,
    "/": _BP_MUL,
    "%": _BP_MUL,
}
_CONSTANTS = {"true": True, "false": False, "null": None}

Prefix = Callable[[Token, int], Node]
Infix = Callable[[Token, Node], Node]


def _arity_text(arity: Arity) -> str:
    low, high = arity
    if high is None:
        return f"at least {low} argument{'s' if low != 1 else ''}"
    if low == high:
        return "no arguments" if low == 0 else f"{low} argument{'s' if low != 1 else ''}"
    return f"{low} to {high} arguments"


class _Parser:
    def __init__(self, source: str, arities: Mapping[str, Arity]) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.arities = arities
        self.index = 0
        self.nesting = 0
        self.prefix: dict[str, Prefix] = {
            "number": self._literal,
            "string": self._literal,
            "true": self._constant,
            "false": self._constant,
            "null": self._constant,
            "dot": self._current,
            "name": self._name,
            "(": self._parenthesized,
            "[": self._bracketed,
            "-": self._unary,
            "+": self._unary,
            "not": self._not,
        }
        self.infix: dict[str, Infix] = {
            "or": self._logical,
            "and": self._logical,
            "in": self._membership,
            "not": self._membership,
            **dict.fromkeys(_COMPARE_OPERATORS, self._compare),
            **dict.fromkeys("+-*/%", self._binary),
        }

    # ------------------------------------------------------------ helpers

    def error(self, message: str, position: int) -> ExprError:
        return ExprError(message, self.source, position)

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind != "end":
            self.index += 1
        return token

    def expect(self, key: str) -> Token:
        token = self.peek()
        if token.key != key:
            raise self.error(f"expected '{key}' but found {token.describe()}", token.position)
        return self.advance()

    def checked(self, node: Node) -> Node:
        if node.depth > MAX_DEPTH:
            raise self.error(f"expression is nested more than {MAX_DEPTH} levels", node.position)
        return node

    def left_bp(self) -> int:
        token = self.peek()
        if token.kind not in ("op", "keyword"):
            return 0
        if token.text == "not" and self.tokens[self.index + 1].text != "in":
            return 0
        return _INFIX_BP.get(token.text, 0)

    # ------------------------------------------------------------ driver

    def parse(self) -> Node:
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            message = f"expected end of expression but found {token.describe()}"
            raise self.error(message, token.position)
        return node

    def expression(self, rbp: int) -> Node:
        token = self.advance()
        self.nesting += 1
        if self.nesting > MAX_DEPTH:
            raise self.error(f"expression is nested more than {MAX_DEPTH} levels", token.position)
        prefix = self.prefix.get(token.key)
        if prefix is None:
            raise self.error(f"expected a value but found {token.describe()}", token.position)
        node = self.infix_loop(prefix(token, rbp), rbp)
        self.nesting -= 1
        return node

    def infix_loop(self, left: Node, rbp: int) -> Node:
        while rbp < self.left_bp():
            token = self.advance()
            left = self.checked(self.infix[token.text](token, left))
        return left

    def items(self, closing: str) -> tuple[Node, ...]:
        """Comma-separated expressions up to ``closing``; a trailing comma is allowed."""
        items: list[Node] = []
        while self.peek().key != closing:
            items.append(self.expression(0))
            if self.peek().key != ",":
                break
            self.advance()
        self.expect(closing)
        return tuple(items)

    # ------------------------------------------------------------ prefix handlers

    def _literal(self, token: Token, _rbp: int) -> Node:
        return Literal(token.position, token.value)

    def _constant(self, token: Token, _rbp: int) -> Node:
        return Literal(token.position, _CONSTANTS[token.text])

    def _current(self, token: Token, _rbp: int) -> Node:
        return Current(token.position)

    def _name(self, token: Token, _rbp: int) -> Node:
        if self.peek().key == "(":
            return self._call(token)
        return Name(token.position, token.text)

    def _parenthesized(self, token: Token, _rbp: int) -> Node:
        first = self.expression(0)
        if self.peek().key != ",":
            self.expect(")")
            return first
        self.advance()
        return self.checked(ListExpr(token.position, (first, *self.items(")"))))

    def _bracketed(self, token: Token, _rbp: int) -> Node:
        return self.checked(ListExpr(token.position, self.items("]")))

    def _unary(self, token: Token, _rbp: int) -> Node:
        operand = self.expression(_BP_UNARY)
        value = operand.value if isinstance(operand, Literal) else None
        # Fold "-5" into a literal so literal lists like (-1, 0, 1) stay constant.
        if token.text == "-" and isinstance(value, int | Decimal) and not isinstance(value, bool):
            negated = value.copy_negate() if isinstance(value, Decimal) else -value
            return Literal(token.position, negated)
        return self.checked(Unary(token.position, token.text, operand))

    def _not(self, token: Token, rbp: int) -> Node:
        if rbp > _BP_NOT:
            raise self.error("'not' must be put in parentheses here", token.position)
        return self.checked(Not(token.position, self.expression(_BP_NOT)))

    def _call(self, token: Token) -> Node:
        self.advance()
        args = self.items(")")
        call = Call(token.position, token.text, args)
        self._validate_call(call)
        return self.checked(call)

    # ------------------------------------------------------------ infix handlers

    def _logical(self, token: Token, left: Node) -> Node:
        right = self.expression(_INFIX_BP[token.text])
        if isinstance(left, Logical) and left.op == token.text:
            return Logical(left.position, token.text, (*left.operands, right))
        return Logical(token.position, token.text, (left, right))

    def _binary(self, token: Token, left: Node) -> Node:
        return Binary(token.position, token.text, left, self.expression(_INFIX_BP[token.text]))

    def _compare(self, token: Token, left: Node) -> Node:
        right = self.expression(_BP_COMPARE)
        self._refuse_chain()
        return Compare(token.position, token.text, left, right)

    def _membership(self, token: Token, left: Node) -> Node:
        negated = token.text == "not"
        if negated:
            self.advance()
        opening = self.peek()
        if opening.key == "(":
            # After `in`, parentheses always make a list, so `x in ('a')` has one element.
            self.advance()
            right = self.checked(ListExpr(opening.position, self.items(")")))
            right = self.infix_loop(right, _BP_COMPARE)
        else:
            right = self.expression(_BP_COMPARE)
        self._refuse_chain()
        return Membership(token.position, negated, left, right)

    def _refuse_chain(self) -> None:
        token = self.peek()
        if token.kind in ("op", "keyword") and self.left_bp() == _BP_COMPARE:
            message = "comparisons cannot be chained; combine them with 'and'"
            raise self.error(message, token.position)

    # ------------------------------------------------------------ static checks

    def _validate_call(self, call: Call) -> None:
        arity = self.arities.get(call.name)
        if arity is None:
            raise self.error(f"unknown function '{call.name}'", call.position)
        low, high = arity
        count = len(call.args)
        if count < low or (high is not None and count > high):
            message = f"{call.name} takes {_arity_text(arity)}, got {count}"
            raise self.error(message, call.position)
        checker = _STATIC_CHECKS.get(call.name)
        if checker is not None:
            checker(self, call)

    def _check_pattern(self, call: Call) -> None:
        pattern = call.args[1]
        if not (isinstance(pattern, Literal) and isinstance(pattern.value, str)):
            raise self.error("matches() needs a string literal as its pattern", pattern.position)
        if len(pattern.value) > MAX_PATTERN_LENGTH:
            message = f"pattern is longer than {MAX_PATTERN_LENGTH} characters"
            raise self.error(message, pattern.position)
        try:
            re.compile(pattern.value)
        except (re.error, RecursionError, OverflowError) as exc:
            raise self.error(f"invalid pattern: {exc}", pattern.position) from None

    def _check_date_literal(self, call: Call) -> None:
        argument = call.args[0]
        if not (isinstance(argument, Literal) and isinstance(argument.value, str)):
            return
        if parse_date(argument.value) is None:
            message = f"invalid date {argument.value!r}, expected YYYY-MM-DD"
            raise self.error(message, argument.position)


_STATIC_CHECKS: dict[str, Callable[[_Parser, Call], None]] = {
    "matches": _Parser._check_pattern,
    "date": _Parser._check_date_literal,
}


def parse_tree(source: str, arities: Mapping[str, Arity]) -> Node:
    """Parse ``source`` into a syntax tree, validating calls against ``arities``."""
    return _Parser(source, arities).parse()
