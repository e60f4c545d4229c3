"""The person page: details, entitlements, the household (members, and who is entitled to
what), and the history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import HistoryModel, HouseholdEntitlementsModel, PersonTableModel
from desktop.views.cards import CardBanner
from desktop.views.common import TextLabel, button, heading
from desktop.views.entitlements import EntitlementsPanel
from desktop.views.search import results_table


def fit_rows(table: QTableView) -> None:
    """A table as tall as its rows (the page scrolls, not the table)."""
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


@dataclass(frozen=True)
class Detail:
    """One labelled value, already in words (numbers wrapped left to right)."""

    label: str
    value: str


@dataclass(frozen=True)
class Section:
    title: str
    details: tuple[Detail, ...]


class PersonView(QWidget):
    """Layout of one person's record. `member_requested(row)` opens a household member (from
    the members table), `entitled_member_requested(row)` one from the entitlements table;
    `edit_requested` (button or Ctrl+E) opens the edit page; `print_card_requested` and
    `reprint_card_requested` come from the card buttons."""

    member_requested = Signal(int)
    print_card_requested = Signal()
    reprint_card_requested = Signal()
    entitled_member_requested = Signal(int)
    back_requested = Signal()
    edit_requested = Signal()

    def __init__(
        self,
        members: PersonTableModel,
        history: HistoryModel,
        entitlements: EntitlementsPanel,
        entitled: HouseholdEntitlementsModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personView")
        self.title = heading("", "personName", 1.6)
        self.title.setAccessibleName(self.tr("Name"))
        self.subtitle = TextLabel()
        self.subtitle.setObjectName("personSubtitle")
        self.back_button = button("personBack", self.tr("Back to search results"))
        self.edit_button = button("personEdit", self.tr("&Edit (Ctrl+E)"))
        self.print_card_button = button("personPrintCard", self.tr("&Print card…"))
        self.reprint_card_button = button("personReprintCard", self.tr("Reprint &lost card…"))
        self.card_banner = CardBanner("personCardBanner")
        self.entitlements = entitlements
        self.sections = QWidget()
        self.sections.setObjectName("personSections")
        self._grid = QGridLayout(self.sections)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.household_title = TextLabel()
        self.household_title.setObjectName("personHouseholdTitle")
        self.household_title.setWordWrap(True)
        self.members = results_table("personMembers", self.tr("Household members"), members)
        self.entitled = results_table(
            "personHouseholdEntitlements",
            self.tr("Who in the household is entitled to what"),
            entitled,
        )
        self.entitled.setWordWrap(True)
        self.household_tabs = QTabWidget()
        self.household_tabs.setObjectName("personHouseholdTabs")
        self.household_tabs.setAccessibleName(self.tr("Household"))
        self.history = QTableView()
        self.history.setObjectName("personHistory")
        self.history.setAccessibleName(self.tr("History"))
        self.history.setModel(history)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self._layout()
        self.members.activated.connect(lambda index: self.member_requested.emit(index.row()))
        self.entitled.activated.connect(
            lambda index: self.entitled_member_requested.emit(index.row())
        )
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.print_card_button.clicked.connect(self.print_card_requested)
        self.reprint_card_button.clicked.connect(self.reprint_card_requested)
        self.edit_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.edit_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_shortcut.activated.connect(self.edit_requested)
        entitlements.cards_changed.connect(self.update_tab_order)
        entitled.modelReset.connect(self.fit_entitled)
        self.update_tab_order()

    def update_tab_order(self) -> None:
        """Print card, Reprint, Back, Edit, the scheme cards (they come and go), the household,
        the history."""
        chain = [
            self.print_card_button,
            self.reprint_card_button,
            self.back_button,
            self.edit_button,
            *self.entitlements.focus_chain(),
            self.household_tabs,
            self.members,
            self.entitled,
            self.history,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _layout(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        top.addLayout(names, 1)
        top.addWidget(self.print_card_button, alignment=Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.reprint_card_button, alignment=Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, alignment=Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.sections)
        column.addWidget(self.entitlements)
        household = QGroupBox(self.tr("Household"))
        household_box = QVBoxLayout(household)
        household_box.addWidget(self.household_title)
        self.household_tabs.addTab(self.members, self.tr("Members"))
        self.household_tabs.addTab(self.entitled, self.tr("Who is entitled to what"))
        household_box.addWidget(self.household_tabs)
        fit_rows(self.members)
        fit_rows(self.entitled)
        column.addWidget(household)
        history = QGroupBox(self.tr("History"))
        history_box = QVBoxLayout(history)
        history_box.addWidget(self.history)
        fit_rows(self.history)
        column.addWidget(history)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("personScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card_banner)  # outside the scroll area: always in sight
        outer.addWidget(scroll)

    def show_record(
        self, title: str, subtitle: str, sections: Sequence[Section], household: str
    ) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.household_title.setText(household)
        self._fill(sections)
        self.members.resizeColumnsToContents()
        self.history.resizeColumnsToContents()

    def fit_entitled(self) -> None:
        """One scheme per line in each cell: every name shows whole, rows grow to fit."""
        self.entitled.resizeColumnsToContents()
        self.entitled.resizeRowsToContents()

    def _fill(self, sections: Sequence[Section]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, section in enumerate(sections):
            box = QGroupBox(section.title)
            box.setObjectName(f"personSection{index}")
            form = QFormLayout(box)
            for detail in section.details:
                value = TextLabel(detail.value)  # no wrap: a scroll area ignores height-for-width
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAccessibleName(detail.label)
                form.addRow(detail.label, value)
            self._grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)

    def detail_texts(self) -> dict[str, str]:
        """Label → value of every detail shown (for tests and screen readers)."""
        found: dict[str, str] = {}
        for box in self.sections.findChildren(QGroupBox):
            for label in box.findChildren(QLabel):
                if label.accessibleName():
                    found[label.accessibleName()] = label.text()
        return found
