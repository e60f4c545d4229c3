"""One editor class per field type, chosen through a dispatch table (no per-form screens)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from desktop.forms.base import FieldEditor, LineEditor
from desktop.forms.calendar import DateEditor
from desktop.forms.text import YES, choice_label, format_value, ui_text
from forms.definition import Choice, FieldDef

_TRUE_TEXTS = frozenset({"1", "true", "yes", "y"})


class _Combo(QComboBox):
    """A combo box that ignores the mouse wheel unless focused, so scrolling the form
    never changes an answer by accident."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ChoiceEditor(FieldEditor):
    """select_one: a combo box whose first entry is empty (no answer)."""

    instant = True

    def build(self, parent: QWidget) -> QWidget:
        self.combo = _Combo(parent)
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(18)
        self.choices: tuple[Choice, ...] = ()
        self.combo.addItem("", None)
        self.set_choices(self.field.choices, "en")
        self.combo.currentIndexChanged.connect(self.notify)
        return self.combo

    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        with self.quiet():
            if value is None or value == "":
                self.combo.setCurrentIndex(0)
                return
            index = self.combo.findData(str(value))
            if index < 0:
                # A stored answer this list no longer offers: keep it visible (and invalid)
                # rather than silently dropping it.
                self.combo.addItem(str(value), str(value))
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(index)

    def set_choices(self, choices: tuple[Choice, ...], language: str) -> None:
        current = self.value()
        with self.quiet():
            self.choices = choices
            while self.combo.count() > 1:
                self.combo.removeItem(1)
            for choice in choices:
                self.combo.addItem(choice_label(choice, language), choice.value)
            # An answer the new list no longer offers is cleared (index 0, the empty entry).
            self.combo.setCurrentIndex(max(self.combo.findData(current), 0) if current else 0)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        for offset, choice in enumerate(self.choices, start=1):
            self.combo.setItemText(offset, choice_label(choice, language))


class ManyEditor(FieldEditor):
    """select_many: one check box per choice, two columns."""

    instant = True

    def build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.extra: tuple[str, ...] = ()
        for index, choice in enumerate(self.field.choices):
            check = QCheckBox(choice_label(choice, "en"), box)
            check.toggled.connect(self.notify)
            grid.addWidget(check, index // 2, index % 2)
            self.boxes[choice.value] = check
        return box

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self.widget)

    def inputs(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> tuple[str, ...] | None:
        picked = tuple(v for v, check in self.boxes.items() if check.isChecked()) + self.extra
        return picked or None

    def set_value(self, value: Any) -> None:
        picked = _as_values(value)
        with self.quiet():
            for choice_value, check in self.boxes.items():
                check.setChecked(choice_value in picked)
            self.extra = tuple(v for v in picked if v not in self.boxes)

    def notify(self, *args: object) -> None:
        if not self._quiet:
            self.extra = ()
        super().notify(*args)

    def set_path(self, path: str) -> None:
        self.widget.setObjectName(path)
        for choice_value, check in self.boxes.items():
            check.setObjectName(f"{path}:{choice_value}")

    def set_accessible(self, name: str, description: str) -> None:
        for choice in self.field.choices:
            check = self.boxes[choice.value]
            check.setAccessibleName(f"{name}: {choice_label(choice, self.language)}")
            check.setAccessibleDescription(description)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        for choice in self.field.choices:
            self.boxes[choice.value].setText(choice_label(choice, language))


def _as_values(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(value.split())
    if isinstance(value, Iterable):
        return tuple(str(item) for item in value)
    return (str(value),)


class BoolEditor(FieldEditor):
    """boolean: a check box saying "Yes"; the field label sits in the label column."""

    instant = True

    def build(self, parent: QWidget) -> QWidget:
        self.check = QCheckBox(ui_text(YES, "en"), parent)
        self.check.toggled.connect(self.notify)
        return self.check

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        checked = value is True or (
            isinstance(value, str) and value.strip().casefold() in _TRUE_TEXTS
        )
        with self.quiet():
            self.check.setChecked(checked)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.check.setText(ui_text(YES, language))


class CalculatedEditor(FieldEditor):
    """calculated: a read-only label the form updates from the validation result."""

    def build(self, parent: QWidget) -> QWidget:
        self.label = QLabel(parent)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown: object = None
        self.label.setText(format_value(None, "en"))
        return self.label

    def inputs(self) -> list[QWidget]:
        return []

    def set_accessible(self, name: str, description: str) -> None:
        self.label.setAccessibleName(name)
        self.label.setAccessibleDescription(description)

    def value(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        self.shown = value
        self.label.setText(format_value(value, self.language))

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.label.setText(format_value(self.shown, language))


EDITORS: Mapping[str, type[FieldEditor]] = {
    "text": LineEditor,
    "integer": LineEditor,
    "decimal": LineEditor,
    "identifier": LineEditor,
    "phone": LineEditor,
    "date": DateEditor,
    "boolean": BoolEditor,
    "select_one": ChoiceEditor,
    "select_many": ManyEditor,
    "calculated": CalculatedEditor,
}


def make_editor(field: FieldDef, today: Callable[[], date], parent: QWidget) -> FieldEditor:
    return EDITORS[field.type](field, today, parent)
