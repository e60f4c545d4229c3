"""Registering a household through the real form widget: save, duplicates, validation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.controllers.workspace import WorkspaceController
from desktop.i18n import plain
from tests.conftest import SUPERVISOR
from tests.ui.conftest import WAIT_MS, ShellFactory, find, log_in, wait_idle
from tests.ui.test_search import search

ADDRESS = {
    "province": "PB",
    "district": "PB-MUL",
    "tehsil": "MUL-3",
    "union_council": "MUL-3-UC05",
    "village": "MUL-3-UC05-V2",
    "address_line": "House 7, Mohalla Eidgah",
}
HEAD = {
    "given_name": "Ghulam",
    "family_name": "Farid",
    "father_name": "Allah Ditta",
    "sex": "male",
    "birth_date": "1958-01-20",
    "id_type": "cnic",
    "id_number": "36302-7654321-3",
    "phone": "0301 7654321",
    "relationship": "head",
    "consent_given": True,
    "consent_method": "thumbprint",
}
WIFE = {
    "given_name": "Rasheeda",
    "family_name": "Bibi",
    "father_name": "Ghulam Farid",
    "sex": "female",
    "birth_date": "1962-05-02",
    "relationship": "spouse",
    "consent_given": True,
    "consent_method": "verbal",
}


def fill(
    qtbot: QtBot, workspace: WorkspaceController, values: Mapping[str, object], prefix: str = ""
) -> None:
    """Answer fields found by their object name (the field path), typing into text boxes."""
    for name, value in values.items():
        widget = find(workspace.form, prefix + name)
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            assert index >= 0, f"{name}: no choice {value!r}"
            widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            assert isinstance(widget, QLineEdit), name
            widget.setFocus()
            QTest.keyClicks(widget, str(value))


def fill_household(
    qtbot: QtBot, workspace: WorkspaceController, *members: Mapping[str, object]
) -> None:
    workspace.go_register()
    for name, office_default in (("province", "PB"), ("district", "PB-MUL")):
        combo = find(workspace.form, name)
        assert isinstance(combo, QComboBox) and combo.currentData() == office_default
    fill(qtbot, workspace, ADDRESS)
    for index, member in enumerate(members):
        if index > 0:
            add = find(workspace.form, "members:add")
            QTest.mouseClick(add, Qt.MouseButton.LeftButton)
        fill(qtbot, workspace, member, f"members[{index}].")


def outbox_size(qtbot: QtBot, shell: Shell) -> int:
    found: list[int] = []
    shell.worker.run(lambda replica: replica.pending_changes().pending, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    return found[0]


def test_register_a_household_of_two_then_find_and_open_the_head(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    fill_household(qtbot, workspace, HEAD, WIFE)
    register = workspace.register
    with qtbot.waitSignal(register.registered, timeout=WAIT_MS) as saved:
        QTest.keyClick(
            workspace.register_view.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    wait_idle(qtbot, shell)
    result = saved.args[0]
    assert len(result.members) == 2
    box = register.confirmation
    assert box is not None and box.isVisible()
    text = plain(box.text())
    assert "Household registry number" in text and "Ghulam Farid" in text
    box.close()
    assert workspace.view.current_key() == "person"
    assert workspace.person_view.title.text() == "Ghulam Farid"
    assert workspace.form.values()["members"][0].get("given_name") in (None, "")
    assert "6 change(s) not yet sent" in shell.window.pending_status.text()

    for text in ("36302-7654321-3", "3630276543213", "Gulam Fareed"):
        workspace.go_search()
        assert search(qtbot, workspace, text)[0] == "Ghulam Farid", text
    with qtbot.waitSignal(workspace.person.shown, timeout=WAIT_MS):
        workspace.search.open_row(0)
    wait_idle(qtbot, shell)
    members = workspace.members_model
    assert sorted(members.row_at(r).full_name for r in range(members.rowCount())) == [
        "Ghulam Farid",
        "Rasheeda Bibi",
    ]
    history = workspace.history_model
    assert history.rowCount() == 1
    assert history.row_at(0).user == SUPERVISOR.display_name


def test_the_same_person_again_shows_duplicates_and_cancel_saves_nothing(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    before = outbox_size(qtbot, shell)
    again = {
        **HEAD,
        "given_name": "Muhammad",
        "family_name": "Aslam",
        "father_name": "Rashid Ahmed",
        "birth_date": "1961-03-14",
        "id_number": "36302-1234567-1",
    }
    fill_household(qtbot, workspace, again)
    workspace.register_view.save_button.click()
    qtbot.waitUntil(lambda: workspace.register.duplicates_dialog is not None, timeout=WAIT_MS)
    dialog = workspace.register.duplicates_dialog
    assert dialog is not None
    reasons = dialog.reasons_shown()
    assert any("same ID number" in reason for reason in reasons), reasons
    dialog.cancel_button.click()
    wait_idle(qtbot, shell)
    assert workspace.register.duplicates_dialog is None
    assert workspace.register_view.message.text() == "Nothing was saved."
    assert outbox_size(qtbot, shell) == before
    assert find(workspace.form, "members[0].given_name").text() == "Muhammad"  # type: ignore[attr-defined]


def test_a_future_birth_date_is_refused_naming_the_field(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    before = outbox_size(qtbot, shell)
    next_month = (date.today() + timedelta(days=31)).isoformat()
    fill_household(qtbot, workspace, {**HEAD, "birth_date": next_month})
    workspace.register_view.save_button.click()
    wait_idle(qtbot, shell)
    message = workspace.register_view.message.text()
    assert "Nothing was saved" in message
    assert "Date of birth: cannot be in the future" in message
    assert shell.window.focusWidget() is find(workspace.form, "members[0].birth_date")
    assert outbox_size(qtbot, shell) == before
