"""A chart description drawn with reportlab graphics: the shapes of the one layout
(desktop/core/reports/chart_layout.py) in a Drawing, which is a flowable of its own."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, String
from reportlab.graphics.shapes import Line as RLine
from reportlab.graphics.shapes import Rect as RRect
from reportlab.lib import colors

from desktop.core.reports.chart_layout import Dot, Line, Poly, Rect, Text, layout
from desktop.core.reports.charts import Chart
from desktop.printing.fonts import REGULAR, register

_ANCHOR = {"left": "start", "center": "middle", "right": "end"}


def drawing(chart: Chart, width: float, height: float, font: float = 7.5) -> Drawing:
    register()
    d = Drawing(width, height)

    def y(v: float) -> float:
        return height - v

    for s in layout(chart, width, height, font):
        if isinstance(s, Rect):
            d.add(
                RRect(
                    s.x,
                    y(s.y + s.h),
                    s.w,
                    s.h,
                    fillColor=colors.HexColor(s.color),
                    strokeColor=None,
                )
            )
        elif isinstance(s, Line):
            d.add(
                RLine(
                    s.x1,
                    y(s.y1),
                    s.x2,
                    y(s.y2),
                    strokeColor=colors.HexColor(s.color),
                    strokeWidth=s.width,
                    strokeDashArray=[3, 2] if s.dashed else None,
                )
            )
        elif isinstance(s, Poly):
            points = [c for x, py in s.points for c in (x, y(py))]
            d.add(PolyLine(points, strokeColor=colors.HexColor(s.color), strokeWidth=s.width))
        elif isinstance(s, Dot):
            d.add(Circle(s.x, y(s.y), s.r, fillColor=colors.HexColor(s.color), strokeColor=None))
        elif isinstance(s, Text):
            d.add(
                String(
                    s.x,
                    y(s.y),
                    s.text,
                    fontName=REGULAR,
                    fontSize=s.size,
                    fillColor=colors.HexColor(s.color),
                    textAnchor=_ANCHOR[s.align],
                )
            )
    return d
