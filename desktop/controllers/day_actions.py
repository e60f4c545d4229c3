"""What a supervisor does on the day page: correct and resubmit or discard a rejected change,
resolve a conflict, sign the day off.

Threads as on the page (`desktop.controllers.day`): the replica's writes on the database
thread, the registry's calls on a network thread through a `Supervision` link made on the
database thread and closed after its one call. Every dialog stays open while its work runs and
shows why it failed (the form's own sentence for a refused value); after a write the registry
is asked to sync soon and the page is read again. Logs name ids only, never a person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from PySide6.QtCore import QObject

from desktop.day_words import reason_words, record_words, summary_items
from desktop.errors import ErrorPresenter, user_text
from desktop.i18n import isolate
from desktop.locale_format import translate
from desktop.views.day_dialogs import DialogTexts, EditedField, FieldsDialog, NoteDialog
from desktop.worker import Worker
from forms.definition import FieldDef, FormDefinition
from sync.client.supervision import ConflictAlreadyResolved, Supervision, UnknownConflict
from sync.protocol import ConflictItem
from sync.replica.day import RejectedChange
from sync.replica.errors import ReplicaError
from sync.replica.persons import ValidationFailed

if TYPE_CHECKING:
    from desktop.controllers.day import DayController, DayOptions
    from desktop.day_words import FieldWords

log = logging.getLogger(__name__)

CONTEXT = "DayPage"
Choice = Literal["live", "proposal", "edited"]
T = TypeVar("T")


def _tr(text: str, n: int = -1) -> str:
    return translate(CONTEXT, text, n)


def field_def(words: FieldWords, name: str) -> FieldDef:
    """The form's definition of `name`, or a plain text field for one no form names."""
    found = words.field(name)
    return found if found is not None else FieldDef(name=name, type="text", label={"en": name})


def call_once(link: Supervision, op: Callable[[Supervision], T]) -> T:
    try:
        return op(link)
    finally:
        link.close()


def correctable(change: RejectedChange) -> bool:
    """Only a refused person registration or edit can be corrected and sent again."""
    return change.entity == "person" and change.op in ("create", "update")


def _pair(value: Sequence[Any]) -> tuple[Any, Any]:
    old, new = ([*value, None, None])[:2]
    return old, new


def correction_fields(
    change: RejectedChange, words: FieldWords, person_form: FormDefinition
) -> list[EditedField]:
    """The refused answers the person form can edit, with what they were before. The
    identity document (sent as `identifiers`) is edited as the form's type and number; any
    other field is left out and goes back as it was sent."""
    names = {item.name for item in person_form.walk()}
    fields: list[EditedField] = []

    def add(name: str, new: Any, old: Any) -> None:
        if name in names:
            item = person_form.field(name)
            fields.append(EditedField(item, words.label(name), new, words.value(name, old)))

    for name, pair in change.changes.items():
        old, new = _pair(pair)
        if name == "identifiers":
            first = new[0] if isinstance(new, list | tuple) and new else None
            before = old[0] if isinstance(old, list | tuple) and old else [None, None]
            if isinstance(first, list | tuple) and len(first) == 2:  # noqa: PLR2004 - a pair
                add("id_type", first[0], before[0])
                add("id_number", first[1], before[1])
            continue
        add(name, new, old)
    return fields


class DayActions(QObject):
    """The day page's writes and their dialogs. GUI thread only; `dialog` is the open one."""

    def __init__(
        self, page: DayController, worker: Worker, errors: ErrorPresenter, options: DayOptions
    ) -> None:
        super().__init__(page)
        self.page, self._worker, self._errors, self.options = page, worker, errors, options
        self.dialog: FieldsDialog | NoteDialog | None = None

    # -- rejected changes -----------------------------------------------------------------------

    def rejected_at(self, row: int) -> RejectedChange | None:
        if 0 <= row < self.page.rejected.rowCount():
            return self.page.rejected.row_at(row)
        return None

    def _open_rejected(self, row: int) -> RejectedChange | None:
        change = self.rejected_at(row)
        if change is None:
            self.options.notify(_tr("Choose a rejected change in the list first."))
            return None
        if change.resolution is not None:
            self.options.notify(_tr("This change was already handled."))
            return None
        return change

    def open_correction(self, row: int) -> FieldsDialog | None:
        """The rejected values, editable; submitting sends them as a new change."""
        change = self._open_rejected(row)
        if change is None:
            return None
        fields = correction_fields(change, self.page.words, self.page.session.person_form)
        if not correctable(change) or not fields:
            self.options.notify(
                _tr("Only a person's registration or edit can be corrected. Discard it instead.")
            )
            return None
        intro = "\n".join(
            (
                record_words(change.entity, change.op, change.entity_id, self.page.names()),
                reason_words(change.reason),
                _tr(
                    "Correct the values below. They are sent to the registry as a new change; "
                    "the refused one stays in the history."
                ),
            )
        )
        dialog = FieldsDialog(
            DialogTexts("dayCorrect", _tr("Correct and resubmit"), intro, _tr("&Resubmit")),
            fields,
            self.options.today,
            language=self.page.language,
            parent=self.options.window(),
        )
        mutation_id = change.mutation_id
        dialog.submitted.connect(lambda values: self._resubmit(dialog, mutation_id, values))
        self._open(dialog)
        dialog.focus_first()
        return dialog

    def _resubmit(self, dialog: FieldsDialog, mutation_id: str, values: dict[str, Any]) -> None:
        dialog.set_busy(True)
        self._worker.run(
            lambda replica: replica.resubmit_rejected(mutation_id, values),
            lambda new_id: self._written(
                dialog,
                "resubmitted",
                _tr("The corrected change will be sent with the next sync."),
                f"rejected change {mutation_id} resubmitted as {new_id}",
            ),
            lambda error: self._dialog_failed(dialog, error),
        )

    def open_discard(self, row: int) -> NoteDialog | None:
        change = self._open_rejected(row)
        if change is None:
            return None
        intro = "\n".join(
            (
                record_words(change.entity, change.op, change.entity_id, self.page.names()),
                self.page.words.changes(change.changes),
                _tr(
                    "The change will not be sent again. Write why: the reason is kept with the "
                    "day's record."
                ),
            )
        )
        dialog = NoteDialog(
            "dayDiscard",
            _tr("Discard a rejected change"),
            intro,
            _tr("&Reason:"),
            _tr("&Discard"),
            required=True,
            parent=self.options.window(),
        )
        mutation_id = change.mutation_id
        dialog.submitted.connect(lambda reason: self._discard(dialog, mutation_id, reason))
        self._open(dialog)
        dialog.note.setFocus()
        return dialog

    def _discard(self, dialog: NoteDialog, mutation_id: str, reason: str) -> None:
        dialog.set_busy(True)
        self._worker.run(
            lambda replica: replica.discard_rejected(mutation_id, reason),
            lambda _none: self._written(
                dialog,
                "discarded",
                _tr("The change was discarded; the reason is kept."),
                f"rejected change {mutation_id} discarded",
            ),
            lambda error: self._dialog_failed(dialog, error),
        )

    # -- sign-off -------------------------------------------------------------------------------

    def open_sign_off(self) -> NoteDialog | None:
        data = self.page.data
        if data is None:
            return None
        if data.device.signoff is not None:
            self.options.notify(_tr("This day is already signed off."))
            return None
        lines = [
            _tr("Sign off %1 for office %2.")
            .replace("%1", isolate(self.page.formats.date(data.device.day)))
            .replace("%2", isolate(data.office)),
            _tr(
                "Your name, the time and the note are kept with the day and sent to the "
                "registry. Anything recorded for this day afterwards shows as a late entry."
            ),
        ]
        open_items = [
            item.text.replace("\n", " ")
            for item in summary_items(data, self.page.formats, datetime.now().astimezone())
            if item.level == "warn" and item.key != "signoff"
        ]
        if open_items:
            lines.append(_tr("Still open:") + " " + "; ".join(open_items))
        dialog = NoteDialog(
            "daySignoff",
            _tr("Sign off the day"),
            "\n".join(lines),
            _tr("&Note:"),
            _tr("&Sign off"),
            required=False,
            parent=self.options.window(),
        )
        day = data.device.day
        dialog.submitted.connect(lambda note: self._sign(dialog, day, note))
        self._open(dialog)
        dialog.note.setFocus()
        return dialog

    def _sign(self, dialog: NoteDialog, day: date, note: str) -> None:
        dialog.set_busy(True)
        self._worker.run(
            lambda replica: replica.sign_day(day, note),
            lambda _signoff: self._written(
                dialog,
                "signed",
                _tr("The day was signed off. The registry receives it with the next sync."),
                f"day {day.isoformat()} signed off",
            ),
            lambda error: self._dialog_failed(dialog, error),
        )

    # -- after a write, and when one fails ------------------------------------------------------

    def _open(self, dialog: FieldsDialog | NoteDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _written(
        self, dialog: FieldsDialog | NoteDialog | None, what: str, message: str, fact: str
    ) -> None:
        log.info("%s", fact)  # ids and dates only
        if dialog is not None:
            dialog.accept()
        self.options.notify(message)
        self.options.request_sync()
        self.page.changed.emit(what)
        self.page.refresh()

    def _dialog_failed(self, dialog: FieldsDialog | NoteDialog, error: BaseException) -> None:
        if isinstance(error, ValidationFailed):
            problems = error.problems
            dialog.show_error(" ".join(p.text(self.page.language) for p in problems))
            if isinstance(dialog, FieldsDialog):
                dialog.mark_invalid([p.field for p in problems])
        elif isinstance(error, ReplicaError):
            log.info("day action refused: %s", type(error).__name__)
            dialog.show_error(user_text(error))
        else:
            dialog.reject()
            self._errors.show(error)

    # -- conflicts ------------------------------------------------------------------------------

    def conflict_at(self, row: int) -> ConflictItem | None:
        if 0 <= row < self.page.conflicts.rowCount():
            return self.page.conflicts.row_at(row)
        return None

    def open_edit_value(self, row: int) -> FieldsDialog | None:
        """Resolve by a third value: the proposal, editable, and a note."""
        conflict = self.conflict_at(row)
        if conflict is None:
            self.options.notify(_tr("Choose a conflict in the list first."))
            return None
        name = conflict.field
        field = EditedField(
            field_def(self.page.words, name),
            self.page.words.label(name),
            conflict.proposed_value,
            self.page.words.value(name, conflict.live_value),
        )
        texts = DialogTexts(
            "dayEditValue",
            _tr("Resolve with another value"),
            _tr("Write the right value. The registry keeps it, with your name and the note."),
            _tr("&Resolve"),
        )
        dialog = FieldsDialog(
            texts,
            [field],
            self.options.today,
            language=self.page.language,
            with_note=True,
            parent=self.options.window(),
        )
        dialog.note.setPlainText(self.page.view.conflict_note().text())
        dialog.submitted.connect(
            lambda values: self.resolve(
                row, "edited", values.get(name), dialog.note.toPlainText().strip(), dialog
            )
        )
        self._open(dialog)
        dialog.focus_first()
        return dialog

    def resolve(
        self,
        row: int,
        choice: Choice,
        value: Any = None,
        note: str | None = None,
        dialog: FieldsDialog | None = None,
    ) -> None:
        """Send the decision on the conflict at `row` to the registry."""
        conflict = self.conflict_at(row)
        if conflict is None:
            self.options.notify(_tr("Choose a conflict in the list first."))
            return
        text = note if note is not None else self.page.view.conflict_note().text().strip()
        conflict_id = conflict.conflict_id
        self.page.view.conflicts_tab.set_actions_enabled(False)
        if dialog is not None:
            dialog.set_busy(True)
        self._worker.run(
            Supervision.for_replica,
            lambda link: self._resolve_with(link, conflict_id, choice, value, text, dialog),
            lambda error: self._resolve_failed(error, dialog),
        )

    def _resolve_with(
        self,
        link: Supervision | None,
        conflict_id: int,
        choice: Choice,
        value: Any,
        note: str,
        dialog: FieldsDialog | None,
    ) -> None:
        if link is None:
            self.options.notify(_tr("This computer is not connected to a registry."))
            return
        self._worker.run_network(
            lambda: call_once(link, lambda s: s.resolve(conflict_id, choice, value, note)),
            lambda _item: self._resolved(conflict_id, dialog),
            lambda error: self._resolve_failed(error, dialog),
        )

    def _resolved(self, conflict_id: int, dialog: FieldsDialog | None) -> None:
        self.page.view.conflict_note().clear()
        self._written(
            dialog,
            "resolved",
            _tr(
                "The conflict was resolved. The decision reaches this computer with the next sync."
            ),
            f"conflict {conflict_id} resolved",
        )

    def _resolve_failed(self, error: BaseException, dialog: FieldsDialog | None) -> None:
        self.page.view.conflicts_tab.set_actions_enabled(True)
        if isinstance(error, ConflictAlreadyResolved | UnknownConflict):
            if dialog is not None:
                dialog.reject()
            self.options.notify(user_text(error))
            self.page.refresh()
        elif dialog is not None:
            self._dialog_failed(dialog, error)
        elif isinstance(error, ReplicaError):
            self._errors.show_known(error, _tr("Not resolved"))
        else:
            self._errors.show(error)
