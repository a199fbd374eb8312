"""Only the regular weight of the bundled font ships; Qt draws bold text (headings, the crisis box,
totals) by emboldening it. Measured on a rendered label: bold comes from the bundled family, not
from some other font on the machine, and carries clearly more ink than regular."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from desktop import paths
from desktop.ui.shell import fonts


def ink(label: QLabel) -> int:
    image = label.grab().toImage()
    return sum(
        255 - QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_only_the_regular_weight_is_bundled():
    assert sorted(p.name for p in paths.resource("fonts").glob("*.[ot]tf")) == [fonts.FONT_FILE]


def test_bold_text_is_the_bundled_font_emboldened(qtbot):
    assert fonts.install(QApplication.instance()) == "Noto Sans SC"
    labels = []
    for bold in (False, True):
        label = QLabel("走访覆盖率 龑㛃堃 ABC 123")
        font = QFont(QApplication.font())
        font.setPointSize(14)
        font.setBold(bold)
        label.setFont(font)
        label.adjustSize()
        qtbot.addWidget(label)
        labels.append(label)
    regular, bold = labels
    info = QFontInfo(bold.font())
    assert info.family() == "Noto Sans SC" and info.bold()
    assert regular.width() <= bold.width()
    assert ink(bold) > 1.2 * ink(regular)
