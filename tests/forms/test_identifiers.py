"""Tests for forms.identifiers: built-in types, errors, configuration, search classification."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.identifiers import (
    ANY_COUNTRY,
    IDENTIFIER_TYPES,
    LABEL_LANGUAGES,
    RULE_MESSAGES,
    RULES,
    IdentifierConfigError,
    IdentifierError,
    IdentifierType,
    PatternIdentifierType,
    classify_query,
    get_identifier_type,
    load_identifier_types,
)
from forms.names import script_of

CNIC = "3420108912318"
URDU_DIGITS = str.maketrans(string.digits, "۰۱۲۳۴۵۶۷۸۹")
KHMER_DIGITS = str.maketrans(string.digits, "០១២៣៤៥៦៧៨៩")


# --- built-in types ----------------------------------------------------------------------------


def test_registry_contents_and_order() -> None:
    assert list(IDENTIFIER_TYPES) == [
        "cnic",
        "bform",
        "nicop",
        "kh_nid",
        "idpoor",
        "passport",
        "other",
    ]
    for code, id_type in IDENTIFIER_TYPES.items():
        assert id_type.code == code
        assert get_identifier_type(code) is id_type


@pytest.mark.parametrize("code", list(IDENTIFIER_TYPES))
def test_labels_in_all_languages_and_right_scripts(code: str) -> None:
    label = IDENTIFIER_TYPES[code].label
    assert set(label) == set(LABEL_LANGUAGES)
    assert script_of(label["ur"]) == "arabic"
    assert script_of(label["km"]) in {"khmer", "mixed"}  # some keep the Latin acronym
    assert any("\u1780" <= c <= "\u17ff" for c in label["km"])


def test_required_labels() -> None:
    assert IDENTIFIER_TYPES["cnic"].label["ur"] == "شناختی کارڈ نمبر"
    assert IDENTIFIER_TYPES["bform"].label["ur"] == "ب فارم"
    assert IDENTIFIER_TYPES["kh_nid"].label["km"] == "អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ"
    assert IDENTIFIER_TYPES["idpoor"].label["km"] == "ប័ណ្ណក្រីក្រ"


def test_unknown_type() -> None:
    with pytest.raises(KeyError, match="unknown identifier type 'nope'"):
        get_identifier_type("nope")


@pytest.mark.parametrize("code", ["cnic", "bform", "nicop"])
@pytest.mark.parametrize(
    "raw",
    [
        "3420108912318",
        "34201-0891231-8",
        " 34201 0891231 8 ",
        "34201\u20130891231\u20138",
        "34201-0891231-8".translate(URDU_DIGITS),
        "٣٤٢٠١-٠٨٩١٢٣١-٨",
        "\u200f34201-0891231-8\u200e",
    ],
)
def test_cnic_like_accepts_typed_forms(code: str, raw: str) -> None:
    id_type = IDENTIFIER_TYPES[code]
    assert id_type.compact(raw) == CNIC
    assert id_type.validate(raw) == CNIC
    assert id_type.is_valid(raw)
    assert id_type.format(CNIC) == "34201-0891231-8"


# (code, raw input, template, message); the rule is the template's first word.
VALIDATION_ERRORS = [
    ("cnic", "", "empty", "CNIC is empty"),
    ("cnic", " - ", "empty", "CNIC is empty"),
    ("cnic", "34201-089123-8", "length_digits_exact", "CNIC must have 13 digits (got 12)"),
    ("cnic", "342010891231899", "length_digits_exact", "CNIC must have 13 digits (got 15)"),
    ("cnic", "34201-O891231-8", "characters_digits", "CNIC must contain only digits (found 'O')"),
    ("cnic", "04201-0891231-8", "component_region", "CNIC region code 04201 is invalid"),
    ("cnic", "94201-0891231-8", "component_region", "CNIC region code 94201 is invalid"),
    ("cnic", "34201-0891231-0", "component_gender", "CNIC cannot end in 0"),
    ("bform", "3420108912", "length_digits_exact", "B-form must have 13 digits (got 10)"),
    ("nicop", "34201-0891231-0", "component_gender", "NICOP cannot end in 0"),
    ("kh_nid", "01234567", "length_digits_exact", "Cambodian ID card must have 9 digits (got 8)"),
    ("kh_nid", "01234567X", "characters_digits", "must contain only digits (found 'X')"),
    ("idpoor", "12345", "length_chars_range", "IDPoor number must have 6 to 20 characters"),
    ("idpoor", "1234-56#", "characters_alnum", "only letters A-Z and digits (found '#')"),
    ("passport", "AB12", "length_chars_range", "Passport number must have 6 to 9 characters"),
    ("passport", "AB123456789", "length_chars_range", "(got 11)"),
    ("passport", "ÄB12345", "characters_alnum", "(found 'Ä')"),
    ("other", "", "empty", "Other ID is empty"),
    ("other", "x" * 41, "length_chars_range", "1 to 40 characters (got 41)"),
    ("other", "AB\x0012", "characters_printable", "(U+0000)"),
]


@pytest.mark.parametrize(("code", "raw", "template", "message"), VALIDATION_ERRORS)
def test_validation_errors(code: str, raw: str, template: str, message: str) -> None:
    with pytest.raises(IdentifierError, match=re.escape(message)) as info:
        IDENTIFIER_TYPES[code].validate(raw)
    error = info.value
    assert (error.code, error.template) == (code, template)
    assert error.rule == template.partition("_")[0]
    assert error.rule in RULES
    assert RULE_MESSAGES[error.template].format(**error.params) == str(error) == error.message
    assert not IDENTIFIER_TYPES[code].is_valid(raw)


def test_messages_do_not_contain_the_identifier() -> None:
    for raw in ("34201-0891231-0", "34201089123", "3420108912318999"):
        with pytest.raises(IdentifierError) as info:
            IDENTIFIER_TYPES["cnic"].validate(raw)
        assert "0891231" not in str(info.value)


def test_every_template_renders() -> None:
    params = {
        "name": "X",
        "found": "'a'",
        "expected": 1,
        "actual": 2,
        "minimum": 1,
        "maximum": 3,
        "region": "0",
        "digit": "0",
    }
    for template in RULE_MESSAGES.values():
        assert template.format(**params).startswith("X")


@pytest.mark.parametrize(
    ("code", "raw", "compact", "display"),
    [
        ("kh_nid", "០១២៣៤៥៦៧៨", "012345678", "012345678"),
        ("kh_nid", "012 345 678", "012345678", "012345678"),
        ("idpoor", "0102-0304-0005", "010203040005", "010203040005"),
        ("idpoor", "kh-01-ab-99", "KH01AB99", "KH01AB99"),
        ("passport", "ab1234567", "AB1234567", "AB1234567"),
        ("passport", "AB 123 456", "AB123456", "AB123456"),
        ("other", "Ration card 12/34a", "RATIONCARD1234A", "RATIONCARD1234A"),
        ("other", "کارڈ ۱۲", "کارڈ12", "کارڈ12"),
    ],
)
def test_pattern_types_accept(code: str, raw: str, compact: str, display: str) -> None:
    id_type = IDENTIFIER_TYPES[code]
    assert id_type.validate(raw) == compact
    assert id_type.format(compact) == display


def test_format_never_raises() -> None:
    assert IDENTIFIER_TYPES["cnic"].format("12-34") == "1234"
    assert IDENTIFIER_TYPES["kh_nid"].format("") == ""


def test_types_are_hashable_and_immutable() -> None:
    cnic = IDENTIFIER_TYPES["cnic"]
    assert len({cnic, IDENTIFIER_TYPES["bform"], cnic}) == 2
    with pytest.raises(AttributeError):
        cnic.code = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        cnic.label["en"] = "x"  # type: ignore[index]


cnic_numbers = st.builds(
    lambda region, middle, last: f"{region}{middle}{last}",
    st.integers(1, 7),
    st.text(string.digits, min_size=11, max_size=11),
    st.integers(1, 9),
)


@given(
    cnic_numbers,
    st.sampled_from(["", "-", " ", "\u2013"]),
    st.sampled_from([None, URDU_DIGITS, KHMER_DIGITS]),
)
def test_any_valid_cnic_round_trips(
    number: str, separator: str, digits: dict[int, str] | None
) -> None:
    typed = separator.join((number[:5], number[5:12], number[12:]))
    if digits is not None:
        typed = typed.translate(digits)
    cnic = IDENTIFIER_TYPES["cnic"]
    assert cnic.validate(typed) == number
    assert cnic.validate(cnic.format(number)) == number


# --- pattern types and configuration -----------------------------------------------------------

LABEL = {"en": "Tax number", "ur": "ٹیکس نمبر", "km": "លេខពន្ធ"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_len": 0}, "min_len must be a positive integer"),
        ({"max_len": True}, "max_len must be a positive integer"),
        ({"min_len": 5, "max_len": 4}, "min_len 5 is greater than max_len 4"),
        ({"pattern": "[0-9"}, "not a valid regular expression"),
        ({"charset": "hex"}, "charset 'hex' must be one of"),
        ({"code": "Bad-Code"}, "identifier code 'Bad-Code' must match"),
        ({"country": "pak"}, "country 'pak' must be an ISO 3166 alpha-2 code"),
        ({"label": {"en": "Tax"}}, "lacks ur, km"),
    ],
)
def test_pattern_type_rejects_bad_definition(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {
        "code": "tax",
        "label": LABEL,
        "country": "PK",
        "pattern": "[0-9]+",
        "min_len": 1,
        "max_len": 5,
    }
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=re.escape(message)):
        PatternIdentifierType(**arguments)  # type: ignore[arg-type]


def test_pattern_format_rule() -> None:
    id_type = PatternIdentifierType(
        "tax", LABEL, "PK", pattern=r"[A-Z]{2}[0-9]+", min_len=3, max_len=10, uppercase=True,
        charset="alnum",
    )  # fmt: skip
    assert id_type.validate("ab-123") == "AB123"
    with pytest.raises(IdentifierError, match="Tax number does not have the expected format"):
        id_type.validate("123ab")


def test_base_type_only_rejects_empty() -> None:
    id_type = IdentifierType("plain", LABEL, ANY_COUNTRY)
    assert id_type.validate(" a-b ") == "ab"
    with pytest.raises(IdentifierError, match="Tax number is empty"):
        id_type.validate(" ")


def test_load_identifier_types_from_list() -> None:
    loaded = load_identifier_types(
        [
            {
                "code": "kh_tax",
                "label": {"en": "Tax ID", "km": "លេខពន្ធ"},
                "country": "KH",
                "pattern": "[A-Z][0-9]{3}",
                "min_length": 4,
                "max_length": 4,
                "uppercase": True,
                "charset": "alnum",
            }
        ]
    )
    tax = loaded["kh_tax"]
    assert tax.label == {"en": "Tax ID", "ur": "Tax ID", "km": "លេខពន្ធ"}  # ur falls back
    assert tax.validate("k-123") == "K123"
    registry = {**IDENTIFIER_TYPES, **loaded}
    assert ("kh_tax", "K123") in classify_query("k 123", registry)


def test_load_identifier_types_from_mapping_can_replace_pattern_builtin() -> None:
    loaded = load_identifier_types(
        {
            "kh_nid": {
                "label": {"en": "Cambodian ID card", "ur": "شناختی کارڈ", "km": "អត្តសញ្ញាណប័ណ្ណ"},
                "country": "KH",
                "pattern": "[0-9]{9,10}",
                "min_length": 9,
                "max_length": 10,
                "charset": "digits",
            }
        }
    )
    assert loaded["kh_nid"].validate("0123456789") == "0123456789"
    assert loaded["kh_nid"].charset == "digits"
    assert loaded["kh_nid"].uppercase is False


VALID_ENTRY: dict[str, object] = {
    "code": "tax",
    "label": {"en": "Tax"},
    "country": "PK",
    "pattern": "[0-9]+",
    "min_length": 1,
    "max_length": 10,
}


def _entry(**changes: object) -> dict[str, object]:
    entry = {**VALID_ENTRY, **changes}
    return {key: value for key, value in entry.items() if value is not None}


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("tax", "must be a list or a mapping"),
        ([42], "identifier type #1: must be a mapping (got int)"),
        ([_entry(pattern=None)], "#1: missing keys: pattern"),
        ([_entry(min_lenght=3)], "#1: unknown keys: min_lenght"),
        ([_entry(min_length="3")], "min_length must be int (got '3')"),
        ([_entry(max_length=True)], "max_length must be int (got True)"),
        ([_entry(uppercase="yes")], "uppercase must be bool"),
        ([_entry(min_length=0)], "min_len must be a positive integer"),
        ([_entry(min_length=5, max_length=2)], "min_len 5 is greater than max_len 2"),
        ([_entry(pattern="(")], "not a valid regular expression"),
        ([_entry(charset="hex")], "charset 'hex' must be one of"),
        ([_entry(country="Pakistan")], "country 'Pakistan' must be an ISO 3166"),
        ([_entry(code="Tax")], "identifier code 'Tax' must match"),
        ([_entry(code="cnic")], "'cnic' is a built-in type and cannot be redefined"),
        ([_entry(label="Tax")], "label must be a mapping"),
        ([_entry(label={"ur": "ٹیکس"})], "label.en must be a non-empty string"),
        ([_entry(label={"en": "Tax", "fr": "Impôt"})], "label has unknown languages: fr"),
        ([_entry(label={"en": "Tax", "km": ""})], "label.km must be a non-empty string"),
        ([VALID_ENTRY, VALID_ENTRY], "identifier type #2: duplicate code 'tax'"),
        ({"tax": _entry(code="vat")}, "identifier type 'tax': code 'vat' differs from its key"),
        ({"tax": [1]}, "identifier type 'tax': must be a mapping"),
    ],
)
def test_load_identifier_types_errors(config: object, message: str) -> None:
    with pytest.raises(IdentifierConfigError, match=re.escape(message)):
        load_identifier_types(config)  # type: ignore[arg-type]


# --- classify_query ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("34201-0891231-8", None, ["cnic", "bform", "nicop", "idpoor", "other"]),
        ("۳۴۲۰۱۰۸۹۱۲۳۱۸", "PK", ["cnic", "bform", "nicop", "other"]),
        ("04201-0891231-8", "PK", ["other"]),  # not a valid CNIC: free-form only
        ("០១២៣៤៥៦៧៨", "KH", ["kh_nid", "idpoor", "passport", "other"]),
        ("012 345 678", "PK", ["passport", "other"]),
        ("ab1234567", None, ["idpoor", "passport", "other"]),
        ("Muhammad Aslam", None, []),  # no digit: a name
        ("محمد اسلم", None, []),
        ("", None, []),
        ("   ", None, []),
    ],
)
def test_classify_query(text: str, country: str | None, expected: list[str]) -> None:
    candidates = classify_query(text, country=country)
    assert [code for code, _ in candidates] == expected
    for code, compact in candidates:
        assert IDENTIFIER_TYPES[code].validate(compact) == compact


def test_classify_query_returns_compact_forms() -> None:
    assert classify_query("٣٤٢٠١-٠٨٩١٢٣١-٨", country="PK")[0] == ("cnic", CNIC)


@given(st.text(max_size=30))
def test_classify_query_never_raises(text: str) -> None:
    for code, compact in classify_query(text):
        assert IDENTIFIER_TYPES[code].is_valid(compact)
