"""The day page's dialogs: correct a rejected change, give a reason or a note, edit a value.

Layout only. Each dialog emits `submitted(...)` with what was typed and stays open: the
controller closes it when the work is done, or shows why not (`show_error`), so nothing is
typed twice. Values are edited with the form engine's own field editors, so a choice is a
list, a date has its calendar, and Urdu and Khmer labels come from the form definition.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.base import FieldEditor
from desktop.forms.fields import make_editor
from desktop.locale_format import translate
from desktop.views.common import MessageLabel, TextLabel, busy_bar, button
from forms.definition import FieldDef

CONTEXT = "DayPage"
NOTE_HEIGHT = 90
MIN_WIDTH = 520


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class EditedField:
    """One field to edit: its definition, its label in the language, its starting value."""

    field: FieldDef
    label: str
    value: Any
    before: str = ""  # the value it had before the change, in words ("" when not shown)


class DayDialog(QDialog):
    """A dialog with an introduction, a form, a message line, a busy bar and OK/Cancel."""

    def __init__(
        self, name: str, title: str, intro: str, ok_text: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro = TextLabel(intro)
        self.intro.setObjectName(f"{name}Intro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.message = MessageLabel(f"{name}Message")
        self.busy = busy_bar(f"{name}Busy")
        self.ok_button = button(f"{name}Ok", ok_text, default=True)
        self.cancel_button = button(f"{name}Cancel", _tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(MIN_WIDTH)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok_button.setEnabled(not busy)

    def show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.set_busy(False)
        self.message.show_message(text, "error")
        if focus is not None:
            focus.setFocus()


def note_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)
    box.setFixedHeight(NOTE_HEIGHT)
    return box


class NoteDialog(DayDialog):
    """Asks for a text: the reason to discard (required) or the sign-off note.

    Emits `submitted(str)` with the text (trimmed); an empty required text is refused here.
    """

    submitted = Signal(str)

    def __init__(
        self,
        name: str,
        title: str,
        intro: str,
        label: str,
        ok_text: str,
        *,
        required: bool,
        parent: QWidget | None,
    ) -> None:
        super().__init__(name, title, intro, ok_text, parent)
        self.required = required
        self.note = note_box(f"{name}Note", label.replace("&", ""))
        self.form.addRow(label, self.note)
        self.ok_button.clicked.connect(self._submit)
        self.setTabOrder(self.note, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def _submit(self) -> None:
        if self.required and not self.text():
            self.show_error(_tr("Write the reason first."), self.note)
            return
        self.message.clear_message()
        self.submitted.emit(self.text())


@dataclass(frozen=True)
class DialogTexts:
    name: str  # object name (and prefix of its widgets' names)
    title: str
    intro: str
    ok_text: str


class FieldsDialog(DayDialog):
    """Edits a few fields with the form engine's editors (and optionally a note).

    Emits `submitted(dict)` with field name -> value; `note` is read by the controller.
    """

    submitted = Signal(dict)

    def __init__(
        self,
        texts: DialogTexts,
        fields: Sequence[EditedField],
        today: Callable[[], date],
        *,
        language: str,
        with_note: bool = False,
        parent: QWidget | None,
    ) -> None:
        name = texts.name
        super().__init__(name, texts.title, texts.intro, texts.ok_text, parent)
        self.editors: dict[str, FieldEditor] = {}
        order: list[QWidget] = []
        for item in fields:
            editor = make_editor(item.field, today, self)
            editor.retranslate(language)
            editor.set_path(f"{name}_{item.field.name}")
            editor.set_accessible(item.label, item.before)
            editor.set_value(item.value)
            self.form.addRow(item.label, editor.widget)
            if item.before:
                before = TextLabel(_tr("Before: %1").replace("%1", item.before))
                before.setObjectName(f"{name}_{item.field.name}_before")
                before.setStyleSheet("color: #5f6368;")
                self.form.addRow("", before)
            self.editors[item.field.name] = editor
            order += editor.inputs()
        self.note = note_box(f"{name}Note", _tr("Note"))
        if with_note:
            self.form.addRow(_tr("&Note"), self.note)
            order.append(self.note)
        else:
            self.note.setVisible(False)
        order += [self.ok_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self.ok_button.clicked.connect(self._submit)

    def values(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}

    def mark_invalid(self, names: Sequence[str]) -> None:
        for name, editor in self.editors.items():
            editor.set_invalid(name in names)
        first = next((self.editors[n] for n in names if n in self.editors), None)
        if first is not None:
            first.focus_widget().setFocus()

    def focus_first(self) -> None:
        editor = next(iter(self.editors.values()), None)
        if editor is not None:
            editor.focus_widget().setFocus()

    def _submit(self) -> None:
        self.message.clear_message()
        self.submitted.emit(self.values())
