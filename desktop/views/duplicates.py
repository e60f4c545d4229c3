"""The duplicates dialog: possible existing records, per member, before registering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common import TextLabel, button

PERSON_ID = Qt.ItemDataRole.UserRole + 1


class DuplicateChoice(Enum):
    CANCEL = "cancel"
    OPEN = "open"
    REGISTER = "register"


@dataclass(frozen=True)
class CandidateRow:
    """One possible existing record, already in words."""

    person_id: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class MemberMatches:
    member: str
    candidates: tuple[CandidateRow, ...]


class DuplicatesDialog(QDialog):
    """Lists possible duplicates per member. After `finished`, `choice` says what the clerk
    chose and `person_id` which record to open."""

    def __init__(
        self, headers: Sequence[str], matches: Sequence[MemberMatches], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setAccessibleName(self.tr("Possible duplicates"))
        self.choice = DuplicateChoice.CANCEL
        self.person_id: str | None = None
        intro = TextLabel(
            self.tr(
                "These people may already be registered. Check with the person in front of "
                "you. Open the existing record if it is them; register anyway only if it is "
                "someone else."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicatesList")
        self.tree.setAccessibleName(self.tr("Possible duplicates"))
        self.tree.setHeaderLabels(list(headers))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(False)
        self._fill(matches)
        self.open_button = button("duplicatesOpen", self.tr("&Open existing record"), default=True)
        self.register_button = button("duplicatesRegister", self.tr("&Register anyway"))
        self.cancel_button = button("duplicatesCancel", self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.register_button.clicked.connect(self._register)
        self.cancel_button.clicked.connect(self.reject)
        self.tree.itemActivated.connect(lambda _item, _column: self._open())
        self.tree.currentItemChanged.connect(lambda _new, _old: self._update())
        self.setTabOrder(self.tree, self.open_button)
        self.setTabOrder(self.open_button, self.register_button)
        self.setTabOrder(self.register_button, self.cancel_button)
        self.resize(900, 420)
        self._update()

    def _fill(self, matches: Sequence[MemberMatches]) -> None:
        first: QTreeWidgetItem | None = None
        for match in matches:
            group = QTreeWidgetItem(self.tree, [match.member])
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for candidate in match.candidates:
                item = QTreeWidgetItem(group, list(candidate.cells))
                item.setData(0, PERSON_ID, candidate.person_id)
                first = first or item
            group.setExpanded(True)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        if first is not None:
            self.tree.setCurrentItem(first)

    def reasons_shown(self) -> list[str]:
        """The reason cells of every candidate (the last column)."""
        last = self.tree.columnCount() - 1
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for row in range(group.childCount()):
                child = group.child(row)
                if child is not None:
                    found.append(child.text(last))
        return found

    def _selected_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, PERSON_ID) if item is not None else None
        return str(value) if value else None

    def _update(self) -> None:
        self.open_button.setEnabled(self._selected_id() is not None)

    def _open(self) -> None:
        person_id = self._selected_id()
        if person_id is None:
            return
        self.choice, self.person_id = DuplicateChoice.OPEN, person_id
        self.accept()

    def _register(self) -> None:
        self.choice = DuplicateChoice.REGISTER
        self.accept()
