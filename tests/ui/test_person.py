"""The person page: details in words, household members, history; members open."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.i18n import plain
from tests.conftest import SUPERVISOR
from tests.ui.conftest import WAIT_MS, ShellFactory, check_model, log_in, wait_idle
from tests.ui.test_entitlements import on_worker
from tests.ui.test_search import search


def test_person_page_shows_details_household_and_history(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path, qtmodeltester: ModelTester
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    search(qtbot, workspace, "Muhammad Aslam")
    with qtbot.waitSignal(workspace.person.shown, timeout=WAIT_MS):
        workspace.search.open_row(0)
    wait_idle(qtbot, shell)
    view = workspace.person_view
    assert view.title.text() == "Muhammad Aslam"
    details = {label: plain(value) for label, value in view.detail_texts().items()}
    assert details["Father's or husband's name"] == "Rashid Ahmed"
    assert details["Name in Urdu or Khmer script"] == "محمد اسلم"
    assert details["Sex"] == "Male"
    assert details["Date of birth"] == "14 Mar 1961"
    assert details["CNIC"] == "36302-1234567-1"
    assert details["Village or mohalla"] == "Mauza Gardezpur"
    assert details["How consent was given"] == "Said yes (verbal)"
    assert details["Consent recorded by"] == SUPERVISOR.display_name
    assert "2 member(s)" in view.household_title.text()
    members = workspace.members_model
    assert [members.row_at(r).full_name for r in range(members.rowCount())] == [
        "Muhammad Aslam",
        "Fatima Bibi",
    ]
    check_model(qtmodeltester, members)
    check_model(qtmodeltester, workspace.history_model)
    history = workspace.history_model
    assert history.data(history.index(0, 1)) == SUPERVISOR.display_name
    assert history.data(history.index(0, 2)) == "Registered"


def test_opening_a_member_shows_their_record(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    search(qtbot, workspace, "3630212345671")
    with qtbot.waitSignal(workspace.person.shown, timeout=WAIT_MS):
        workspace.search.open_row(0)
    table = workspace.person_view.members
    with qtbot.waitSignal(workspace.person.shown, timeout=WAIT_MS):
        table.activated.emit(workspace.members_model.index(1, 0))
    assert workspace.person_view.title.text() == "Fatima Bibi"
    age = workspace.person_view.detail_texts()["Age"]
    assert age.isdigit()
    workspace.person_view.back_button.click()
    assert workspace.view.current_key() == "search"
    # Who looked at whom: each opening is in the audit trail, with no field values.
    viewed = on_worker(
        qtbot,
        shell,
        lambda replica: [
            (row["user_id"] == replica.session.user_id, row["detail"])
            for row in replica.db.query(
                "SELECT user_id, detail FROM audit WHERE action = 'view' AND entity = 'person'"
            )
        ],
    )
    assert len(viewed) == 2
    assert all(by_them and "Fatima" not in detail for by_them, detail in viewed)
