"""Renders a sequence of field definitions (a whole form, or one repeat row) as Qt widgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.base import FieldEditor, FormContext
from desktop.forms.fields import make_editor
from desktop.forms.problems import ProblemBoard
from desktop.forms.repeat import RepeatSection
from desktop.forms.text import describe, field_hint, field_label
from forms.definition import FieldDef
from forms.validation import Problem, available_choices, relevant_fields

LABEL_CHARS = 26  # label column width, in average characters; longer labels wrap
_UNSET = object()
_IGNORED_FOCUS_REASONS = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(eq=False)
class _Entry:
    field: FieldDef
    layout: QFormLayout
    widget: QWidget  # the row's field-column widget (or the spanning widget)
    ancestors: tuple[str, ...]
    label: QLabel | None = None
    editor: FieldEditor | None = None
    hint: QLabel | None = None
    error: QLabel | None = None
    section: RepeatSection | None = None
    problems: list[Problem] = dataclasses.field(default_factory=list)
    parent_value: object = _UNSET
    visible: bool = True


def _form_layout(parent: QWidget) -> QFormLayout:
    layout = QFormLayout(parent)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setVerticalSpacing(8)
    return layout


class FieldSet(QWidget):
    """One level of a form: fields in document order, groups as titled sections, repeats as
    `RepeatSection`s whose rows are `FieldSet`s again. Holds which fields the clerk touched."""

    edited = Signal(str, bool)  # path, apply at once (a choice) rather than after typing
    left = Signal(str)  # path of a field the clerk has just left
    advance = Signal()  # Enter pressed in an input: move on
    structure_changed = Signal()  # repeat rows added or removed

    def __init__(
        self, fields: Sequence[FieldDef], *, prefix: str, context: FormContext, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.prefix = prefix
        self.context = context
        self.touched: set[str] = set()
        self._entries: list[_Entry] = []
        self._by_input: dict[QWidget, str] = {}
        self._build(self.fields, _form_layout(self), ())
        self.set_prefix(prefix)
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def _build(
        self, fields: Sequence[FieldDef], layout: QFormLayout, ancestors: tuple[str, ...]
    ) -> None:
        for item in fields:
            if item.type == "group":
                box = QGroupBox(self)
                self._entries.append(_Entry(item, layout, box, ancestors))
                layout.addRow(box)
                self._build(item.fields, _form_layout(box), (*ancestors, item.name))
            elif item.type == "repeat":
                self._add_repeat(item, layout, ancestors)
            elif item.type == "note":
                note = QLabel(self)
                note.setWordWrap(True)
                note.setProperty("role", "note")
                self._entries.append(_Entry(item, layout, note, ancestors))
                layout.addRow(note)
            else:
                self._add_input(item, layout, ancestors)

    def _add_repeat(self, item: FieldDef, layout: QFormLayout, ancestors: tuple[str, ...]) -> None:
        section = RepeatSection(item, context=self.context, make_row=self._make_row, parent=self)
        section.edited.connect(self.edited)
        section.left.connect(self.left)
        section.advance.connect(self.advance)
        section.structure_changed.connect(self.structure_changed)
        self._entries.append(_Entry(item, layout, section, ancestors, section=section))
        layout.addRow(section)

    def _make_row(self, fields: Sequence[FieldDef], prefix: str, parent: QWidget) -> FieldSet:
        return FieldSet(fields, prefix=prefix, context=self.context, parent=parent)

    def _add_input(self, item: FieldDef, layout: QFormLayout, ancestors: tuple[str, ...]) -> None:
        label = QLabel(self)
        label.setWordWrap(True)
        column = QWidget(self)
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        editor = make_editor(item, self.context.today, column)
        hint = QLabel(column)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        error = QLabel(column)
        error.setWordWrap(True)
        error.setProperty("role", "error")
        error.hide()
        # A box layout follows the form's direction even for left-to-right inputs, so a phone
        # box in an Urdu form sits next to its label instead of at the far edge.
        line = QHBoxLayout()
        line.addWidget(editor.widget)
        line.addStretch(1)
        stack.addLayout(line)
        stack.addWidget(hint)
        stack.addWidget(error)
        label.setBuddy(editor.focus_widget())
        entry = _Entry(item, layout, column, ancestors, label, editor, hint, error)
        self._entries.append(entry)
        layout.addRow(label, column)
        editor.edited.connect(partial(self._on_edited, entry))
        for widget in editor.inputs():
            self._by_input[widget] = item.name
            widget.installEventFilter(self)

    # -- the clerk's actions --------------------------------------------------------------

    def _on_edited(self, entry: _Entry) -> None:
        assert entry.editor is not None
        self.touched.add(entry.field.name)
        self.edited.emit(self.prefix + entry.field.name, entry.editor.instant)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        name = self._by_input.get(watched) if isinstance(watched, QWidget) else None
        if name is None:
            return super().eventFilter(watched, event)
        if isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusOut:
            if event.reason() not in _IGNORED_FOCUS_REASONS:
                self.touched.add(name)
                self.left.emit(self.prefix + name)
        elif (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER_KEYS
        ):
            # Enter moves on; it must never reach a dialog's default button and submit.
            self.advance.emit()
            return True
        return super().eventFilter(watched, event)

    # -- values ---------------------------------------------------------------------------

    def _value_entries(self) -> Iterator[_Entry]:
        for entry in self._entries:
            if entry.section is not None or (
                entry.editor is not None and entry.field.type != "calculated"
            ):
                yield entry

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for entry in self._value_entries():
            if entry.section is not None:
                out[entry.field.name] = entry.section.values()
            elif entry.editor is not None:
                out[entry.field.name] = entry.editor.value()
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill every field (missing ones get their default) without marking anything touched."""
        current: dict[str, Any] = {}
        for entry in self._value_entries():
            name = entry.field.name
            if entry.section is not None:
                rows = values.get(name)
                if isinstance(rows, Sequence) and not isinstance(rows, str):
                    entry.section.set_values(rows)
                else:
                    entry.section.reset()
                continue
            assert entry.editor is not None
            if entry.field.choice_parent is not None:
                entry.parent_value = current.get(entry.field.choice_parent)
                choices = available_choices(entry.field, current)
                entry.editor.set_choices(choices, self.context.language)
            entry.editor.set_value(values.get(name, entry.field.default))
            current[name] = entry.editor.value()
        self.touched.clear()

    def apply_cascade(self) -> None:
        """Repopulate selects whose parent answer changed; a no-longer-offered answer is cleared."""
        current: dict[str, Any] = {}
        for entry in self._value_entries():
            if entry.section is not None:
                entry.section.apply_cascade()
                continue
            assert entry.editor is not None
            parent_name = entry.field.choice_parent
            if parent_name is not None and current.get(parent_name) != entry.parent_value:
                entry.parent_value = current.get(parent_name)
                choices = available_choices(entry.field, current)
                entry.editor.set_choices(choices, self.context.language)
            current[entry.field.name] = entry.editor.value()

    # -- showing the validation result ----------------------------------------------------

    def refresh(self, raw: Mapping[str, Any], clean: Mapping[str, Any], board: ProblemBoard) -> int:
        """Relevance, calculated values and inline errors; returns how many fields show errors."""
        relevant = relevant_fields(self.fields, raw, self.context.today())
        shown = 0
        for entry in self._entries:
            names = (*entry.ancestors, entry.field.name)
            self._set_visible(entry, all(name in relevant for name in names))
            if entry.section is not None:
                rows = raw.get(entry.field.name)
                clean_rows = clean.get(entry.field.name)
                shown += entry.section.refresh(
                    rows if isinstance(rows, list) else [],
                    clean_rows if isinstance(clean_rows, list) else [],
                    board,
                    visible=entry.visible,
                )
            elif entry.editor is not None:
                calculated = entry.field.type == "calculated"
                if calculated:
                    entry.editor.set_value(clean.get(entry.field.name))
                if entry.visible:
                    path = self.prefix + entry.field.name
                    touched = calculated or entry.field.name in self.touched
                    self._show_problems(entry, board.take(path, touched=touched))
                    shown += bool(entry.problems)
        return shown

    def _set_visible(self, entry: _Entry, visible: bool) -> None:
        if entry.visible != visible:
            entry.visible = visible
            entry.layout.setRowVisible(entry.widget, visible)

    def _show_problems(self, entry: _Entry, problems: list[Problem]) -> None:
        entry.problems = problems
        assert entry.error is not None and entry.editor is not None
        language = self.context.language
        text = "\n".join(problem.text(language) for problem in problems)
        entry.error.setText(text)
        entry.error.setVisible(bool(problems))
        entry.editor.set_invalid(bool(problems))
        entry.editor.set_accessible(
            entry.field.label_in(language), describe(entry.field, language, text)
        )

    def mark_all_touched(self) -> None:
        for entry in self._entries:
            self.touched.add(entry.field.name)
            if entry.section is not None:
                entry.section.mark_all_touched()

    # -- language, names, focus -----------------------------------------------------------

    def retranslate(self) -> None:
        language = self.context.language
        for entry in self._entries:
            item = entry.field
            if isinstance(entry.widget, QGroupBox) and entry.section is None:
                entry.widget.setTitle(item.label_in(language))
            elif entry.section is not None:
                entry.section.retranslate()
            elif entry.editor is None and isinstance(entry.widget, QLabel):
                entry.widget.setText(item.label_in(language))
            if entry.editor is not None:
                self._retranslate_input(entry, language)

    def _retranslate_input(self, entry: _Entry, language: str) -> None:
        assert entry.editor is not None and entry.label is not None and entry.hint is not None
        entry.label.setText(field_label(entry.field, language))
        entry.label.setFixedWidth(entry.label.fontMetrics().averageCharWidth() * LABEL_CHARS)
        hint = field_hint(entry.field, language)
        entry.hint.setText(hint)
        entry.hint.setVisible(bool(hint))
        entry.editor.retranslate(language)
        if entry.error is not None:
            self._show_problems(entry, entry.problems)
        else:
            entry.editor.set_accessible(
                entry.field.label_in(language), describe(entry.field, language)
            )

    def set_prefix(self, prefix: str) -> None:
        """Name every widget after its path (`members[0].given_name`), e.g. after a row moved."""
        self.prefix = prefix
        for entry in self._entries:
            path = prefix + entry.field.name
            if entry.section is not None:
                entry.section.set_path(path)
                continue
            entry.widget.setObjectName(f"{path}:row" if entry.editor else path)
            if entry.editor is not None:
                entry.editor.set_path(path)
            for suffix, widget in (
                ("label", entry.label),
                ("hint", entry.hint),
                ("error", entry.error),
            ):
                if widget is not None:
                    widget.setObjectName(f"{path}:{suffix}")

    def inputs(self) -> list[QWidget]:
        """Every focusable input in document order (the tab chain)."""
        out: list[QWidget] = []
        for entry in self._entries:
            if entry.section is not None:
                out.extend(entry.section.inputs())
            elif entry.editor is not None:
                out.extend(entry.editor.inputs())
        return out

    def focus(self, path: str) -> QWidget | None:
        """Bring the input for `path` on screen (switching repeat rows) and return it."""
        for entry in self._entries:
            own = self.prefix + entry.field.name
            if entry.section is not None and (path == own or path.startswith(own + "[")):
                return entry.section.focus(path) if entry.visible else None
            if path == own and entry.editor is not None and entry.editor.inputs():
                return entry.editor.focus_widget() if entry.visible else None
        return None

    def find_section(self, name: str) -> RepeatSection | None:
        for entry in self._entries:
            if entry.section is not None and entry.field.name == name:
                return entry.section
        return None

    def first_repeat(self) -> RepeatSection | None:
        return next((e.section for e in self._entries if e.section is not None), None)

    def title_text(self) -> str | None:
        """The first text answer (a member's given name) to name this row's tab."""
        for entry in self._value_entries():
            if entry.field.type == "text" and entry.editor is not None:
                value = entry.editor.value()
                return str(value).strip() if value else None
        return None
