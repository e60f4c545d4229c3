"""The form engine renders the household form, validates live and shows problems inline."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot  # QTest for key/mouse input: typed, unlike qtbot's helpers

from desktop.forms import FormWidget
from forms.definition import FormDefinition, load_form
from forms.validation import Problem
from tests.conftest import household

TODAY = date(2026, 11, 22)
SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


@pytest.fixture(scope="module")
def household_form() -> FormDefinition:
    return load_form("household")


@pytest.fixture
def form(qtbot: QtBot, household_form: FormDefinition) -> FormWidget:
    widget = FormWidget(household_form, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


W = TypeVar("W", bound=QWidget)


def find(form: FormWidget, kind: type[W], name: str) -> W:
    widget = form.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def error_text(form: FormWidget, path: str) -> str:
    label = find(form, QLabel, f"{path}:error")
    return "" if label.isHidden() else label.text()


def type_into(qtbot: QtBot, form: FormWidget, path: str, text: str) -> None:
    line = find(form, QLineEdit, path)
    with qtbot.waitSignal(form.changed, timeout=2000):
        line.clear()
        QTest.keyClicks(line, text)


def choose(qtbot: QtBot, form: FormWidget, path: str, value: str | None) -> None:
    combo = find(form, QComboBox, path)
    index = combo.findData(value) if value is not None else 0
    assert index >= 0, f"{value!r} not offered by {path}: {offered(form, path)}"
    with qtbot.waitSignal(form.changed, timeout=2000):
        combo.setCurrentIndex(index)


def offered(form: FormWidget, path: str) -> list[str]:
    combo = find(form, QComboBox, path)
    return [combo.itemData(i) for i in range(1, combo.count())]


def tabs(form: FormWidget) -> QTabWidget:
    return find(form, QTabWidget, "members:tabs")


def add_member(qtbot: QtBot, form: FormWidget) -> None:
    with qtbot.waitSignal(form.changed, timeout=2000):
        QTest.mouseClick(find(form, QPushButton, "members:add"), Qt.MouseButton.LeftButton)


def fill_address(qtbot: QtBot, form: FormWidget) -> None:
    for path, value in (
        ("province", "PB"),
        ("district", "PB-MUL"),
        ("tehsil", "MUL-3"),
        ("union_council", "MUL-3-UC05"),
        ("village", "MUL-3-UC05-V1"),
    ):
        choose(qtbot, form, path, value)


# -- values -------------------------------------------------------------------------------


def test_starts_with_one_empty_member(form: FormWidget) -> None:
    values = form.values()
    assert values["province"] is None
    assert len(values["members"]) == 1
    member = values["members"][0]
    assert member["given_name"] is None
    assert member["birth_date_estimated"] is False
    assert tabs(form).tabText(0) == "Member 1"


def test_typing_and_choosing_fill_values(qtbot: QtBot, form: FormWidget) -> None:
    fill_address(qtbot, form)
    type_into(qtbot, form, "address_line", "House 7, Street 2")
    type_into(qtbot, form, "poverty_score", "18.25")
    type_into(qtbot, form, "members[0].given_name", "Amina")
    choose(qtbot, form, "members[0].sex", "female")
    type_into(qtbot, form, "members[0].birth_date", "1990-02-03")

    values = form.values()
    assert values["tehsil"] == "MUL-3"
    assert values["village"] == "MUL-3-UC05-V1"
    assert values["address_line"] == "House 7, Street 2"
    assert values["poverty_score"] == "18.25"
    member = values["members"][0]
    assert (member["given_name"], member["sex"], member["birth_date"]) == (
        "Amina",
        "female",
        "1990-02-03",
    )
    assert tabs(form).tabText(0) == "Amina"
    assert form.member_values("members", 0)["given_name"] == "Amina"


def test_set_values_round_trip(form: FormWidget) -> None:
    record = household()
    form.set_values(record)
    values = form.values()
    for key, value in record.items():
        if key != "members":
            assert values[key] == value, key
    assert isinstance(record["members"], list)
    assert len(values["members"]) == 2
    for given, got in zip(record["members"], values["members"], strict=True):
        assert {key: got[key] for key in given} == given
    form.set_values(values)
    assert form.values() == values
    assert form.validate().ok


def test_clear_goes_back_to_defaults(qtbot: QtBot, form: FormWidget) -> None:
    form.set_values(household())
    add_member(qtbot, form)
    form.clear()
    values = form.values()
    assert values["tehsil"] is None
    assert len(values["members"]) == 1
    assert values["members"][0]["given_name"] is None
    assert tabs(form).count() == 1


def test_calculated_age_updates_live(qtbot: QtBot, form: FormWidget) -> None:
    type_into(qtbot, form, "members[0].birth_date", "1961-03-14")
    assert find(form, QLabel, "members[0].age").text() == "65"


# -- live problems --------------------------------------------------------------------------


def test_touched_field_shows_problem_untouched_does_not(qtbot: QtBot, form: FormWidget) -> None:
    type_into(qtbot, form, "members[0].birth_date", "2030-01-01")
    message = error_text(form, "members[0].birth_date")
    assert "Date of birth" in message
    assert "future" in message
    assert find(form, QLineEdit, "members[0].birth_date").property("invalid") is True
    # Required but never visited: no shouting yet.
    assert error_text(form, "members[0].sex") == ""
    assert error_text(form, "province") == ""


def test_leaving_an_empty_required_field_marks_it(qtbot: QtBot, form: FormWidget) -> None:
    name = find(form, QLineEdit, "members[0].given_name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClick(name, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: error_text(form, "members[0].given_name") != "")
    assert "is required" in error_text(form, "members[0].given_name")


def test_fixing_a_value_removes_its_problem(qtbot: QtBot, form: FormWidget) -> None:
    type_into(qtbot, form, "members[0].phone", "12")
    assert "Phone number" in error_text(form, "members[0].phone")
    type_into(qtbot, form, "members[0].phone", "0300-1234567")
    assert error_text(form, "members[0].phone") == ""


def test_validate_shows_all_and_focuses_first_bad_field(qtbot: QtBot, form: FormWidget) -> None:
    fill_address(qtbot, form)
    type_into(qtbot, form, "members[0].given_name", "Amina")
    assert error_text(form, "members[0].sex") == ""

    result = form.validate()

    assert not result.ok
    # A member's first question is who they are to the head, then their identity.
    assert result.problems[0].path == "members[0].relationship"
    assert "Sex: is required" in error_text(form, "members[0].sex")
    assert "is required" in error_text(form, "members[0].birth_date")
    assert QApplication.focusWidget() is find(form, QComboBox, "members[0].relationship")


def test_store_problems_show_until_the_field_is_edited(qtbot: QtBot, form: FormWidget) -> None:
    form.set_values(household())
    duplicate = Problem(
        "members[0].id_number",
        {"en": "Document number"},
        "constraint",
        custom={"en": "is already registered to another person"},
    )
    orphan = Problem("household", {"en": "Household"}, "record_too_large", {"size": 9, "max": 8})
    form.show_problems([duplicate, orphan])
    assert "already registered" in error_text(form, "members[0].id_number")
    assert "too large" in find(form, QLabel, "form-problems").text()
    type_into(qtbot, form, "members[0].id_number", "36302-7654321-5")
    assert "already registered" not in error_text(form, "members[0].id_number")


# -- relevance and cascades -------------------------------------------------------------------


def test_marital_status_only_for_adults(qtbot: QtBot, form: FormWidget) -> None:
    marital = find(form, QComboBox, "members[0].marital_status")
    type_into(qtbot, form, "members[0].birth_date", "2021-06-01")
    assert not marital.isVisibleTo(form)
    assert not find(form, QLabel, "members[0].marital_status:label").isVisibleTo(form)
    type_into(qtbot, form, "members[0].birth_date", "1986-06-01")
    assert marital.isVisibleTo(form)


def test_id_number_hidden_until_id_type_chosen(qtbot: QtBot, form: FormWidget) -> None:
    number = find(form, QLineEdit, "members[0].id_number")
    assert not number.isVisibleTo(form)
    choose(qtbot, form, "members[0].id_type", "cnic")
    assert number.isVisibleTo(form)
    choose(qtbot, form, "members[0].id_type", None)
    assert not number.isVisibleTo(form)


def test_cascading_selects(qtbot: QtBot, form: FormWidget) -> None:
    assert offered(form, "union_council") == []
    choose(qtbot, form, "province", "PB")
    choose(qtbot, form, "district", "PB-MUL")
    choose(qtbot, form, "tehsil", "MUL-3")
    assert offered(form, "union_council") == ["MUL-3-UC05", "MUL-3-UC06"]
    choose(qtbot, form, "union_council", "MUL-3-UC06")
    choose(qtbot, form, "village", "MUL-3-UC06-V3")

    choose(qtbot, form, "tehsil", "MUL-1")

    assert offered(form, "union_council") == ["MUL-1-UC01", "MUL-1-UC02"]
    assert form.values()["union_council"] is None
    assert form.values()["village"] is None
    assert offered(form, "village") == []


def test_stored_answer_no_longer_offered_is_kept_visible(form: FormWidget) -> None:
    form.set_values(household(village="OLD-CODE"))
    assert form.values()["village"] == "OLD-CODE"
    assert form.validate().problems_for("village")[0].rule == "not_a_choice"


# -- repeats ---------------------------------------------------------------------------------


def test_add_and_remove_members(qtbot: QtBot, form: FormWidget) -> None:
    add_member(qtbot, form)
    add_member(qtbot, form)
    assert tabs(form).count() == 3
    assert tabs(form).currentIndex() == 2
    assert QApplication.focusWidget() is find(form, QComboBox, "members[2].relationship")
    type_into(qtbot, form, "members[2].given_name", "Zainab")
    tabs(form).setCurrentIndex(1)
    with qtbot.waitSignal(form.changed, timeout=2000):
        QTest.mouseClick(find(form, QPushButton, "members:remove"), Qt.MouseButton.LeftButton)
    assert tabs(form).count() == 2
    assert len(form.values()["members"]) == 2
    # The third member moved up and was renamed after her new place.
    assert find(form, QLineEdit, "members[1].given_name").text() == "Zainab"
    assert tabs(form).tabText(1) == "Zainab"
    assert form.member_values("members", 1)["given_name"] == "Zainab"


def test_problem_on_second_member_and_focus(qtbot: QtBot, form: FormWidget) -> None:
    add_member(qtbot, form)
    tabs(form).setCurrentIndex(0)
    problem = Problem("members[1].birth_date", {"en": "Date of birth"}, "not_date")
    form.show_problems([problem])
    assert "Date of birth" in error_text(form, "members[1].birth_date")
    assert error_text(form, "members[0].birth_date") == ""
    assert not tabs(form).tabIcon(1).isNull()
    assert tabs(form).tabIcon(0).isNull()

    assert form.focus_field("members[1].birth_date")

    assert tabs(form).currentIndex() == 1
    assert QApplication.focusWidget() is find(form, QLineEdit, "members[1].birth_date")
    assert not form.focus_field("members[5].birth_date")
    assert not form.focus_field("members[0].id_number")  # not relevant yet


def test_ctrl_m_adds_a_member(qtbot: QtBot, form: FormWidget) -> None:
    name = find(form, QLineEdit, "members[0].given_name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    with qtbot.waitSignal(form.changed, timeout=2000):
        QTest.keyClick(name, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert tabs(form).count() == 2
    assert QApplication.focusWidget() is find(form, QComboBox, "members[1].relationship")


def test_household_level_rule_shown_on_the_repeat(qtbot: QtBot, form: FormWidget) -> None:
    record = household()
    members = record["members"]
    assert isinstance(members, list)
    form.set_values(household(members=[{**members[0], "relationship": "son"}]))
    assert find(form, QLabel, "members:error").isHidden()
    result = form.validate()
    assert [p.path for p in result.problems] == ["members"]
    assert "exactly one head" in error_text(form, "members")
    assert QApplication.focusWidget() is tabs(form).tabBar()


def test_typing_is_debounced_into_one_refresh(qtbot: QtBot, form: FormWidget) -> None:
    refreshes: list[None] = []
    form.changed.connect(lambda: refreshes.append(None))
    line = find(form, QLineEdit, "members[0].given_name")
    with qtbot.waitSignal(form.changed, timeout=2000):
        QTest.keyClicks(line, "Muhammad")
    assert refreshes == [None]


def test_enter_moves_to_next_field(qtbot: QtBot, form: FormWidget) -> None:
    name = find(form, QLineEdit, "members[0].given_name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    QTest.keyClicks(name, "Amina")
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is find(form, QLineEdit, "members[0].family_name")
    assert form.values()["members"][0]["given_name"] == "Amina"


def test_calendar_popup_picks_a_date(qtbot: QtBot, form: FormWidget) -> None:
    line = find(form, QLineEdit, "members[0].birth_date")
    QTest.mouseClick(
        find(form, QAbstractButton, "members[0].birth_date:calendar"), Qt.MouseButton.LeftButton
    )
    popup = find(form, QCalendarWidget, "members[0].birth_date:calendar-popup")
    qtbot.waitUntil(popup.isVisible)
    assert popup.selectedDate().toPython() == TODAY
    with qtbot.waitSignal(form.changed, timeout=2000):
        QTest.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert line.text() == TODAY.isoformat()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    QTest.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert line.text() == TODAY.isoformat()


# -- language and accessibility ------------------------------------------------------------


def test_urdu_is_right_to_left_but_codes_stay_left_to_right(form: FormWidget) -> None:
    form.set_values(household())
    form.set_language("ur")
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert find(form, QLabel, "members[0].given_name:label").text().startswith("نام")
    assert find(form, QComboBox, "members[0].sex").currentText() == "مرد"
    ltr = Qt.LayoutDirection.LeftToRight
    for path in ("members[0].id_number", "members[0].phone", "members[0].birth_date"):
        assert find(form, QLineEdit, path).layoutDirection() == ltr, path
    assert find(form, QLineEdit, "poverty_score").layoutDirection() == ltr
    assert find(form, QLineEdit, "members[0].given_name").layoutDirection() != ltr
    form.set_language("en")
    assert form.layoutDirection() == ltr
    assert find(form, QLabel, "members[0].given_name:label").text() == "Given name *"


def test_problems_follow_the_language(form: FormWidget) -> None:
    form.validate()
    assert error_text(form, "province") == "Province: is required"
    form.set_language("ur")
    assert error_text(form, "province") == "صوبہ: لازمی ہے"


def test_every_visible_input_has_an_accessible_name(qtbot: QtBot, form: FormWidget) -> None:
    form.set_values(household())
    for language in ("en", "ur", "km"):
        form.set_language(language)
        kinds: tuple[type[QWidget], ...] = (QLineEdit, QComboBox, QAbstractButton, QTabBar)
        widgets = [w for kind in kinds for w in form.findChildren(kind) if w.isVisible()]
        assert len(widgets) > 30
        unnamed = [w.objectName() or type(w).__name__ for w in widgets if not w.accessibleName()]
        assert unnamed == [], language


def test_tab_order_follows_the_document(qtbot: QtBot, form: FormWidget) -> None:
    add_member(qtbot, form)
    steps = [
        ("province", "district"),
        ("poverty_level", "members:add"),
        ("members[1].given_name", "members[1].family_name"),
        ("members[1].birth_date", "members[1].birth_date_estimated"),
    ]
    for start, expected in steps:
        widget = find(form, QWidget, start)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.objectName() == expected, start


# -- screenshots -----------------------------------------------------------------------------


def test_screenshots(qtbot: QtBot, form: FormWidget) -> None:
    form.set_values(household())
    type_into(qtbot, form, "members[0].phone", "0300-12")
    assert error_text(form, "members[0].phone")
    SCREENS.mkdir(parents=True, exist_ok=True)
    content = find(form, QWidget, "form-content")
    for language in ("en", "ur"):
        form.set_language(language)
        QApplication.processEvents()  # pending layout requests, so the grab shows the final layout
        form.resize(960, content.sizeHint().height() + 24)
        QApplication.processEvents()
        assert form.grab().save(str(SCREENS / f"form_{language}.png"))
