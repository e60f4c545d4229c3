"""The entitlements panel: one card per scheme with a badge in words, colour and icon;
each card opens to its criteria, benefit and documents, and offers Apply or Complete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import isolate, plain
from desktop.views.common import MessageLabel, TextLabel, button

BADGE_MIN_WIDTH = 190
BADGE_STYLE = {
    "eligible": "color: #1d5b2a; background: #e9f6ec; border: 1px solid #8fcf9f;",
    "not_eligible": "color: #8a1c1c; background: #fdecea; border: 1px solid #f0b4b0;",
    "already_enrolled": "color: #0b3d66; background: #e8f1fb; border: 1px solid #a9c9ee;",
    "missing_information": "color: #6b4500; background: #fff4d6; border: 1px solid #e8c66a;",
    "excluded": "color: #3c4043; background: #eceff1; border: 1px solid #b0bec5;",
}
MARK_COLOUR = {"pass": "#1d7a35", "fail": "#b3261e", "unknown": "#8a5a00"}


@dataclass(frozen=True)
class CriterionLine:
    """One criterion: its outcome ("pass", "fail", "unknown"), mark and words."""

    outcome: str
    mark: str
    text: str
    detail: str = ""  # what is not recorded, for an unknown outcome


@dataclass(frozen=True)
class SchemeCard:
    """Everything one scheme's card shows, already in the clerk's language."""

    scheme_id: str
    name: str
    status: str
    badge: str
    criteria: tuple[CriterionLine, ...]
    benefit: str
    benefit_detail: str
    documents: tuple[str, ...]
    notes: tuple[str, ...]
    can_apply: bool
    apply_hint: str
    can_complete: bool


@dataclass(frozen=True)
class PanelState:
    source: str
    data_line: str
    warning: str
    cards: tuple[SchemeCard, ...]


def _small(label: QLabel, scale: float = 0.92) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _wrapping(text: str, name: str = "") -> QLabel:
    label = TextLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class SchemeCardWidget(QFrame):
    """One scheme: a header row (toggle, name, badge, actions) and details shown on demand."""

    apply_requested = Signal(str)
    complete_requested = Signal(str)

    def __init__(self, card: SchemeCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName(f"scheme-{card.scheme_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"schemeToggle-{card.scheme_id}")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setAccessibleName(self.tr("Details: %1").replace("%1", card.name))
        self.name = _wrapping(card.name, f"schemeName-{card.scheme_id}")
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.summary = _small(_wrapping(card.benefit, f"schemeSummary-{card.scheme_id}"))
        self.summary.setStyleSheet("color: #4a4f55;")
        self.badge = QLabel(card.badge)
        self.badge.setObjectName(f"schemeBadge-{card.scheme_id}")
        self.badge.setAccessibleName(plain(f"{card.name}: {card.badge}"))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(BADGE_MIN_WIDTH)
        self.badge.setWordWrap(True)
        self.badge.setStyleSheet(
            f"QLabel {{ {BADGE_STYLE[card.status]} border-radius: 10px; padding: 3px 10px; }}"
        )
        self.complete_button = self._action(
            "schemeComplete", self.tr("Complete the record"), self.tr("Complete the record for %1")
        )
        # An isolate keeps the ellipsis after the word in a right-to-left button.
        apply_text = isolate(self.tr("Apply…"))
        self.apply_button = self._action("schemeApply", apply_text, self.tr("Apply for %1"))
        self.apply_button.setEnabled(card.can_apply)
        self.apply_button.setToolTip(card.apply_hint)
        self.apply_button.setAccessibleDescription(plain(card.apply_hint))
        self.details = self._details(card)
        self._layout()
        self.complete_button.setVisible(card.can_complete)  # once it has a parent
        self.toggle.toggled.connect(self.set_expanded)
        self.apply_button.clicked.connect(lambda: self.apply_requested.emit(card.scheme_id))
        self.complete_button.clicked.connect(lambda: self.complete_requested.emit(card.scheme_id))
        self.set_expanded(False)

    def _action(self, name: str, text: str, accessible: str) -> QPushButton:
        push = button(f"{name}-{self.card.scheme_id}", text)
        push.setAccessibleName(plain(accessible.replace("%1", self.card.name)))
        push.setAutoDefault(False)
        return push

    def _details(self, card: SchemeCard) -> QWidget:
        box = QWidget()
        box.setObjectName(f"schemeDetails-{card.scheme_id}")
        column = QVBoxLayout(box)
        column.setContentsMargins(28, 0, 8, 6)
        column.addWidget(self._heading(self.tr("Conditions")))
        for index, line in enumerate(card.criteria):
            column.addLayout(self._criterion(index, line))
        column.addWidget(self._heading(self.tr("Benefit")))
        column.addWidget(_wrapping(card.benefit, f"schemeBenefit-{card.scheme_id}"))
        if card.benefit_detail:
            column.addWidget(_small(_wrapping(card.benefit_detail)))
        if card.documents:
            column.addWidget(self._heading(self.tr("Documents to bring")))
            for document in card.documents:
                column.addWidget(_wrapping(f"•  {document}"))
        for note in card.notes:
            notice = _wrapping(note, f"schemeNote-{card.scheme_id}")
            notice.setStyleSheet("color: #6b4500;")
            column.addWidget(notice)
        return box

    def _heading(self, text: str) -> QLabel:
        label = TextLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _criterion(self, index: int, line: CriterionLine) -> QHBoxLayout:
        row = QHBoxLayout()
        mark = QLabel(line.mark)
        mark.setFixedWidth(18)
        mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        mark.setStyleSheet(f"color: {MARK_COLOUR[line.outcome]}; font-weight: bold;")
        words = QVBoxLayout()
        words.setSpacing(0)
        text = _wrapping(line.text, f"schemeCriterion-{self.card.scheme_id}-{index}")
        text.setAccessibleName(f"{line.mark} {line.text}")
        words.addWidget(text)
        if line.detail:
            detail = _small(_wrapping(line.detail, f"schemeMissing-{self.card.scheme_id}-{index}"))
            detail.setStyleSheet(f"color: {MARK_COLOUR['unknown']};")
            words.addWidget(detail)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        return row

    def _layout(self) -> None:
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        policy = self.complete_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.complete_button.setSizePolicy(policy)
        top.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignVCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(top)
        column.addWidget(self.details)

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through `toggled`
            return
        closed = Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else closed)
        self.details.setVisible(expanded)

    def criteria_texts(self) -> list[str]:
        """Mark, words and what is missing of each criterion (for tests and screen readers)."""
        return [
            " — ".join(filter(None, (f"{line.mark} {line.text}", line.detail)))
            for line in self.card.criteria
        ]


class EntitlementsPanel(QGroupBox):
    """Layout of the panel. `apply_requested(scheme_id)`, `complete_requested(scheme_id)`."""

    apply_requested = Signal(str)
    complete_requested = Signal(str)
    cards_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Entitlements"))
        self.setObjectName("entitlementsPanel")
        self.source = _small(_wrapping("", "entitlementsSource"))
        self.data_line = _wrapping("", "entitlementsDataAsOf")
        self.warning = MessageLabel("entitlementsWarning")
        self.status = _wrapping("", "entitlementsStatus")
        self.cards: dict[str, SchemeCardWidget] = {}
        self._cards_box = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(4)
        column = QVBoxLayout(self)
        column.addWidget(self.source)
        column.addWidget(self.data_line)
        column.addWidget(self.warning)
        column.addWidget(self.status)
        column.addWidget(self._cards_box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_message(self, text: str) -> None:
        """A line instead of the cards (while loading, or when there is nothing to show)."""
        self._clear_cards()
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.cards_changed.emit()

    def show_state(self, state: PanelState) -> None:
        expanded = {key for key, card in self.cards.items() if card.toggle.isChecked()}
        self._clear_cards()
        self.status.setVisible(False)
        self.source.setText(state.source)
        self.data_line.setText(state.data_line)
        if state.warning:
            self.warning.show_message(state.warning, "error")
        else:
            self.warning.clear_message()
        for card in state.cards:
            self._add_card(card, card.scheme_id in expanded)
        self.cards_changed.emit()

    def _add_card(self, card: SchemeCard, expanded: bool) -> None:
        widget = SchemeCardWidget(card)
        widget.apply_requested.connect(self.apply_requested)
        widget.complete_requested.connect(self.complete_requested)
        widget.set_expanded(expanded)
        self.cards[card.scheme_id] = widget
        self._cards_layout.addWidget(widget)
        widget.show()  # now, not at the next turn of the event loop

    def _clear_cards(self) -> None:
        for widget in self.cards.values():
            self._cards_layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.cards = {}

    def card(self, scheme_id: str) -> SchemeCardWidget:
        return self.cards[scheme_id]

    def focus_chain(self) -> Sequence[QWidget]:
        """The panel's controls in tab order (toggle, complete, apply per card)."""
        chain: list[QWidget] = []
        for widget in self.cards.values():
            chain.extend((widget.toggle, widget.complete_button, widget.apply_button))
        return chain
