"""The editor contract every field type implements, and the plain line-edit editor."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from forms.definition import Choice, FieldDef

# Codes, numbers and dates read left to right even inside an Urdu form.
LEFT_TO_RIGHT_TYPES = frozenset({"identifier", "phone", "date", "integer", "decimal"})
# Room for a typical answer, in average characters: short boxes for numbers, long for names.
_WIDTH_CHARS = {"integer": 12, "decimal": 14, "phone": 20, "identifier": 26}


@dataclass
class FormContext:
    """What every part of one form shares: the clock and the clerk's current language."""

    today: Callable[[], date]
    language: str = "en"


class FieldEditor(QObject):
    """The input for one field: value in and out, language, and the clerk's edits.

    `edited` fires only for changes the clerk makes; `set_value` and `set_choices` are quiet,
    so the form can fill itself without looking touched.
    """

    edited = Signal()
    instant: ClassVar[bool] = False  # apply at once (a choice) rather than after a typing pause

    def __init__(self, field: FieldDef, today: Callable[[], date], parent: QWidget) -> None:
        super().__init__(parent)
        self.field = field
        self.today = today
        self._quiet = False
        self.language = "en"
        self.widget = self.build(parent)
        if field.type in LEFT_TO_RIGHT_TYPES:
            self.widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def build(self, parent: QWidget) -> QWidget:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes focus, carries the path as object name and the accessible name."""
        return self.widget

    def inputs(self) -> list[QWidget]:
        """Widgets in the tab chain, in order."""
        return [self.focus_widget()]

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: tuple[Choice, ...], language: str) -> None:
        """Only select editors have choices."""

    def retranslate(self, language: str) -> None:
        """Editors with texts of their own (choices, buttons) extend this to relabel them."""
        self.language = language

    def set_path(self, path: str) -> None:
        self.focus_widget().setObjectName(path)

    def set_accessible(self, name: str, description: str) -> None:
        for widget in self.inputs():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def set_invalid(self, invalid: bool) -> None:
        """A dynamic property the form's style sheet turns into a red frame."""
        for widget in self.inputs():
            if widget.property("invalid") != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    def notify(self, *_args: object) -> None:
        if not self._quiet:
            self.edited.emit()


def as_text(value: Any) -> str:
    """A stored or typed value as the text a line edit shows."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


class LineEditor(FieldEditor):
    """text, integer, decimal, identifier and phone: what the clerk types, unchanged."""

    def build(self, parent: QWidget) -> QWidget:
        self.line = QLineEdit(parent)
        self.line.setMaxLength(self.field.max_length)
        chars = min(_WIDTH_CHARS.get(self.field.type, 40), self.field.max_length + 2)
        self.line.setMinimumWidth(self.line.fontMetrics().averageCharWidth() * chars)
        self.line.setClearButtonEnabled(False)
        self.line.textChanged.connect(self.notify)
        if self.field.type in LEFT_TO_RIGHT_TYPES:
            self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return self.line

    def focus_widget(self) -> QWidget:
        return self.line

    def value(self) -> str | None:
        text = self.line.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        with self.quiet():
            self.line.setText(as_text(value))
