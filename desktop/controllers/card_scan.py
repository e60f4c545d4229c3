"""Reading a beneficiary card: scanner text from the search box, or a picture of the card.

The card is checked on the database thread against what sync brought down (the registry's
issuing keys and the revoked cards, `sync.client.cards.trust`); no connection is needed. A card
the registry signed (verified, expired or revoked) opens the person it names, by registry
number, with a banner saying what the card is. A forged, altered or unreadable card opens
nobody: its claims are not shown as if they were true, and the search page says not to trust
it. Nothing a scan holds is logged, and nothing it holds raises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.controllers.person import PersonController
from desktop.controllers.search import SearchController
from desktop.i18n import ltr
from desktop.locale_format import LocaleFormat, translate
from desktop.models import registry_no
from desktop.scanning import ImageNotRead, decode_image, route_scan
from desktop.views.cards import BannerKind
from desktop.worker import Worker
from forms.regno import RegistryNoError, validate_registry_no
from sync.client import cards
from sync.credentials import Trust, Verification, looks_like_credential
from sync.replica.cache import Replica

log = logging.getLogger(__name__)

CONTEXT = "CardScan"
MAX_MATCHES = 5

TITLES = {
    "verified": "Card verified",
    "expired": "Card expired",
    "revoked": "Card no longer valid",
    "altered": "Do not trust this card",
    "forged": "Do not trust this card",
    "unreadable": "Card not readable",
    "no_keys": "Cards cannot be checked yet",
}
EXPLANATIONS = {
    "verified": (
        "Signed by the registry. Issued %1, valid until %2. Compare the name and birth date "
        "with the person in front of you."
    ),
    "expired": (
        "The registry issued this card, but it expired on %2. Print a new card for the person."
    ),
    "revoked": (
        "This card was replaced by a newer one (the old card was reported lost). Do not "
        "accept it; the person's current card can be printed again."
    ),
    "altered": (
        "The card's details do not match the registry's signature: they were changed. Do "
        "not use anything printed on it. Identify the person by an ID document instead."
    ),
    "forged": (
        "This card was not signed by the registry. Do not use anything printed on it. "
        "Identify the person by an ID document instead."
    ),
    "unreadable": (
        "The code could not be read as a OneStop card. Scan it again, or search by name or "
        "ID number."
    ),
    "no_keys": (
        "This computer has not received the registry's card keys yet. Sync once over a "
        "connection, then scan the card again."
    ),
}


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class CardCheck:
    """What a scanned card is (`verification`), and the person it names in this cache when
    the registry signed it (`person_id`, None otherwise or when not here)."""

    verification: Verification
    person_id: str | None
    keys_known: bool

    @property
    def opens_person(self) -> bool:
        return self.person_id is not None and self.verification.trusted

    @property
    def status(self) -> str:
        """The verification's status, or "no_keys" when this computer cannot check cards."""
        if not self.keys_known and self.verification.status == "forged":
            return "no_keys"
        return self.verification.status


def _compact(number: str) -> str:
    try:
        return validate_registry_no(number)
    except RegistryNoError:
        return number


def check_card(replica: Replica, text: str, today: date) -> CardCheck:
    """Verify scanned text and find the person it names. Database thread; never raises for
    anything the text holds."""
    try:
        trust = cards.trust(replica.db)
    except Exception as error:  # noqa: BLE001 - damaged key list: nothing can be verified
        log.warning("card keys unreadable: %s", type(error).__name__)
        trust = Trust({})
    verification = route_scan(text, trust, today).verification
    if verification is None:
        verification = Verification("unreadable", "Not a card credential.")
    claims = verification.claims
    person_id = None
    if verification.trusted and claims is not None:
        wanted = _compact(claims.registry_number)
        matches = replica.search(wanted, MAX_MATCHES)
        person_id = next((p.id for p in matches if _compact(p.registry_no) == wanted), None)
    log.info("card scanned: %s, person %s", verification.status, "found" if person_id else "-")
    return CardCheck(verification, person_id, bool(trust.keys))


@dataclass(frozen=True)
class BannerWords:
    kind: BannerKind
    title: str
    text: str


def banner_words(check: CardCheck) -> BannerWords:
    """The banner for a checked card, in the interface language. Claims are quoted only when
    the registry signed them."""
    status = check.status
    verification = check.verification
    text = _tr(EXPLANATIONS.get(status, EXPLANATIONS["unreadable"]))
    claims = verification.claims if verification.trusted else None
    if claims is not None:
        formats = LocaleFormat.current()
        issued = ltr(formats.date(claims.issued_on))
        expires = ltr(formats.date(claims.expires_on))
        text = text.replace("%1", issued).replace("%2", expires)
        if check.person_id is None:
            text += " " + _tr(
                "The person with registry number %1 is not in this district's records on "
                "this computer."
            ).replace("%1", ltr(registry_no(claims.registry_number)))
    kind: BannerKind = "ok" if status == "verified" else "warning"
    if status == "no_keys":
        kind = "info"
    return BannerWords(kind, _tr(TITLES.get(status, TITLES["unreadable"])), text)


@dataclass(frozen=True)
class ScanHooks:
    """What the scan needs from the workspace."""

    open_person: Callable[[str], None]
    show_search: Callable[[], None]
    window: Callable[[], QWidget]
    today: Callable[[], date]
    message: Callable[[QMessageBox.Icon, str, str], QMessageBox]
    report: Callable[[BaseException], None]  # the workspace's failure path (calm or crash)


class ScanController(QObject):
    """Checks scanned cards and shows the outcome. GUI thread only. `checked(CardCheck)`
    after each card (tests wait on it); `picture_read(int)` with the number of cards found in
    a picture."""

    checked = Signal(object)
    picture_read = Signal(int)

    def __init__(
        self, search: SearchController, person: PersonController, worker: Worker, hooks: ScanHooks
    ) -> None:
        super().__init__(search.view)
        self.search, self.person, self._worker, self._hooks = search, person, worker, hooks
        self._banner: tuple[str, BannerWords] | None = None  # person id, what to say
        self.file_dialog: QFileDialog | None = None
        search.card_scanned.connect(self.check)
        search.view.read_picture_requested.connect(self.choose_picture)
        person.shown.connect(self._person_shown)
        person.not_found.connect(self._person_missing)

    # -- checking ---------------------------------------------------------------------------

    def check(self, text: str) -> None:
        today = self._hooks.today()
        self._worker.run(
            lambda replica: check_card(replica, text, today), self._checked, self._check_failed
        )

    def _check_failed(self, error: BaseException) -> None:
        self.search.view.show_summary("", offer_register=False)
        self._hooks.report(error)

    def _checked(self, check: CardCheck) -> None:
        words = banner_words(check)
        view = self.search.view
        claims = check.verification.claims
        if check.opens_person and check.person_id is not None and claims is not None:
            self._banner = (check.person_id, words)
            # "Back to search results" then leads to this person (the number is trusted).
            view.box.setText(registry_no(claims.registry_number))
            self.search.search(view.box.text())
            self._hooks.open_person(check.person_id)
        else:
            self._banner = None
            self._hooks.show_search()
            view.show_summary("", offer_register=False)
            view.card_banner.show_banner(words.kind, words.title, words.text)
            view.focus_box()
        self.checked.emit(check)

    def _person_shown(self, person_id: str) -> None:
        banner = self.person.view.card_banner
        if self._banner is not None and self._banner[0] == person_id:
            words = self._banner[1]
            banner.show_banner(words.kind, words.title, words.text)
            return
        self._banner = None
        banner.clear_banner()

    def _person_missing(self, _person_id: str) -> None:
        self._banner = None
        self.person.view.card_banner.clear_banner()

    # -- pictures ---------------------------------------------------------------------------

    def choose_picture(self) -> QFileDialog:
        chooser = QFileDialog(self._hooks.window(), _tr("Read a card from a picture"))
        chooser.setObjectName("cardPictureDialog")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(_tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"))
        chooser.setDirectory(platformdirs.user_pictures_dir())
        chooser.fileSelected.connect(self.read_picture)
        self.file_dialog = chooser
        chooser.open()
        return chooser

    def read_picture(self, path: str) -> None:
        """Decode the QR codes of a picture file off the GUI thread, then check the card."""
        source = Path(path)
        self._worker.run_network(lambda: decode_image(source), self._decoded, self._not_read)

    def _decoded(self, texts: list[str]) -> None:
        found = [text for text in texts if looks_like_credential(text)]
        self.picture_read.emit(len(found))
        if not texts:
            self._tell(
                _tr(
                    "No QR code was found in the picture. Take a sharper picture with the "
                    "whole code in it, or search by name or ID number."
                )
            )
        elif not found:
            self._tell(_tr("The code in this picture is not a OneStop card."))
        else:
            self.check(found[0])

    def _not_read(self, error: BaseException) -> None:
        if not isinstance(error, ImageNotRead | OSError):
            log.warning("picture not decoded: %s", type(error).__name__)
        self.picture_read.emit(0)
        self._tell(_tr("This file is not a picture OneStop can open. Choose a PNG or JPEG file."))

    def _tell(self, text: str) -> None:
        box = self._hooks.message(QMessageBox.Icon.Information, _tr("Reading the card"), text)
        box.setObjectName("cardPictureMessage")
