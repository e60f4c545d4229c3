"""The search page: one box, results in a table model, keyboard into the results."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.controllers.workspace import WorkspaceController
from desktop.i18n import plain
from desktop.models import SEARCH_COLUMNS, PersonColumn, PersonTableModel
from desktop.vocabulary import Vocabulary
from forms.definition import load_form
from sync.replica.cache import Replica
from tests.ui.conftest import WAIT_MS, ShellFactory, check_model, log_in, wait_idle


def search(qtbot: QtBot, workspace: WorkspaceController, text: str) -> list[str]:
    """Type `text`, press Enter, return the names found."""
    box = workspace.search_view.box
    box.clear()
    if text.isascii():
        QTest.keyClicks(box, text)
    else:
        box.insert(text)  # QTest types Latin-1 only; an Urdu keyboard's input method commits text
    with qtbot.waitSignal(workspace.search.searched, timeout=WAIT_MS):
        QTest.keyClick(box, Qt.Key.Key_Return)
    model = workspace.search_model
    return [model.row_at(row).full_name for row in range(model.rowCount())]


def test_person_model_passes_the_model_tester(qtmodeltester: ModelTester, replica: Replica) -> None:
    from tests.conftest import household  # noqa: PLC0415 - the shared submission builder

    replica.persons.register_household(household(), replica.actor)
    words = Vocabulary(load_form("household"), "en")
    model = PersonTableModel(lambda: words)
    model.set_rows(replica.search("Aslam"))
    check_model(qtmodeltester, model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Name",
        "Father/husband",
        "Date of birth",
        "ID number",
        "Village",
        "Registry number",
    ]
    assert len(SEARCH_COLUMNS) == model.columnCount()


@pytest.mark.parametrize(
    "text", ["36302-1234567-1", "3630212345671", "Muhamad Aslem", "محمد اسلم", "0300 1234567"]
)
def test_finds_the_head_by_id_name_urdu_name_and_phone(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path, text: str
) -> None:
    workspace = log_in(qtbot, make_shell())
    found = search(qtbot, workspace, text)
    assert found[0] == "Muhammad Aslam"
    model = workspace.search_model
    village = model.index(0, SEARCH_COLUMNS.index(PersonColumn.VILLAGE))
    assert model.data(village) == "Mauza Gardezpur"
    id_number = model.index(0, SEARCH_COLUMNS.index(PersonColumn.ID_NUMBER))
    assert plain(model.data(id_number)) == "36302-1234567-1"
    assert workspace.search_view.summary.text().endswith("found")


def test_down_moves_into_the_results_and_enter_opens_the_person(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    search(qtbot, workspace, "Aslam")
    view = workspace.search_view
    QTest.keyClick(view.box, Qt.Key.Key_Down)
    assert shell.window.focusWidget() is view.results
    with qtbot.waitSignal(workspace.person.shown, timeout=WAIT_MS):
        QTest.keyClick(view.results, Qt.Key.Key_Return)
    assert workspace.view.current_key() == "person"
    assert workspace.person_view.title.text() == "Muhammad Aslam"


def test_nothing_found_offers_registration(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    assert search(qtbot, workspace, "Zarghuna Khattak") == []
    view = workspace.search_view
    assert view.summary.text() == "Nothing found — register a new person?"
    assert view.register_button.isVisible()
    view.register_button.click()
    wait_idle(qtbot, shell)
    assert workspace.view.current_key() == "register"
