"""Tests for forms.regno: Damm-checked registry numbers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.regno import (
    MAX_SERIAL,
    REGNO_MESSAGES,
    RegistryNoError,
    format_registry_no,
    is_registry_no,
    make_registry_no,
    serial_of,
    validate_registry_no,
)

serials = st.integers(min_value=1, max_value=MAX_SERIAL)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, "00000000013"),
        (572, "00000005724"),  # stdnum's documented example: 572 -> check digit 4
        (MAX_SERIAL, make_registry_no(MAX_SERIAL)),
    ],
)
def test_make_registry_no(serial: int, expected: str) -> None:
    number = make_registry_no(serial)
    assert number == expected
    assert len(number) == 11
    assert number.isdigit()
    assert serial_of(number) == serial


@pytest.mark.parametrize("serial", [0, -1, 10**10, 10**11])
def test_make_registry_no_rejects_out_of_range(serial: int) -> None:
    with pytest.raises(ValueError, match="between 1 and"):
        make_registry_no(serial)


@pytest.mark.parametrize("serial", [True, "12", 1.0])
def test_make_registry_no_rejects_non_int(serial: object) -> None:
    with pytest.raises(TypeError):
        make_registry_no(serial)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [
        "00000005724",
        "000-0000-5724",
        " 000 0000 5724 ",
        "۰۰۰-۰۰۰۰-۵۷۲۴",  # Urdu digits
        "០០០-០០០០-៥៧២៤",  # Khmer digits
        "000\u20130000\u20135724",  # en dashes
    ],
)
def test_validate_accepts_typed_forms(raw: str) -> None:
    assert validate_registry_no(raw) == "00000005724"
    assert is_registry_no(raw)
    assert format_registry_no(raw) == "000-0000-5724"


@pytest.mark.parametrize(
    ("raw", "rule", "message"),
    [
        ("", "length", "must have 11 digits (got 0)"),
        ("0000000572", "length", "must have 11 digits (got 10)"),
        ("000000057240", "length", "must have 11 digits (got 12)"),
        ("0000000572A", "characters", "only digits (found 'A')"),
        ("00000005725", "checksum", "wrong check digit"),
        ("00000007524", "checksum", "wrong check digit"),  # adjacent transposition
        ("00000000000", "range", "000-0000-0000 is not an allocated number"),
    ],
)
def test_validate_rejects(raw: str, rule: str, message: str) -> None:
    with pytest.raises(RegistryNoError, match=re.escape(message)) as info:
        validate_registry_no(raw)
    assert info.value.rule == rule
    assert rule in REGNO_MESSAGES
    assert not is_registry_no(raw)


def test_error_message_does_not_echo_the_number() -> None:
    with pytest.raises(RegistryNoError) as info:
        validate_registry_no("12345678901")
    assert "12345678901" not in str(info.value)


def test_format_rejects_invalid() -> None:
    with pytest.raises(RegistryNoError):
        format_registry_no("12345678901")


@given(serials)
def test_round_trip(serial: int) -> None:
    number = make_registry_no(serial)
    display = format_registry_no(number)
    assert [len(part) for part in display.split("-")] == [3, 4, 4]
    assert validate_registry_no(display) == number
    assert serial_of(display) == serial


@settings(max_examples=200)
@given(serials)
def test_every_single_digit_substitution_is_rejected(serial: int) -> None:
    number = make_registry_no(serial)
    for position, original in enumerate(number):
        for digit in "0123456789":
            if digit != original:
                typo = number[:position] + digit + number[position + 1 :]
                with pytest.raises(RegistryNoError) as info:
                    validate_registry_no(typo)
                assert info.value.rule == "checksum"


@settings(max_examples=200)
@given(serials)
def test_every_adjacent_transposition_is_rejected(serial: int) -> None:
    number = make_registry_no(serial)
    for position in range(len(number) - 1):
        first, second = number[position], number[position + 1]
        if first != second:
            swapped = number[:position] + second + first + number[position + 2 :]
            with pytest.raises(RegistryNoError) as info:
                validate_registry_no(swapped)
            assert info.value.rule == "checksum"
