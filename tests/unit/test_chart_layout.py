"""The charts' one layout (screen and PDF): texts stay inside the chart in either language."""

from __future__ import annotations

from desktop.core.reports.chart_layout import Text, layout, text_width
from desktop.core.reports.charts import BAR, LINE, Chart, Series


def _texts(shapes):
    return [s for s in shapes if isinstance(s, Text)]


def test_a_long_legend_goes_on_to_a_second_line_inside_the_chart():
    chart = Chart(
        "trend",
        "Coverage over the last 12 months (by month)",
        LINE,
        tuple(str(m) for m in range(1, 13)),
        (
            Series("Older person in special difficulty", (50.0,) * 12),
            Series("All groups served", (40.0,) * 12),
        ),
        "%",
        100.0,
        "Target for older people in special difficulty: 100%",
    )
    width, font = 380.0, 9.0
    shapes = _texts(layout(chart, width, 240.0, font))
    legend = [t for t in shapes if t.text in {s.name for s in chart.series} | {chart.target_label}]
    assert len(legend) == 3
    assert len({t.y for t in legend}) == 2  # two lines
    assert all(t.x + text_width(t.text, font) <= width for t in legend)
    assert all(t.y <= 240.0 for t in shapes)


def test_a_two_line_label_breaks_at_a_space_not_inside_a_word():
    chart = Chart(
        "by_group",
        "Coverage by group served",
        BAR,
        ("Older person in special difficulty", "Disabled", "Left-behind child") * 2,
        (Series("12/2026", (10.0,) * 6),),
        "%",
    )
    lines = {t.text for t in _texts(layout(chart, 380.0, 240.0, 9.0))}
    assert "child" in lines and "Disabled" in lines  # the second word whole on its own line
    assert not any(t.startswith(("nd ", "hind")) for t in lines)  # not cut at the middle letter


def test_chinese_labels_still_break_in_the_middle():
    chart = Chart(
        "by_group",
        "各类服务对象探访率",
        BAR,
        (
            "特殊困难老年人",
            "留守老年人",
            "独居老年人",
            "困境儿童",
            "留守儿童",
            "残疾人",
            "低保/特困",
        ),
        (Series("2026年12月", (10.0,) * 7),),
        "%",
    )
    lines = {t.text for t in _texts(layout(chart, 380.0, 240.0, 9.0))}
    assert {"特殊困难", "老年人"} <= lines
