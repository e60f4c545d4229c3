"""Entitlements on the person page: the panel, the household table, completing the record
from a missing answer, applying, and the catalog and staleness settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.controllers.entitlement_words import data_lines
from desktop.i18n import plain
from desktop.locale_format import LocaleFormat
from desktop.settings import CATALOG, ENTITLEMENTS_STALE_DAYS, SLIP_PAPER, Settings
from sync.replica.cache import Replica
from sync.replica.entitlements import Application
from tests.ui.conftest import (
    WAIT_MS,
    Family,
    ShellFactory,
    check_model,
    find,
    log_in,
    open_person,
    wait_idle,
)

T = TypeVar("T")


def on_worker(qtbot: QtBot, shell: Shell, op: Callable[[Replica], T]) -> T:
    found: list[T] = []
    shell.worker.run(op, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    return found[0]


def test_the_panel_explains_every_scheme_and_the_household(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, qtmodeltester: ModelTester
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    panel = workspace.entitlements_panel
    assert panel.data_line.text() == "Standalone: not yet synced with the registry"
    assert not panel.warning.isVisible()
    assert "Pakistan scheme catalog" in panel.source.text()

    pension = panel.card("old_age_social")
    assert pension.badge.text() == "✓ Eligible"
    assert pension.criteria_texts() == ["✓ Aged 60 or over"]
    assert pension.apply_button.isEnabled()
    assert plain(pension.card.benefit) == "PKR 3,000 per month"
    assert pension.card.documents == ("CNIC",)
    assert not pension.details.isVisible()
    QTest.keyClick(pension.toggle, Qt.Key.Key_Space)
    assert pension.details.isVisible()

    disability = panel.card("disability_allowance")
    assert disability.badge.text() == "? Information missing"
    assert disability.criteria_texts()[0].startswith("? A lot of difficulty")
    assert plain(disability.criteria_texts()[0]).endswith(
        "Not recorded: 6 of the functioning questions"
    )
    assert disability.complete_button.isVisibleTo(panel)
    assert not disability.apply_button.isEnabled()
    assert disability.apply_button.toolTip() == "Complete the missing information first."

    eobi = panel.card("eobi_old_age")
    assert eobi.badge.text() == "? Information missing"
    assert not eobi.complete_button.isVisibleTo(panel), "no form can settle contributions"
    assert any("contribution record from the registry" in note for note in eobi.card.notes)
    widow = panel.card("widow_support")
    assert widow.badge.text() == "✗ Not eligible"
    assert plain(widow.apply_button.toolTip()).startswith("Not eligible: A widowed woman")

    model = workspace.entitled_model
    check_model(qtmodeltester, model)
    rows = {plain(model.row_at(r).name): model.row_at(r) for r in range(model.rowCount())}
    head, daughter = rows["Muhammad Aslam (Head of household)"], rows["Fatima Bibi (Daughter)"]
    assert "Old-age social pension" in head.eligible
    assert "Taleemi Wazaif education stipend" in daughter.eligible
    assert "Disability allowance" in daughter.missing
    with qtbot.waitSignal(workspace.entitlements.loaded, timeout=WAIT_MS):
        workspace.person_view.entitled.activated.emit(model.index(1, 0))
    assert workspace.person_view.title.text() == "Fatima Bibi"
    assert panel.card("taleemi_wazaif").badge.text() == "✓ Eligible"
    widows = panel.card("widow_support")  # a girl of 7: decided by age, not left unknown
    assert widows.badge.text() == "✗ Not eligible"
    assert not widows.complete_button.isVisibleTo(panel)


def test_complete_the_record_goes_to_the_missing_answer_and_saving_refreshes_the_panel(
    qtbot: QtBot, make_shell: ShellFactory, family: Family
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    card = workspace.entitlements_panel.card("disability_allowance")
    with qtbot.waitSignal(workspace.edit.opened, timeout=WAIT_MS):
        card.complete_button.click()
    assert workspace.view.current_key() == "edit"
    seeing = find(workspace.edit_form, "wg_seeing")
    assert shell.window.focusWidget() is seeing
    assert "Muhammad Aslam" in workspace.edit_view.heading.text()
    why = plain(workspace.edit_view.message.text())
    assert why.startswith("To decide on Disability allowance, answer: 6 of the functioning")
    assert isinstance(seeing, QComboBox)
    seeing.setCurrentIndex(seeing.findData("3"))  # a lot of difficulty
    with qtbot.waitSignal(workspace.entitlements.loaded, timeout=WAIT_MS):
        QTest.keyClick(seeing, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, shell)
    assert workspace.view.current_key() == "person"
    card = workspace.entitlements_panel.card("disability_allowance")
    assert card.badge.text() == "✓ Eligible"
    assert card.apply_button.isEnabled()
    history = workspace.history_model
    assert [history.row_at(r).action for r in range(history.rowCount())] == ["create", "update"]


def test_edit_from_the_person_page_and_a_record_changed_meanwhile(
    qtbot: QtBot, make_shell: ShellFactory, family: Family
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    with qtbot.waitSignal(workspace.edit.opened, timeout=WAIT_MS):
        QTest.keyClick(
            workspace.person_view.back_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
        )
    assert shell.window.focusWidget() is find(workspace.edit_form, "given_name")
    person = family.head

    def change_elsewhere(replica: Replica) -> int:
        values = replica.persons.form_values(person) or {}
        return replica.persons.update_person(
            person, {**values, "phone": "0300 7654321"}, replica.actor, 1
        )

    assert on_worker(qtbot, shell, change_elsewhere) == 2
    father = find(workspace.edit_form, "father_name")
    father.setFocus()
    QTest.keyClicks(father, " Khan")
    workspace.edit_view.save_button.click()
    wait_idle(qtbot, shell)
    assert workspace.view.current_key() == "edit"
    assert "changed elsewhere" in workspace.edit_view.message.text()
    QTest.keyClick(shell.window.focusWidget(), Qt.Key.Key_Escape)
    assert workspace.view.current_key() == "person"


def test_apply_records_an_application_once_and_offers_the_slip(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, tmp_path: Path
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    workspace.entitlements_panel.card("old_age_social").apply_button.click()
    box = workspace.entitlements.confirmation
    assert box is not None and box.isVisible()
    assert "Old-age social pension" in box.text() and "Muhammad Aslam" in box.text()
    assert "CNIC" in box.informativeText()
    with qtbot.waitSignal(workspace.entitlements.applied, timeout=WAIT_MS) as applied:
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        yes.click()
    application = applied.args[0]
    assert isinstance(application, Application)
    assert application.reference.startswith("APP-")
    wait_idle(qtbot, shell)
    card = workspace.entitlements_panel.card("old_age_social")
    assert card.badge.text() == "● Already enrolled"
    assert not card.apply_button.isEnabled()
    status = on_worker(
        qtbot,
        shell,
        lambda replica: replica.db.execute(
            "SELECT status, person_id FROM enrolment WHERE id = ?", [application.id]
        ).fetchone(),
    )
    assert tuple(status) == ("applied", family.head)
    assert "change(s) not yet sent" in shell.window.pending_status.text()

    dialog = workspace.slip.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reference.text() == application.reference
    target = tmp_path / "slip.pdf"
    with qtbot.waitSignal(workspace.slip.saved, timeout=WAIT_MS):
        assert workspace.slip.save_pdf(application, target)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 5_000
    assert not workspace.slip.save_pdf(application, tmp_path / "missing" / "x" / "slip.pdf")
    assert "could not be saved" in dialog.message.text()
    dialog.close_button.click()

    with qtbot.waitSignal(shell.errors.shown, timeout=WAIT_MS) as shown:
        workspace.entitlements.apply(family.head, "old_age_social")
    refusal = shown.args[0]
    assert "already an application or enrolment" in refusal.text()
    refusal.close()
    wait_idle(qtbot, shell)


def test_the_catalog_setting_is_put_in_force_after_login(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, settings: Settings
) -> None:
    settings.set(CATALOG, "kh")
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    assert "Cambodia scheme catalog" in workspace.entitlements_panel.source.text()
    assert "idpoor_cash" in workspace.entitlements_panel.cards


def test_entitlement_settings_have_defaults_and_refuse_nonsense(tmp_path: Path) -> None:
    settings = Settings.in_file(tmp_path / "s.ini")
    assert (settings.catalog, settings.entitlements_stale_days, settings.slip_paper) == (
        None,
        7,
        "A5",
    )
    settings.set(CATALOG, "kh")
    settings.set(ENTITLEMENTS_STALE_DAYS, 3)
    settings.set(SLIP_PAPER, "A4")
    again = Settings.in_file(tmp_path / "s.ini")
    assert (again.catalog, again.entitlements_stale_days, again.slip_paper) == ("kh", 3, "A4")
    with pytest.raises(ValueError):
        settings.set(CATALOG, "fr")
    with pytest.raises(ValueError):
        settings.set(ENTITLEMENTS_STALE_DAYS, 0)
    with pytest.raises(ValueError):
        settings.set(SLIP_PAPER, "A3")


def test_data_line_says_standalone_or_the_sync_time_and_warns_when_stale(qtbot: QtBot) -> None:
    now, english = datetime(2026, 11, 22, 10, 0, tzinfo=UTC), LocaleFormat("en")
    assert data_lines(None, now, 7, english) == (
        "Standalone: not yet synced with the registry",
        "",
    )
    fresh = (now - timedelta(days=2)).isoformat()
    line, warning = data_lines(fresh, now, 7, english)
    assert plain(line) == "Data as of 20 Nov 2026 10:00" and warning == ""
    old = (now - timedelta(days=9)).isoformat()
    line, warning = data_lines(old, now, 7, english)
    assert plain(line) == "Data as of 13 Nov 2026 10:00"
    assert warning.startswith("The data is 9 day(s) old")
    assert data_lines(old, now, 10, english)[1] == ""


def test_the_new_controls_have_names_and_the_cards_are_in_the_tab_chain(
    qtbot: QtBot, make_shell: ShellFactory, family: Family
) -> None:
    shell = make_shell()
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    view = workspace.person_view
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    nameless = [
        widget.objectName()
        for widget in view.findChildren(QWidget)
        if isinstance(widget, controls)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisibleTo(view)
        and not widget.accessibleName()
    ]
    assert nameless == []
    view.edit_button.setFocus()
    QTest.keyClick(view.edit_button, Qt.Key.Key_Tab)
    first = workspace.entitlements_panel.card("kafaalat")
    assert shell.window.focusWidget() is first.toggle
    assert first.toggle.accessibleName() == "Details: Kafaalat quarterly cash transfer"
    pension = workspace.entitlements_panel.card("old_age_social")
    assert pension.apply_button.accessibleName() == "Apply for Old-age social pension"
