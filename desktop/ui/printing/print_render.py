"""PDF pages as images (pdfium, through pypdfium2) for the preview, and printing through Qt.

The PDF that reportlab wrote is the document: the preview shows its pages and the printer gets
its pages, rendered at the printer's resolution (at most 300 dpi), so what is previewed, printed
and saved is the same file. PySide6-Essentials has no QtPdf, hence pdfium.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


class PdfPages:
    """An open PDF whose pages can be rendered to QImages."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._doc = pdfium.PdfDocument(data)
        self.closed = False

    def __len__(self) -> int:
        return len(self._doc)

    def size_points(self, index: int) -> tuple[float, float]:
        return self._doc[index].get_size()

    def image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) at ``dpi``, as an RGB image."""
        page = self._doc[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
        )
        out = image.copy()  # the bitmap's buffer goes away with it
        page.close()
        return out

    def close(self) -> None:
        self._doc.close()
        self.closed = True


def print_pages(
    pages: PdfPages, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> bool:
    """Print every page (or the printer's chosen range) on ``printer``, each page scaled to the
    paper with its aspect kept. ``progress(done, total)`` returning False stops. Returns False
    when stopped or the printer could not start."""
    printer.setFullPage(True)  # the PDF already has its margins
    first, last = 1, len(pages)
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or len(pages), len(pages))
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for n in range(first, last + 1):
            if progress is not None and not progress(n - first, last - first + 1):
                return False
            if n > first:
                printer.newPage()
            image = pages.image(n - 1, dpi)
            paper = QRectF(painter.viewport())
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(
                paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h
            )
            painter.drawImage(target, image)
        if progress is not None:
            progress(last - first + 1, last - first + 1)
    finally:
        painter.end()
    return True
