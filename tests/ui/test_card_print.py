"""Beneficiary cards: rendered, read back with zxing-cpp and verified; sheets as PDF.

PNGs of a card in each language and of a sheet go to artifacts/screens/ (git-ignored) and to
/tmp/onestop-cards/ for people to look at.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QTextLayout
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from desktop.i18n import load_fonts
from desktop.printing.card import (
    CARD_MM,
    FAMILIES_BY_SCRIPT,
    Card,
    CardsNotWritten,
    card_slot,
    paint_card,
    print_cards,
    render_card_image,
    save_cards_pdf,
    script_of,
    sheet_grid,
)
from desktop.scanning import ImageNotRead, decode_image, route_scan
from forms.regno import make_registry_no
from sync.credentials import CardClaims, Trust, issue, new_issuing_key

SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
LOOK_HERE = Path("/tmp/onestop-cards")
PDFTOPPM = shutil.which("pdftoppm")
TODAY = date(2027, 1, 15)

PEOPLE = {
    "en": ("Muhammad Aslam Khan Niazi", None, "male"),
    "ur": ("Fatima Bibi", "فاطمہ بی بی", "female"),
    "km": ("Sok Chanthy", "សុខ ចាន់ធី", "female"),
}


def claims_for(language: str, serial: int = 36_302_123) -> CardClaims:
    name, native, sex = PEOPLE[language]
    return CardClaims(
        card_id=f"0190c7a2-7b1e-7cc3-9c1d-{serial:012d}",
        registry_number=make_registry_no(serial),
        full_name=name,
        full_name_native=native,
        birth_date=date(1961, 3, 14),
        sex=sex,  # type: ignore[arg-type]  # the table holds literal sexes
        issuing_office="KH-PP-OSS2" if language == "km" else "PB-MUL-OSS1",
        issued_on=date(2026, 11, 22),
        expires_on=date(2031, 11, 21),
        issuer="onestop:KH" if language == "km" else "onestop:PK",
    )


@pytest.fixture(scope="module")
def issuing() -> tuple[Ed25519PrivateKey, str]:
    return new_issuing_key()


@pytest.fixture(scope="module")
def trust(issuing: tuple[Ed25519PrivateKey, str]) -> Trust:
    private, kid = issuing
    return Trust({kid: private.public_key()})


def card_for(
    language: str, issuing: tuple[Ed25519PrivateKey, str], serial: int = 36_302_123
) -> Card:
    private, kid = issuing
    claims = claims_for(language, serial)
    return Card(claims, issue(claims, private, kid))


def keep(source: Path | QImage, name: str) -> None:
    """Copy a picture to where people look at them."""
    for folder in (SCREENS, LOOK_HERE):
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(source, QImage):
            assert source.save(str(folder / name))
        else:
            shutil.copy(source, folder / name)


def ink_in(image: QImage, rect: QRectF) -> int:
    """Dark pixels inside `rect` (sampled every other pixel)."""
    dark = 0
    for y in range(int(rect.top()), int(rect.bottom()), 2):
        for x in range(int(rect.left()), int(rect.right()), 2):
            if QColor(image.pixel(x, y)).lightness() < 128:
                dark += 1
    return dark


@pytest.mark.parametrize("language", ["en", "ur", "km"])
def test_a_rendered_card_scans_and_verifies(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str], trust: Trust, language: str
) -> None:
    card = card_for(language, issuing)
    image = render_card_image(card, dpi=300, language=language)
    assert (image.width(), image.height()) == (1011, 638)  # 85.60 x 53.98 mm at 300 dpi
    keep(image, f"card-{language}.png")
    assert decode_image(image) == [card.credential]
    result = route_scan(card.credential, trust, TODAY)
    assert result.kind == "credential"
    assert result.verification is not None and result.verification.status == "verified"
    assert result.verification.claims == card.claims


def test_a_card_scans_from_a_picture_file_and_at_low_resolution(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str], tmp_path: Path
) -> None:
    card = card_for("ur", issuing)
    picture = tmp_path / "card.png"
    assert render_card_image(card, dpi=150, language="ur").save(str(picture))
    assert decode_image(picture) == [card.credential]
    assert decode_image(str(picture)) == [card.credential]


def test_a_picture_without_a_code_or_not_a_picture(qtbot: QtBot, tmp_path: Path) -> None:
    blank = QImage(300, 200, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    assert decode_image(blank) == []
    assert decode_image(QImage()) == []
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"\x89PNG not really")
    with pytest.raises(ImageNotRead):
        decode_image(junk)
    with pytest.raises(ImageNotRead):
        decode_image(tmp_path / "missing.jpg")


def glyphs(text: str, families: tuple[str, ...]) -> list[tuple[str, list[int]]]:
    """(font family, glyph ids) of each run Qt lays `text` out in."""
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(10)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize(
    ("name", "family"), [("فاطمہ بی بی", "Noto Naskh Arabic"), ("សុខ ចាន់ធី", "Noto Sans Khmer")]
)
def test_native_names_are_shaped_with_the_bundled_fonts(
    qtbot: QtBot, name: str, family: str
) -> None:
    """Every glyph comes from the script's bundled font and none is the empty box (glyph 0);
    letters in words take other glyphs than alone (Urdu joins them, Khmer stacks the
    subscript consonant), which only happens when HarfBuzz shapes the text."""
    load_fonts()
    families = FAMILIES_BY_SCRIPT[script_of(name)]
    runs = glyphs(name, families)
    assert {run_family for run_family, _ in runs} == {family}
    shaped = [glyph for _, ids in runs for glyph in ids]
    assert shaped and 0 not in shaped
    alone = [
        glyph
        for char in name.replace(" ", "")
        for _, ids in glyphs(char, families)
        for glyph in ids
    ]
    assert sorted(set(shaped) - {glyphs(" ", families)[0][1][0]}) != sorted(set(alone))


def test_a_long_name_shrinks_to_fit_without_touching_the_code(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str]
) -> None:
    private, kid = issuing
    claims = replace(
        claims_for("ur"),
        full_name="Muhammad Abdul Rehman Khan Niazi Bahadur Shah Zafar Chaudhry",
        full_name_native="محمد عبدالرحمٰن خان نیازی بہادر شاہ ظفر چوہدری",
    )
    card = Card(claims, issue(claims, private, kid))
    image = render_card_image(card, dpi=300, language="en")
    keep(image, "card-long-name.png")
    assert decode_image(image) == [card.credential]
    bottom_strip = QRectF(0, image.height() - 8, 500, 8)
    assert ink_in(image, bottom_strip) == 0  # nothing runs off the bottom of the card


def test_cards_paint_into_any_rectangle(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str]
) -> None:
    card = card_for("km", issuing)
    image = QImage(1400, 1000, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_card(painter, QRectF(100, 100, 1200, 1200 * CARD_MM.height() / CARD_MM.width()), card)
    finally:
        painter.end()
    assert decode_image(image) == [card.credential]
    assert ink_in(image, QRectF(0, 0, 100, 100)) == 0  # nothing outside the rectangle


def test_a_sheet_holds_ten_cards_with_crop_marks(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str], tmp_path: Path
) -> None:
    cards = [card_for(("en", "ur", "km")[i % 3], issuing, 36_302_100 + i) for i in range(12)]
    pdf = save_cards_pdf(cards, tmp_path / "sheet.pdf", layout="sheet")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 2" in data  # ten on the first page, two after
    assert pdf.stat().st_size > 20_000
    assert (sheet_grid(), sheet_grid(QSizeF(215.9, 279.4))) == ((2, 5), (2, 4))
    slots = [card_slot(i) for i in range(10)]
    assert all(s.left() >= 10 and s.right() <= 200 and s.top() >= 8 for s in slots)
    assert slots[9].bottom() <= 289
    assert not any(a.intersects(b) for i, a in enumerate(slots) for b in slots[i + 1 :])
    single = save_cards_pdf(cards[:3], tmp_path / "cards.pdf", layout="card")
    assert b"/Count 3" in single.read_bytes()


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
def test_a_printed_sheet_scans(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str], trust: Trust, tmp_path: Path
) -> None:
    cards = [card_for(("en", "ur", "km")[i % 3], issuing, 36_302_200 + i) for i in range(10)]
    pdf = save_cards_pdf(cards, tmp_path / "sheet.pdf", layout="sheet", language="en")
    stem = tmp_path / "sheet"
    subprocess.run(  # noqa: S603 - a fixed local tool on a file we just wrote
        [str(PDFTOPPM), "-png", "-r", "200", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    png = stem.with_suffix(".png")
    keep(png, "card-sheet.png")
    found = decode_image(png)
    assert sorted(found) == sorted(card.credential for card in cards)
    assert all(trust.verify(text, TODAY).status == "verified" for text in found)


def pdf_printer(path: Path, size: QPageSize) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(size)
    return printer


@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
@pytest.mark.parametrize(
    ("size", "pages"),
    [
        (QPageSize(QPageSize.PageSizeId.A4), 1),  # an office printer: a sheet of ten
        (QPageSize(QPageSize.PageSizeId.Letter), 1),  # eight fit on US Letter
        (QPageSize(CARD_MM, QPageSize.Unit.Millimeter, "CR80"), 3),  # a card printer
        (QPageSize(CARD_MM.transposed(), QPageSize.Unit.Millimeter, "CR80 portrait"), 3),
    ],
)
def test_print_cards_picks_the_layout_from_the_paper(
    qtbot: QtBot,
    issuing: tuple[Ed25519PrivateKey, str],
    tmp_path: Path,
    size: QPageSize,
    pages: int,
) -> None:
    cards = [card_for(language, issuing) for language in ("en", "ur", "km")]
    path = tmp_path / "printed.pdf"
    print_cards(cards, pdf_printer(path, size))
    assert f"/Count {pages}".encode() in path.read_bytes()
    stem = tmp_path / "page"
    subprocess.run(  # noqa: S603 - a fixed local tool on a file we just wrote
        [str(PDFTOPPM), "-png", "-r", "300", "-f", "1", "-l", "1", str(path), str(stem)],
        check=True,
        timeout=60,
    )
    (png,) = tmp_path.glob("page*.png")
    expected = [cards[0].credential] if pages == 3 else [card.credential for card in cards]
    assert sorted(decode_image(png)) == sorted(expected)


def test_nothing_to_print_or_nowhere_to_write(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str], tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="no cards"):
        save_cards_pdf([], tmp_path / "empty.pdf")
    with pytest.raises(CardsNotWritten):
        save_cards_pdf([card_for("en", issuing)], tmp_path / "no" / "such" / "folder.pdf")


def test_a_card_is_made_from_the_credential_alone(
    qtbot: QtBot, issuing: tuple[Ed25519PrivateKey, str]
) -> None:
    card = card_for("km", issuing)
    assert Card.from_credential(card.credential) == card
    with pytest.raises(ValueError, match="not a card"):
        Card.from_credential("MUHAMMAD ASLAM")
