"""The acknowledgement slip the applicant takes home: A5 (or A4) portrait, one page.

`render_slip(device, …)` paints on any paged device (a `QPrinter` chosen in the print
dialog, or a `QPdfWriter`); `render_slip_pdf(…)` writes a PDF file without any dialog, for
"Save as PDF" and for tests. Text is laid out by `QTextDocument`, so Urdu and Khmer are
shaped and Urdu runs right to left; amounts and references stay left-to-right islands, and
the date and amounts are written the slip language's way (`LocaleFormat`). The QR code is
drawn as vector squares in the top trailing corner.

The slip's fixed words go through the translator of the interface language; the scheme's
names, benefit and documents come from the catalog in `language`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop.i18n import RIGHT_TO_LEFT, isolate, ltr
from desktop.locale_format import LocaleFormat
from desktop.models import registry_no
from desktop.printing.qr import application_payload, draw_qr, qr_matrix
from desktop.vocabulary import benefit_headline, in_language
from sync.replica.entitlements import Application

CONTEXT = "Slip"
PAPERS = {"A5": QPageSize.PageSizeId.A5, "A4": QPageSize.PageSizeId.A4}
PDF_DPI = 300
MARGIN_MM = 12
QR_MM = 30
GAP_MM = 4
BASE_PT = 10.0
MIN_SCALE = 0.6
SLIP_FONTS = ("Noto Sans", "Noto Naskh Arabic", "Noto Sans Khmer", "DejaVu Sans")


class SlipNotWritten(OSError):
    """The PDF (or printer) could not be opened for writing."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def render_slip_pdf(
    application: Application, language: str, path: Path | str, paper: str = "A5"
) -> Path:
    """Write the slip to `path` as a one-page PDF; raises `SlipNotWritten`."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setTitle(_tr("Acknowledgement %1").replace("%1", application.reference))
    writer.setCreator("OneStop")
    set_page(writer, paper)
    render_slip(writer, application, language)
    return target


def set_page(device: QPagedPaintDevice, paper: str) -> None:
    layout = QPageLayout(
        QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A5)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def render_slip(device: QPagedPaintDevice, application: Application, language: str) -> None:
    """Paint the slip on one page of `device` (inside its margins)."""
    painter = QPainter()
    if not painter.begin(device):
        raise SlipNotWritten("the slip could not be written")
    try:
        _paint(painter, device, application, language)
    finally:
        painter.end()


@dataclass(frozen=True)
class _Style:
    """Side and type size of one rendering attempt (sizes shrink until the page fits).

    Every line is its own paragraph whose direction follows its own text (an English name
    on an Urdu slip still reads left to right), all aligned to the start of the language.
    """

    align: str
    scale: float

    def line(self, size: float, text: str, extra: str = "", above: int = 0) -> str:
        return (
            f"<p align='{self.align}' style='margin-top:{above}px; margin-bottom:0px'>"
            f"<span style='font-size:{size * self.scale:.1f}pt;{extra}'>{_e(text)}</span></p>"
        )


def _paint(
    painter: QPainter, device: QPagedPaintDevice, application: Application, language: str
) -> None:
    mm = device.logicalDpiY() / 25.4
    width, height = float(device.width()), float(device.height())
    rtl = language in RIGHT_TO_LEFT
    qr_side, gap = QR_MM * mm, GAP_MM * mm
    qr_left = 0.0 if rtl else width - qr_side
    draw_qr(
        painter,
        QRectF(qr_left, 0, qr_side, qr_side),
        qr_matrix(application_payload(application.reference, application.id)),
    )
    codes_height = qr_side
    if application.card_credential:
        codes_height = _paint_card_code(
            painter, QRectF(qr_left, qr_side + gap, qr_side, qr_side), application.card_credential
        )
    scale = 1.0
    while True:
        style = _Style("right" if rtl else "left", scale)
        header = _document(
            device, style, width - qr_side - gap, _header_html(application, language, style)
        )
        body = _document(device, style, width, _body_html(application, language, style))
        top = max(header.size().height(), codes_height) + gap
        if top + gap + body.size().height() <= height or scale <= MIN_SCALE:
            break
        scale -= 0.05
    _draw(painter, header, QPointF(qr_side + gap if rtl else 0.0, 0))
    painter.save()
    painter.setPen(QColor("#9aa0a6"))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.restore()
    _draw(painter, body, QPointF(0, top + gap))


def _paint_card_code(painter: QPainter, rect: QRectF, credential: str) -> float:
    """The person's signed card credential under the application's code, with a caption so
    a counter knows which code proves identity; returns the bottom of what was drawn."""
    draw_qr(painter, rect, qr_matrix(credential))
    painter.save()
    font = QFont()
    font.setFamilies(list(SLIP_FONTS))
    font.setPointSizeF(7.0)
    painter.setFont(font)
    caption = QRectF(rect.left() - rect.width() * 0.25, rect.bottom(), rect.width() * 1.5, 40.0)
    used = painter.boundingRect(
        caption, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), _tr("Signed card")
    )
    painter.drawText(
        caption, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), _tr("Signed card")
    )
    painter.restore()
    return float(used.bottom())


def _draw(painter: QPainter, document: QTextDocument, at: QPointF) -> None:
    painter.save()
    painter.translate(at)
    document.drawContents(painter)
    painter.restore()


def _document(device: QPagedPaintDevice, style: _Style, width: float, body: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(list(SLIP_FONTS))
    font.setPointSizeF(BASE_PT * style.scale)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setHtml(body)
    document.setTextWidth(width)
    return document


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _header_html(application: Application, language: str, style: _Style) -> str:
    office = _tr("Office: %1").replace("%1", ltr(application.office))
    stamp = LocaleFormat(language).date_time(application.applied_at)
    when = _tr("Date and time: %1").replace("%1", isolate(stamp))
    grey = "color:#3c4043"
    return (
        style.line(15, _tr("Acknowledgement of application"), "font-weight:bold")
        + style.line(9, office, grey, above=6)
        + style.line(9, when, grey)
    )


def _field(style: _Style, label: str, *values: str) -> str:
    return style.line(8, label, "color:#5f6368", above=8) + "".join(values)


def _body_html(application: Application, language: str, style: _Style) -> str:
    scheme, bold = application.scheme, "font-weight:bold"
    names = [style.line(12, application.person_name, bold)]
    if application.native_name:
        names.append(style.line(13, application.native_name))
    schemes = [style.line(12, in_language(scheme.names, language), bold)]
    if language != "en":
        schemes.append(style.line(10, scheme.names["en"]))
    documents = [
        style.line(10, "☐ " + in_language(document, language)) for document in scheme.documents
    ] or [style.line(10, _tr("None"))]
    footer = _tr(
        "This slip confirms that the application was received. It is not a decision: you "
        "will be told the outcome. Keep this slip and bring it with the documents listed above."
    )
    number = ltr(registry_no(application.registry_no))
    return "".join(
        (
            _field(style, _tr("Name"), *names),
            _field(style, _tr("Registry number"), style.line(11, number)),
            _field(style, _tr("Scheme"), *schemes),
            _field(
                style,
                _tr("Benefit"),
                style.line(10, benefit_headline(scheme.benefit, LocaleFormat(language))),
                style.line(9, in_language(scheme.benefit.description, language)),
            ),
            _field(style, _tr("Documents to bring"), *documents),
            _field(
                style,
                _tr("Application reference"),
                style.line(15, ltr(application.reference), bold),
            ),
            _field(style, _tr("Clerk"), style.line(10, application.clerk)),
            style.line(8, footer, "color:#3c4043", above=14),
        )
    )
