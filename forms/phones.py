"""Phone numbers as the counter stores and searches them.

Stored form: national digits with a leading 0 (what people say at the counter), so that
"+92 300 1234567", "0092-300-1234567" and "0300 1234567" are one number. Country calling codes
known here are Pakistan (92) and Cambodia (855); other international numbers keep a '+'.
"""

from __future__ import annotations

from forms.digits import normalise_digits, strip_separators

COUNTRY_CODES = ("92", "855")


class PhoneError(ValueError):
    pass


def normalise_phone(raw: str, *, min_digits: int = 7, max_digits: int = 15) -> str:
    text = strip_separators(normalise_digits(raw)).replace("(", "").replace(")", "")
    international = text.startswith("+") or text.startswith("00")
    digits = text.lstrip("+")
    if digits.startswith("00"):
        digits = digits[2:]
    if not digits.isdigit():
        raise PhoneError("a phone number has only digits")
    if international:
        for code in COUNTRY_CODES:
            if digits.startswith(code):
                digits = "0" + digits[len(code) :]
                break
        else:
            digits = "+" + digits
    count = len(digits.lstrip("+"))
    if not min_digits <= count <= max_digits:
        raise PhoneError("wrong number of digits")
    return digits
