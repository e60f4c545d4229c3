"""Dates, times and numbers written the interface language's way (display only)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.i18n import Language
from desktop.locale_format import LocaleFormat, translate
from desktop.vocabulary import benefit_headline
from forms.catalog import Benefit

KHMER = "០១២៣៤៥៦៧៨៩"


@pytest.fixture
def language(qtbot: QtBot) -> Iterator[Language]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = Language(app)
    yield chosen
    chosen.apply("en")


@pytest.mark.parametrize(
    ("code", "birth", "stamp", "amount", "count"),
    [
        ("en", "4 Mar 1961", "15 Jan 2026 09:05", "PKR 13,500", "1,234"),
        ("ur", "4 مارچ 1961", "15 جنوری 2026 09:05", "PKR 13,500", "1,234"),
        ("km", "៤ មីនា ១៩៦១", "១៥ មករា ២០២៦ ០៩:០៥", "KHR ១៣,៥០០", "១,២៣៤"),
    ],
)
def test_each_language_writes_dates_amounts_and_counts_its_own_way(
    qtbot: QtBot, code: str, birth: str, stamp: str, amount: str, count: str
) -> None:
    formats = LocaleFormat(code)
    assert formats.date("1961-03-04") == birth
    assert formats.date(date(1961, 3, 4)) == birth
    # The wall time as recorded, with its own offset (the office's clock), not the test's.
    assert formats.date_time("2026-01-15T09:05:00+05:00") == stamp
    assert formats.date_time(datetime.fromisoformat("2026-01-15T09:05:00+07:00")) == stamp
    currency = "KHR" if code == "km" else "PKR"
    assert formats.money(Decimal(13500), currency) == amount
    assert formats.integer(1234) == count


def test_urdu_keeps_latin_digits_and_khmer_writes_khmer_digits(qtbot: QtBot) -> None:
    assert LocaleFormat("ur").number("21.5") == "21.5"
    assert LocaleFormat("km").number(21.5) == "២១.៥"
    assert LocaleFormat("en").money(Decimal("2500.50"), "PKR") == "PKR 2,500.50"
    assert LocaleFormat("km").percent(12.5) == "១២.៥%"
    assert not set(LocaleFormat("ur").date_time("2026-11-22T10:00:00+05:00")) & set(KHMER)


def test_unreadable_values_are_shown_as_stored(qtbot: QtBot) -> None:
    formats = LocaleFormat("km")
    assert formats.date("1961") == "1961"  # never invented, never put in other digits
    assert formats.date(None) == "" and formats.date_time("") == ""
    assert formats.date_time("yesterday") == "yesterday"
    assert formats.number("n/a") == "n/a"


def test_lists_are_joined_the_languages_way(qtbot: QtBot) -> None:
    assert LocaleFormat("en").join(["A", "B", "C"]) == "A, B and C"
    assert LocaleFormat("ur").join(["A", "B"]) == "A اور B"
    assert LocaleFormat("en").join([]) == ""


def test_benefit_amounts_follow_the_language(qtbot: QtBot) -> None:
    benefit = Benefit("cash", {"en": "Cash"}, Decimal(3000), "PKR", "month")
    assert "PKR ៣,០០០" in benefit_headline(benefit, LocaleFormat("km"))
    assert "PKR 3,000" in benefit_headline(benefit, LocaleFormat("ur"))


def test_the_language_switch_sets_the_locale_counts_and_the_current_format(
    language: Language,
) -> None:
    language.apply("km")
    assert QLocale().name() == "km_KH"
    assert LocaleFormat.current().language == "km"
    assert translate("Workspace", "%Ln day(s)", 12) == "១២ ថ្ងៃ"
    language.apply("ur")
    assert QLocale().name() == "ur_PK"
    assert LocaleFormat.current().language == "ur"
    assert translate("Workspace", "%Ln day(s)", 1234) == "1,234 دن"
    language.apply("en")
    assert LocaleFormat.current().language == "en"
    assert translate("Workspace", "%Ln day(s)", 3) == "3 day(s)"
    assert QCoreApplication.translate("Workspace", "%Ln day(s)", None, 1234) == "1,234 day(s)"
