"""First-run setup: the office, the first supervisor, and the key-file warning."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from desktop.i18n import keep_left_to_right
from desktop.views.common import MessageLabel, TextLabel, busy_bar, button, heading, line_edit
from desktop.views.login import centred

COUNTRIES = (("PK", "Pakistan"), ("KH", "Cambodia"))


@dataclass(frozen=True)
class SetupAnswers:
    """What the supervisor typed on the setup screen (checked by the controller)."""

    country: str
    office: str
    district: str
    display_name: str
    username: str
    password: str
    confirm: str


class SetupView(QWidget):
    """Layout of the first-run screen. Emits `submitted(SetupAnswers)`."""

    submitted = Signal(object)

    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupView")
        self.country = QComboBox()
        self.country.setObjectName("setupCountry")
        self.country.setAccessibleName(self.tr("Country"))
        for code, name in COUNTRIES:
            self.country.addItem(self.tr(name), code)
        self.office = line_edit("setupOffice", self.tr("Office code"))
        self.office.setPlaceholderText("PB-MUL-OSS1")
        self.district = line_edit("setupDistrict", self.tr("District code"))
        self.district.setPlaceholderText("PB-MUL")
        self.display_name = line_edit("setupDisplayName", self.tr("Supervisor's full name"))
        self.username = line_edit("setupUsername", self.tr("User name"))
        self.password = line_edit("setupPassword", self.tr("Password"), password=True)
        self.confirm = line_edit("setupConfirm", self.tr("Password again"), password=True)
        self.password.setPlaceholderText(self.tr("At least 8 characters"))
        keep_left_to_right(self.office, self.district, self.username, self.password, self.confirm)
        self.create_button = button("setupCreate", self.tr("Create the local cache"), default=True)
        self.message = MessageLabel("setupMessage")
        self.busy = busy_bar("setupBusy")
        self.key_warning = TextLabel(
            self.tr(
                "The data on this computer is encrypted. Its key file, onestop.keys, will be "
                "in the folder below. Copy it to a USB stick kept locked away as soon as setup "
                "is done: without the key file the data cannot be opened, not even by you."
            )
        )
        self.key_warning.setObjectName("setupKeyWarning")
        self.key_warning.setWordWrap(True)
        self.folder = TextLabel(data_dir)
        self.folder.setObjectName("setupFolder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        keep_left_to_right(self.folder)
        self._layout()
        self.create_button.clicked.connect(self._submit)
        for edit in (self.office, self.district, self.display_name, self.username, self.password):
            edit.returnPressed.connect(self.focusNextChild)
        self.confirm.returnPressed.connect(self._submit)
        order = (
            self.country,
            self.office,
            self.district,
            self.display_name,
            self.username,
            self.password,
            self.confirm,
            self.create_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _layout(self) -> None:
        card = QWidget()
        card.setFixedWidth(560)
        form = QFormLayout()
        form.addRow(self.tr("Co&untry"), self.country)
        form.addRow(self.tr("&Office code"), self.office)
        form.addRow(self.tr("&District code"), self.district)
        form.addRow(self.tr("Supervisor's &full name"), self.display_name)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Password &again"), self.confirm)
        box = QVBoxLayout(card)
        box.addWidget(heading(self.tr("Set up OneStop on this computer"), "setupHeading", 1.6))
        intro = TextLabel(
            self.tr(
                "This is the first start on this computer. Enter the office details and the "
                "first supervisor, who can then add the other users."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addSpacing(8)
        box.addLayout(form)
        box.addSpacing(8)
        box.addWidget(self.key_warning)
        box.addWidget(self.folder)
        box.addWidget(self.message)
        box.addWidget(self.busy)
        box.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred(card))
        outer.addStretch(2)

    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.submitted.emit(
            SetupAnswers(
                country=str(self.country.currentData()),
                office=self.office.text().strip(),
                district=self.district.text().strip(),
                display_name=self.display_name.text().strip(),
                username=self.username.text().strip(),
                password=self.password.text(),
                confirm=self.confirm.text(),
            )
        )

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        if busy:
            self.message.show_message(text, "info")
        for widget in (
            self.country,
            self.office,
            self.district,
            self.display_name,
            self.username,
            self.password,
            self.confirm,
            self.create_button,
        ):
            widget.setEnabled(not busy)

    def show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.message.show_message(text, "error")
        if focus is not None:
            focus.setFocus()
            if focus in (self.password, self.confirm):
                self.password.selectAll()
