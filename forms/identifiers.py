"""Identifier types recorded on person records, with validation and display rules.

Every identifier goes through the same three steps:

``compact``
    The storage and comparison form: digits of any accepted script become ASCII
    (``forms.digits.normalise_digits``), separators and invisible marks are removed
    (``strip_separators``), and types that are case-insensitive are upper-cased.  Two ways of
    typing the same number always compact to the same string, so lookups compare compact forms.
``validate``
    Returns the compact form or raises ``IdentifierError``.
``format``
    The display form.  It never raises: a value stored before a rule changed must still show.

Pakistani numbers (CNIC, B-form/CRC, NICOP) share NADRA's 13-digit citizen number, so all three
use ``stdnum.pk.cnic``; the exceptions it raises are mapped to our rules (``InvalidFormat`` ->
``characters``, ``InvalidLength`` -> ``length``, ``InvalidComponent`` -> ``component``, with
the message saying whether the region digit or the last digit is wrong).  Cambodian and
free-form types are ``PatternIdentifierType`` instances, so a deployment can add or tighten
types from configuration (``load_identifier_types``) without code changes.

Error messages are English but built from the templates in ``RULE_MESSAGES`` with named
placeholders; ``IdentifierError`` carries ``template`` and ``params`` so the UI can render the
same message in Urdu or Khmer.  Messages never contain the whole identifier: exception text
ends up in logs, and a national ID number is personal data.  Only the offending characters or
the CNIC region code (a locality, not a person) are quoted.

``classify_query`` supports the counter's single search box: any text containing at least one
digit is tried against every type, and each type that accepts it becomes a candidate.  Names
never contain digits, so name searches are not slowed down by identifier look-ups.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import ClassVar

from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.pk import cnic as _stdnum_cnic

from forms.digits import normalise_digits, strip_separators

__all__ = [
    "ANY_COUNTRY",
    "CHARSETS",
    "IDENTIFIER_TYPES",
    "LABEL_LANGUAGES",
    "RULES",
    "RULE_MESSAGES",
    "CnicLikeIdentifierType",
    "IdentifierConfigError",
    "IdentifierError",
    "IdentifierType",
    "PatternIdentifierType",
    "classify_query",
    "get_identifier_type",
    "load_identifier_types",
]

#: ``country`` value of types that are not tied to one country (passport, other).
ANY_COUNTRY = "*"
#: Languages every label must have.
LABEL_LANGUAGES = ("en", "ur", "km")
#: The machine-readable rule keys ``IdentifierError.rule`` can take.
RULES = ("empty", "characters", "length", "format", "component")

#: Message templates, keyed by ``IdentifierError.template``.  Placeholders are named so that
#: translations may reorder them.  ``{name}`` is the English label of the identifier type.
RULE_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "empty": "{name} is empty",
        "characters_digits": "{name} must contain only digits (found {found})",
        "characters_alnum": "{name} may contain only letters A-Z and digits (found {found})",
        "characters_printable": "{name} contains characters that cannot be printed ({found})",
        "length_digits_exact": "{name} must have {expected} digits (got {actual})",
        "length_digits_range": "{name} must have {minimum} to {maximum} digits (got {actual})",
        "length_chars_exact": "{name} must have {expected} characters (got {actual})",
        "length_chars_range": ("{name} must have {minimum} to {maximum} characters (got {actual})"),
        "format": "{name} does not have the expected format",
        "component_region": (
            "{name} region code {region} is invalid (the first digit must be 1 to 7)"
        ),
        "component_gender": "{name} cannot end in {digit}",
    }
)

_ASCII_DIGITS = frozenset(string.digits)
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
_MAX_FOUND = 5


def _is_printable_char(char: str) -> bool:
    return char.isprintable()


#: Character sets a ``PatternIdentifierType`` may restrict its compact form to.
CHARSETS: Mapping[str, Callable[[str], bool]] = MappingProxyType(
    {
        "digits": _ASCII_DIGITS.__contains__,
        "alnum": _ASCII_ALNUM.__contains__,
        "printable": _is_printable_char,
    }
)


def _describe_chars(chars: Iterable[str]) -> str:
    """Quote offending characters for a message; invisible ones as U+XXXX."""
    unique = list(dict.fromkeys(chars))
    shown = [f"'{c}'" if c.isprintable() else f"U+{ord(c):04X}" for c in unique[:_MAX_FOUND]]
    if len(unique) > _MAX_FOUND:
        shown.append("…")
    return ", ".join(shown)


class IdentifierError(ValueError):
    """An identifier failed validation.

    ``code`` is the identifier type, ``rule`` one of ``RULES``, ``template`` the key into
    ``RULE_MESSAGES`` and ``params`` the values for its placeholders.
    """

    def __init__(self, code: str, rule: str, template: str, **params: object) -> None:
        self.code = code
        self.rule = rule
        self.template = template
        self.params: Mapping[str, object] = MappingProxyType(dict(params))
        super().__init__(RULE_MESSAGES[template].format(**params))

    @property
    def message(self) -> str:
        return str(self)


class IdentifierConfigError(ValueError):
    """Configuration for extra identifier types is invalid."""


_CODE_RE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class IdentifierType:
    """An identifier type.  The base class only rejects empty values; subclasses add rules."""

    code: str
    label: Mapping[str, str] = field(hash=False)
    country: str

    def __post_init__(self) -> None:
        if not _CODE_RE.fullmatch(self.code):
            raise ValueError(f"identifier code {self.code!r} must match {_CODE_RE.pattern}")
        if self.country != ANY_COUNTRY and not _COUNTRY_RE.fullmatch(self.country):
            raise ValueError(
                f"country {self.country!r} must be an ISO 3166 alpha-2 code or {ANY_COUNTRY!r}"
            )
        missing = [lang for lang in LABEL_LANGUAGES if not self.label.get(lang)]
        if missing:
            raise ValueError(f"label of {self.code!r} lacks {', '.join(missing)}")
        object.__setattr__(self, "label", MappingProxyType(dict(self.label)))

    @property
    def name(self) -> str:
        """English label, used in error messages."""
        return self.label["en"]

    def compact(self, raw: str) -> str:
        return strip_separators(normalise_digits(raw))

    def validate(self, raw: str) -> str:
        value = self.compact(raw)
        if not value:
            raise self._error("empty", "empty")
        self._check(value)
        return value

    def is_valid(self, raw: str) -> bool:
        try:
            self.validate(raw)
        except IdentifierError:
            return False
        return True

    def format(self, compact: str) -> str:
        return self.compact(compact)

    def _check(self, value: str) -> None:
        """Raise ``IdentifierError`` if the non-empty compact ``value`` is invalid."""

    def _error(self, rule: str, template: str, **params: object) -> IdentifierError:
        return IdentifierError(self.code, rule, template, name=self.name, **params)


@dataclass(frozen=True)
class CnicLikeIdentifierType(IdentifierType):
    """A NADRA 13-digit citizen number (CNIC, B-form/CRC, NICOP), checked by stdnum."""

    length: ClassVar[int] = 13

    def compact(self, raw: str) -> str:
        return str(_stdnum_cnic.compact(super().compact(raw)))

    def format(self, compact: str) -> str:
        value = self.compact(compact)
        if len(value) == self.length and _ASCII_DIGITS.issuperset(value):
            return str(_stdnum_cnic.format(value))
        return value

    def _check(self, value: str) -> None:
        try:
            _stdnum_cnic.validate(value)
        except InvalidLength:  # a subclass of InvalidFormat: must come first
            raise self._error(
                "length", "length_digits_exact", expected=self.length, actual=len(value)
            ) from None
        except InvalidFormat:
            bad = [c for c in value if c not in _ASCII_DIGITS]
            raise self._error(
                "characters", "characters_digits", found=_describe_chars(bad)
            ) from None
        except InvalidComponent:
            if _stdnum_cnic.get_province(value) is None:
                raise self._error("component", "component_region", region=value[:5]) from None
            raise self._error("component", "component_gender", digit=value[-1]) from None
        except ValidationError:  # pragma: no cover - stdnum raises only the three above
            raise self._error("format", "format") from None


@dataclass(frozen=True)
class PatternIdentifierType(IdentifierType):
    """An identifier checked by character set, length and a regular expression.

    Checks run in this order, so the message names the most basic problem: characters outside
    ``charset`` (one of ``CHARSETS``), length outside ``min_len``..``max_len``, then
    ``pattern`` (matched with ``re.fullmatch`` against the compact form, which is upper-cased
    first when ``uppercase`` is true).
    """

    pattern: str
    min_len: int
    max_len: int
    uppercase: bool = False
    charset: str = "printable"
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.charset not in CHARSETS:
            raise ValueError(f"charset {self.charset!r} must be one of {', '.join(CHARSETS)}")
        for attr in ("min_len", "max_len"):
            value = getattr(self, attr)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{attr} must be a positive integer (got {value!r})")
        if self.min_len > self.max_len:
            raise ValueError(f"min_len {self.min_len} is greater than max_len {self.max_len}")
        try:
            regex = re.compile(self.pattern)
        except re.error as exc:
            raise ValueError(
                f"pattern {self.pattern!r} is not a valid regular expression: {exc}"
            ) from None
        object.__setattr__(self, "_regex", regex)

    def compact(self, raw: str) -> str:
        value = super().compact(raw)
        return value.upper() if self.uppercase else value

    def _check(self, value: str) -> None:
        allowed = CHARSETS[self.charset]
        bad = [c for c in value if not allowed(c)]
        if bad:
            raise self._error(
                "characters", f"characters_{self.charset}", found=_describe_chars(bad)
            )
        if not self.min_len <= len(value) <= self.max_len:
            unit = "digits" if self.charset == "digits" else "chars"
            if self.min_len == self.max_len:
                raise self._error(
                    "length", f"length_{unit}_exact", expected=self.min_len, actual=len(value)
                )
            raise self._error(
                "length",
                f"length_{unit}_range",
                minimum=self.min_len,
                maximum=self.max_len,
                actual=len(value),
            )
        if not self._regex.fullmatch(value):
            raise self._error("format", "format")


def _label(en: str, ur: str, km: str) -> Mapping[str, str]:
    return {"en": en, "ur": ur, "km": km}


_BUILTIN_TYPES: tuple[IdentifierType, ...] = (
    CnicLikeIdentifierType(
        "cnic",
        _label("CNIC", "شناختی کارڈ نمبر", "អត្តសញ្ញាណប័ណ្ណប៉ាគីស្ថាន (CNIC)"),
        "PK",
    ),
    CnicLikeIdentifierType(
        "bform",
        _label("B-form", "ب فارم", "សំបុត្របញ្ជាក់កំណើតកុមារប៉ាគីស្ថាន (B-form)"),
        "PK",
    ),
    CnicLikeIdentifierType(
        "nicop",
        _label("NICOP", "نائیکوپ", "អត្តសញ្ញាណប័ណ្ណប៉ាគីស្ថានក្រៅប្រទេស (NICOP)"),
        "PK",
    ),
    PatternIdentifierType(
        "kh_nid",
        _label("Cambodian ID card", "کمبوڈیا کا قومی شناختی کارڈ", "អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ"),
        "KH",
        pattern=r"[0-9]{9}",
        min_len=9,
        max_len=9,
        charset="digits",
    ),
    PatternIdentifierType(
        "idpoor",
        _label("IDPoor number", "آئی ڈی پور گھرانہ نمبر", "ប័ណ្ណក្រីក្រ"),
        "KH",
        # Household numbers are printed with dashes between the location and household parts;
        # dashes are separators, so the stored form is 6-20 digits and capital letters.
        pattern=r"[0-9A-Z]+",
        min_len=6,
        max_len=20,
        uppercase=True,
        charset="alnum",
    ),
    PatternIdentifierType(
        "passport",
        _label("Passport number", "پاسپورٹ نمبر", "លេខលិខិតឆ្លងដែន"),
        ANY_COUNTRY,
        pattern=r"[0-9A-Z]+",
        min_len=6,
        max_len=9,
        uppercase=True,
        charset="alnum",
    ),
    PatternIdentifierType(
        "other",
        _label("Other ID", "دیگر شناختی دستاویز", "អត្តសញ្ញាណផ្សេងទៀត"),
        ANY_COUNTRY,
        # Free-form: anything printable.  Upper-cased so "rc12a" and "RC-12A" match.
        pattern=r".+",
        min_len=1,
        max_len=40,
        uppercase=True,
        charset="printable",
    ),
)

#: Built-in identifier types by code, in the order ``classify_query`` tries them.
IDENTIFIER_TYPES: Mapping[str, IdentifierType] = MappingProxyType(
    {t.code: t for t in _BUILTIN_TYPES}
)


def get_identifier_type(
    code: str, types: Mapping[str, IdentifierType] = IDENTIFIER_TYPES
) -> IdentifierType:
    """Return the identifier type ``code``; ``KeyError`` naming the known codes otherwise."""
    try:
        return types[code]
    except KeyError:
        raise KeyError(
            f"unknown identifier type {code!r}; known types: {', '.join(types)}"
        ) from None


def classify_query(
    text: str,
    types: Mapping[str, IdentifierType] = IDENTIFIER_TYPES,
    country: str | None = None,
) -> list[tuple[str, str]]:
    """Candidate ``(identifier_code, compact)`` pairs the search text could be.

    Text without any digit (after digit normalisation) is treated as a name and yields no
    candidates.  With ``country`` only types of that country and country-independent ones are
    tried.  Candidates keep the order of ``types``.
    """
    if not any(c in _ASCII_DIGITS for c in normalise_digits(text)):
        return []
    candidates: list[tuple[str, str]] = []
    for code, id_type in types.items():
        if country is not None and id_type.country not in (country, ANY_COUNTRY):
            continue
        try:
            candidates.append((code, id_type.validate(text)))
        except IdentifierError:
            continue
    return candidates


# --- configuration -------------------------------------------------------------------------

_REQUIRED_KEYS = frozenset({"code", "label", "country", "pattern", "min_length", "max_length"})
_OPTIONAL_KEYS = frozenset({"uppercase", "charset"})
_PROTECTED_CODES = frozenset(
    code for code, t in IDENTIFIER_TYPES.items() if not isinstance(t, PatternIdentifierType)
)


def _config_label(value: object) -> Mapping[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError("label must be a mapping with keys en, ur, km")
    unknown = sorted(str(k) for k in value if k not in LABEL_LANGUAGES)
    if unknown:
        raise ValueError(f"label has unknown languages: {', '.join(unknown)}")
    en = value.get("en")
    if not isinstance(en, str) or not en.strip():
        raise ValueError("label.en must be a non-empty string")
    label = {"en": en}
    for lang in LABEL_LANGUAGES[1:]:
        text = value.get(lang, en)  # a missing translation falls back to English
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"label.{lang} must be a non-empty string")
        label[lang] = text
    return label


def _config_type(key: str, value: object, expected: type) -> None:
    # bool is a subclass of int: reject it explicitly for integer fields.
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ValueError(f"{key} must be {expected.__name__} (got {value!r})")


def _config_entry(entry: object) -> PatternIdentifierType:
    if not isinstance(entry, Mapping):
        raise ValueError(f"must be a mapping (got {type(entry).__name__})")
    missing = sorted(_REQUIRED_KEYS - entry.keys())
    if missing:
        raise ValueError(f"missing keys: {', '.join(missing)}")
    unknown = sorted(str(k) for k in entry.keys() - _REQUIRED_KEYS - _OPTIONAL_KEYS)
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(unknown)}")
    types: dict[str, type] = {
        "code": str,
        "country": str,
        "pattern": str,
        "min_length": int,
        "max_length": int,
        "uppercase": bool,
        "charset": str,
    }
    for key, expected in types.items():
        if key in entry:
            _config_type(key, entry[key], expected)
    if entry["code"] in _PROTECTED_CODES:
        raise ValueError(f"code {entry['code']!r} is a built-in type and cannot be redefined")
    return PatternIdentifierType(
        code=entry["code"],
        label=_config_label(entry["label"]),
        country=entry["country"],
        pattern=entry["pattern"],
        min_len=entry["min_length"],
        max_len=entry["max_length"],
        uppercase=entry.get("uppercase", False),
        charset=entry.get("charset", "printable"),
    )


def load_identifier_types(
    config: Mapping[str, object] | Iterable[object],
) -> dict[str, PatternIdentifierType]:
    """Build pattern identifier types from plain configuration data (e.g. parsed YAML).

    ``config`` is either a list of dicts, each with ``code``, or a mapping from code to dict
    (a ``code`` inside must then agree with the key).  Each dict has ``code``, ``label``
    (``{en, ur, km}``; ``ur``/``km`` fall back to ``en``), ``country`` (ISO alpha-2 or ``*``),
    ``pattern``, ``min_length``, ``max_length`` and optionally ``uppercase`` (default false) and
    ``charset`` (``digits``, ``alnum`` or ``printable``, the default).

    A configured type may replace a built-in *pattern* type (e.g. tighten ``kh_nid``) but not
    the stdnum-backed Pakistani types.  The result holds only the configured types; merge with
    ``{**IDENTIFIER_TYPES, **result}``.  Any problem raises ``IdentifierConfigError`` naming
    the entry and the field.
    """
    if isinstance(config, Mapping):
        entries: list[tuple[str, object]] = []
        for key, value in config.items():
            if isinstance(value, Mapping) and value.get("code", key) != key:
                raise IdentifierConfigError(
                    f"identifier type {key!r}: code {value['code']!r} differs from its key"
                )
            entry = {"code": key, **value} if isinstance(value, Mapping) else value
            entries.append((repr(key), entry))
    elif isinstance(config, str | bytes):
        raise IdentifierConfigError("identifier type configuration must be a list or a mapping")
    else:
        entries = [(f"#{i + 1}", entry) for i, entry in enumerate(config)]
    result: dict[str, PatternIdentifierType] = {}
    for where, entry in entries:
        try:
            id_type = _config_entry(entry)
        except (ValueError, TypeError) as exc:
            raise IdentifierConfigError(f"identifier type {where}: {exc}") from None
        if id_type.code in result:
            raise IdentifierConfigError(f"identifier type {where}: duplicate code {id_type.code!r}")
        result[id_type.code] = id_type
    return result
