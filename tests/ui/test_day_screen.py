"""The supervisor's day page against a real registry process and real SQLCipher caches.

A clerk's day on an enrolled counter: a household registered and an application made
(acknowledged), an edit acknowledged, two edits the registry refuses, and an identity
conflict with a second computer. The supervisor opens the day, checks the numbers, corrects
and resubmits one refusal, discards the other with a reason, resolves the conflict, signs the
day off, sees a late entry, and exports PDF and CSV (the PDF rendered to PNG). Pictures of
every tab in English, Urdu and Khmer, and of the PDF, go to /tmp/onestop-day/.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.controllers.day import DayController
from desktop.day_models import ConflictColumn
from desktop.day_words import ClerkColumn, ClerkRow
from desktop.i18n import plain
from desktop.views.day_dialogs import FieldsDialog, NoteDialog
from sync.replica import outbox
from sync.replica.cache import NewUser, Replica
from sync.replica.errors import PermissionDenied
from tests.conftest import household
from tests.e2e.conftest import (
    CLERK_PASSWORD,
    SUPERVISOR_PASSWORD,
    Device,
    Registry,
    make_registry,
)
from tests.e2e.fault_proxy import fault_proxy
from tests.ui.conftest import WAIT_MS, ShellFactory, check_model, log_in, wait_idle

if TYPE_CHECKING:
    from pytestqt.modeltest import ModelTester

SHOTS = Path("/tmp/onestop-day")
PDFTOPPM = shutil.which("pdftoppm")
SUPERVISOR = NewUser("bilal", "Bilal Supervisor", SUPERVISOR_PASSWORD, "supervisor")
CLERK = NewUser("amina", "Amina Clerk", CLERK_PASSWORD, "clerk")
SEED_PERSONS = 60
LONG_WAIT_MS = 30_000
T = TypeVar("T")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    made = make_registry(tmp_path_factory.mktemp("day-registry"), persons=SEED_PERSONS)
    made.process.start()
    try:
        yield made
    finally:
        made.process.stop()


@dataclass(frozen=True)
class Day:
    """What the clerk did on the counter whose cache the app opens."""

    head: str  # registered today, applied for the old-age pension
    refused: tuple[str, str]  # persons whose edits the registry refused
    right_sex: str  # a value the first refused person can be corrected to
    disputed: str  # the person whose birth date two computers changed


def seeded(replica: Replica, offset: int) -> str:
    row = replica.db.execute(
        "SELECT id FROM person WHERE relationship = 'head' ORDER BY id LIMIT 1 OFFSET ?", [offset]
    ).fetchone()
    return str(row[0])


def edit(device: Device, person_id: str, **changes: Any) -> None:
    replica = device.login()
    values = replica.persons.form_values(person_id)
    assert values is not None
    version = replica.db.execute("SELECT version FROM person WHERE id = ?", [person_id])
    replica.persons.update_person(person_id, values | changes, replica.actor, version.fetchone()[0])


def refuse(replica: Replica, person_id: str) -> None:
    """An edit no registry accepts (it bypasses the form engine, as a faulty client would)."""
    version, sex = replica.db.execute(
        "SELECT version, sex FROM person WHERE id = ?", [person_id]
    ).fetchone()
    with replica.db.atomic():
        outbox.record(
            replica.db,
            entity="person",
            entity_id=person_id,
            op="update",
            base_version=version,
            changes={"sex": (sex, "dragon")},
            user_id=replica.session.user_id,
            client_time=replica.clock().isoformat(timespec="seconds"),
        )


@pytest.fixture
def day(registry: Registry, cache_dir: Path, tmp_path: Path) -> Day:
    counter = Device(registry, cache_dir, "counter-day").enrol()
    other = Device(registry, tmp_path / "other", "counter-other").enrol()
    try:
        replica = counter.login()
        registered = replica.persons.register_household(household(), replica.actor)
        head = registered.members[0][0]
        replica.entitlements.apply(
            head, "old_age_social", replica.actor, replica.session.display_name
        )
        phone, first, second, disputed = (seeded(replica, i) for i in range(4))
        edit(counter, phone, phone="03001112299")
        refuse(replica, first)
        refuse(replica, second)
        sex = replica.persons.form_values(first)
        assert sex is not None
        edit(other, disputed, birth_date="1970-01-01")
        other.sync()
        edit(counter, disputed, birth_date="1971-02-02")
        report = counter.sync()
        assert report.results["rejected"] == 2 and report.results["conflict"] == 1, report.results
        right = "female" if sex["sex"] == "male" else "male"
    finally:
        counter.close()  # the app opens this cache next
        other.close()
    return Day(head, (first, second), right, disputed)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def shot(widget: QWidget, name: str) -> Path:
    settle()
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def ask(qtbot: QtBot, shell: Shell, op: Callable[[Replica], T]) -> T:
    """Run `op` on the app's database thread and wait for its answer."""
    answers: list[T] = []
    failures: list[BaseException] = []
    shell.worker.run(op, answers.append, failures.append)
    qtbot.waitUntil(lambda: bool(answers or failures), timeout=WAIT_MS)
    if failures:
        raise failures[0]
    return answers[0]


def open_day(qtbot: QtBot, shell: Shell) -> DayController:
    """Log in as the supervisor, let the first sync end, open the day page and wait for the
    registry's part."""
    workspace = log_in(qtbot, shell, SUPERVISOR)
    sync = shell.controller.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.online is not None and not sync.running, timeout=LONG_WAIT_MS)
    page = workspace.day
    assert page is not None
    with qtbot.waitSignal(page.registry_loaded, timeout=LONG_WAIT_MS) as loaded:
        shell.window.day_action.trigger()
    assert loaded.args == [True]
    assert workspace.view.current_key() == "day"
    return page


def settled(qtbot: QtBot, shell: Shell, page: DayController) -> None:
    """Wait until no sync runs and the page has read the registry after it."""
    sync = shell.controller.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running and shell.worker.is_idle(), timeout=LONG_WAIT_MS)
    with qtbot.waitSignal(page.registry_loaded, timeout=LONG_WAIT_MS):
        page.refresh()


def totals(page: DayController) -> ClerkRow:
    return page.clerks.row_at(page.clerks.rowCount() - 1)


def card(page: DayController, key: str) -> str:
    return plain(page.view.cards[key].text.text())


def conflict_row(page: DayController, person_id: str) -> int:
    rows = page.conflicts.rows()
    return next(i for i, c in enumerate(rows) if c.entity_id == person_id)


def tab_shots(page: DayController, language: str) -> None:
    tabs = page.view.tabs
    names = ("clerks", "rejected", "conflicts", "sync-log", "chart")
    for index, name in enumerate(names):
        tabs.setCurrentIndex(index)
        shot(page.view.window(), f"day-{language}-{name}")
    tabs.setCurrentIndex(0)


def render_pdf(pdf: Path, name: str) -> Path:
    assert PDFTOPPM is not None
    stem = SHOTS / name
    subprocess.run(  # noqa: S603 - a fixed local tool on a file we just wrote
        [PDFTOPPM, "-png", "-r", "70", "-f", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    png = stem.with_suffix(".png")
    assert png.stat().st_size > 20_000
    return png


# -- the flow -------------------------------------------------------------------------------


def check_numbers(page: DayController) -> None:
    data = page.data
    assert data is not None and data.registry is not None
    total = totals(page)
    assert total.total and total.device is not None and total.registry is not None
    assert total.count(ClerkColumn.CREATED) == 3  # household and two members
    assert total.count(ClerkColumn.APPLICATIONS) == 1
    assert total.count(ClerkColumn.UPDATED) == 4  # phone, two refused, birth date
    assert total.count(ClerkColumn.REJECTED) == 2
    assert total.count(ClerkColumn.CONFLICTED) == 1
    assert total.count(ClerkColumn.PENDING) == 0
    # Everything reached the registry, which also counts the other computer's edit: it
    # reports the office's day.
    assert total.count(ClerkColumn.AT_REGISTRY) == 8 + 1
    assert total.missing_at_registry == 0
    names = [page.clerks.row_at(r).name for r in range(page.clerks.rowCount())]
    assert "Amina Clerk" in names
    assert not page.view.clerks.isColumnHidden(ClerkColumn.AT_REGISTRY)
    cards = page.view.cards
    assert card(page, "rejected") == "To correct or discard: 2"
    assert cards["conflicts"].level == "warn"
    assert card(page, "sent") == "Everything was sent."
    assert cards["registry"].level == "ok"
    assert page.view.tabs.tabText(1) == "Rejected (2)"
    assert page.rejected.rowCount() == 2
    reason = page.rejected.data(page.rejected.index(0, 4))
    assert "does not accept one of the values" in reason
    assert page.view.sign_button.isEnabled()


def resubmit_first(qtbot: QtBot, shell: Shell, page: DayController, day: Day) -> None:
    view = page.view
    view.tabs.setCurrentWidget(view.rejected_tab)
    view.rejected.selectRow(0)
    refused = page.rejected.row_at(0)
    assert refused.entity_id == day.refused[0]
    assert view.resubmit_button.isEnabled()
    view.resubmit_button.click()
    dialog = page.actions.dialog
    assert isinstance(dialog, FieldsDialog)
    assert set(dialog.editors) == {"sex"}
    shot(dialog, "day-en-correct-dialog")
    dialog.ok_button.click()  # "dragon" again: the form engine refuses it
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT_MS)
    dialog.editors["sex"].set_value(day.right_sex)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS) as changed:
        dialog.ok_button.click()
    assert changed.args == ["resubmitted"]
    new = ask(
        qtbot,
        shell,
        lambda r: r.db.execute(
            "SELECT mutation_id, state FROM outbox WHERE supersedes = ?", [refused.mutation_id]
        ).fetchone(),
    )
    assert new is not None  # a new mutation in the outbox (sent already, or waiting)


def discard_second(qtbot: QtBot, page: DayController) -> None:
    view = page.view
    row = next(r for r in range(page.rejected.rowCount()) if not page.rejected.row_at(r).resolution)
    view.rejected.selectRow(row)
    view.discard_button.click()
    dialog = page.actions.dialog
    assert isinstance(dialog, NoteDialog)
    dialog.ok_button.click()
    assert dialog.message.text() == "Write the reason first."
    dialog.note.setPlainText("Entered by mistake; the person is male.")
    shot(dialog, "day-en-discard-dialog")
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS) as changed:
        dialog.ok_button.click()
    assert changed.args == ["discarded"]


def resolve_conflict(qtbot: QtBot, shell: Shell, page: DayController, day: Day) -> None:
    view = page.view
    view.tabs.setCurrentWidget(view.conflicts_tab)
    row = conflict_row(page, day.disputed)
    view.conflicts_tab.table.selectRow(row)
    tab = view.conflicts_tab
    assert plain(tab.live.value.text()) == "1 Jan 1970"
    assert plain(tab.proposal.value.text()) == "2 Feb 1971"
    assert "Amina Clerk" in tab.proposal.who.text()
    assert "counter-day" in tab.proposal.who.text()
    assert page.conflicts.data(page.conflicts.index(row, ConflictColumn.DEVICE)) == "counter-day"
    shot(view.window(), "day-en-conflict-chosen")
    tab.note.setText("Birth certificate seen at the counter.")
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS) as changed:
        tab.take_button.click()
    assert changed.args == ["resolved"]
    # The registry now holds the proposal; the sync asked for after it brings it down.
    settled(qtbot, shell, page)
    values = ask(qtbot, shell, lambda r: r.persons.form_values(day.disputed))
    assert values is not None and values["birth_date"] == "1971-02-02"


def sign_off(qtbot: QtBot, shell: Shell, page: DayController) -> None:
    view = page.view
    view.sign_button.click()
    dialog = page.actions.dialog
    assert isinstance(dialog, NoteDialog)
    dialog.note.setPlainText("All checked. One conflict resolved, one change discarded.")
    shot(dialog, "day-en-signoff-dialog")
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS) as changed:
        dialog.ok_button.click()
    assert changed.args == ["signed"]
    qtbot.waitUntil(lambda: not view.sign_button.isEnabled(), timeout=WAIT_MS)
    # The sync takes the sign-off to the registry; the registry's day then shows it.
    qtbot.waitUntil(
        lambda: (
            page.data is not None
            and page.data.registry is not None
            and page.data.registry.report.signoff is not None
        ),
        timeout=LONG_WAIT_MS,
    )
    assert "Signed by Bilal Supervisor" in card(page, "signoff")


def late_entry(qtbot: QtBot, shell: Shell, page: DayController, day: Day) -> None:
    def change(replica: Replica) -> None:
        values = replica.persons.form_values(day.head)
        assert values is not None
        version = replica.db.execute("SELECT version FROM person WHERE id = ?", [day.head])
        replica.persons.update_person(
            day.head, values | {"phone": "03009998877"}, replica.actor, version.fetchone()[0]
        )

    data = page.data
    assert data is not None and data.device.signoff is not None
    signed = datetime.fromisoformat(data.device.signoff.signed_at)
    # Times are kept to the second, and a late entry is one recorded after the sign-off's.
    qtbot.waitUntil(lambda: datetime.now(signed.tzinfo) - signed >= timedelta(seconds=1))
    ask(qtbot, shell, change)
    settled(qtbot, shell, page)
    data = page.data
    assert data is not None and len(data.device.late_entries) == 1
    assert not page.view.late.isHidden()
    assert "Late entries after the sign-off: 1" in card(page, "signoff")


def export(qtbot: QtBot, page: DayController, tmp_path: Path, language: str) -> None:
    pdf, sheet = tmp_path / f"day-{language}.pdf", tmp_path / f"day-{language}.csv"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        assert page.export_pdf(pdf)
    assert page.export_csv(sheet)
    assert pdf.read_bytes().startswith(b"%PDF")
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    clerks = [r for r in rows if r and r[0] == "Amina Clerk"]
    assert clerks and clerks[0][1:4] == ["3", "4", "1"]
    if PDFTOPPM is not None:
        render_pdf(pdf, f"day-report-{language}")
        shutil.copy(pdf, SHOTS / f"day-report-{language}.pdf")


def switch(qtbot: QtBot, shell: Shell, language: str) -> DayController:
    """Change the interface language (the workspace is rebuilt on the same page) and wait
    until the new day page has read the registry."""
    shell.comfort.set_language(language)
    workspace = shell.controller.workspace
    assert workspace is not None and workspace.day is not None
    page = workspace.day
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.registry is not None, timeout=LONG_WAIT_MS
    )
    wait_idle(qtbot, shell)
    assert workspace.view.current_key() == "day"
    return page


def test_a_supervisor_reconciles_resolves_and_signs_the_day(
    qtbot: QtBot,
    make_shell: ShellFactory,
    day: Day,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    shell = make_shell()
    shell.window.resize(1366, 820)
    page = open_day(qtbot, shell)
    check_numbers(page)
    tab_shots(page, "en")
    for language in ("ur", "km"):
        tab_shots(switch(qtbot, shell, language), language)
    page = switch(qtbot, shell, "en")
    resubmit_first(qtbot, shell, page, day)
    discard_second(qtbot, page)
    settled(qtbot, shell, page)
    statuses = {page.rejected.row_at(r).resolution for r in range(page.rejected.rowCount())}
    assert statuses == {"resubmitted", "discarded"}
    assert page.view.tabs.tabText(1) == "Rejected (0)"
    resolve_conflict(qtbot, shell, page, day)
    settled(qtbot, shell, page)
    assert all(c.entity_id != day.disputed for c in page.conflicts.rows())
    sign_off(qtbot, shell, page)
    late_entry(qtbot, shell, page, day)
    tab_shots(page, "en-signed")
    chooser = page.choose_pdf()
    assert isinstance(chooser, QFileDialog) and chooser.defaultSuffix() == "pdf"
    chooser.reject()
    export(qtbot, page, tmp_path, "en")
    for language in ("ur", "km"):
        page = switch(qtbot, shell, language)
        tab_shots(page, f"{language}-signed")
        export(qtbot, page, tmp_path, language)
    # The models of the last page shown (earlier pages were dropped with their workspace).
    for model in (page.clerks, page.rejected, page.conflicts, page.sessions, page.late):
        assert model.rowCount() or model is page.conflicts
        check_model(qtmodeltester, model)


def test_a_clerk_has_no_day_page_and_the_cache_refuses_the_day(
    qtbot: QtBot, make_shell: ShellFactory, registry: Registry, cache_dir: Path
) -> None:
    device = Device(registry, cache_dir, "counter-clerk").enrol()
    try:
        with pytest.raises(PermissionDenied):
            device.login().day_report(date.today())
        with pytest.raises(PermissionDenied):
            device.login().sign_day(date.today(), "")
    finally:
        device.close()
    shell = make_shell()
    workspace = log_in(qtbot, shell, CLERK)
    assert workspace.day is None
    assert not shell.window.day_action.isVisible()
    keys = [workspace.view.nav_key(r) for r in range(workspace.view.nav.count())]
    assert "day" not in keys


def test_offline_the_page_shows_the_device_day_with_a_calm_note(
    qtbot: QtBot, make_shell: ShellFactory, registry: Registry, cache_dir: Path
) -> None:
    with fault_proxy(registry.url) as proxy:
        device = Device(registry, cache_dir, "counter-offline", url=proxy.url).enrol()
        replica = device.login()
        replica.persons.register_household(household(), replica.actor)
        device.close()
    shell = make_shell()
    workspace = log_in(qtbot, shell, SUPERVISOR)
    page = workspace.day
    assert page is not None
    with qtbot.waitSignal(page.registry_loaded, timeout=LONG_WAIT_MS) as loaded:
        workspace.go_day()
    assert loaded.args == [False]
    assert "cannot be reached" in page.view.note.text()
    assert page.view.clerks.isColumnHidden(ClerkColumn.AT_REGISTRY)
    assert totals(page).count(ClerkColumn.CREATED) == 3
    assert totals(page).count(ClerkColumn.PENDING) == 3
    assert card(page, "sent").startswith("Waiting to be sent: 3\nThe oldest is from ")
    assert page.view.cards["conflicts"].level == "info"
    assert page.view.tabs.tabText(2) == "Conflicts"
    assert shell.errors.last_dialog is None  # offline is no reason for a dialog
    assert page.view.sign_button.isEnabled()  # signed here; the registry hears of it later
    shot(page.view.window(), "day-en-offline")
    controls = (QAbstractButton, QLineEdit, QAbstractItemView, QDateEdit, QTabWidget)
    nameless = [
        widget.objectName()
        for widget in page.view.findChildren(QWidget)
        if isinstance(widget, controls)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.accessibleName()
    ]
    assert nameless == []
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.view.date_edit.setDate(page.view.date_edit.date().addDays(-1))
    assert totals(page).count(ClerkColumn.CREATED) == 0
    assert page.view.date_edit.maximumDate() == page.view.date_edit.date().addDays(1)
