"""A repeat (household members): one tab per row, each row rendered by the same engine."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.base import FormContext
from desktop.forms.problems import ProblemBoard, split_row_path
from desktop.forms.text import ADD_MEMBER, MEMBER_N, REMOVE_MEMBER, field_label, ui_text
from forms.definition import FieldDef
from forms.validation import Problem

if TYPE_CHECKING:
    from desktop.forms.fieldset import FieldSet

    RowFactory = Callable[[Sequence[FieldDef], str, QWidget], FieldSet]

ERROR_COLOUR = QColor("#b3261e")


class RepeatSection(QGroupBox):
    """Rows of a repeat as tabs named after the row's first text answer ("Member 2" if empty),
    with Add (Ctrl+M on the form's first repeat) and Remove buttons."""

    edited = Signal(str, bool)
    left = Signal(str)
    advance = Signal()
    structure_changed = Signal()

    def __init__(
        self, field: FieldDef, *, context: FormContext, make_row: RowFactory, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.context = context
        self.path = field.name
        self.touched = False
        self.rows: list[FieldSet] = []
        self.problems: list[Problem] = []
        self._make_row = make_row
        layout = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs)

    # -- rows -----------------------------------------------------------------------------

    def default_rows(self) -> int:
        return 1 if self.field.required or self.field.min_count > 0 else 0

    def add_row(self) -> FieldSet:
        index = len(self.rows)
        row = self._make_row(self.field.fields, f"{self.path}[{index}].", self.tabs)
        row.edited.connect(self._row_edited)
        row.left.connect(self._row_left)
        row.advance.connect(self.advance)
        row.structure_changed.connect(self.structure_changed)
        self.rows.append(row)
        self.tabs.addTab(row, self._title(index))
        self._update_buttons()
        self.structure_changed.emit()
        return row

    def remove_row(self, index: int) -> None:
        row = self.rows.pop(index)
        self.tabs.removeTab(index)
        row.hide()
        row.setParent(None)  # out of the tree at once, so lookups by path never find it
        row.deleteLater()
        for number, later in enumerate(self.rows):
            later.set_prefix(f"{self.path}[{number}].")
        self._update_buttons()
        self.structure_changed.emit()

    def _add_clicked(self) -> None:
        self.touched = True
        row = self.add_row()
        self.tabs.setCurrentWidget(row)
        first = next(iter(row.inputs()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(self.path, True)

    def _remove_clicked(self) -> None:
        index = self.tabs.currentIndex()
        if index < 0:
            return
        self.touched = True
        self.remove_row(index)
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(self.path, True)

    def _row_edited(self, path: str, instant: bool) -> None:
        self.touched = True
        self.edited.emit(path, instant)

    def _row_left(self, path: str) -> None:
        self.touched = True
        self.left.emit(path)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(len(self.rows) < self.field.max_count)
        self.remove_button.setEnabled(bool(self.rows))

    def set_add_shortcut(self, keys: str) -> None:
        self.add_button.setShortcut(QKeySequence(keys))
        self.retranslate()

    # -- values ---------------------------------------------------------------------------

    def values(self) -> list[dict[str, Any]]:
        return [row.values() for row in self.rows]

    def set_values(self, rows: Sequence[Any]) -> None:
        while len(self.rows) > len(rows):
            self.remove_row(len(self.rows) - 1)
        while len(self.rows) < len(rows):
            self.add_row()
        for row, values in zip(self.rows, rows, strict=True):
            row.set_values(values if isinstance(values, Mapping) else {})
        self.tabs.setCurrentIndex(0)
        self.touched = False

    def reset(self) -> None:
        self.set_values([{}] * self.default_rows())

    def apply_cascade(self) -> None:
        for row in self.rows:
            row.apply_cascade()

    def mark_all_touched(self) -> None:
        self.touched = True
        for row in self.rows:
            row.mark_all_touched()

    # -- showing --------------------------------------------------------------------------

    def refresh(
        self,
        raw_rows: Sequence[Mapping[str, Any]],
        clean_rows: Sequence[Mapping[str, Any]],
        board: ProblemBoard,
        *,
        visible: bool,
    ) -> int:
        if not visible:
            return 0
        self.problems = board.take(self.path, touched=self.touched)
        self._show_own_problems()
        shown = len(self.problems)
        for index, row in enumerate(self.rows):
            raw = raw_rows[index] if index < len(raw_rows) else {}
            clean = clean_rows[index] if index < len(clean_rows) else {}
            row_shown = row.refresh(raw, clean, board)
            self._mark_tab(index, row_shown > 0)
            shown += row_shown
        return shown

    def _show_own_problems(self) -> None:
        text = "\n".join(problem.text(self.context.language) for problem in self.problems)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _mark_tab(self, index: int, has_problems: bool) -> None:
        self.tabs.setTabText(index, self._title(index))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(index, warning if has_problems else QIcon())
        colour = ERROR_COLOUR if has_problems else self.palette().windowText().color()
        self.tabs.tabBar().setTabTextColor(index, colour)

    def _title(self, index: int) -> str:
        name = self.rows[index].title_text() if index < len(self.rows) else None
        return name or ui_text(MEMBER_N, self.context.language, index + 1)

    def retranslate(self) -> None:
        language = self.context.language
        label = field_label(self.field, language)
        self.setTitle(label)
        self.tabs.setAccessibleName(self.field.label_in(language))
        self.tabs.tabBar().setAccessibleName(self.field.label_in(language))
        for button, text in ((self.add_button, ADD_MEMBER), (self.remove_button, REMOVE_MEMBER)):
            words = ui_text(text, language)
            button.setText(words)
            button.setAccessibleName(words)
            keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{words} ({keys})" if keys else words)
        for index, row in enumerate(self.rows):
            row.retranslate()
            self.tabs.setTabText(index, self._title(index))
        self._show_own_problems()

    def set_path(self, path: str) -> None:
        self.path = path
        self.setObjectName(path)
        self.tabs.setObjectName(f"{path}:tabs")
        # The tab bar takes the focus itself; a focusable QTabWidget would hand Tab back to
        # its bar and trap the keyboard inside the member pages.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setObjectName(f"{path}:add")
        self.remove_button.setObjectName(f"{path}:remove")
        self.error.setObjectName(f"{path}:error")
        for number, row in enumerate(self.rows):
            row.set_prefix(f"{path}[{number}].")

    def inputs(self) -> list[QWidget]:
        out: list[QWidget] = [self.add_button, self.remove_button, self.tabs.tabBar()]
        for row in self.rows:
            out.extend(row.inputs())
        return out

    def focus(self, path: str) -> QWidget | None:
        if path == self.path:
            return self.tabs.tabBar() if self.rows else self.add_button
        where = split_row_path(path, self.path)
        if where is None or where.index >= len(self.rows):
            return None
        self.tabs.setCurrentIndex(where.index)
        row = self.rows[where.index]
        return row.focus(path) if where.rest else next(iter(row.inputs()), None)
