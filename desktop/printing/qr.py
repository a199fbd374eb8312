"""QR codes drawn as filled rectangles (reportlab's own encoder; no extra dependency)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 2  # modules of white around the code (scanners want some; the page margin adds more)


@lru_cache(maxsize=256)
def matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix for ``payload`` (error correction M: a smudged or folded paper still scans)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``payload`` in the square with lower-left corner (x, y)."""
    rows = matrix(payload)
    count = len(rows) + 2 * QUIET_ZONE
    box = size / count
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(rows):
        top = y + size - (r + QUIET_ZONE + 1) * box
        c = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                canvas.rect(x + (c + QUIET_ZONE) * box, top, n * box, box * 1.02, stroke=0, fill=1)
            c += n
    canvas.restoreState()
