"""Digit and separator normalisation for numbers typed at the counter.

Counter staff type identifiers on whatever keyboard the machine has: an Urdu layout produces
Extended Arabic-Indic digits (۰۱۲…), an Arabic layout Arabic-Indic digits (٠١٢…), a Khmer
layout Khmer digits (០១២…), and text pasted from SMS or PDFs brings fullwidth digits,
non-breaking spaces, typographic dashes and invisible bidi marks.  Everything that stores or
compares a number first maps it to plain ASCII with the helpers here.

Decisions:

* Only the scripts listed in ``DIGIT_SCRIPTS`` are accepted.  ``str.isdigit`` and
  ``unicodedata.digit`` also accept superscripts, circled digits, Bengali, Thai and dozens of
  other scripts; silently accepting those would let a mistyped character become a valid-looking
  number.  Digits from other scripts are left untouched, so ``only_digits`` reports them.
* The translation table is built from ``unicodedata.digit`` so a wrong block offset cannot slip
  in unnoticed (the build asserts each code point's digit value).
* ``strip_separators`` removes every Unicode whitespace character (NBSP, narrow NBSP,
  ideographic space …) rather than only U+0020, because pasted numbers often carry them.  It
  also removes U+061C ARABIC LETTER MARK, U+2060 WORD JOINER and U+00AD SOFT HYPHEN, which are
  invisible like the bidi marks listed in the brief, plus the fullwidth forms of the listed
  punctuation and the Urdu full stop (U+06D4), which Urdu keyboards produce for ".".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "DIGIT_SCRIPTS",
    "normalise_digits",
    "only_digits",
    "strip_separators",
]

#: Script name -> code point of its digit zero.  Each block holds digits 0-9 consecutively.
DIGIT_SCRIPTS: Mapping[str, int] = MappingProxyType(
    {
        "arabic-indic": 0x0660,
        "extended-arabic-indic": 0x06F0,  # Urdu / Persian
        "khmer": 0x17E0,
        "devanagari": 0x0966,
        "fullwidth": 0xFF10,
    }
)


def _build_digit_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for zero in DIGIT_SCRIPTS.values():
        for value in range(10):
            char = chr(zero + value)
            if unicodedata.digit(char, -1) != value:  # pragma: no cover - guards the constants
                raise AssertionError(f"U+{zero + value:04X} is not the digit {value}")
            table[zero + value] = str(value)
    return table


_DIGIT_TABLE = _build_digit_table()

_SEPARATOR_CHARS = (
    "-"  # ASCII hyphen-minus
    + "".join(chr(c) for c in range(0x2010, 0x2016))  # hyphen … horizontal bar
    + "\u2212"  # minus sign
    + "\u00ad"  # soft hyphen
    + "\ufe63\uff0d"  # small / fullwidth hyphen-minus
    + ".\u06d4\uff0e"  # full stop, Urdu full stop, fullwidth full stop
    + "/\\\u2044\u2215\uff0f"  # slashes
    + "_\uff3f"  # low lines
    + "".join(chr(c) for c in range(0x200B, 0x2010))  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + "".join(chr(c) for c in range(0x202A, 0x202F))  # LRE … RLO embeddings/overrides
    + "".join(chr(c) for c in range(0x2066, 0x206A))  # LRI … PDI isolates
    + "\u2060\ufeff\u061c"  # word joiner, BOM / ZWNBSP, Arabic letter mark
)
_SEPARATOR_TABLE = dict.fromkeys(map(ord, _SEPARATOR_CHARS))
_WHITESPACE = re.compile(r"\s+")
_ASCII_DIGITS = frozenset("0123456789")


def normalise_digits(text: str) -> str:
    """Return ``text`` with digits of the accepted scripts replaced by ASCII ``0``-``9``.

    Every other character, including digits of scripts not in ``DIGIT_SCRIPTS``, is kept.
    """
    return text.translate(_DIGIT_TABLE)


def strip_separators(text: str) -> str:
    """Remove whitespace, dashes, dots, slashes, underscores and invisible marks."""
    return _WHITESPACE.sub("", text.translate(_SEPARATOR_TABLE))


def only_digits(text: str) -> bool:
    """True if ``text`` is non-empty and consists only of digits of the accepted scripts.

    Separators are *not* ignored; call ``strip_separators`` first when they should be.
    """
    return bool(text) and _ASCII_DIGITS.issuperset(normalise_digits(text))
