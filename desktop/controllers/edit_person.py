"""Editing one person at the counter: prefill the person form, save with a version check.

The record and its version are read together on the worker when the page opens; Save sends
the answers with that version, so a record changed meanwhile (another window, a sync) is
refused rather than overwritten. What the clerk typed stays until it is saved or cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.controllers.register import problem_text
from desktop.errors import ErrorPresenter, user_text
from desktop.locale_format import translate
from desktop.views.edit_person import EditPersonView
from desktop.worker import Worker
from forms.validation import Problem, Validated
from sync.replica.cache import Replica
from sync.replica.errors import ReplicaError
from sync.replica.persons import RecordChanged, ValidationFailed

log = logging.getLogger(__name__)

CONTEXT = "EditPage"


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


class PersonForm(Protocol):
    """What this controller needs from the form widget (`desktop.forms.FormWidget`)."""

    def values(self) -> dict[str, Any]: ...
    def set_values(self, values: Mapping[str, Any]) -> None: ...
    def validate(self) -> Validated: ...
    def show_problems(self, problems: Sequence[Problem]) -> None: ...
    def focus_field(self, path: str) -> bool: ...
    def setFocus(self) -> None: ...


@dataclass(frozen=True)
class EditStart:
    """A person's answers as the form takes them, and the version they were read at."""

    person_id: str
    name: str
    values: Mapping[str, Any]
    version: int


def load_for_edit(replica: Replica, person_id: str) -> EditStart | None:
    """Runs on the database thread."""
    record = replica.persons.get(person_id)
    values = replica.persons.form_values(person_id)
    if record is None or values is None:
        return None
    name = " ".join(str(values[k]) for k in ("given_name", "family_name") if values.get(k))
    return EditStart(person_id, name, values, int(record.person["version"]))


class EditPersonController(QObject):
    """Load, save and cancel of the edit page. `opened(person_id)` once the form is filled
    (the workspace then shows the page and calls `focus_start`); `saved(person_id)` after a
    save; `cancelled(person_id)` when the clerk leaves without saving."""

    opened = Signal(str)
    saved = Signal(str)
    cancelled = Signal(str)

    def __init__(
        self,
        view: EditPersonView,
        form: PersonForm,
        worker: Worker,
        errors: ErrorPresenter,
        language: Callable[[], str],
    ) -> None:
        super().__init__(view)
        self.view, self.form, self._worker, self._errors = view, form, worker, errors
        self._language = language
        self.start: EditStart | None = None
        self._focus = ""
        self._busy = False
        view.save_requested.connect(self.save)
        view.cancel_requested.connect(self.cancel)

    def open(self, person_id: str, focus: str = "", why: str = "") -> None:
        """Read the record on the worker; `focus` names the field to start at, `why` says
        what the clerk is asked to complete (shown above the buttons)."""
        if self._busy:
            return
        self._worker.run(
            lambda replica: load_for_edit(replica, person_id),
            lambda start: self._fill(person_id, start, focus, why),
        )

    def _fill(self, person_id: str, start: EditStart | None, focus: str, why: str) -> None:
        if start is None:
            log.warning("person %s not found for editing", person_id)
            self._errors.show_known(RecordChanged("person not found"), _tr("Cannot edit"))
            return
        self.start, self._focus = start, focus
        self.form.set_values(start.values)
        self.view.set_title(start.name)
        if why:
            self.view.message.show_message(why, "info")
        else:
            self.view.message.clear_message()
        self.opened.emit(person_id)

    def focus_start(self) -> None:
        """Focus the field asked for (the first missing answer), else the first field."""
        target = self._focus if self._focus and self.form.focus_field(self._focus) else ""
        if not target and self.form.focus_field("given_name"):
            target = "given_name"
        if not target:
            self.form.setFocus()
            return
        # A page shown for the first time is laid out at the next turn of the event loop;
        # scroll to the field again then, so it is not left at the bottom edge.
        QTimer.singleShot(0, lambda: self._reveal(target))

    def _reveal(self, path: str) -> None:
        if self.view.isVisible() and self.start is not None:
            self.form.focus_field(path)

    def cancel(self) -> None:
        if not self._busy and self.start is not None:
            self.cancelled.emit(self.start.person_id)

    def save(self) -> None:
        start = self.start
        if self._busy or start is None:
            return
        checked = self.form.validate()
        if not checked.ok:
            self._show_problems(checked.problems)
            return
        raw = self.form.values()
        self._set_busy(True)
        self.view.message.show_message(_tr("Saving…"), "info")
        self._worker.run(
            lambda replica: replica.persons.update_person(
                start.person_id, raw, replica.actor, start.version
            ),
            lambda version: self._saved(start, version),
            self._failed,
        )

    def _saved(self, start: EditStart, version: int) -> None:
        self._set_busy(False)
        log.info("person %s saved at version %d", start.person_id, version)
        self.start = None
        self.view.message.clear_message()
        self.saved.emit(start.person_id)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            self._show_problems(error.problems)
        elif isinstance(error, RecordChanged):
            log.info("edit refused: the record changed meanwhile")
            self.view.message.show_message(user_text(error), "info")
        elif isinstance(error, ReplicaError):
            self.view.message.show_message(user_text(error), "error")
            self._errors.show_known(error, _tr("Not saved"))
        else:
            self.view.message.clear_message()
            self._errors.show(error)

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self.form.show_problems(problems)
        if problems:
            self.form.focus_field(problems[0].path)
        first = problem_text(problems[0], self._language()) if problems else ""
        text = _tr("Nothing was saved. Please correct: %1").replace("%1", first)
        if len(problems) > 1:
            text += " " + _tr("(and %Ln more)", len(problems) - 1)
        self.view.message.show_message(text, "error")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.view.set_busy(busy)
