"""Reading cards: QR codes from pictures and camera frames, and scanner text in the search box.

A USB scanner is a keyboard: it types the QR code's text into whatever has focus, usually the
search box. `route_scan` tells such text from a name or a number typed by the clerk and, for
a card, verifies it (`sync.credentials`). A picture file or a camera frame (`QImage`, e.g.
`QVideoFrame.toImage()`) goes through `decode_image` (zxing-cpp, QR codes only) and then the
same way. Nothing here raises on what a scan contains.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

import zxingcpp
from PySide6.QtGui import QImage

from sync.credentials import Trust, Verification, looks_like_credential

log = logging.getLogger(__name__)


class ImageNotRead(OSError):
    """The picture file could not be opened or is not an image."""


def decode_image(source: str | Path | QImage) -> list[str]:
    """The texts of the QR codes in a picture (file path or image), in reading order, each
    once; an empty list when there is none. Raises `ImageNotRead` for a file that is not a
    picture Qt can open."""
    image = source if isinstance(source, QImage) else QImage(str(source))
    if image.isNull():
        if isinstance(source, QImage):
            return []
        raise ImageNotRead("the picture could not be opened")
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(
        grey,
        formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
        text_mode=zxingcpp.TextMode.Plain,
    )
    texts = [barcode.text for barcode in found if barcode.valid and barcode.text]
    return list(dict.fromkeys(texts))


@dataclass(frozen=True)
class ScanResult:
    """What typed or scanned text is: a card (`kind == "credential"`, with `verification`)
    or something to search for (`kind == "search"`, `text` unchanged)."""

    kind: Literal["credential", "search"]
    text: str
    verification: Verification | None = None


def route_scan(text: str, trust: Trust, today: date) -> ScanResult:
    """Send card credentials to verification and everything else to the search. Never raises:
    text that cannot be checked is searched for as typed."""
    try:
        if looks_like_credential(text):
            return ScanResult("credential", text, trust.verify(text, today))
    except Exception as error:  # never stop the search box over a scan
        log.warning("scanned text not routed: %s", type(error).__name__)
    return ScanResult("search", text)
