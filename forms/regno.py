"""Human-friendly registry numbers with a Damm check digit.

Every person and household gets a registry number allocated offline from a block of serials
reserved for the device, so numbers are unique without a network round trip.  The number is
read aloud over the phone, copied by hand onto paper forms and typed back in at another
counter, so it has to survive the usual human errors:

* 11 digits: a zero-padded 10-digit serial (1 .. 9 999 999 999) and one check digit.
* The check digit uses the Damm algorithm (``stdnum.damm``).  Unlike Luhn it detects *every*
  single-digit substitution and *every* transposition of two adjacent digits, including
  transpositions that involve the check digit itself, and it needs no letters (an ISO 7064
  mod 11 check would sometimes need "X", which Urdu and Khmer keyboards make awkward).
* Display form ``NNN-NNNN-NNNN``: groups of at most four are easy to read out and to compare.
  Input accepts any separators and Arabic-Indic, Urdu, Khmer, Devanagari or fullwidth digits
  (``forms.digits``).

Decisions:

* ``00000000000`` passes the Damm check but serial 0 is never allocated; it is rejected with
  rule ``range`` so a form pre-filled with zeros cannot pass as a real number.
* ``format_registry_no`` validates (including the checksum) before formatting: registry
  numbers are always generated, so an invalid one is a bug or a typo and should not be shown
  as if it were real.
* Error messages follow ``REGNO_MESSAGES`` (named placeholders, translatable) and never echo
  the number back.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from stdnum import damm

from forms.digits import normalise_digits, strip_separators

__all__ = [
    "MAX_SERIAL",
    "REGNO_MESSAGES",
    "REGNO_LENGTH",
    "SERIAL_DIGITS",
    "RegistryNoError",
    "format_registry_no",
    "is_registry_no",
    "make_registry_no",
    "serial_of",
    "validate_registry_no",
]

SERIAL_DIGITS = 10
REGNO_LENGTH = SERIAL_DIGITS + 1
MAX_SERIAL = 10**SERIAL_DIGITS - 1
_GROUPS = ((0, 3), (3, 7), (7, 11))
_ASCII_DIGITS = frozenset("0123456789")

REGNO_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "characters": "Registry number must contain only digits (found {found})",
        "length": "Registry number must have {expected} digits (got {actual})",
        "checksum": (
            "Registry number has a wrong check digit (a digit is mistyped or two digits "
            "are swapped)"
        ),
        "range": "Registry number {display} is not an allocated number",
    }
)


class RegistryNoError(ValueError):
    """A registry number is invalid.  ``rule`` is a key of ``REGNO_MESSAGES``."""

    def __init__(self, rule: str, **params: object) -> None:
        self.rule = rule
        self.params: Mapping[str, object] = MappingProxyType(dict(params))
        super().__init__(REGNO_MESSAGES[rule].format(**params))


def make_registry_no(serial: int) -> str:
    """Compact registry number (11 digits) for ``serial`` (1 .. 10**10 - 1)."""
    if isinstance(serial, bool) or not isinstance(serial, int):
        raise TypeError(f"serial must be an int (got {type(serial).__name__})")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial must be between 1 and {MAX_SERIAL} (got {serial})")
    body = f"{serial:0{SERIAL_DIGITS}d}"
    return body + str(damm.calc_check_digit(body))


def validate_registry_no(raw: str) -> str:
    """Return the compact 11-digit form of ``raw`` or raise ``RegistryNoError``."""
    value = strip_separators(normalise_digits(raw))
    bad = [c for c in value if c not in _ASCII_DIGITS]
    if bad:
        found = ", ".join(f"'{c}'" if c.isprintable() else f"U+{ord(c):04X}" for c in bad[:5])
        raise RegistryNoError("characters", found=found)
    if len(value) != REGNO_LENGTH:
        raise RegistryNoError("length", expected=REGNO_LENGTH, actual=len(value))
    if damm.checksum(value) != 0:
        raise RegistryNoError("checksum")
    if int(value[:SERIAL_DIGITS]) == 0:
        raise RegistryNoError("range", display=_display(value))
    return value


def _display(compact: str) -> str:
    return "-".join(compact[start:end] for start, end in _GROUPS)


def format_registry_no(compact: str) -> str:
    """Display form ``NNN-NNNN-NNNN``; raises ``RegistryNoError`` for an invalid number."""
    return _display(validate_registry_no(compact))


def is_registry_no(raw: str) -> bool:
    try:
        validate_registry_no(raw)
    except RegistryNoError:
        return False
    return True


def serial_of(compact: str) -> int:
    """The serial a (valid) registry number was made from."""
    return int(validate_registry_no(compact)[:SERIAL_DIGITS])
