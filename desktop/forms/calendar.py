"""Date input: typed as YYYY-MM-DD (fast for clerks), with a calendar popup for the unsure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop.forms.base import LineEditor
from desktop.forms.text import CALENDAR, CALENDAR_KEYS, OPEN_CALENDAR, ui_text
from forms.validation import MAX_DATE, MIN_DATE

DATE_PLACEHOLDER = "YYYY-MM-DD"


class CalendarPopup(QCalendarWidget):
    """A calendar in a popup window: arrows move, Enter picks, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setDateRange(_qdate(MIN_DATE), _qdate(MAX_DATE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateEditor(LineEditor):
    """A line edit for the ISO date plus a small button (or Alt+Down / F4) for the calendar."""

    def build(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.line = QLineEdit(box)
        self.line.setMaxLength(10)
        self.line.setPlaceholderText(DATE_PLACEHOLDER)
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        self.line.textChanged.connect(self.notify)
        self.button = QToolButton(box)
        self.button.setText("▾")
        # Typing is the fast path; the button stays out of the tab chain, Alt+Down opens it.
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.button.clicked.connect(self.open_calendar)
        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.line)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_calendar)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        self.popup = CalendarPopup(box)
        self.popup.activated.connect(self._picked)
        self.popup.clicked.connect(self._picked)
        return box

    def set_path(self, path: str) -> None:
        super().set_path(path)
        self.button.setObjectName(f"{path}:calendar")
        self.popup.setObjectName(f"{path}:calendar-popup")

    def set_accessible(self, name: str, description: str) -> None:
        super().set_accessible(name, description)
        self.button.setAccessibleName(f"{ui_text(OPEN_CALENDAR, self.language)}: {name}")
        self.popup.setAccessibleName(f"{ui_text(CALENDAR, self.language)}: {name}")

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.button.setToolTip(
            f"{ui_text(OPEN_CALENDAR, language)} ({ui_text(CALENDAR_KEYS, language)})"
        )

    def open_calendar(self) -> None:
        self.popup.setSelectedDate(_qdate(self._current_or_today()))
        self.popup.setLayoutDirection(self.line.window().layoutDirection())
        self.popup.adjustSize()
        anchor = self.line.mapToGlobal(QPoint(0, self.line.height()))
        self.popup.move(anchor)
        self.popup.show()
        self.popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _current_or_today(self) -> date:
        try:
            picked = date.fromisoformat(self.line.text().strip())
        except ValueError:
            return self.today()
        return picked if MIN_DATE <= picked <= MAX_DATE else self.today()

    def _picked(self, picked: QDate) -> None:
        self.popup.close()
        # textChanged marks the field edited, exactly as if the clerk had typed the date.
        self.line.setText(picked.toString(Qt.DateFormat.ISODate))
        self.line.window().activateWindow()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
