"""Cards and USB bundles at the counter, against a real registry process and real caches.

A clerk prints a card (the registry issues it, the counter keeps it, the PDF scans back as
verified), prints it again offline-style from the cache, scans it into the search box
(verified banner), scans an altered and a mangled card (warnings, nobody opened), reprints a
lost card and scans the old one (revoked). Random text typed into the search box never
raises. A field officer's laptop out of coverage exports a bundle; an online counter relays
it and saves the results next to it; the laptop imports them and its changes are settled;
doing it again changes nothing, and a truncated file is refused. Pictures of the person page
with the verified banner and with a warning, in English, Urdu and Khmer, go to
/tmp/onestop-cards-ui/.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import base45  # type: ignore[import-untyped]  # the package ships no type information
import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import Shell
from desktop.controllers.bundles import Relayed
from desktop.controllers.card_scan import CardCheck, banner_words
from desktop.controllers.workspace import WorkspaceController
from desktop.i18n import plain
from desktop.printing.card import Card, render_card_image
from desktop.scanning import decode_image
from forms.regno import make_registry_no
from sync.client import cards, state
from sync.client.bundles import ExportSummary, ImportSummary
from sync.credentials import CardClaims, Verification, issue, new_issuing_key
from sync.replica.cache import NewUser, Replica
from tests.conftest import household
from tests.e2e.conftest import (
    CLERK_PASSWORD,
    DISTRICT,
    SUPERVISOR_PASSWORD,
    Device,
    Registry,
    make_registry,
    server_digests,
)
from tests.ui.conftest import WAIT_MS, ShellFactory, log_in, open_person, wait_idle

SHOTS = Path("/tmp/onestop-cards-ui")
PDFTOPPM = shutil.which("pdftoppm")
CLERK = NewUser("amina", "Amina Clerk", CLERK_PASSWORD, "clerk")
SUPERVISOR = NewUser("bilal", "Bilal Supervisor", SUPERVISOR_PASSWORD, "supervisor")
FIELD_PASSWORD = "farah-pass-1"
FIELD_OFFICER = NewUser("farah", "Farah Field", FIELD_PASSWORD, "field_officer")
DEAD_URL = "http://127.0.0.1:9"  # the laptop out of coverage: nothing answers there
SEED_PERSONS = 40
LONG_WAIT_MS = 30_000
T = TypeVar("T")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    made = make_registry(tmp_path_factory.mktemp("cards-registry"), persons=SEED_PERSONS)
    made.command(
        "add-user",
        "--username",
        FIELD_OFFICER.username,
        "--display-name",
        FIELD_OFFICER.display_name,
        "--role",
        "field_officer",
        "--district",
        DISTRICT,
        "--password-stdin",
        stdin=f"{FIELD_PASSWORD}\n",
    )
    made.process.start()
    try:
        yield made
    finally:
        made.process.stop()


# -- helpers ---------------------------------------------------------------------------------


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def shot(widget: QWidget, name: str) -> Path:
    settle()
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def ask(qtbot: QtBot, shell: Shell, op: Callable[[Replica], T]) -> T:
    """Run `op` on the app's database thread and wait for its answer."""
    answers: list[T] = []
    failures: list[BaseException] = []
    shell.worker.run(op, answers.append, failures.append)
    qtbot.waitUntil(lambda: bool(answers or failures), timeout=WAIT_MS)
    if failures:
        raise failures[0]
    return answers[0]


def synced_counter(registry: Registry, folder: Path, name: str, offset: int = 0) -> str:
    """Enrol a counter, sync it once (district, registry keys), and name a seeded person."""
    device = Device(registry, folder, name).enrol()
    try:
        device.sync()
        row = (
            device.login()
            .db.execute(
                "SELECT id FROM person WHERE relationship = 'head' AND birth_date IS NOT NULL"
                " ORDER BY id LIMIT 1 OFFSET ?",
                [offset],
            )
            .fetchone()
        )
    finally:
        device.close()  # the app opens this cache next
    return str(row[0])


def start(qtbot: QtBot, make_shell: ShellFactory, user: NewUser, **options: object) -> Shell:
    """Open the app, log in and let the first sync cycle end (well or not)."""
    shell = make_shell(**options)
    shell.window.resize(1366, 820)
    log_in(qtbot, shell, user)
    sync = shell.controller.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.online is not None and not sync.running, timeout=LONG_WAIT_MS)
    wait_idle(qtbot, shell)
    return shell


def workspace_of(shell: Shell) -> WorkspaceController:
    workspace = shell.controller.workspace
    assert workspace is not None
    return workspace


def close_message(shell: Shell) -> str:
    box = shell.errors.last_dialog
    assert box is not None, "a message was expected"
    text = box.text()
    box.close()
    settle()
    return text


def render_pdf(pdf: Path, name: str) -> Path:
    assert PDFTOPPM is not None
    stem = pdf.with_suffix("")
    subprocess.run(  # noqa: S603 - a fixed local tool on a file the test just wrote
        [PDFTOPPM, "-png", "-r", "300", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    png = stem.with_suffix(".png")
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(png, SHOTS / f"{name}.png")
    return png


def scan(qtbot: QtBot, shell: Shell, text: str, *, typed: bool = False) -> CardCheck:
    """What a USB scanner does: type the card's text into the search box, then Enter."""
    workspace = workspace_of(shell)
    workspace.go_search()
    box = workspace.search_view.box
    box.clear()
    if typed:
        QTest.keyClicks(box, text)
    else:
        box.setText(text)
    with qtbot.waitSignal(workspace.scan.checked, timeout=WAIT_MS) as checked:
        QTest.keyClick(box, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    check = checked.args[0]
    assert isinstance(check, CardCheck)
    return check


def person_banner(qtbot: QtBot, shell: Shell, person: str) -> tuple[str, str]:
    workspace = workspace_of(shell)
    banner = workspace.person_view.card_banner
    qtbot.waitUntil(
        lambda: workspace.person.person_id == person and banner.isVisible(), timeout=WAIT_MS
    )
    assert workspace.view.current_key() == "person"
    return banner.title.text(), plain(banner.text.text())


def print_card(qtbot: QtBot, shell: Shell, *, reprint: bool = False) -> Card:
    """Press Print card (or Reprint lost card and confirm); the print dialog opens."""
    workspace = workspace_of(shell)
    with qtbot.waitSignal(workspace.cards.offered, timeout=LONG_WAIT_MS) as offered:
        if reprint:
            workspace.person_view.reprint_card_button.click()
            box = workspace.cards.confirm
            assert box is not None and box.isVisible()
            assert "old card stops working" in box.text()
            yes = box.findChild(QWidget, "cardReprintYes")
            assert yes is not None
            QTest.mouseClick(yes, Qt.MouseButton.LeftButton)
        else:
            workspace.person_view.print_card_button.click()
    card = offered.args[0]
    assert isinstance(card, Card)
    return card


def altered(credential: str, number: str, other: str) -> str:
    """The same signed card with another registry number written into it."""
    message = cbor2.loads(zlib.decompress(base45.b45decode(credential)))
    protected, unprotected, payload, signature = message.value
    changed = payload.replace(number.encode(), other.encode())
    assert changed != payload
    encoded = cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, changed, signature]))
    text: bytes = base45.b45encode(zlib.compress(encoded, 9))
    return text.decode("ascii")


# -- cards -----------------------------------------------------------------------------------


def first_card(qtbot: QtBot, shell: Shell, person: str, tmp_path: Path) -> Card:
    """Print card: the registry issues it, the counter keeps it, the dialog prints it on a
    printer and saves it as PDF (one card, and an A4 sheet) that scans back verified."""
    workspace = workspace_of(shell)
    card = print_card(qtbot, shell)
    kept = ask(
        qtbot, shell, lambda replica: cards.latest_card(replica.db, person, replica.clock().date())
    )
    assert kept == card.credential
    dialog = workspace.cards.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.preview.pixmap().isNull()
    shot(dialog, "print-dialog-en")
    chooser = workspace.cards.choose_pdf()
    assert chooser is not None and chooser.defaultSuffix() == "pdf"
    chooser.reject()
    assert workspace.cards.save_pdf(tmp_path / "card.pdf")
    png = render_pdf(tmp_path / "card.pdf", "card-pdf-en")
    assert decode_image(png) == [card.credential]
    today = date.today()
    verification = ask(
        qtbot, shell, lambda replica: cards.check(replica.db, card.credential, today)
    )
    assert verification.status == "verified"
    dialog.sheet.setChecked(True)
    assert workspace.cards.save_pdf(tmp_path / "sheet.pdf")
    assert decode_image(render_pdf(tmp_path / "sheet.pdf", "card-sheet-pdf-en")) == [
        card.credential
    ]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert workspace.cards.print_on(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    dialog.accept()
    return card


def scan_the_good_card(qtbot: QtBot, shell: Shell, card: Card, person: str) -> None:
    """The scanner types the card into the search box: the person opens, verified."""
    workspace = workspace_of(shell)
    check = scan(qtbot, shell, card.credential, typed=True)
    assert check.status == "verified" and check.person_id == person
    title, text = person_banner(qtbot, shell, person)
    assert title == "Card verified" and "valid until" in text
    assert workspace.person_view.card_banner.kind == "ok"
    assert workspace.search_view.box.text() != card.credential  # the credential is not kept
    shot(shell.window, "person-verified-en")
    workspace.back_to_search()  # the registry number was searched: the person is listed
    assert workspace.search_model.rowCount() == 1
    assert workspace.search_model.row_at(0).id == person


def scan_bad_cards(qtbot: QtBot, shell: Shell, card: Card, other: str) -> None:
    """Altered (another person's number), cut short, mangled: warnings, nobody opened."""
    workspace = workspace_of(shell)
    check = scan(qtbot, shell, altered(card.credential, card.claims.registry_number, other))
    assert check.status == "altered" and check.person_id is None
    assert workspace.view.current_key() == "search"
    assert workspace.search_model.rowCount() == 0  # no earlier result beside the verdict
    banner = workspace.search_view.card_banner
    assert banner.isVisible() and banner.title.text() == "Do not trust this card"
    assert other not in plain(banner.text.text())  # an altered card's claims are not repeated
    shot(shell.window, "search-altered-en")
    check = scan(qtbot, shell, card.credential[: len(card.credential) * 2 // 3])
    assert check.status == "unreadable" and check.person_id is None
    assert banner.isVisible() and banner.title.text() == "Card not readable"
    middle = len(card.credential) // 2
    box = workspace.search_view.box
    box.setText(card.credential[:middle] + "%%" + card.credential[middle + 2 :])
    QTest.keyClick(box, Qt.Key.Key_Return)
    wait_idle(qtbot, shell)
    assert workspace.view.current_key() == "search" and shell.errors.last_dialog is None
    assert not banner.isVisible() or banner.kind == "warning"


def read_pictures(qtbot: QtBot, shell: Shell, card: Card, person: str, folder: Path) -> None:
    """Read a card from a picture: a photo of the card opens the person; a picture without a
    code, or a file that is no picture, gets a calm message."""
    workspace = workspace_of(shell)
    shell.window.card_actions.read_card.trigger()
    chooser = workspace.scan.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    photo = folder / "card.png"
    assert render_card_image(card, dpi=200).save(str(photo))
    with qtbot.waitSignal(workspace.scan.checked, timeout=WAIT_MS) as checked:
        workspace.scan.read_picture(str(photo))
    assert checked.args[0].status == "verified"
    assert person_banner(qtbot, shell, person)[0] == "Card verified"
    blank = folder / "blank.png"
    blank_image = QImage(400, 300, QImage.Format.Format_RGB32)
    blank_image.fill(QColor("white"))
    assert blank_image.save(str(blank))
    # Not a picture at all (a PDF would not do: Qt's PDF image plugin, where installed, reads
    # the page and finds the card's code in it).
    not_a_picture = folder / "notes.png"
    not_a_picture.write_bytes(b"these are notes, not a picture\n")
    for path, words in ((blank, "No QR code"), (not_a_picture, "not a picture")):
        with qtbot.waitSignal(workspace.scan.picture_read, timeout=WAIT_MS):
            workspace.scan.read_picture(str(path))
        assert words in close_message(shell)


def reprint(qtbot: QtBot, shell: Shell, card: Card, person: str, other: str) -> Card:
    """The card is lost: a new one is issued and the old one stops working."""
    workspace = workspace_of(shell)
    open_person(qtbot, shell, workspace, other)
    assert not workspace.person_view.card_banner.isVisible()  # the scan was about someone else
    open_person(qtbot, shell, workspace, person)
    assert not workspace.person_view.card_banner.isVisible()
    new = print_card(qtbot, shell, reprint=True)
    assert new.claims.card_id != card.claims.card_id
    assert workspace.cards.dialog is not None
    workspace.cards.dialog.accept()
    check = scan(qtbot, shell, card.credential)
    assert check.status == "revoked" and check.person_id == person
    title, _text = person_banner(qtbot, shell, person)
    assert title == "Card no longer valid"
    assert workspace.person_view.card_banner.kind == "warning"
    shot(shell.window, "person-revoked-en")
    assert scan(qtbot, shell, new.credential).status == "verified"
    return new


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_print_keep_scan_and_reprint_a_card(
    qtbot: QtBot,
    make_shell: ShellFactory,
    registry: Registry,
    cache_dir: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    person = synced_counter(registry, cache_dir, "counter-cards")
    shell = start(qtbot, make_shell, CLERK)
    workspace = workspace_of(shell)
    assert workspace.person_view.print_card_button.isVisibleTo(workspace.person_view)
    assert not shell.window.card_actions.export_bundle.isVisible()  # clerks export nothing
    open_person(qtbot, shell, workspace, person)
    issued: list[str] = []
    workspace.cards.issued.connect(issued.append)
    card = first_card(qtbot, shell, person, tmp_path)
    assert issued == [card.claims.card_id]
    again = print_card(qtbot, shell)  # printing again takes the kept card: no registry call
    assert again.credential == card.credential and len(issued) == 1
    assert workspace.cards.dialog is not None
    workspace.cards.dialog.accept()
    scan_the_good_card(qtbot, shell, card, person)
    other_id, other = ask(
        qtbot,
        shell,
        lambda replica: tuple(
            str(value)
            for value in replica.db.execute(
                "SELECT id, registry_no FROM person WHERE id != ? LIMIT 1", [person]
            ).fetchone()
        ),
    )
    scan_bad_cards(qtbot, shell, card, other)
    read_pictures(qtbot, shell, card, person, tmp_path)
    new = reprint(qtbot, shell, card, person, other_id)
    assert len(issued) == 2
    for language in ("ur", "km"):
        shell.comfort.set_language(language)
        wait_idle(qtbot, shell)
        assert scan(qtbot, shell, new.credential).status == "verified"
        person_banner(qtbot, shell, person)
        shot(shell.window, f"person-verified-{language}")
        assert scan(qtbot, shell, card.credential).status == "revoked"
        person_banner(qtbot, shell, person)
        shot(shell.window, f"person-revoked-{language}")
        scan(qtbot, shell, altered(card.credential, card.claims.registry_number, other))
        shot(shell.window, f"search-altered-{language}")
    for secret in (card.credential, card.claims.full_name, new.credential):
        assert secret not in caplog.text


def test_a_standalone_counter_says_cards_come_from_the_registry(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    from tests.conftest import SUPERVISOR as LOCAL_SUPERVISOR  # noqa: PLC0415

    shell = make_shell()
    workspace = log_in(qtbot, shell, LOCAL_SUPERVISOR)
    person = workspace.search_model  # any person of the cache
    workspace.search.search("Aslam")
    qtbot.waitUntil(lambda: person.rowCount() > 0, timeout=WAIT_MS)
    open_person(qtbot, shell, workspace, person.row_at(0).id)
    workspace.person_view.print_card_button.click()
    qtbot.waitUntil(lambda: shell.errors.last_dialog is not None, timeout=WAIT_MS)
    assert "issued by the registry" in close_message(shell)
    assert not shell.window.card_actions.relay_bundle.isEnabled()  # no registry to relay to


def local_credential() -> str:
    """A well-formed card signed by a key no counter trusts."""
    private, kid = new_issuing_key()
    claims = CardClaims(
        card_id="0190c7a2-7b1e-7cc3-9c1d-000000000001",
        registry_number=make_registry_no(36_302_123),
        full_name="Muhammad Aslam",
        full_name_native=None,
        birth_date=date(1961, 3, 14),
        sex="male",
        issuing_office="PB-MUL-OSS1",
        issued_on=date(2026, 1, 2),
        expires_on=date(2031, 1, 1),
        issuer="onestop:PK",
    )
    return issue(claims, private, kid)


FOREIGN = local_credential()
EDIT = st.tuples(
    st.sampled_from(["flip", "insert", "delete"]), st.integers(0, 600), st.characters()
)


def mangle(text: str, edits: list[tuple[str, int, str]]) -> str:
    for kind, position, char in edits:
        at = min(position, max(len(text) - 1, 0))
        if kind == "flip":
            text = text[:at] + char + text[at + 1 :]
        elif kind == "insert":
            text = text[:at] + char + text[at:]
        else:
            text = text[:at] + text[at + 1 :]
    return text


SCANNED = st.one_of(
    st.text(max_size=300),
    st.lists(EDIT, min_size=1, max_size=4).map(lambda edits: mangle(FOREIGN, edits)),
    st.sampled_from(
        [
            FOREIGN,
            FOREIGN.lower(),
            "]Q1" + FOREIGN,
            FOREIGN + "\r\n",
            FOREIGN[: len(FOREIGN) // 2],
            FOREIGN * 3,
            "6BF" * 200,
        ]
    ),
)


def test_whatever_the_search_box_is_given_nothing_raises(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path
) -> None:
    from tests.conftest import SUPERVISOR as LOCAL_SUPERVISOR  # noqa: PLC0415

    shell = make_shell()
    workspace = log_in(qtbot, shell, LOCAL_SUPERVISOR)
    box = workspace.search_view.box

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(SCANNED)
    def type_into_the_box(text: str) -> None:
        workspace.go_search()
        box.setText(text)
        QTest.keyClick(box, Qt.Key.Key_Return)
        wait_idle(qtbot, shell)
        assert shell.errors.last_dialog is None
        assert workspace.view.current_key() == "search"  # no card of this cache was scanned

    type_into_the_box()
    assert scan(qtbot, shell, FOREIGN).status == "no_keys"  # a standalone cache has no keys


# -- bundles ---------------------------------------------------------------------------------


def outbox_states(qtbot: QtBot, shell: Shell) -> dict[str, int]:
    return ask(
        qtbot,
        shell,
        lambda replica: {
            str(row[0]): int(row[1])
            for row in replica.db.execute("SELECT state, count(*) FROM outbox GROUP BY state")
        },
    )


def field_laptop(registry: Registry, folder: Path) -> int:
    """A field officer's laptop: synced once at the office (keys exchanged), then a household
    registered in a village out of coverage. Returns how many changes wait."""
    laptop = Device(registry, folder, "laptop-a").enrol()
    try:
        replica = laptop.login(FIELD_OFFICER.username, FIELD_PASSWORD)
        laptop.sync()
        members = household()["members"]
        assert isinstance(members, list)
        fresh = [
            {**members[0], "id_number": "35202-7654321-3", "phone": "0300-7654321"},
            {**members[1], "id_number": "3520276543218"},
        ]
        replica.persons.register_household(household(members=fresh), replica.actor)
        with replica.db.atomic():
            state.put(replica.db, "registry_url", DEAD_URL)
        row = replica.db.execute(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'held')"
        ).fetchone()
    finally:
        laptop.close()
    return int(row[0])


def export_on_the_laptop(qtbot: QtBot, laptop: Shell, usb: Path, waiting: int) -> Path:
    """The menu asks for a folder; the bundle lands there with its count; the exported
    changes stay pending until their results come back."""
    on_laptop = workspace_of(laptop)
    actions = laptop.window.card_actions
    assert laptop.window.connection_status.text() == "Offline"
    assert actions.export_bundle.isVisible() and actions.export_bundle.isEnabled()
    assert not on_laptop.person_view.print_card_button.isVisibleTo(on_laptop.person_view)
    actions.export_bundle.trigger()
    chooser = on_laptop.bundles.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.reject()
    with qtbot.waitSignal(on_laptop.bundles.exported, timeout=LONG_WAIT_MS) as exported:
        on_laptop.bundles.export_to(str(usb))
    summary = exported.args[0]
    assert isinstance(summary, ExportSummary)
    assert summary.count == waiting and summary.path.parent == usb and summary.path.exists()
    assert summary.path.name in close_message(laptop)
    states = outbox_states(qtbot, laptop)
    assert states.get("pending", 0) + states.get("held", 0) == waiting
    return summary.path


def relay_at_the_counter(
    qtbot: QtBot, counter: Shell, path: Path, waiting: int, witness: Device
) -> tuple[Path, Path]:
    """Relay the bundle (results saved next to it), relay it again (nothing changes at the
    registry), relay a truncated copy (refused by name, nothing applied). Returns the results
    of the first and of the second relay."""
    at_counter = workspace_of(counter)
    assert counter.window.card_actions.relay_bundle.isEnabled()
    before = server_digests(witness.registry, witness)
    with qtbot.waitSignal(at_counter.bundles.relayed, timeout=LONG_WAIT_MS) as relayed:
        at_counter.bundles.relay_from(str(path))
    done = relayed.args[0]
    assert isinstance(done, Relayed) and done.count == waiting
    results = path.with_name(path.name.removesuffix(".onestop-bundle") + ".results.onestop-bundle")
    assert done.results == results and results.exists()
    assert str(results) in close_message(counter)
    after = server_digests(witness.registry, witness)
    assert after != before
    first = results.read_bytes()
    with qtbot.waitSignal(at_counter.bundles.relayed, timeout=LONG_WAIT_MS):
        at_counter.bundles.relay_from(str(path))
    close_message(counter)
    assert server_digests(witness.registry, witness) == after
    again = path.with_name("again.results.onestop-bundle")
    again.write_bytes(results.read_bytes())
    results.write_bytes(first)
    cut = path.with_name("cut.onestop-bundle")
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with qtbot.waitSignal(at_counter.bundles.failed, timeout=LONG_WAIT_MS) as refused:
        at_counter.bundles.relay_from(str(cut))
    assert "incomplete" in refused.args[0] and "Nothing was changed" in refused.args[0]
    close_message(counter)
    assert server_digests(witness.registry, witness) == after
    return results, again


def import_on_the_laptop(
    qtbot: QtBot, laptop: Shell, results: Path, again: Path, waiting: int
) -> None:
    """A cut results file is refused; the results settle the outbox; the second relay's
    results are all known already and change nothing."""
    on_laptop = workspace_of(laptop)
    cut = results.with_name("cut.results.onestop-bundle")
    cut.write_bytes(results.read_bytes()[:-10])
    with qtbot.waitSignal(on_laptop.bundles.failed, timeout=LONG_WAIT_MS) as refused:
        on_laptop.bundles.import_from(str(cut))
    assert "Nothing was changed" in refused.args[0]
    close_message(laptop)
    assert outbox_states(qtbot, laptop).get("acked", 0) == 0
    with qtbot.waitSignal(on_laptop.bundles.imported, timeout=LONG_WAIT_MS) as imported:
        on_laptop.bundles.import_from(str(results))
    settled = imported.args[0]
    assert isinstance(settled, ImportSummary)
    assert sum(settled.results.values()) == waiting and settled.already_known == 0
    assert "accepted by the registry" in close_message(laptop)
    states = outbox_states(qtbot, laptop)
    assert states.get("pending", 0) == 0 and states.get("acked", 0) >= waiting
    qtbot.waitUntil(
        lambda: laptop.window.pending_status.text() == "No changes waiting to be sent",
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(on_laptop.bundles.imported, timeout=LONG_WAIT_MS) as imported:
        on_laptop.bundles.import_from(str(again))
    repeat = imported.args[0]
    assert isinstance(repeat, ImportSummary)
    assert repeat.results == {} and repeat.already_known == waiting
    assert "already known" in close_message(laptop)
    assert outbox_states(qtbot, laptop) == states


def test_a_field_bundle_travels_through_an_online_counter_and_back(
    qtbot: QtBot, make_shell: ShellFactory, registry: Registry, cache_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    waiting = field_laptop(registry, cache_dir)
    assert waiting > 0
    counter_dir = tmp_path / "counter-b"
    synced_counter(registry, counter_dir, "counter-b")
    witness = Device(registry, tmp_path / "witness", "witness").enrol()
    try:
        laptop = start(qtbot, make_shell, FIELD_OFFICER)
        path = export_on_the_laptop(qtbot, laptop, usb, waiting)
        counter = start(qtbot, make_shell, SUPERVISOR, data_dir=counter_dir)
        results, again = relay_at_the_counter(qtbot, counter, path, waiting, witness)
        import_on_the_laptop(qtbot, laptop, results, again, waiting)
    finally:
        witness.close()


def test_bundle_messages_never_show_a_dialog_for_a_missing_file(
    qtbot: QtBot, make_shell: ShellFactory, ready_cache: Path, tmp_path: Path
) -> None:
    from tests.conftest import SUPERVISOR as LOCAL_SUPERVISOR  # noqa: PLC0415

    shell = make_shell()
    workspace = log_in(qtbot, shell, LOCAL_SUPERVISOR)
    with qtbot.waitSignal(workspace.bundles.failed, timeout=WAIT_MS) as failed:
        workspace.bundles.import_from(str(tmp_path / "nowhere.onestop-bundle"))
    assert "could not be read" in failed.args[0]
    box = shell.errors.last_dialog
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    box.close()
    with qtbot.waitSignal(workspace.bundles.failed, timeout=WAIT_MS) as failed:
        workspace.bundles.export_to(str(tmp_path))
    assert "registry's keys" in failed.args[0]  # a standalone cache never exports
    close_message(shell)


# -- the banner's words ----------------------------------------------------------------------

FOREIGN_CLAIMS = CardClaims(
    card_id="0190c7a2-7b1e-7cc3-9c1d-000000000002",
    registry_number=make_registry_no(36_302_124),
    full_name="Zainab Bibi",
    full_name_native=None,
    birth_date=date(1970, 5, 6),
    sex="female",
    issuing_office="PB-MUL-OSS1",
    issued_on=date(2026, 1, 2),
    expires_on=date(2031, 1, 1),
    issuer="onestop:PK",
)


@pytest.mark.parametrize(
    ("status", "keys", "kind", "title"),
    [
        ("verified", True, "ok", "Card verified"),
        ("expired", True, "warning", "Card expired"),
        ("revoked", True, "warning", "Card no longer valid"),
        ("altered", True, "warning", "Do not trust this card"),
        ("forged", True, "warning", "Do not trust this card"),
        ("forged", False, "info", "Cards cannot be checked yet"),
        ("unreadable", True, "warning", "Card not readable"),
    ],
)
def test_each_verdict_has_its_own_words_and_untrusted_claims_are_never_quoted(
    qtbot: QtBot, status: str, keys: bool, kind: str, title: str
) -> None:
    verification = Verification(status, "reason", FOREIGN_CLAIMS)  # type: ignore[arg-type]
    person = "0190c7a2-7b1e-7cc3-9c1d-00000000aaaa" if verification.trusted else None
    words = banner_words(CardCheck(verification, person, keys))
    assert (words.kind, words.title) == (kind, title)
    text = plain(words.text)
    quoted = "2031" in text or FOREIGN_CLAIMS.full_name in text
    assert quoted == (status in ("verified", "expired"))
    assert "%1" not in text and "%2" not in text
    if status in ("altered", "forged"):
        assert "Do not use anything printed on it" in text or not keys
    elsewhere = banner_words(CardCheck(verification, None, keys))
    assert ("is not in this district's records" in elsewhere.text) == verification.trusted
