"""Dates, times and numbers as the clerk reads them in the interface language (display only).

Every displayed date, time, amount and count goes through `LocaleFormat`, so one language
writes them one way everywhere:

- dates read day, month name, year ("4 Mar 1961", "4 مارچ 1961", "៤ មីនា ១៩៦១"): never the
  ambiguous 04/03/61; times use the 24-hour clock;
- numbers group thousands as the language's `QLocale` does ("13,500");
- Urdu keeps Latin digits (as Pakistani government forms do); Khmer writes Khmer digits.

Identity numbers, registry numbers, phones and references never come here: they stay as
stored. Stored values never change either; values that cannot be read are shown as stored.
`Language.apply` (`desktop.i18n`) puts the language's locale in force as Qt's default, so Qt's
own `%Ln` counts and `LocaleFormat.current()` follow a language change at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

LOCALE_NAMES: Mapping[str, str] = {"en": "en_PK", "ur": "ur_PK", "km": "km_KH"}
DATE_PATTERN = "d MMM yyyy"
DATE_TIME_PATTERN = "d MMM yyyy HH:mm"
_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
_NATIVE_DIGITS: Mapping[str, dict[int, int]] = {"km": _KHMER_DIGITS}
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def locale_for(language: str) -> QLocale:
    """The Qt locale of an interface language (English for a language we do not ship)."""
    return QLocale(LOCALE_NAMES.get(language, LOCALE_NAMES["en"]))


class LocaleFormat:
    """How one interface language writes dates, times and numbers. Immutable; any thread
    (it only reads Qt's locale data)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LOCALE_NAMES else "en"
        self.locale = locale_for(self.language)
        self._digits = _NATIVE_DIGITS.get(self.language)

    @classmethod
    def current(cls) -> LocaleFormat:
        """The language in force (Qt's default locale, set by `Language.apply`)."""
        language = QLocale().language()
        for code, name in LOCALE_NAMES.items():
            if QLocale(name).language() == language:
                return cls(code)
        return cls("en")

    def digits(self, text: str) -> str:
        """`text` with its digits in the language's own script (Khmer); never for IDs."""
        return text.translate(self._digits) if self._digits else text

    def date(self, value: date | str | None) -> str:
        """ "4 Mar 1961"; an ISO date-time shows its date; unreadable text as stored."""
        day = _as_date(value)
        if day is None:
            return str(value or "")
        return self.digits(self.locale.toString(QDate(day.year, day.month, day.day), DATE_PATTERN))

    def date_time(self, value: datetime | str | None) -> str:
        """ "15 Jan 2026 09:00": the wall time as recorded (its own UTC offset)."""
        when = _as_datetime(value)
        if when is None:
            return str(value or "")
        moment = QDateTime(
            QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
        )
        return self.digits(self.locale.toString(moment, DATE_TIME_PATTERN))

    def integer(self, value: int) -> str:
        """A count: "1,234"."""
        return self.digits(self.locale.toString(int(value)))

    def number(self, value: float | Decimal | int | str) -> str:
        """A measured value in its shortest exact form: 21.5, 13,500; as given if not a number."""
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        if amount == amount.to_integral_value():
            return self.integer(int(amount))
        return self.digits(self.locale.toString(float(amount), "f", _SHORTEST))

    def money(self, amount: Decimal, currency: str) -> str:
        """ "PKR 13,500" (two decimals only when there are paise/cents)."""
        if amount == amount.to_integral_value():
            digits = self.integer(int(amount))
        else:
            digits = self.digits(self.locale.toString(float(amount), "f", 2))
        return f"{currency} {digits}"

    def percent(self, value: float | Decimal | int) -> str:
        """ "12.5%" with the language's percent sign."""
        return f"{self.number(value)}{self.locale.percent()}"

    def join(self, items: Sequence[str]) -> str:
        """ "A, B and C" in the language's words."""
        return self.locale.createSeparatedList(list(items)) if items else ""


def _as_date(value: date | str | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _as_datetime(value: datetime | str | None) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def translate(context: str, text: str, n: int = -1) -> str:
    """`QCoreApplication.translate`, with a count `n` (plural forms) written the language's
    way: sources write it `%Ln`, which Qt groups by the default locale; Khmer digits are put
    in here (a counted sentence holds no other number)."""
    translated = QCoreApplication.translate(context, text, None, n)
    return LocaleFormat.current().digits(translated) if n >= 0 else translated
