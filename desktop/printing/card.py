"""Beneficiary cards: ID-1 size (85.60 × 53.98 mm) with the signed Claim 169 QR code.

`paint_card` paints one card into any rectangle of any `QPaintDevice` (an image, a PDF page,
a printer page, a preview widget): sizes follow the rectangle, so a card drawn into a
rectangle of 85.60 mm on the device is true to size. `paint_sheet` lays up to ten cards on
an A4 page (eight on US Letter) with crop marks. `render_card_image`, `print_cards` and
`save_cards_pdf` are the ready-made uses.

The card shows what its QR code holds and nothing more: name in Latin and native script,
registry number, birth date, sex, issuing office, issue and expiry dates, and the card id
(which a lost-card report names). Text is laid out by `QTextDocument`, so Urdu is shaped and
runs right to left and Khmer clusters are shaped (HarfBuzz), with the bundled Noto fonts.

The card's fixed words are in the card's language (`language`), from the small table below
(the form definitions' wording where they have one), not from the interface translator: a
clerk working in English can print a card in Urdu for the person in front of them.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.i18n import FONT_FAMILIES, RIGHT_TO_LEFT, isolate, load_fonts, ltr
from desktop.locale_format import LocaleFormat
from desktop.models import registry_no
from desktop.printing.qr import draw_qr, qr_matrix
from sync.credentials import CardClaims, read_claims

Layout = Literal["card", "sheet"]

CARD_MM = QSizeF(85.60, 53.98)
A4_MM = QSizeF(210.0, 297.0)
PDF_DPI = 300
MARGIN_MM = 3.0
BAND_MM = 8.5
QR_MM = 40.0  # quiet zone included; the code itself is about 36 mm
QR_EDGE_MM = 1.0  # the quiet zone is white already: the code may come close to the edge
TEXT_GAP_MM = 1.0  # between the text and the code's quiet zone
CARD_ID_MM = 2.4  # the line under the code that names the card
SHEET_COLUMNS, SHEET_ROWS = 2, 5
SHEET_GAP_MM = QSizeF(6.0, 2.0)
CROP_MARK_MM, CROP_OFFSET_MM = 4.0, 1.5
SHEET_MARGIN_MM = 8.0  # room for crop marks, and more than printers leave blank
SMALL_PAGE_MM = 100.0  # a page no longer than this is a card printer's card

BAND = QColor("#0b5563")
GREY = "#5f6368"
INK = "#202124"
MIN_SCALE = 0.6
LABEL_PT, VALUE_PT = 5.2, 6.8
WORD_BOOST = {"ur": 1.2}  # Naskh reads smaller than Latin at the same point size
CSS_PX_PER_MM = 96 / 25.4  # QTextDocument takes CSS px as 1/96 inch on every device
FAMILIES_BY_SCRIPT = {
    "latin": ("Noto Sans", "Noto Naskh Arabic", "Noto Sans Khmer"),
    "arabic": ("Noto Naskh Arabic", "Noto Sans"),
    "khmer": ("Noto Sans Khmer", "Noto Sans"),
}

WORDS: Mapping[str, Mapping[str, str]] = {
    "title": {"en": "Social protection card", "ur": "سماجی تحفظ کارڈ", "km": "ប័ណ្ណគាំពារសង្គម"},
    "registry_number": {"en": "Registry number", "ur": "رجسٹری نمبر", "km": "លេខបញ្ជី"},
    "birth_date": {"en": "Date of birth", "ur": "تاریخ پیدائش", "km": "ថ្ងៃខែឆ្នាំកំណើត"},
    "sex": {"en": "Sex", "ur": "جنس", "km": "ភេទ"},
    "office": {"en": "Office", "ur": "دفتر", "km": "ការិយាល័យ"},
    "issued": {"en": "Issued", "ur": "تاریخ اجرا", "km": "ថ្ងៃចេញ"},
    "expires": {"en": "Valid until", "ur": "تاریخ تنسیخ", "km": "ផុតកំណត់"},
    "card": {"en": "Card", "ur": "کارڈ", "km": "ប័ណ្ណ"},
}
SEX_WORDS: Mapping[str, Mapping[str, str]] = {  # as in forms/definitions/person.yaml
    "female": {"en": "Female", "ur": "عورت", "km": "ស្រី"},
    "male": {"en": "Male", "ur": "مرد", "km": "ប្រុស"},
    "other": {"en": "Transgender / other", "ur": "خواجہ سرا / دیگر", "km": "ផ្សេងទៀត"},
    "unknown": {"en": "Not stated", "ur": "نامعلوم", "km": "មិនបានបញ្ជាក់"},
}


class CardsNotWritten(OSError):
    """The PDF (or printer) could not be opened for writing."""


@dataclass(frozen=True)
class Card:
    """One card to print: what it says and the signed credential its QR code carries."""

    claims: CardClaims
    credential: str

    @classmethod
    def from_credential(cls, credential: str) -> Card:
        """The card for a credential the registry issued (its claims are read, not checked:
        printing trusts the registry it just got the credential from). ValueError if the
        text is not a card credential."""
        claims = read_claims(credential)
        if claims is None:
            raise ValueError("not a card credential")
        return cls(claims, credential)


def word(key: str, language: str) -> str:
    labels = WORDS[key]
    return labels.get(language) or labels["en"]


def script_of(text: str) -> str:
    """Which of the card's font stacks (`FAMILIES_BY_SCRIPT`) draws `text`."""
    if any("\u1780" <= char <= "\u17ff" for char in text):
        return "khmer"
    if any("\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufefc" for char in text):
        return "arabic"
    return "latin"


def _families(text: str) -> str:
    return ",".join(f"'{family}'" for family in FAMILIES_BY_SCRIPT[script_of(text)])


# -- one card ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """Where one card is painted: its rectangle, device pixels per millimetre, and the factor
    from true-size points to the points the device must be given."""

    rect: QRectF
    unit: float
    scale: float
    rtl: bool

    def mm(self, value: float) -> float:
        return value * self.unit


def _frame(painter: QPainter, rect: QRectF, language: str) -> _Frame:
    unit = rect.width() / CARD_MM.width()
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return _Frame(rect, unit, unit / (dpi / 25.4), language in RIGHT_TO_LEFT)


def paint_card(painter: QPainter, rect: QRectF, card: Card, language: str = "en") -> None:
    """Paint `card` into `rect` (any aspect is taken as the card's: width decides the size)."""
    load_fonts()
    frame = _frame(painter, rect, language)
    painter.save()
    try:
        painter.setClipRect(rect)
        painter.fillRect(rect, QColor("white"))
        _paint_band(painter, frame, language)
        qr = _qr_rect(frame)
        draw_qr(painter, qr, qr_matrix(card.credential))
        _paint_card_id(painter, frame, qr, card.claims.card_id, language)
        _paint_details(painter, frame, qr, card.claims, language)
    finally:
        painter.restore()


def _qr_rect(frame: _Frame) -> QRectF:
    rect, side = frame.rect, frame.mm(QR_MM)
    body_top = rect.top() + frame.mm(BAND_MM)
    free = rect.bottom() - body_top - side - frame.mm(CARD_ID_MM)
    top = body_top + max(free / 2, 0.0)
    edge = frame.mm(QR_EDGE_MM)
    left = rect.left() + edge if frame.rtl else rect.right() - edge - side
    return QRectF(left, top, side, side)


def _document(
    painter: QPainter, frame: _Frame, width: float, body: str, language: str
) -> QTextDocument:
    document = QTextDocument()
    device = painter.device()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES.get(language, FONT_FAMILIES["en"])))
    font.setPointSizeF(7 * frame.scale)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setHtml(body)
    document.setTextWidth(width)
    return document


def _draw(painter: QPainter, document: QTextDocument, at: QPointF) -> None:
    painter.save()
    painter.translate(at)
    document.drawContents(painter)
    painter.restore()


class _Html:
    """Paragraph builder for one rendering attempt; sizes in true-size points and mm."""

    def __init__(self, frame: _Frame, scale: float, language: str) -> None:
        self.frame, self.scale = frame, scale
        self.align = "right" if frame.rtl else "left"
        self.boost = WORD_BOOST.get(language, 1.0)

    def _points(self, size: float) -> str:
        return f"font-size:{size * self.scale * self.frame.scale:.2f}pt"

    def _paragraph(self, above_mm: float) -> str:
        above = above_mm * self.scale * self.frame.scale * CSS_PX_PER_MM
        return f"<p align='{self.align}' style='margin-top:{above:.2f}px; margin-bottom:0px'>"

    def line(self, size: float, text: str, style: str = "", above_mm: float = 0.0) -> str:
        return (
            f"{self._paragraph(above_mm)}"
            f"<span style='{self._points(size)}; {style}'>{html.escape(text)}</span></p>"
        )

    def label(self, text: str, above_mm: float = 0.0) -> str:
        return self.line(LABEL_PT * self.boost, text, f"color:{GREY}", above_mm)

    def pair(self, label: str, value: str, above_mm: float = 0.5) -> str:
        small = self._points(LABEL_PT * self.boost)
        return (
            f"{self._paragraph(above_mm)}"
            f"<span style='{small}; color:{GREY}'>{html.escape(label)}&nbsp;&nbsp;</span>"
            f"<span style='{self._points(VALUE_PT * self.boost)}; color:{INK}'>"
            f"{html.escape(value)}</span></p>"
        )


def _paint_band(painter: QPainter, frame: _Frame, language: str) -> None:
    rect = frame.rect
    band = QRectF(rect.left(), rect.top(), rect.width(), frame.mm(BAND_MM))
    painter.fillRect(band, BAND)
    style = _Html(frame, 1.0, language)
    body = style.line(8.5, word("title", language), "font-weight:bold; color:white")
    if language != "en":
        body += style.line(5.5, word("title", "en"), "color:#d7e9ec")
    margin = frame.mm(MARGIN_MM)
    document = _document(painter, frame, rect.width() - 2 * margin, body, language)
    top = band.top() + max((band.height() - document.size().height()) / 2, 0.0)
    _draw(painter, document, QPointF(rect.left() + margin, top))


def _paint_card_id(
    painter: QPainter, frame: _Frame, qr: QRectF, card_id: str, language: str
) -> None:
    body = (
        f"<p align='center'><span style='font-size:{4.6 * frame.scale:.2f}pt; color:{GREY}'>"
        f"{html.escape(word('card', language))} {html.escape(ltr(card_id))}</span></p>"
    )
    document = _document(painter, frame, qr.width(), body, language)
    top = min(qr.bottom() - frame.mm(1.2), frame.rect.bottom() - document.size().height())
    _draw(painter, document, QPointF(qr.left(), top))


def _details_html(claims: CardClaims, language: str, style: _Html) -> str:
    dates = LocaleFormat(language)
    sex = SEX_WORDS.get(claims.sex, SEX_WORDS["unknown"])
    parts = [
        style.line(9.5, claims.full_name, f"font-weight:bold; color:{INK}; font-family:'Noto Sans'")
    ]
    if claims.full_name_native:
        native = claims.full_name_native
        parts.append(style.line(10.5, native, f"color:{INK}; font-family:{_families(native)}"))
    parts += [
        style.label(word("registry_number", language), above_mm=1.2),
        style.line(
            10.5,
            ltr(registry_no(claims.registry_number)),
            f"font-weight:bold; color:{INK}; font-family:'Noto Sans'",
        ),
        style.pair(word("birth_date", language), isolate(dates.date(claims.birth_date)), 1.0),
        style.pair(word("sex", language), sex.get(language) or sex["en"]),
        style.pair(word("office", language), ltr(claims.issuing_office)),
        style.pair(word("issued", language), isolate(dates.date(claims.issued_on))),
        style.pair(word("expires", language), isolate(dates.date(claims.expires_on))),
    ]
    return "".join(parts)


def _paint_details(
    painter: QPainter, frame: _Frame, qr: QRectF, claims: CardClaims, language: str
) -> None:
    rect, margin = frame.rect, frame.mm(MARGIN_MM)
    top = rect.top() + frame.mm(BAND_MM) + frame.mm(2.0)
    gap = frame.mm(TEXT_GAP_MM)
    width = (rect.width() - qr.width() - frame.mm(QR_EDGE_MM)) - margin - gap
    height = rect.bottom() - frame.mm(2.0) - top
    scale = 1.0
    while True:
        document = _document(
            painter,
            frame,
            width,
            _details_html(claims, language, _Html(frame, scale, language)),
            language,
        )
        if document.size().height() <= height or scale <= MIN_SCALE:
            break
        scale -= 0.05
    left = qr.right() + gap if frame.rtl else rect.left() + margin
    _draw(painter, document, QPointF(left, top))


# -- sheets and pages ----------------------------------------------------------------------


def sheet_grid(page_mm: QSizeF = A4_MM) -> tuple[int, int]:
    """Columns and rows of cards a page holds, leaving margins for crop marks and for the
    strip a printer cannot reach: 2 × 5 on A4, 2 × 4 on US Letter."""

    def fitting(room: float, card: float, gap: float, most: int) -> int:
        return max(min(int((room - 2 * SHEET_MARGIN_MM + gap) // (card + gap)), most), 1)

    columns = fitting(page_mm.width(), CARD_MM.width(), SHEET_GAP_MM.width(), SHEET_COLUMNS)
    rows = fitting(page_mm.height(), CARD_MM.height(), SHEET_GAP_MM.height(), SHEET_ROWS)
    return columns, rows


def card_slot(index: int, page_mm: QSizeF = A4_MM) -> QRectF:
    """Where card `index` of a sheet goes, in millimetres from the page's corner."""
    columns, rows = sheet_grid(page_mm)
    step = QSizeF(CARD_MM.width() + SHEET_GAP_MM.width(), CARD_MM.height() + SHEET_GAP_MM.height())
    left = (page_mm.width() - columns * step.width() + SHEET_GAP_MM.width()) / 2
    top = (page_mm.height() - rows * step.height() + SHEET_GAP_MM.height()) / 2
    column, row = index % columns, index // columns
    return QRectF(QPointF(left + column * step.width(), top + row * step.height()), CARD_MM)


def paint_sheet(
    painter: QPainter,
    page: QRectF,
    cards: Sequence[Card],
    language: str = "en",
    page_mm: QSizeF = A4_MM,
) -> None:
    """As many cards as fit (`sheet_grid`, ten on A4) on `page` (device pixels, the paper's
    corner at its top left; `page_mm` its size), with crop marks in the margins and a faint
    outline to cut along by hand."""
    unit = page.width() / page_mm.width()
    columns, rows = sheet_grid(page_mm)
    slots = [card_slot(index, page_mm) for index in range(min(len(cards), columns * rows))]
    for card, slot in zip(cards, slots, strict=False):
        rect = QRectF(
            page.left() + slot.left() * unit,
            page.top() + slot.top() * unit,
            slot.width() * unit,
            slot.height() * unit,
        )
        paint_card(painter, rect, card, language)
        painter.save()
        painter.setPen(QPen(QColor("#c8ccd0"), max(unit * 0.1, 1.0)))
        painter.drawRect(rect)
        painter.restore()
    _paint_crop_marks(painter, page, unit, slots)


def _paint_crop_marks(painter: QPainter, page: QRectF, unit: float, slots: list[QRectF]) -> None:
    if not slots:
        return
    xs = sorted({edge for slot in slots for edge in (slot.left(), slot.right())})
    ys = sorted({edge for slot in slots for edge in (slot.top(), slot.bottom())})
    top, bottom = min(ys), max(ys)
    left, right = min(xs), max(xs)
    gap, length = CROP_OFFSET_MM, CROP_MARK_MM
    lines = [(x, top - gap, x, top - gap - length) for x in xs]
    lines += [(x, bottom + gap, x, bottom + gap + length) for x in xs]
    lines += [(left - gap, y, left - gap - length, y) for y in ys]
    lines += [(right + gap, y, right + gap + length, y) for y in ys]
    painter.save()
    painter.setPen(QPen(QColor("black"), max(unit * 0.15, 1.0)))
    for x1, y1, x2, y2 in lines:
        painter.drawLine(
            QPointF(page.left() + x1 * unit, page.top() + y1 * unit),
            QPointF(page.left() + x2 * unit, page.top() + y2 * unit),
        )
    painter.restore()


def _pages(cards: Sequence[Card], layout: Layout, page_mm: QSizeF) -> list[Sequence[Card]]:
    columns, rows = sheet_grid(page_mm)
    size = 1 if layout == "card" else columns * rows
    return [cards[start : start + size] for start in range(0, len(cards), size)]


def _paint_page(
    painter: QPainter,
    page: QRectF,
    page_mm: QSizeF,
    cards: Sequence[Card],
    layout: Layout,
    language: str,
) -> None:
    unit = page.width() / page_mm.width()
    if layout == "sheet":
        paint_sheet(painter, page, cards, language, page_mm)
        return
    if page_mm.width() < CARD_MM.width() <= page_mm.height():
        # A card printer feeding the card portrait: turn the card a quarter.
        painter.save()
        painter.translate(page.left() + page.width(), page.top())
        painter.rotate(90)
        _paint_page(
            painter,
            QRectF(0, 0, page.height(), page.width()),
            page_mm.transposed(),
            cards,
            layout,
            language,
        )
        painter.restore()
        return
    size = CARD_MM * unit
    left = page.left() + max((page.width() - size.width()) / 2, 0.0)
    top = page.top() + max((page.height() - size.height()) / 2, 0.0)
    paint_card(painter, QRectF(QPointF(left, top), size), cards[0], language)


def _render(
    device: QPagedPaintDevice,
    page_mm: QSizeF,
    cards: Sequence[Card],
    layout: Layout,
    language: str,
) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise CardsNotWritten("the cards could not be written")
    try:
        page = QRectF(0, 0, device.width(), device.height())
        for number, chunk in enumerate(_pages(cards, layout, page_mm)):
            if number and not device.newPage():
                raise CardsNotWritten("no room for another page")
            _paint_page(painter, page, page_mm, chunk, layout, language)
    finally:
        painter.end()


def _page_layout(layout: Layout) -> QPageLayout:
    if layout == "card":
        size = QPageSize(CARD_MM, QPageSize.Unit.Millimeter, "ID-1")
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


def save_cards_pdf(
    cards: Sequence[Card], path: Path | str, layout: Layout = "card", language: str = "en"
) -> Path:
    """Write the cards to a PDF: one ID-1 page per card, or A4 sheets of ten. Raises
    `CardsNotWritten` when the file cannot be written, ValueError for no cards."""
    if not cards:
        raise ValueError("no cards to print")
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setCreator("OneStop")
    writer.setTitle("Cards")
    writer.setPageLayout(_page_layout(layout))
    page_mm = writer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    _render(writer, page_mm, cards, layout, language)
    return target


def print_cards(
    cards: Sequence[Card],
    printer: QPrinter,
    layout: Layout | Literal["auto"] = "auto",
    language: str = "en",
) -> None:
    """Print on the printer the clerk chose: a page about the size of a card gets one card
    per page (card printers), anything larger sheets (`layout="auto"`, `sheet_grid`)."""
    if not cards:
        raise ValueError("no cards to print")
    printer.setFullPage(True)
    page_mm = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    if layout == "auto":
        small = max(page_mm.width(), page_mm.height()) <= SMALL_PAGE_MM
        layout = "card" if small else "sheet"
    _render(printer, page_mm, cards, layout, language)


def render_card_image(card: Card, dpi: int = 300, language: str = "en") -> QImage:
    """The card as an image at `dpi` (true size when printed at that resolution)."""
    width = round(CARD_MM.width() / 25.4 * dpi)
    height = round(CARD_MM.height() / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_card(painter, QRectF(0, 0, width, height), card, language)
    finally:
        painter.end()
    return image
