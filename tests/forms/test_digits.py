"""Tests for forms.digits: accepted digit scripts, separators, only_digits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.digits import DIGIT_SCRIPTS, normalise_digits, only_digits, strip_separators

ZEROS = sorted(DIGIT_SCRIPTS.values())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Extended Arabic-Indic (Urdu)
        ("០១២៣៤៥៦៧៨៩", "0123456789"),  # Khmer
        ("०१२३४५६७८९", "0123456789"),  # Devanagari
        ("０１２３４５６７８９", "0123456789"),  # Fullwidth
        ("۳۴۲۰۱-٠٨٩١٢٣١-8", "34201-0891231-8"),  # mixed scripts, separators kept
        ("abc ۵", "abc 5"),
        ("", ""),
    ],
)
def test_normalise_digits(raw: str, expected: str) -> None:
    assert normalise_digits(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "০১২",  # Bengali: not an accepted script
        "๑๒๓",  # Thai
        "²³",  # superscripts
        "①",  # circled digit
    ],
)
def test_other_digit_scripts_are_not_accepted(raw: str) -> None:
    assert normalise_digits(raw) == raw
    assert not only_digits(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("34201-0891231-8", "3420108912318"),
        (" 34201 0891231 8 ", "3420108912318"),
        ("34201\u20130891231\u20148", "3420108912318"),  # en and em dash
        ("34201\u22120891231\u20108", "3420108912318"),  # minus sign, hyphen
        ("12.34/56_78\\9", "123456789"),
        ("12\u00a034\u202f56\u300078", "12345678"),  # NBSP, narrow NBSP, ideographic space
        ("\u200f123\u200e\u202a45\u202c\u20666\u2069\ufeff", "123456"),  # bidi marks, BOM
        ("1\u200b2\u200c3\u200d4", "1234"),  # zero-width characters
        ("۱۲\u06d4۳", "۱۲۳"),  # Urdu full stop removed, digits untouched
        ("AB-12", "AB12"),
    ],
)
def test_strip_separators(raw: str, expected: str) -> None:
    assert strip_separators(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0123", True),
        ("۰۱۲۳", True),
        ("០១២៣", True),
        ("12٣4", True),
        ("", False),
        ("12 34", False),
        ("12-34", False),
        ("12a", False),
        ("١٢.٣", False),
    ],
)
def test_only_digits(raw: str, expected: bool) -> None:
    assert only_digits(raw) is expected


@given(st.integers(min_value=0), st.data())
def test_any_number_in_any_accepted_script_normalises(number: int, data: st.DataObject) -> None:
    digits = str(number)
    zeros = data.draw(st.lists(st.sampled_from(ZEROS), min_size=len(digits), max_size=len(digits)))
    typed = "".join(chr(zero + int(d)) for zero, d in zip(zeros, digits, strict=True))
    assert normalise_digits(typed) == digits
    assert only_digits(typed)


@given(st.text())
def test_normalisation_is_idempotent_and_length_preserving(text: str) -> None:
    once = normalise_digits(text)
    assert normalise_digits(once) == once
    assert len(once) == len(text)
    stripped = strip_separators(text)
    assert strip_separators(stripped) == stripped
    assert not any(c.isspace() for c in stripped)
