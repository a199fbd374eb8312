"""One description of a chart that three painters draw: QPainter on the 报表 page
(desktop/ui/reports/chart_widget.py), reportlab graphics in the printed report
(desktop/printing/report_charts.py) and a native Excel chart in the workbook
(desktop/core/reports/workbook.py). The scale (axis maximum and ticks) is decided here, so the
three show the same axes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

BAR, LINE = "bar", "line"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    code: str
    title: str
    kind: str  # BAR or LINE
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str  # "%" for rates (axis 0-100), else a count unit
    target: float | None = None  # a reference line, e.g. 100 (%)
    target_label: str = ""
    note: str = ""

    @property
    def empty(self) -> bool:
        return not any(v for s in self.series for v in s.values if v)

    def scale(self) -> tuple[float, float]:
        """(axis maximum, tick step): 0-100 by 20 for rates, a round number above the data otherwise."""
        if self.unit == "%":
            return 100.0, 20.0
        top = max(
            [v for s in self.series for v in s.values if v is not None] + [self.target or 0, 0]
        )
        return nice_scale(top)

    def ticks(self) -> list[float]:
        top, step = self.scale()
        return [step * i for i in range(int(round(top / step)) + 1)]


def nice_scale(top: float, steps: int = 5) -> tuple[float, float]:
    """A round axis maximum at or above ``top`` and its tick step (1, 2 or 5 times a power of ten)."""
    if top <= 0:
        return float(steps), 1.0
    raw = top / steps
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        step = m * power
        if step >= raw:
            break
    step = max(step, 1.0)
    return step * math.ceil(top / step - 1e-9), step


def value_text(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "%":
        return f"{value:.1f}%"
    return f"{value:g}"
