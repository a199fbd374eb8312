"""Draw the StationDesk icon with QPainter: a white house holding a coral heart on a teal tile.

Writes resources/icons/stationdesk.png (256 px, the window icon), stationdesk-512.png and
stationdesk.ico (16-256 px, each size drawn on its own, stored as PNG entries: Windows Vista and
later read them). Run it again only to change the design: the outputs are committed.

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
TEAL_LIGHT = QColor("#1BAA9E")
TEAL_DARK = QColor("#0B6E6E")
CORAL = QColor("#F0624D")


def _heart(cx: float, cy: float, w: float) -> QPainterPath:
    """A heart ``w`` wide centred on (cx, cy)."""
    h = w * 0.9
    top = cy - h * 0.45
    path = QPainterPath(QPointF(cx, top + h * 0.22))
    path.cubicTo(
        cx - w * 0.02, top - h * 0.05, cx - w * 0.5, top - h * 0.02, cx - w * 0.5, top + h * 0.3
    )
    path.cubicTo(cx - w * 0.5, top + h * 0.6, cx - w * 0.15, top + h * 0.78, cx, top + h)
    path.cubicTo(
        cx + w * 0.15, top + h * 0.78, cx + w * 0.5, top + h * 0.6, cx + w * 0.5, top + h * 0.3
    )
    path.cubicTo(cx + w * 0.5, top - h * 0.02, cx + w * 0.02, top - h * 0.05, cx, top + h * 0.22)
    return path


def render(size: int) -> QImage:
    """The icon at ``size`` px, drawn on a 256-unit grid. Small sizes get bolder shapes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    small = size <= 24

    # Tile: a rounded square with a soft top-to-bottom teal gradient.
    inset = 4 if small else 10
    tile = QRectF(inset, inset, 256 - 2 * inset, 256 - 2 * inset)
    gradient = QLinearGradient(0, inset, 0, 256 - inset)
    gradient.setColorAt(0, TEAL_LIGHT)
    gradient.setColorAt(1, TEAL_DARK)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 56, 56)

    # House: a white pentagon with rounded joins.
    house = QPainterPath()
    if small:
        house.moveTo(128, 40)
        house.lineTo(222, 126)
        house.lineTo(200, 126)
        house.lineTo(200, 218)
        house.lineTo(56, 218)
        house.lineTo(56, 126)
        house.lineTo(34, 126)
    else:
        house.moveTo(128, 50)
        house.lineTo(214, 128)
        house.lineTo(192, 128)
        house.lineTo(192, 208)
        house.lineTo(64, 208)
        house.lineTo(64, 128)
        house.lineTo(42, 128)
    house.closeSubpath()
    white = QColor("#FFFFFF")
    p.setBrush(white)
    p.setPen(
        QPen(white, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    p.drawPath(house)

    # Heart inside the house.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(CORAL)
    p.drawPath(_heart(128, 162, 96 if small else 82))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An .ico file whose entries are PNG images (one per size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, blobs = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + directory + blobs


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "stationdesk.png").write_bytes(png_bytes(render(256)))
    (ICONS / "stationdesk-512.png").write_bytes(png_bytes(render(512)))
    (ICONS / "stationdesk.ico").write_bytes(
        ico_bytes([(s, png_bytes(render(s))) for s in ICO_SIZES])
    )
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
