"""Tokenizer: turns source text into a list of :class:`Token`, enforcing size limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .errors import ExprError
from .values import Value

MAX_SOURCE_LENGTH = 4000
MAX_TOKENS = 1000

KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false", "null"})
_TWO_CHAR_OPERATORS = frozenset({"==", "!=", "<>", "<=", ">="})
_ONE_CHAR_OPERATORS = frozenset("=<>+-*/%()[],")
_WHITESPACE = frozenset(" \t\n\r")
_DIGITS = frozenset("0123456789")
_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t"}
# Raw control characters are rejected outright, and bidirectional overrides as well, because
# they can make a rule display differently from how it parses ("Trojan Source").
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_HINTS = {
    "&": "; use 'and'",
    "|": "; use 'or'",
    "!": "; use 'not' or '!='",
    "$": "; refer to fields by bare name, not ${...}",
}


@dataclass(frozen=True, slots=True)
class Token:
    """One lexical token.

    ``kind`` is "number", "string", "name", "op", "keyword", "dot" or "end"; ``key`` is what the
    parser dispatches on: the operator/keyword text for "op"/"keyword", otherwise the kind.
    """

    kind: str
    text: str
    position: int
    value: Value = None

    @property
    def key(self) -> str:
        return self.text if self.kind in ("op", "keyword") else self.kind

    def describe(self) -> str:
        if self.kind == "end":
            return "end of expression"
        text = self.text if len(self.text) <= 20 else self.text[:17] + "..."
        return f"string {text}" if self.kind == "string" else f"'{text}'"


def _is_name_start(char: str) -> bool:
    return char.isidentifier()


def _is_name_char(char: str) -> bool:
    # Checking "a" + char accepts Unicode combining marks, which many scripts need inside words.
    return ("a" + char).isidentifier()


def _scan_name(source: str, start: int) -> tuple[Token, int]:
    end = start + 1
    length = len(source)
    while True:
        while end < length and _is_name_char(source[end]):
            end += 1
        # A dot glued to a following name continues a dotted path (household.size).
        if end + 1 < length and source[end] == "." and _is_name_start(source[end + 1]):
            end += 2
            continue
        break
    text = source[start:end]
    if "." not in text and text.lower() in KEYWORDS:
        return Token("keyword", text.lower(), start), end
    return Token("name", text, start), end


def _scan_number(source: str, start: int) -> tuple[Token, int]:
    end = start
    length = len(source)
    while end < length and source[end] in _DIGITS:
        end += 1
    if end + 1 < length and source[end] == "." and source[end + 1] in _DIGITS:
        end += 1
        while end < length and source[end] in _DIGITS:
            end += 1
        text = source[start:end]
        return Token("number", text, start, Decimal(text)), end
    text = source[start:end]
    return Token("number", text, start, int(text)), end


def _scan_string(source: str, start: int) -> tuple[Token, int]:
    quote = source[start]
    parts: list[str] = []
    index = start + 1
    length = len(source)
    while index < length:
        char = source[index]
        if char == quote:
            return Token("string", source[start : index + 1], start, "".join(parts)), index + 1
        if char == "\\":
            escaped = source[index + 1] if index + 1 < length else ""
            if escaped not in _ESCAPES:
                raise ExprError(f"unknown escape '\\{escaped}' in string", source, index)
            parts.append(_ESCAPES[escaped])
            index += 2
            continue
        parts.append(char)
        index += 1
    raise ExprError("unterminated string", source, start)


def _scan_operator(source: str, start: int) -> tuple[Token, int]:
    pair = source[start : start + 2]
    if pair in _TWO_CHAR_OPERATORS:
        return Token("op", pair, start), start + 2
    char = source[start]
    if char in _ONE_CHAR_OPERATORS:
        return Token("op", char, start), start + 1
    if char == ".":
        return Token("dot", ".", start), start + 1
    raise ExprError(f"unexpected character {char!r}{_HINTS.get(char, '')}", source, start)


def _check_text(source: str) -> None:
    if len(source) > MAX_SOURCE_LENGTH:
        raise ExprError(
            f"expression is longer than {MAX_SOURCE_LENGTH} characters", source, MAX_SOURCE_LENGTH
        )
    bad = _FORBIDDEN.search(source)
    if bad is not None:
        code = f"U+{ord(bad.group()):04X}"
        raise ExprError(f"control character {code} is not allowed", source, bad.start())


def tokenize(source: str) -> list[Token]:
    """Split ``source`` into tokens, always ending with an "end" token."""
    _check_text(source)
    tokens: list[Token] = []
    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if char in _WHITESPACE:
            index += 1
            continue
        if len(tokens) == MAX_TOKENS:
            raise ExprError(f"expression has more than {MAX_TOKENS} tokens", source, index)
        if char in _DIGITS:
            token, index = _scan_number(source, index)
        elif char in "'\"":
            token, index = _scan_string(source, index)
        elif _is_name_start(char):
            token, index = _scan_name(source, index)
        else:
            token, index = _scan_operator(source, index)
        tokens.append(token)
    tokens.append(Token("end", "", length))
    return tokens
