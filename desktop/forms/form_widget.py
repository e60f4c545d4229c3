"""FormWidget: any FormDefinition as a live, keyboard-first Qt form.

All checks come from `forms.validation.validate`, run on the whole record after each pause in
typing (or at once for a choice); this widget only decides where and when to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.forms.base import FormContext
from desktop.forms.fieldset import FieldSet
from desktop.forms.problems import ProblemBoard, by_path
from desktop.forms.text import in_language
from forms.definition import FormDefinition
from forms.validation import Problem, Validated, validate

DEBOUNCE_MS = 150
ADD_ROW_KEYS = "Ctrl+M"
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ur"})
# Naskh Urdu at the Latin point size is hard to read on a counter screen.
FONT_SCALE = {"ur": 1.15}

STYLE_SHEET = """
QLabel[role="error"] { color: #b3261e; font-weight: 600; }
QLabel[role="hint"] { color: #5f6368; }
QLabel[role="note"] {
    background: #eef3fb; border: 1px solid #c5d5ee; border-radius: 4px; padding: 6px;
}
QLabel[role="banner"] {
    color: #b3261e; background: #fdecea; border: 1px solid #f3b8b3; border-radius: 4px;
    padding: 6px;
}
QLabel[role="title"] { font-size: 16pt; font-weight: 600; }
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QCheckBox,
QGroupBox QPushButton, QGroupBox QTabBar { font-weight: normal; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #b3261e; }
"""


class FormWidget(QWidget):
    """Renders a `FormDefinition` as widgets, validates live and shows problems inline.

    Values go in and out raw (as typed); the store validates again before writing. The widget
    does no I/O. Inline errors appear only on fields the clerk has touched, until `validate()`
    or `show_problems()` asks for all of them.
    """

    changed = Signal()

    def __init__(
        self,
        form: FormDefinition,
        *,
        language: str = "en",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._context = FormContext(today=today, language=language)
        self._external: dict[str, list[Problem]] = {}
        self._leftovers: list[Problem] = []
        self._loading = False
        self._result: Validated | None = None
        self._base_point_size = self.font().pointSizeF()
        self._style_scale = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._refresh)
        self._build()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.set_language(language)
        self.clear()

    def _build(self) -> None:
        content = QWidget()
        content.setObjectName("form-content")
        column = QVBoxLayout(content)
        self._title = QLabel(content)
        self._title.setProperty("role", "title")
        self._banner = QLabel(content)
        self._banner.setObjectName("form-problems")
        self._banner.setProperty("role", "banner")
        self._banner.setWordWrap(True)
        self._banner.hide()
        self._root = FieldSet(self._form.fields, prefix="", context=self._context, parent=content)
        column.addWidget(self._title)
        column.addWidget(self._banner)
        column.addWidget(self._root)
        column.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self._root.edited.connect(self._on_edited)
        self._root.left.connect(self._on_left)
        self._root.advance.connect(self._advance)
        self._root.structure_changed.connect(self._on_structure_changed)
        first_repeat = self._root.first_repeat()
        if first_repeat is not None:
            first_repeat.set_add_shortcut(ADD_ROW_KEYS)

    # -- public API -----------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return self._root.values()

    def set_values(self, values: Mapping[str, Any]) -> None:
        self._load(lambda: self._root.set_values(values))

    def clear(self) -> None:
        self._load(lambda: self._root.set_values({}))

    def validate(self) -> Validated:
        """Validate now, show every problem inline, focus the first bad field."""
        self._root.mark_all_touched()
        result = self._refresh(emit=False)
        for problem in (*result.problems, *self._leftovers):
            if self.focus_field(problem.path):
                break
        return result

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show problems the store reported; each stays until the clerk edits that field."""
        self._external = by_path(problems)
        self._refresh(emit=False)

    def focus_field(self, path: str) -> bool:
        widget = self._root.focus(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll.ensureWidgetVisible(widget, 40, 80)
        self._bring_up(widget)
        return True

    def _bring_up(self, widget: QWidget) -> None:
        """Scroll a field sitting in the lower half up to the upper quarter, so what follows
        it (the rest of its group) shows too."""
        content = self._scroll.widget()
        if content is None or not content.isAncestorOf(widget):
            return
        top = widget.mapTo(content, QPoint(0, 0)).y()
        bar, height = self._scroll.verticalScrollBar(), self._scroll.viewport().height()
        if top > bar.value() + height // 2:
            bar.setValue(max(0, top - height // 4))

    def set_language(self, language: str) -> None:
        self._context.language = language
        rtl = language in RIGHT_TO_LEFT_LANGUAGES
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self._apply_style(language)
        self._title.setText(in_language(self._form.title, language, self._form.name))
        self._root.retranslate()
        if self._result is not None:
            self._refresh(emit=False)

    def member_values(self, repeat: str, index: int) -> dict[str, Any]:
        section = self._root.find_section(repeat)
        if section is None:
            raise KeyError(repeat)
        return section.rows[index].values()

    # -- reacting to the clerk ------------------------------------------------------------

    def _on_edited(self, path: str, instant: bool) -> None:
        if self._loading:
            return
        self._external.pop(path, None)
        if instant:
            self._refresh()
        else:
            self._timer.start()

    def _on_left(self, _path: str) -> None:
        if not self._loading:
            self._refresh(emit=self._timer.isActive())

    def _advance(self) -> None:
        if self._timer.isActive():
            self._refresh()
        self.focusNextChild()

    def _on_structure_changed(self) -> None:
        if self._loading:
            return
        # Row numbers shifted: the store's problems for rows no longer point at the right row.
        self._external = {p: ps for p, ps in self._external.items() if "[" not in p}
        self._update_tab_order()

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self._scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new, 40, 80)

    # -- internals ------------------------------------------------------------------------

    def _load(self, fill: Callable[[], None]) -> None:
        self._timer.stop()
        self._loading = True
        try:
            fill()
        finally:
            self._loading = False
        self._external = {}
        self._update_tab_order()
        self._refresh()

    def _refresh(self, *, emit: bool = True) -> Validated:
        self._timer.stop()
        self._root.apply_cascade()
        raw = self._root.values()
        result = validate(self._form, raw, today=self._context.today())
        board = ProblemBoard(result.problems, self._external)
        self._root.refresh(raw, result.values, board)
        self._show_banner(board.leftovers())
        self._result = result
        if emit:
            self.changed.emit()
        return result

    def _apply_style(self, language: str) -> None:
        # Through the style sheet, not setFont: a style sheet stops setFont reaching children.
        scale = FONT_SCALE.get(language, 1.0)
        if scale == self._style_scale:
            return
        self._style_scale = scale
        size = self._base_point_size * scale
        font_rule = f"QWidget {{ font-size: {size:.2f}pt; }}\n" if size > 0 else ""
        self.setStyleSheet(font_rule + STYLE_SHEET)

    def _show_banner(self, problems: list[Problem]) -> None:
        self._leftovers = problems
        language = self._context.language
        self._banner.setText("\n".join(problem.text(language) for problem in problems))
        self._banner.setVisible(bool(problems))

    def _update_tab_order(self) -> None:
        chain = self._root.inputs()
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
