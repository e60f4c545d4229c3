"""QR codes: the module matrix comes from the `qrcode` library, Qt draws it.

`qrcode` writes PNG files only through Pillow or pypng, neither of which OneStop depends
on; drawing the matrix ourselves needs neither, keeps every byte in memory, and on paper
gives sharp vector squares instead of a scaled bitmap.
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
Matrix = tuple[tuple[bool, ...], ...]


def application_payload(reference: str, application_id: str) -> str:
    """What the slip's code says: enough for a counter to find the application again."""
    return f"onestop:application:{reference}:{application_id}"


def qr_matrix(payload: str) -> Matrix:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def draw_qr(painter: QPainter, rect: QRectF, matrix: Matrix) -> None:
    """The code, quiet zone included, as large as fits in `rect` (top-left aligned)."""
    count = len(matrix) + 2 * QUIET_ZONE
    module = min(rect.width(), rect.height()) / count
    side = module * count
    painter.save()
    painter.fillRect(QRectF(rect.left(), rect.top(), side, side), QColor("white"))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            path.addRect(
                QRectF(
                    rect.left() + (start + QUIET_ZONE) * module,
                    rect.top() + (y + QUIET_ZONE) * module,
                    (x - start) * module,
                    module,
                )
            )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(path, QColor("black"))
    painter.restore()


def qr_image(payload: str, module_px: int = 5) -> QImage:
    """The code as an image for the screen (whole pixels per module: never blurred)."""
    matrix = qr_matrix(payload)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        draw_qr(painter, QRectF(0, 0, side, side), matrix)
    finally:
        painter.end()
    return image
