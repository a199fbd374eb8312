"""A chart description drawn with QPainter: the shapes of the one layout
(desktop/core/reports/chart_layout.py), the same the PDF draws. No QtCharts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.reports.chart_layout import Dot, Line, Poly, Rect, Text, layout
from desktop.core.reports.charts import Chart


class ChartWidget(QWidget):
    FONT = 9.0

    def __init__(self, chart: Chart | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setMinimumSize(300, 210)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setObjectName(f"chart_{chart.code}" if chart else "chart")
        self.setToolTip(chart.title if chart else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(380, 240)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.chart is not None:
            paint(painter, self.chart, self.width(), self.height(), self.FONT, self.font())
        painter.end()


def paint(
    painter: QPainter, chart: Chart, width: float, height: float, size: float, base: QFont
) -> None:
    """Draw ``chart`` in a ``width`` x ``height`` box from the painter's origin (points = pixels)."""
    empty = QCoreApplication.translate("reports", "本期没有数据")
    for s in layout(chart, width, height, size, empty):
        if isinstance(s, Rect):
            painter.fillRect(QRectF(s.x, s.y, s.w, s.h), QColor(s.color))
        elif isinstance(s, Line):
            pen = QPen(QColor(s.color), s.width)
            if s.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(s.x1, s.y1), QPointF(s.x2, s.y2))
        elif isinstance(s, Poly):
            painter.setPen(QPen(QColor(s.color), s.width))
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in s.points]))
        elif isinstance(s, Dot):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(s.color)))
            painter.drawEllipse(QPointF(s.x, s.y), s.r, s.r)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif isinstance(s, Text):
            font = QFont(base)
            font.setPixelSize(max(int(round(s.size)), 6))
            font.setBold(s.bold)
            painter.setFont(font)
            painter.setPen(QColor(s.color))
            w = QFontMetricsF(font).horizontalAdvance(s.text)
            x = s.x - (w / 2 if s.align == "center" else w if s.align == "right" else 0)
            painter.drawText(QPointF(x, s.y), s.text)
