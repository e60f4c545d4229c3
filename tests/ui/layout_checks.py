"""Checks on a rendered screen: texts that do not fit, siblings that overlap, controls
without an accessible name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.i18n import plain

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
SLACK = 2  # pixels of rounding between a font's advance and a widget's width


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def shown(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and w.isVisible()]


def _visible_text(widget: QLabel | QAbstractButton) -> str:
    return plain(widget.text()).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = _visible_text(label)
    if not text.strip() or not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return None if needed <= label.height() + SLACK else f"cut at the bottom ({needed}px)"
    if label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
        width = label.sizeHint().width()
        return None if width <= label.width() + SLACK else f"needs {width}px"
    room = label.contentsRect()
    lines = text.split("\n")
    metrics = label.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if width > room.width() + SLACK:
        return f"needs {width}px, has {room.width()}px"
    if metrics.height() * len(lines) > room.height() + SLACK:
        return f"needs {metrics.height() * len(lines)}px high, has {room.height()}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _visible_text(button)
    if not text.strip():
        return None
    needed = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, QCheckBox):
        needed += 16  # the box itself
    if isinstance(button, QPushButton):
        needed += 8  # its frame
    if needed > button.width() + SLACK:
        return f"needs {needed}px, has {button.width()}px"
    return None


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit in the space they were given."""
    problems = []
    for widget in shown(root):
        problem, text = None, ""
        if isinstance(widget, QLabel):
            problem, text = _label_problem(widget), widget.text()
        elif isinstance(widget, QPushButton | QCheckBox):
            problem, text = _button_problem(widget), widget.text()
        if problem:
            name = widget.objectName() or type(widget).__name__
            problems.append(f"{name} {plain(text)[:40]!r}: {problem}")
    return problems


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None and widget.isVisible():
            found.append(widget)
        elif isinstance(inner, QLayout):
            found += _layout_widgets(inner)
    return found


def overlapping(root: QWidget) -> list[str]:
    """Visible widgets of the same layout whose rectangles intersect."""
    problems = []
    for parent in [root, *shown(root)]:
        layout = parent.layout()
        if layout is None:
            continue
        widgets = _layout_widgets(layout)
        for i, first in enumerate(widgets):
            for second in widgets[i + 1 :]:
                common: QRect = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    problems.append(
                        f"{first.objectName() or type(first).__name__} overlaps "
                        f"{second.objectName() or type(second).__name__} in "
                        f"{parent.objectName() or type(parent).__name__}"
                    )
    return problems


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader would announce without a name."""
    problems = []
    for widget in shown(root):
        if not isinstance(widget, INTERACTIVE) or not widget.isEnabled():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # parts of another control (a header, a line edit's clear button)
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = _visible_text(widget)
        if not name.strip():
            problems.append(f"{widget.objectName() or type(widget).__name__}")
    return problems
