"""The supervisor's day page: layout only (the controller fills it and answers its signals).

Top: the day (a date picker, "Today"), and what a supervisor does with it (sign off, export).
Under it a strip of five cards says at a glance whether everything was sent and arrived, what
was rejected, the conflicts, and the sign-off. The tabs hold the detail: per clerk and the
record comparison, rejected changes, conflicts side by side, the sync log, a 30-day chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.day_words import SummaryItem
from desktop.locale_format import translate
from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading, line_edit
from desktop.views.day_chart import DayChart

CONTEXT = "DayPage"
DATE_FORMAT = "d MMM yyyy"
CARD_KEYS = ("sent", "registry", "rejected", "conflicts", "signoff")
CARD_MIN_WIDTH = 150
AGREEMENT_LINES = 5
COLUMN_PADDING = 12


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def table(name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
    )
    return view


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents and headers, with room to breathe (a header's
    width is measured a little short for Urdu and Khmer); rows as high as their text."""
    view.resizeColumnsToContents()
    shown = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    for column in shown[:-1]:  # the last one stretches to the edge
        view.setColumnWidth(column, view.columnWidth(column) + COLUMN_PADDING)
    view.resizeRowsToContents()


class SummaryCard(QFrame):
    """One fact of the day: a title and a sentence, coloured by how it stands."""

    STYLES: ClassVar[dict[str, str]] = {
        "ok": "background: #e9f6ec; border: 1px solid #b9e2c2;",
        "warn": "background: #fff4d6; border: 1px solid #f0d48a;",
        "info": "background: #eef1f5; border: 1px solid #cfd6df;",
    }

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"dayCard_{key}")
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.title = TextLabel()
        self.title.setObjectName(f"dayCardTitle_{key}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = TextLabel()
        self.text.setObjectName(f"dayCardText_{key}")
        self.text.setWordWrap(True)
        self.text.setAlignment(self.text.alignment() | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.level = "info"

    def show_item(self, item: SummaryItem) -> None:
        self.level = item.level
        self.title.setText(item.title)
        self.text.setText(item.text)
        self.setAccessibleName(item.title)
        self.setAccessibleDescription(item.text)
        self.setStyleSheet(
            f"#{self.objectName()} {{ {self.STYLES[item.level]} border-radius: 6px; }}"
        )


class SideBox(QGroupBox):
    """One side of a conflict: the value, who, when (and from which computer)."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.value = TextLabel()
        self.value.setObjectName(f"{name}Value")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value.setFont(font)
        self.who = TextLabel()
        self.who.setObjectName(f"{name}Who")
        self.who.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.who)
        layout.addStretch(1)

    def show_side(self, value: str, who: str) -> None:
        self.value.setText(value)
        self.who.setText(who)
        self.setAccessibleDescription(f"{value}. {who}")


class ConflictsTab(QWidget):
    """The open conflicts, and the chosen one side by side with what can be done."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table("dayConflicts", _tr("Open conflicts"), model)
        self.field = TextLabel()
        self.field.setObjectName("dayConflictField")
        self.field.setWordWrap(True)
        self.live = SideBox("dayConflictLive", _tr("At the registry now"))
        self.proposal = SideBox("dayConflictProposal", _tr("Proposed"))
        self.note = line_edit("dayConflictNote", _tr("Note on the decision"))
        self.note.setPlaceholderText(_tr("Why this value (kept with the decision)"))
        self.keep_button = button("dayKeepLive", _tr("&Keep the registry's value"))
        self.take_button = button("dayTakeProposal", _tr("&Take the proposal"))
        self.edit_button = button("dayEditValue", _tr("&Edit the value…"))
        sides = QHBoxLayout()
        sides.addWidget(self.live, 1)
        sides.addWidget(self.proposal, 1)
        note_row = QHBoxLayout()
        note_label = QLabel(_tr("&Note:"))
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.empty = TextLabel()
        self.empty.setObjectName("dayConflictsEmpty")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.field)
        layout.addLayout(sides)
        layout.addLayout(note_row)
        layout.addLayout(buttons)
        for first, second in (
            (self.table, self.note),
            (self.note, self.keep_button),
            (self.keep_button, self.take_button),
            (self.take_button, self.edit_button),
        ):
            self.setTabOrder(first, second)
        self.set_actions_enabled(False)

    def set_actions_enabled(self, enabled: bool) -> None:
        for widget in (self.keep_button, self.take_button, self.edit_button, self.note):
            widget.setEnabled(enabled)


class DayView(QWidget):
    """Layout of the day page. Emits what the supervisor asks for; shows what it is given."""

    day_chosen = Signal(object)  # a datetime.date
    today_requested = Signal()
    refresh_requested = Signal()
    sign_requested = Signal()
    pdf_requested = Signal()
    csv_requested = Signal()
    resubmit_requested = Signal(int)  # row of the rejected table
    discard_requested = Signal(int)
    keep_requested = Signal(int)  # row of the conflicts table
    take_requested = Signal(int)
    edit_requested = Signal(int)

    def __init__(
        self,
        clerks: QAbstractItemModel,
        rejected: QAbstractItemModel,
        conflicts: QAbstractItemModel,
        sessions: QAbstractItemModel,
        late: QAbstractItemModel,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayView")
        self._header(locale)
        self.note = MessageLabel("dayNote")
        self.busy = busy_bar("dayBusy")
        self.cards = {key: SummaryCard(key) for key in CARD_KEYS}
        strip = QHBoxLayout()
        for card in self.cards.values():
            strip.addWidget(card, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dayTabs")
        self.tabs.setAccessibleName(_tr("Details of the day"))
        self.summary_tab = self._summary_tab(clerks, late)
        self.rejected_tab = self._rejected_tab(rejected)
        self.conflicts_tab = ConflictsTab(conflicts)
        self.log_tab = self._log_tab(sessions)
        self.chart = DayChart()
        for widget, title in (
            (self.summary_tab, _tr("Clerks and records")),
            (self.rejected_tab, _tr("Rejected")),
            (self.conflicts_tab, _tr("Conflicts")),
            (self.log_tab, _tr("Sync log")),
            (self.chart, _tr("Last 30 days")),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.note)
        layout.addWidget(self.busy)
        layout.addLayout(strip)
        layout.addWidget(self.tabs, 1)
        self._wire()
        self._tab_order()

    def _header(self, locale: QLocale) -> None:
        self.title = heading(_tr("The day's work"), "dayHeading")
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("dayDate")
        self.date_edit.setAccessibleName(_tr("Day"))
        inner = self.date_edit.findChild(QLineEdit)  # what a screen reader lands on
        if inner is not None:
            inner.setAccessibleName(_tr("Day"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.today_button = button("dayToday", _tr("T&oday"))
        self.refresh_button = button("dayRefresh", _tr("&Refresh"))
        self.sign_button = button("daySign", _tr("&Sign off the day…"))
        self.pdf_button = button("dayPdf", _tr("Export &PDF…"))
        self.csv_button = button("dayCsv", _tr("Export &CSV…"))
        day_label = QLabel(_tr("&Day:"))
        day_label.setBuddy(self.date_edit)
        self.top = QGridLayout()
        self.top.addWidget(self.title, 0, 0, 1, 6)
        self.top.addWidget(day_label, 1, 0)
        self.top.addWidget(self.date_edit, 1, 1)
        self.top.addWidget(self.today_button, 1, 2)
        self.top.addWidget(self.refresh_button, 1, 3)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.sign_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.csv_button)
        self.top.addLayout(actions, 1, 4, 1, 2)
        self.top.setColumnStretch(4, 1)

    def _summary_tab(self, clerks: QAbstractItemModel, late: QAbstractItemModel) -> QWidget:
        tab = QWidget()
        self.clerks = table("dayClerks", _tr("Work per clerk"), clerks)
        self.clerks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.clerks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.clerks_note = TextLabel()
        self.clerks_note.setObjectName("dayClerksNote")
        self.clerks_note.setWordWrap(True)
        self.agreements = QListWidget()
        self.agreements.setObjectName("dayAgreements")
        self.agreements.setAccessibleName(_tr("Records compared with the registry"))
        self.agreements.setWordWrap(True)
        lines = self.agreements.fontMetrics().lineSpacing()
        self.agreements.setMaximumHeight(
            lines * AGREEMENT_LINES + 2 * self.agreements.frameWidth() + 8
        )
        self.signoff_text = TextLabel()
        self.signoff_text.setObjectName("daySignoffText")
        self.signoff_text.setWordWrap(True)
        self.signoff_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.late_title = TextLabel(_tr("Recorded for this day after the sign-off"))
        self.late_title.setObjectName("dayLateTitle")
        self.late = table("dayLate", _tr("Recorded for this day after the sign-off"), late)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.clerks, 2)
        layout.addWidget(self.clerks_note)
        layout.addWidget(TextLabel(_tr("Records compared with the registry after the last sync")))
        layout.addWidget(self.agreements)
        layout.addWidget(self.signoff_text)
        layout.addWidget(self.late_title)
        layout.addWidget(self.late, 1)
        self.show_late(False)
        return tab

    def _rejected_tab(self, rejected: QAbstractItemModel) -> QWidget:
        tab = QWidget()
        self.rejected = table("dayRejected", _tr("Rejected changes"), rejected)
        self.rejected_detail = TextLabel()
        self.rejected_detail.setObjectName("dayRejectedDetail")
        self.rejected_detail.setWordWrap(True)
        self.rejected_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resubmit_button = button("dayResubmit", _tr("&Correct and resubmit…"))
        self.discard_button = button("dayDiscard", _tr("D&iscard…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.resubmit_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rejected, 1)
        layout.addWidget(self.rejected_detail)
        layout.addLayout(buttons)
        self.set_rejected_actions(False)
        return tab

    def _log_tab(self, sessions: QAbstractItemModel) -> QWidget:
        tab = QWidget()
        self.sessions = table("daySessions", _tr("Sync sessions of this computer"), sessions)
        self.registry_sessions = TextLabel()
        self.registry_sessions.setObjectName("dayRegistrySessions")
        self.registry_sessions.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.registry_sessions)
        return tab

    def _wire(self) -> None:
        self.date_edit.dateChanged.connect(self._date_changed)
        self.today_button.clicked.connect(self.today_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.sign_button.clicked.connect(self.sign_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.csv_button.clicked.connect(self.csv_requested)
        self.resubmit_button.clicked.connect(
            lambda: self.resubmit_requested.emit(self.current_row(self.rejected))
        )
        self.discard_button.clicked.connect(
            lambda: self.discard_requested.emit(self.current_row(self.rejected))
        )
        tab = self.conflicts_tab
        tab.keep_button.clicked.connect(lambda: self.keep_requested.emit(self.conflict_row()))
        tab.take_button.clicked.connect(lambda: self.take_requested.emit(self.conflict_row()))
        tab.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.conflict_row()))

    def _tab_order(self) -> None:
        order: Sequence[QWidget] = (
            self.date_edit,
            self.today_button,
            self.refresh_button,
            self.sign_button,
            self.pdf_button,
            self.csv_button,
            self.tabs,
        )
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _date_changed(self, chosen: QDate) -> None:
        self.day_chosen.emit(date(chosen.year(), chosen.month(), chosen.day()))

    # -- what the controller shows ----------------------------------------------------------

    def set_day(self, day: date) -> None:
        """Show `day` in the picker without asking for it again."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def set_today(self, today: date) -> None:
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))

    def show_cards(self, items: Sequence[SummaryItem]) -> None:
        for item in items:
            self.cards[item.key].show_item(item)

    def show_agreements(self, lines: Sequence[str]) -> None:
        self.agreements.clear()
        self.agreements.addItems(list(lines))

    def show_late(self, shown: bool) -> None:
        self.late_title.setVisible(shown)
        self.late.setVisible(shown)

    def set_tab_titles(self, rejected_text: str, conflicts_text: str) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.rejected_tab), rejected_text)
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts_tab), conflicts_text)

    def set_rejected_actions(self, enabled: bool) -> None:
        self.resubmit_button.setEnabled(enabled)
        self.discard_button.setEnabled(enabled)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.refresh_button.setEnabled(not busy)

    @staticmethod
    def current_row(view: QTableView) -> int:
        index = view.currentIndex()
        return index.row() if index.isValid() else -1

    def conflict_row(self) -> int:
        return self.current_row(self.conflicts_tab.table)

    def conflict_note(self) -> QLineEdit:
        return self.conflicts_tab.note
