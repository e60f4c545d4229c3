"""First start on a new computer: connect it to a registry, or set it up to work on its own.

`FirstStartView` offers the two ways; `EnrolView` is the form for the first (registry
address, one-time code, this computer's name, office code) with its progress and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import keep_left_to_right
from desktop.views.common import MessageLabel, TextLabel, button, heading, line_edit
from desktop.views.login import centred

CARD_WIDTH = 600


class FirstStartView(QWidget):
    """The choice on an empty computer. Emits `connect_chosen` or `local_chosen`."""

    connect_chosen = Signal()
    local_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartView")
        self.connect_button = button(
            "firstStartConnect", self.tr("&Connect to a registry"), default=True
        )
        self.local_button = button("firstStartLocal", self.tr("&Work on this computer only"))
        connect_text = TextLabel(
            self.tr(
                "For an office that shares its records with the district registry. You need "
                "the registry address and a one-time code from the registry operator."
            )
        )
        local_text = TextLabel(
            self.tr(
                "For an office without a registry. The records stay on this computer; the first "
                "supervisor adds the other users."
            )
        )
        card = QWidget()
        card.setFixedWidth(CARD_WIDTH)
        box = QVBoxLayout(card)
        box.addWidget(heading(self.tr("Set up OneStop on this computer"), "firstStartHeading", 1.6))
        box.addWidget(TextLabel(self.tr("This is the first start on this computer. Choose one:")))
        for push, text in ((self.connect_button, connect_text), (self.local_button, local_text)):
            text.setWordWrap(True)
            push.setMinimumHeight(40)
            box.addSpacing(12)
            box.addWidget(push)
            box.addWidget(text)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card))
        outer.addStretch(2)
        self.setTabOrder(self.connect_button, self.local_button)
        self.connect_button.clicked.connect(self.connect_chosen)
        self.local_button.clicked.connect(self.local_chosen)


@dataclass(frozen=True)
class EnrolAnswers:
    """What was typed on the enrolment form (checked by the controller)."""

    url: str
    code: str
    device_name: str
    office: str


class EnrolView(QWidget):
    """Layout of the enrolment form. Emits `submitted(EnrolAnswers)`, `cancelled`, `back`."""

    submitted = Signal(object)
    cancelled = Signal()
    back = Signal()

    def __init__(self, device_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolView")
        self.url = line_edit("enrolUrl", self.tr("Registry address"))
        self.url.setPlaceholderText("https://registry.example.org")
        self.code = line_edit("enrolCode", self.tr("One-time code"))
        self.code.setPlaceholderText("ABCD-2345")
        self.device_name = line_edit("enrolDeviceName", self.tr("Name of this computer"))
        self.device_name.setText(device_name)
        self.office = line_edit("enrolOffice", self.tr("Office code"))
        self.office.setPlaceholderText("PB-MUL-OSS1")
        keep_left_to_right(self.url, self.code, self.office)
        self.connect_button = button("enrolConnect", self.tr("C&onnect"), default=True)
        self.back_button = button("enrolBack", self.tr("&Back"))
        self.cancel_button = button("enrolCancel", self.tr("&Cancel"))
        self.cancel_button.setVisible(False)
        self.message = MessageLabel("enrolMessage")
        self.phase = TextLabel()
        self.phase.setObjectName("enrolPhase")
        self.phase.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("enrolProgress")
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setVisible(False)
        self._layout()
        self.fields = (self.url, self.code, self.device_name, self.office)
        for edit in self.fields[:-1]:
            edit.returnPressed.connect(self.focusNextChild)
        self.office.returnPressed.connect(self._submit)
        for edit in self.fields:
            edit.textChanged.connect(self._update_button)
        self.connect_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.cancelled)
        self.back_button.clicked.connect(self.back)
        order = (*self.fields, self.connect_button, self.back_button)
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self._update_button()

    def _layout(self) -> None:
        card = QWidget()
        card.setFixedWidth(CARD_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("&Registry address"), self.url)
        form.addRow(self.tr("One-time &code"), self.code)
        form.addRow(self.tr("&Name of this computer"), self.device_name)
        form.addRow(self.tr("&Office code"), self.office)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.connect_button)
        box = QVBoxLayout(card)
        box.addWidget(heading(self.tr("Connect to a registry"), "enrolHeading", 1.6))
        intro = TextLabel(
            self.tr(
                "The registry operator gives you the registry address and a one-time code. "
                "After connecting, the district's records are copied to this computer and "
                "your colleagues log in with their registry user names and passwords."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addSpacing(8)
        box.addLayout(form)
        box.addSpacing(8)
        box.addWidget(self.message)
        box.addWidget(self.phase)
        box.addWidget(self.progress)
        box.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card))
        outer.addStretch(2)

    def answers(self) -> EnrolAnswers:
        return EnrolAnswers(
            self.url.text().strip(),
            self.code.text().strip(),
            self.device_name.text().strip(),
            self.office.text().strip(),
        )

    def _update_button(self) -> None:
        self.connect_button.setEnabled(
            all(edit.text().strip() for edit in self.fields) and not self.progress.isVisible()
        )

    def _submit(self) -> None:
        if self.progress.isVisible():
            return
        self.submitted.emit(self.answers())

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.phase.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.phase.setText(text)
            self.message.clear_message()
        for widget in (*self.fields, self.back_button):
            widget.setEnabled(not busy)
        self._update_button()
        if busy:
            self.cancel_button.setFocus()

    def show_progress(self, text: str, done: int, total: int) -> None:
        self.phase.setText(text)
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        self.message.show_message(text, "error")
        if field is not None:
            field.setFocus()
            field.setAccessibleDescription(text)
            if isinstance(field, QLineEdit):
                field.selectAll()

    def show_info(self, text: str) -> None:
        self.message.show_message(text, "info")
