"""The supervisor's day: show it, fix what the registry refused, resolve conflicts, sign, export.

Threads. Every step starts on the GUI thread and goes through the worker. The device's day,
the 30-day series and person names are read on the database thread (`worker.run`); there too
a `Supervision` link is made (it reads the registry address and token from the cache). The
link then makes exactly one call on a network thread (`worker.run_network`) and is closed
there. Answers to an older request (the supervisor picked another day meanwhile) are dropped.

Offline or standalone, the page still shows the device's day, with a calm note that the
registry's view and the conflicts need the connection. Writes (resubmit, discard, sign-off)
are the replica's; each asks for a sync soon, so the registry hears of them, and the page is
read again. A conflict is resolved at the registry; the next sync brings the decision down.
Logs name ids and counts only, never a person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Literal, TypeVar

import platformdirs
from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.controllers.day_actions import DayActions, correctable
from desktop.day_models import ClerkModel, ConflictModel, LateModel, RejectedModel, SessionModel
from desktop.day_words import (
    REGISTRY_COLUMNS,
    DayData,
    FieldWords,
    RegistryDay,
    agreement_text,
    clerk_rows,
    entity_words,
    reason_words,
    summary_items,
    table_words,
    user_names,
)
from desktop.errors import ErrorPresenter, user_text
from desktop.i18n import isolate
from desktop.locale_format import LocaleFormat, locale_for, translate
from desktop.printing.day_report import DayReportNotWritten, render_day_pdf, write_day_csv
from desktop.session import SessionInfo
from desktop.views.day import DayView, fit_columns
from desktop.worker import Worker
from sync.client.errors import RegistryUnreachable
from sync.client.supervision import (
    Supervision,
)
from sync.replica.cache import Replica
from sync.replica.day import DayPoint, DeviceDay
from sync.replica.errors import ReplicaError

log = logging.getLogger(__name__)

CONTEXT = "DayPage"
CHART_DAYS = 30
T = TypeVar("T")
Choice = Literal["live", "proposal", "edited"]


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


# -- work on the database and network threads -------------------------------------------------


@dataclass(frozen=True)
class LocalDay:
    """What the database thread hands back for one day (the link is used once, then closed)."""

    device: DeviceDay
    series: tuple[DayPoint, ...]
    names: dict[str, str]
    link: Supervision | None


def person_names(replica: Replica, ids: Iterable[str]) -> dict[str, str]:
    """Id -> "Given Family" of the persons this device has (display only). DB thread."""
    names: dict[str, str] = {}
    for person_id in dict.fromkeys(ids):
        values = replica.persons.form_values(person_id)
        if values:
            parts = [str(values[k]) for k in ("given_name", "family_name") if values.get(k)]
            names[person_id] = " ".join(parts)
    return names


def load_local(replica: Replica, day: date) -> LocalDay:
    """The device's day, its chart and its link to the registry. DB thread."""
    device = replica.day_report(day)
    series = tuple(replica.daily_series(day, CHART_DAYS))
    ids = [c.entity_id for c in device.rejected if c.entity == "person"]
    ids += [e.entity_id for e in device.late_entries if e.entity == "person"]
    return LocalDay(device, series, person_names(replica, ids), Supervision.for_replica(replica))


def fetch_registry(link: Supervision, day: date) -> RegistryDay:
    """The registry's day and the open conflicts. Network thread; closes the link."""
    try:
        return RegistryDay(link.day(day), tuple(link.conflicts("open")))
    finally:
        link.close()


# -- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayOptions:
    """What the page needs from the workspace besides the worker and the error presenter."""

    language: str
    today: Callable[[], date]
    notify: Callable[[str], None]
    request_sync: Callable[[], None]  # "sync soon": the registry should hear of a write
    window: Callable[[], QWidget]


class DayController(QObject):
    """The day page of one supervisor's session. GUI thread only.

    `loaded` after the device's day is shown; `registry_loaded(bool)` after the registry's
    part is shown (False: it could not be asked); `changed(str)` after a resubmit, discard,
    resolution or sign-off; `exported(str)` with the path of a written PDF or CSV.
    """

    loaded = Signal()
    registry_loaded = Signal(bool)
    changed = Signal(str)
    exported = Signal(str)

    def __init__(
        self,
        session: SessionInfo,
        worker: Worker,
        errors: ErrorPresenter,
        options: DayOptions,
    ) -> None:
        super().__init__()
        self.session, self._worker, self._errors, self.options = session, worker, errors, options
        self.language = options.language
        self.formats = LocaleFormat(self.language)
        self.words = FieldWords((session.person_form, session.household_form), self.language)
        self.day = options.today()
        self.data: DayData | None = None
        self._generation = 0
        self.file_dialog: QFileDialog | None = None
        self.clerks = ClerkModel(lambda: self.formats)
        self.rejected = RejectedModel(lambda: self.words, self.names)
        self.conflicts = ConflictModel(lambda: self.words, self.names)
        self.sessions = SessionModel(lambda: self.formats)
        self.late = LateModel(lambda: self.formats, self.names, self._users)
        self.view = DayView(
            self.clerks,
            self.rejected,
            self.conflicts,
            self.sessions,
            self.late,
            locale_for(self.language),
        )
        for model in (self.clerks, self.rejected, self.conflicts, self.sessions, self.late):
            model.setParent(self.view)
        self.view.set_today(self.day)
        self.view.set_day(self.day)
        self.actions = DayActions(self, worker, errors, options)
        self._wire()
        self._show_empty()

    def _wire(self) -> None:
        view = self.view
        view.day_chosen.connect(self.set_day)
        view.today_requested.connect(lambda: self.set_day(self.options.today()))
        view.refresh_requested.connect(self.refresh)
        actions = self.actions
        view.sign_requested.connect(actions.open_sign_off)
        view.pdf_requested.connect(self.choose_pdf)
        view.csv_requested.connect(self.choose_csv)
        view.resubmit_requested.connect(actions.open_correction)
        view.discard_requested.connect(actions.open_discard)
        view.keep_requested.connect(lambda row: actions.resolve(row, "live"))
        view.take_requested.connect(lambda row: actions.resolve(row, "proposal"))
        view.edit_requested.connect(actions.open_edit_value)
        rejected = view.rejected.selectionModel()
        rejected.currentRowChanged.connect(self._rejected_chosen)
        conflicts = view.conflicts_tab.table.selectionModel()
        conflicts.currentRowChanged.connect(self._conflict_chosen)

    def names(self) -> dict[str, str]:
        return dict(self.data.names) if self.data is not None else {}

    def _users(self) -> dict[str, str]:
        return user_names(self.data) if self.data is not None else {}

    # -- loading ------------------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        self.day = min(day, self.options.today())
        self.view.set_day(self.day)
        self.refresh()

    def refresh(self) -> None:
        """Read the day again: the device's part, then (when connected) the registry's."""
        self._generation += 1
        generation, day = self._generation, self.day
        self.view.set_busy(True)
        self._worker.run(
            lambda replica: load_local(replica, day),
            lambda local: self._local_loaded(generation, local),
            lambda error: self._local_failed(generation, error),
        )

    def _local_loaded(self, generation: int, local: LocalDay) -> None:
        if generation != self._generation:
            if local.link is not None:
                local.link.close()
            return
        note = (
            ""
            if local.link is not None
            else _tr(
                "This computer works on its own: there is no registry to compare the day with."
            )
        )
        self.data = DayData(
            local.device,
            self.session.device.office,
            self.session.user.display_name,
            registry_note=note,
            names=local.names,
            series=local.series,
        )
        self.show(self.data)
        self.loaded.emit()
        link = local.link
        if link is None:
            self.view.set_busy(False)
            self.registry_loaded.emit(False)
            return
        day = local.device.day
        self._worker.run_network(
            lambda: fetch_registry(link, day),
            lambda registry: self._registry_fetched(generation, registry),
            lambda error: self._registry_failed(generation, error),
        )

    def _local_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.view.set_busy(False)
        if isinstance(error, ReplicaError):
            log.info("the day could not be read: %s", type(error).__name__)
            self.view.note.show_message(user_text(error), "error")
        else:
            self._errors.show(error)

    def _registry_fetched(self, generation: int, registry: RegistryDay) -> None:
        if generation != self._generation:
            return
        known = self.names()
        ids = [c.entity_id for c in registry.conflicts if c.entity == "person"]
        wanted = [i for i in ids if i not in known]
        self._worker.run(
            lambda replica: person_names(replica, wanted),
            lambda names: self._registry_shown(generation, registry, names),
            lambda error: self._local_failed(generation, error),
        )

    def _registry_shown(
        self, generation: int, registry: RegistryDay, names: dict[str, str]
    ) -> None:
        if generation != self._generation or self.data is None:
            return
        self.view.set_busy(False)
        self.data = replace(
            self.data, registry=registry, registry_note="", names={**self.data.names, **names}
        )
        self.show(self.data)
        self.registry_loaded.emit(True)

    def _registry_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self.data is None:
            return
        self.view.set_busy(False)
        if not isinstance(error, ReplicaError):
            self._errors.show(error)
            return
        log.info("the registry's day could not be read: %s", type(error).__name__)
        note = user_text(error)
        if isinstance(error, RegistryUnreachable):
            note = _tr(
                "The registry cannot be reached now. This is the day as this computer knows "
                "it; the registry's view and the conflicts need the connection."
            )
        self.data = replace(self.data, registry=None, registry_note=note)
        self.show(self.data)
        self.registry_loaded.emit(False)

    # -- showing ------------------------------------------------------------------------------

    def _show_empty(self) -> None:
        for button in (self.view.sign_button, self.view.pdf_button, self.view.csv_button):
            button.setEnabled(False)
        self.view.set_tab_titles(_tr("Rejected"), _tr("Conflicts"))

    def show(self, data: DayData) -> None:
        """Fill the page from `data` (GUI thread)."""
        view, device = self.view, data.device
        view.show_cards(summary_items(data, self.formats, datetime.now().astimezone()))
        if data.registry_note:
            view.note.show_message(data.registry_note, "info")
        else:
            view.note.clear_message()
        self._show_clerks(data)
        self._show_signoff(data)
        self.rejected.set_rows(device.rejected)
        fit_columns(view.rejected)
        if data.open_rejected:
            view.rejected.setCurrentIndex(self.rejected.index(0, 0))  # the first to handle
        self._rejected_chosen(view.rejected.currentIndex())
        self._show_conflicts(data)
        self.sessions.set_rows(device.sync_sessions)
        fit_columns(view.sessions)
        view.registry_sessions.setText(self._registry_sessions_text(data))
        view.chart.show_points(data.series, self.formats)
        open_rejected = len(data.open_rejected)
        view.set_tab_titles(
            _tr("Rejected (%1)").replace("%1", self.formats.integer(open_rejected)),
            _tr("Conflicts (%1)").replace("%1", self.formats.integer(len(data.conflicts)))
            if data.registry is not None
            else _tr("Conflicts"),
        )
        view.pdf_button.setEnabled(True)
        view.csv_button.setEnabled(True)

    def _show_clerks(self, data: DayData) -> None:
        view = self.view
        self.clerks.set_rows(clerk_rows(data))
        for column in REGISTRY_COLUMNS:
            view.clerks.setColumnHidden(column, data.registry is None)
        fit_columns(view.clerks)
        view.clerks_note.setText(
            _tr(
                "The registry's columns count this office's work from every computer that "
                "synced it."
            )
            if data.registry is not None
            else _tr("The registry's numbers are shown when the registry can be asked.")
        )
        lines = [agreement_text(t, self.formats) for t in data.device.tables]
        for agreement in data.device.tables:
            if agreement.differing_ids:
                shown = ", ".join(agreement.differing_ids[:10])
                more = len(agreement.differing_ids) - 10
                suffix = (
                    " " + _tr("(and %1 more)").replace("%1", self.formats.integer(more))
                    if more > 0
                    else ""
                )
                lines.append(
                    _tr("Records that differ in %1: %2")
                    .replace("%1", table_words(agreement.table))
                    .replace("%2", isolate(shown) + suffix)
                )
        view.show_agreements(lines or [_tr("Not compared yet: the comparison runs with a sync.")])

    def _show_signoff(self, data: DayData) -> None:
        view, signoff = self.view, data.device.signoff
        central = data.registry.report.signoff if data.registry is not None else None
        parts = []
        if signoff is not None:
            parts.append(
                _tr("Signed off on this computer by %1 at %2.")
                .replace("%1", isolate(signoff.display_name))
                .replace("%2", isolate(self.formats.date_time(signoff.signed_at)))
            )
            if signoff.note:
                parts.append(_tr("Note: %1").replace("%1", isolate(signoff.note)))
        if central is not None:
            parts.append(
                _tr("The registry has the sign-off of %1 (%2).")
                .replace("%1", isolate(central.display_name))
                .replace("%2", isolate(self.formats.date_time(central.signed_at)))
            )
        elif signoff is not None and data.registry is not None:
            parts.append(_tr("The registry does not have the sign-off yet; it goes with a sync."))
        view.signoff_text.setText("\n".join(parts))
        view.signoff_text.setVisible(bool(parts))
        self.late.set_rows(data.device.late_entries)
        fit_columns(view.late)
        view.show_late(bool(data.device.late_entries))
        signed = signoff is not None or central is not None
        view.sign_button.setEnabled(not signed)
        view.sign_button.setToolTip(_tr("This day is already signed off.") if signed else "")

    def _show_conflicts(self, data: DayData) -> None:
        tab = self.view.conflicts_tab
        self.conflicts.set_rows(data.conflicts)
        fit_columns(tab.table)
        if data.registry is None:
            tab.empty.setText(
                _tr("The conflicts are kept at the registry: they need the connection.")
            )
        elif not data.conflicts:
            tab.empty.setText(_tr("No conflicts are waiting for a decision."))
        else:
            tab.empty.setText(
                _tr(
                    "Two computers changed the same identity detail differently. The registry "
                    "kept its value; choose which one is right."
                )
            )
        if data.conflicts:
            # Not `selectRow`: in a right-to-left view not shown yet it picks no column.
            tab.table.setCurrentIndex(self.conflicts.index(0, 0))
        self._conflict_chosen(tab.table.currentIndex())

    def _registry_sessions_text(self, data: DayData) -> str:
        if data.registry is None:
            return data.registry_note
        sessions = data.registry.report.sync_sessions
        devices = {s.device_id for s in sessions}
        text = _tr("Sync sessions of this office recorded by the registry on this day: %1")
        text = text.replace("%1", self.formats.integer(len(sessions)))
        if len(devices) > 1:
            text += " " + _tr("(from %1 computers)").replace(
                "%1", self.formats.integer(len(devices))
            )
        return text

    def _rejected_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        change = self.actions.rejected_at(current.row()) if current.isValid() else None
        view = self.view
        open_change = change is not None and change.resolution is None
        view.set_rejected_actions(open_change)
        view.resubmit_button.setEnabled(open_change and change is not None and correctable(change))
        if change is None:
            view.rejected_detail.setText(
                _tr("Choose a rejected change to correct or discard it.")
                if self.rejected.rowCount()
                else _tr("The registry refused nothing of this day.")
            )
            return
        text = reason_words(change.reason)
        if change.message:
            text += "\n" + _tr("The registry said:") + " " + change.message
        if change.resolution_note:
            text += "\n" + _tr("Note: %1").replace("%1", isolate(change.resolution_note))
        view.rejected_detail.setText(text)

    def _conflict_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        tab = self.view.conflicts_tab
        conflict = self.actions.conflict_at(current.row()) if current.isValid() else None
        tab.set_actions_enabled(conflict is not None)
        if conflict is None:
            tab.field.setText("")
            tab.live.show_side("", "")
            tab.proposal.show_side("", "")
            return
        words = self.words
        record = entity_words(conflict.entity, conflict.entity_id, self.names())
        tab.field.setText(f"{record} · {words.label(conflict.field)}")
        tab.live.show_side(
            words.value(conflict.field, conflict.live_value),
            self._who(conflict.live_by, conflict.live_at, ""),
        )
        tab.proposal.show_side(
            words.value(conflict.field, conflict.proposed_value),
            self._who(conflict.proposed_by, conflict.proposed_at, conflict.device_name),
        )

    def _who(self, by: str | None, at: str | None, device: str) -> str:
        lines = [
            _tr("By: %1").replace("%1", isolate(by or "—")),
            _tr("When: %1").replace("%1", isolate(self.formats.date_time(at) if at else "—")),
        ]
        if device:
            lines.append(_tr("Computer: %1").replace("%1", isolate(device)))
        return "\n".join(lines)

    # -- exporting ------------------------------------------------------------------------------

    def _file_name(self, suffix: str) -> str:
        return f"onestop-day-{self.session.device.office}-{self.day.isoformat()}.{suffix}"

    def choose_pdf(self) -> QFileDialog | None:
        return self._choose(_tr("Save the day as PDF"), _tr("PDF documents (*.pdf)"), "pdf")

    def choose_csv(self) -> QFileDialog | None:
        return self._choose(
            _tr("Save the day as CSV"), _tr("CSV files for spreadsheets (*.csv)"), "csv"
        )

    def _choose(self, title: str, name_filter: str, suffix: str) -> QFileDialog | None:
        if self.data is None:
            return None
        chooser = QFileDialog(self.options.window(), title)
        chooser.setObjectName(f"day{suffix.capitalize()}FileDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(name_filter)
        chooser.setDefaultSuffix(suffix)
        chooser.setDirectory(platformdirs.user_documents_dir())
        chooser.selectFile(self._file_name(suffix))
        export = self.export_pdf if suffix == "pdf" else self.export_csv
        chooser.fileSelected.connect(lambda path: export(Path(path)))
        self.file_dialog = chooser
        chooser.open()
        return chooser

    def export_pdf(self, path: Path) -> bool:
        return self._export(path, lambda data: render_day_pdf(data, self.words, path))

    def export_csv(self, path: Path) -> bool:
        return self._export(path, lambda data: write_day_csv(data, self.words, path))

    def _export(self, path: Path, write: Callable[[DayData], Path]) -> bool:
        if self.data is None:
            return False
        try:
            write(self.data)
        except (DayReportNotWritten, OSError):
            log.warning("the day report could not be written")
            self._errors.message(
                QMessageBox.Icon.Warning,
                _tr("Not saved"),
                _tr("The file could not be saved there. Choose another folder, then try again."),
            )
            return False
        self.options.notify(_tr("Saved as %1").replace("%1", str(path)))
        self.exported.emit(str(path))
        return True
