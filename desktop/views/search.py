"""The search page: one box, a results table, a line saying what was found."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import PersonTableModel
from desktop.views.cards import CardBanner
from desktop.views.common import TextLabel, button, heading, line_edit


def results_table(name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class SearchView(QWidget):
    """Layout of the search page. `search_requested(text)` on Enter; `open_requested(row)`
    on Enter or double-click in the results; `register_requested()` from the empty result;
    `read_picture_requested()` to read a card's QR code from a picture file."""

    search_requested = Signal(str)
    read_picture_requested = Signal()
    open_requested = Signal(int)
    register_requested = Signal()

    def __init__(self, model: PersonTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self.box = line_edit("searchBox", self.tr("Search"))
        self.box.setPlaceholderText(self.tr("Name, ID number, registry number or phone"))
        self.box.setClearButtonEnabled(True)
        self.search_button = button("searchButton", self.tr("Search"))
        self.read_picture_button = button(
            "searchReadCardPicture", self.tr("Read a card from a &picture…")
        )
        self.card_banner = CardBanner("searchCardBanner")
        self.summary = TextLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setAccessibleName(self.tr("Search result"))
        self.register_button = button("searchRegisterNew", self.tr("Register a new person"))
        self.register_button.setVisible(False)
        self.results = results_table("searchResults", self.tr("Search results"), model)
        self._layout()
        self.box.returnPressed.connect(self._search)
        self.search_button.clicked.connect(self._search)
        self.register_button.clicked.connect(self.register_requested)
        self.read_picture_button.clicked.connect(self.read_picture_requested)
        self.results.activated.connect(lambda index: self.open_requested.emit(index.row()))
        self.box.installEventFilter(self)
        self.setTabOrder(self.box, self.search_button)
        self.setTabOrder(self.search_button, self.read_picture_button)
        self.setTabOrder(self.read_picture_button, self.results)
        self.setTabOrder(self.results, self.register_button)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.search_button)
        top.addWidget(self.read_picture_button)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Find a person"), "searchHeading"))
        layout.addLayout(top)
        layout.addWidget(self.card_banner)
        layout.addLayout(summary)
        layout.addWidget(self.results, 1)

    def _search(self) -> None:
        self.search_requested.emit(self.box.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.model().rowCount() > 0
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        self.results.setFocus()
        if not self.results.currentIndex().isValid():
            self.results.selectRow(0)

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def show_summary(self, text: str, offer_register: bool) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleDescription(text)
        self.register_button.setVisible(offer_register)

    def fit_columns(self) -> None:
        self.results.resizeColumnsToContents()
