"""The bundled CJK font, so screens look the same on every laptop."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop import paths

FONT_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")


def install(app: QApplication, point_size: int = 10) -> str | None:
    """Register the bundled fonts and make the regular one the application font."""
    family: str | None = None
    for name in FONT_FILES:
        path = paths.resource("fonts", name)
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    if family:
        app.setFont(QFont(family, point_size))
    return family
