"""The bundled CJK font, so screens look the same on every laptop.

Only the regular weight is bundled (resources/fonts/README.md): bold text (headings, totals) is
emboldened by Qt's font engine from the regular outlines.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop import paths

FONT_FILE = "NotoSansSC-Regular.ttf"


def install(app: QApplication, point_size: int = 10) -> str | None:
    """Register the bundled font and make it the application font; return its family (None if
    the font file is missing: Qt then uses the system's fonts)."""
    path = paths.resource("fonts", FONT_FILE)
    if not path.exists():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    app.setFont(QFont(families[0], point_size))
    return families[0]
