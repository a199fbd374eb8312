"""Where each mark of a chart goes: one layout of a chart description in a box, as a list of
plain shapes (rectangles, lines, polylines, dots, text) that each painter draws as it is —
QPainter on the page, reportlab in the PDF. Coordinates: points from the top left, y downwards.
Text widths are estimated (a CJK character one em, other characters about half), so the layout
does not depend on either painter's font metrics.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.reports.charts import BAR, Chart, value_text

PALETTE = ("#1f5fa8", "#d9822b", "#2e7d32", "#8e24aa", "#c62828")
TARGET = "#b3261e"
AXIS = "#444444"
GRID = "#dddddd"
INK = "#222222"
MUTED = "#666666"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    color: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 0.8
    dashed: bool = False


@dataclass(frozen=True)
class Poly:
    points: tuple[tuple[float, float], ...]
    color: str
    width: float = 1.8


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    color: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float
    color: str = INK
    align: str = "left"  # "left", "center" or "right" of x
    bold: bool = False


Shape = Rect | Line | Poly | Dot | Text


def text_width(text: str, size: float) -> float:
    return sum(size if ord(ch) > 0x2E7F else size * 0.56 for ch in text)


def _fit(text: str, size: float, room: float) -> str:
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text + "…" if text else ""


def _legend_width(name: str, font: float) -> float:
    return font * 2.8 + text_width(name, font)


def _legend_rows(
    legend: list[tuple[str, str, bool]], room: float, font: float
) -> list[list[tuple[str, str, bool]]]:
    """The legend's entries in lines no wider than ``room`` (an entry longer than that alone)."""
    rows: list[list[tuple[str, str, bool]]] = []
    x = room
    for entry in legend:
        w = _legend_width(entry[0], font)
        if x + w > room:
            rows.append([])
            x = 0.0
        rows[-1].append(entry)
        x += w
    return rows


def _halves(text: str) -> tuple[str, str]:
    """A label on two lines: at the space nearest its middle if it has one (words are not cut),
    else at the middle character (Chinese)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
        return text[:cut], text[cut + 1 :]
    half = (len(text) + 1) // 2
    return text[:half], text[half:]


def layout(
    chart: Chart, width: float, height: float, font: float = 8.0, empty: str = "本期没有数据"
) -> list[Shape]:
    """The shapes of ``chart`` in a ``width`` x ``height`` box; ``empty``: what a chart without
    data says (the screen passes it in its language)."""
    out: list[Shape] = [
        Text(
            width / 2,
            font * 1.6,
            _fit(chart.title, font * 1.2, width),
            font * 1.2,
            INK,
            "center",
            True,
        )
    ]
    top_margin = font * 2.6
    legend: list[tuple[str, str, bool]] = []
    if len(chart.series) > 1:
        legend = [(s.name, PALETTE[i % len(PALETTE)], False) for i, s in enumerate(chart.series)]
    if chart.target is not None:
        legend.append((chart.target_label or f"目标 {chart.target:g}", TARGET, True))
    n = max(len(chart.categories), 1)
    guess = (width - font * 5) / n  # the slot width, before the axis labels are measured
    two_lines = any(text_width(c, font) > guess - 2 for c in chart.categories)
    rows = _legend_rows(legend, width - font * 5, font)
    bottom_margin = (
        font * (3.4 if two_lines else 2.2)
        + (font * (0.2 + 1.4 * len(rows)) if rows else 0)
        + (font * 1.3 if chart.note else 0)
    )
    top, step = chart.scale()
    ticks = chart.ticks()
    labels = [value_text(t, chart.unit) if chart.unit == "%" else f"{t:g}" for t in ticks]
    left = max(text_width(t, font) for t in labels) + font * 0.8
    plot_x, plot_y = left, top_margin
    plot_w, plot_h = max(width - left - font, 10), max(height - top_margin - bottom_margin, 10)

    def y_of(value: float) -> float:
        return plot_y + plot_h - plot_h * min(max(value, 0.0), top) / top

    for t, text in zip(ticks, labels, strict=True):
        y = y_of(t)
        out.append(Line(plot_x, y, plot_x + plot_w, y, GRID if t else AXIS, 0.5 if t else 0.8))
        out.append(Text(plot_x - font * 0.4, y + font * 0.35, text, font, MUTED, "right"))
    out.append(Line(plot_x, plot_y, plot_x, plot_y + plot_h, AXIS, 0.8))
    slot = plot_w / n
    label_y = plot_y + plot_h + font * 1.3
    for i, cat in enumerate(chart.categories):
        x = plot_x + slot * (i + 0.5)
        if two_lines and text_width(cat, font) > slot - 2:
            first, second = _halves(cat)
            out.append(Text(x, label_y, _fit(first, font, slot - 2), font, INK, "center"))
            out.append(
                Text(x, label_y + font * 1.2, _fit(second, font, slot - 2), font, INK, "center")
            )
        else:
            out.append(Text(x, label_y, _fit(cat, font, slot - 2), font, INK, "center"))
    if two_lines:
        label_y += font * 1.2
    if chart.kind == BAR:
        count = max(len(chart.series), 1)
        bar_w = slot * 0.7 / count
        for si, s in enumerate(chart.series):
            color = PALETTE[si % len(PALETTE)]
            for i, v in enumerate(s.values):
                x = plot_x + slot * i + slot * 0.15 + bar_w * si
                if v is None:
                    out.append(
                        Text(
                            x + bar_w / 2, plot_y + plot_h - font * 0.4, "—", font, MUTED, "center"
                        )
                    )
                    continue
                y = y_of(v)
                out.append(Rect(x, y, bar_w, plot_y + plot_h - y, color))
                inside = (
                    y - plot_y < font * 1.2 and plot_y + plot_h - y > font * 1.4
                )  # no room above a tall bar
                out.append(
                    Text(
                        x + bar_w / 2,
                        y + font * 1.1 if inside else y - font * 0.3,
                        value_text(v, chart.unit),
                        font * 0.9,
                        "#ffffff" if inside else INK,
                        "center",
                    )
                )
    else:
        for si, s in enumerate(chart.series):
            color = PALETTE[si % len(PALETTE)]
            run: list[tuple[float, float]] = []
            for i, v in enumerate(s.values):
                if v is None:
                    if len(run) > 1:
                        out.append(Poly(tuple(run), color))
                    run = []
                    continue
                point = (plot_x + slot * (i + 0.5), y_of(v))
                run.append(point)
                out.append(Dot(*point, font * 0.3, color))
            if len(run) > 1:
                out.append(Poly(tuple(run), color))
    if chart.target is not None:
        y = y_of(chart.target)
        out.append(Line(plot_x, y, plot_x + plot_w, y, TARGET, 1.0, True))
    y = label_y + font * 0.6
    for row in rows:  # the legend, on as many lines as it needs
        y += font * 1.4
        x = plot_x
        for name, color, dashed in row:
            if dashed:
                out.append(
                    Line(x, y - font * 0.35, x + font * 1.6, y - font * 0.35, color, 1.0, True)
                )
            else:
                out.append(Rect(x, y - font * 0.8, font * 1.6, font * 0.8, color))
            out.append(Text(x + font * 2.0, y, name, font, INK))
            x += _legend_width(name, font)
    if chart.note:
        out.append(
            Text(plot_x, y + font * 1.3, _fit(chart.note, font * 0.9, plot_w), font * 0.9, MUTED)
        )
    if chart.empty:
        out.append(Text(plot_x + plot_w / 2, plot_y + plot_h / 2, empty, font, MUTED, "center"))
    return out
