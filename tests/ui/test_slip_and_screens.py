"""The acknowledgement slip as PDF and as a rendered page, and pictures of the new screens.

PNGs go to artifacts/screens/ (git-ignored) for people to look at; the assertions only check
that something substantial was drawn.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.slip import SlipController
from desktop.models import registry_no
from desktop.printing.qr import application_payload, qr_image, qr_matrix
from desktop.printing.slip import render_slip, render_slip_pdf, set_page
from desktop.scanning import decode_image
from sync.credentials import CardClaims, Trust, issue, new_issuing_key, public_key_text
from sync.replica.cache import Replica
from sync.replica.entitlements import Application, kept_card
from tests.conftest import household
from tests.ui.conftest import Family, ShellFactory, log_in, open_person

SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
PDFTOPPM = shutil.which("pdftoppm")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def application(replica: Replica) -> Application:
    """An application for the old-age pension (the head is 65 on the fixed test day)."""
    result = replica.persons.register_household(household(), replica.actor)
    head = result.members[0][0]
    return replica.entitlements.apply(
        head, "old_age_social", replica.actor, replica.session.display_name
    )


def settle() -> None:
    """Run the pending layout passes (widgets shown or hidden since the last event loop turn)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> Path:
    settle()
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_the_slip_is_a_one_page_pdf_in_each_language(
    qtbot: QtBot, application: Application, tmp_path: Path
) -> None:
    for language in ("en", "ur", "km"):
        pdf = render_slip_pdf(application, language, tmp_path / f"slip-{language}.pdf")
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and b"/Count 1" in data
    a4 = render_slip_pdf(application, "en", tmp_path / "slip-a4.pdf", paper="A4")
    assert a4.stat().st_size > 5_000


def test_the_qr_code_holds_the_reference_and_id(qtbot: QtBot, application: Application) -> None:
    payload = application_payload(application.reference, application.id)
    assert payload == f"onestop:application:{application.reference}:{application.id}"
    matrix = qr_matrix(payload)
    assert len(matrix) == len(matrix[0]) >= 25
    image = qr_image(payload, module_px=4)
    assert image.width() == image.height() == (len(matrix) + 8) * 4


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_slip_renders_to_a_picture(
    qtbot: QtBot, application: Application, tmp_path: Path
) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ur", "km"):
        pdf = render_slip_pdf(application, language, tmp_path / f"slip-{language}.pdf")
        stem = tmp_path / f"slip-{language}"
        subprocess.run(  # noqa: S603 - a fixed local tool on a file we just wrote
            [str(PDFTOPPM), "-png", "-r", "80", "-singlefile", str(pdf), str(stem)],
            check=True,
            timeout=30,
        )
        png = stem.with_suffix(".png")
        assert png.stat().st_size > 20_000
        shutil.copy(png, SCREENS / f"slip-{language}.png")


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize(
    ("language", "stamp", "amount"),
    [("en", "22 Nov 2026 10:00", "PKR 3,000"), ("km", "២០២៦ ១០:០០", "PKR ៣,០០០")],
)
def test_the_slip_dates_and_amounts_follow_the_slip_language(
    qtbot: QtBot, application: Application, tmp_path: Path, language: str, stamp: str, amount: str
) -> None:
    pdf = render_slip_pdf(application, language, tmp_path / "slip.pdf")
    text = subprocess.run(  # noqa: S603 - a fixed local tool on a file we just wrote
        [str(PDFTOTEXT), str(pdf), "-"], check=True, capture_output=True, text=True, timeout=30
    ).stdout
    assert stamp in text and amount in text
    assert registry_no(application.registry_no) in text  # as stored, Latin digits
    assert application.reference in text


@pytest.mark.parametrize("language", ["en", "ur"])
def test_pictures_of_the_entitlement_screens(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str
) -> None:
    shell = make_shell(language=language)
    shell.window.resize(1280, 800)
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    panel = workspace.entitlements_panel
    for scheme in ("old_age_social", "disability_allowance", "eobi_old_age"):
        panel.card(scheme).set_expanded(True)
    save(panel, f"entitlements-{language}")
    view = workspace.person_view
    view.household_tabs.setCurrentWidget(view.entitled)
    save(view.household_tabs.parentWidget() or view, f"household-entitlements-{language}")
    with qtbot.waitSignal(workspace.edit.opened):
        panel.card("disability_allowance").complete_button.click()
    save(shell.window, f"edit-person-{language}")
    workspace.edit_view.cancel_button.click()
    panel.card("old_age_social").apply_button.click()
    box = workspace.entitlements.confirmation
    assert box is not None
    save(box, f"apply-confirmation-{language}")
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    with qtbot.waitSignal(workspace.entitlements.applied):
        yes.click()
    dialog = workspace.slip.dialog
    assert dialog is not None
    save(dialog, f"acknowledgement-{language}")
    dialog.close()


def test_printing_goes_through_the_print_dialog(
    qtbot: QtBot, application: Application, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notes: list[str] = []
    slip = SlipController(lambda: parent, "en", "A5", notes.append)
    parent.show()
    dialog = slip.offer(application)
    assert dialog.reference.text() == application.reference
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    chooser = slip.print_dialog
    assert chooser is not None and chooser.isVisible()
    assert chooser.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    # No printer here: the dialog falls back to "print to file" in a folder, which fails calmly.
    chooser.accept()
    assert "could not be printed" in dialog.message.text() and notes == []
    # A printer the clerk could choose, writing PDF: the same slip, through QPrinter.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    set_page(printer, "A4")
    render_slip(printer, application, "km")
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_a_slip_carries_the_persons_signed_card_when_one_is_kept(
    qtbot: QtBot, replica: Replica, tmp_path: Path
) -> None:
    result = replica.persons.register_household(household(), replica.actor)
    head = result.members[0][0]
    regno = replica.db.execute("SELECT registry_no FROM person WHERE id = ?", [head]).fetchone()[0]
    key, key_id = new_issuing_key()
    today = replica.clock().date()
    claims = CardClaims(
        card_id="card-slip-1",
        registry_number=regno,
        full_name="Muhammad Aslam",
        birth_date=today.replace(year=today.year - 65),
        sex="male",
        issuing_office="PB-MUL-OSS1",
        issued_on=today,
        expires_on=today.replace(year=today.year + 5),
        issuer="onestop:PK",
    )
    credential = issue(claims, key, key_id)
    replica.db.execute(
        "INSERT INTO card (card_id, person_id, credential, issued_on, expires_on, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        ["card-slip-1", head, credential, today.isoformat(), claims.expires_on.isoformat(), "x"],
    )
    application = replica.entitlements.apply(
        head, "old_age_social", replica.actor, replica.session.display_name
    )
    assert application.card_credential == credential
    pdf = render_slip_pdf(application, "ur", tmp_path / "slip-card.pdf")
    stem = tmp_path / "slip-card"
    subprocess.run(  # noqa: S603 - a fixed local tool on a file we just wrote
        [str(PDFTOPPM), "-png", "-r", "200", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=30,
    )
    png = stem.with_suffix(".png")
    SCREENS.mkdir(parents=True, exist_ok=True)
    shutil.copy(png, SCREENS / "slip-with-card-ur.png")
    texts = set(decode_image(png))
    assert application_payload(application.reference, application.id) in texts
    assert credential in texts
    trust = Trust.from_texts([public_key_text(key.public_key())])
    assert trust.verify(credential, today).status == "verified"

    replica.db.execute("INSERT INTO card_revocation (card_id, serial) VALUES ('card-slip-1', 1)")
    assert kept_card(replica.db, head, today.isoformat()) is None  # revoked: never printed again
