"""月报 / 季报 / 年报 (A4, the bundled font): the lines the county's form has above the table
(报送单位, 填报人, 报送时间), every indicator with this period, the previous one, 环比 and the year
so far and its definition under its name, the charts, and signature lines for the person who
filled it in and the station director. The same Report the page and the workbook show."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from desktop.core.reports.report import Report, change_text, number_text
from desktop.core.reports.workbook import Signed, column_names
from desktop.printing.check import GlyphCheck
from desktop.printing.page import CONTENT_W, Document, Header
from desktop.printing.parts import (
    CELL,
    CELL_C,
    LABEL_C,
    SMALL,
    Builder,
    gap,
    label,
    markup,
    rich,
    section_table,
    signature_block,
    table_style,
)
from desktop.printing.reports.charts import drawing

TITLES = {"month": "工作月报", "quarter": "工作季报", "year": "工作年报"}
WIDTHS = [CONTENT_W - 92 * mm, 12 * mm, 18 * mm, 18 * mm, 26 * mm, 18 * mm]
CHART_H = 62 * mm


def chart_grid(charts, width: float = CONTENT_W) -> list[Flowable]:
    """The charts two to a row."""
    half = width / 2
    rows: list[list] = []
    for i in range(0, len(charts), 2):
        pair = charts[i : i + 2]
        rows.append([drawing(c, half - 3 * mm, CHART_H) for c in pair] + [""] * (2 - len(pair)))
    if not rows:
        return []
    table = Table(rows, colWidths=[half, half], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [table]


def monthly_document(report: Report, signed: Signed, check: GlyphCheck | None = None) -> Document:
    b = Builder(f"{report.period.label}{TITLES[report.period.kind]}", check)
    station = b.text(report.station, "站点名称")
    title = f"{report.period.label}{TITLES[report.period.kind]}"
    header = Header(
        station=station,
        title=title,
        number=f"统计期间：{report.period.start.isoformat()} 至 {report.period.end.isoformat()}"
        f"　上期：{report.previous.label}",
        footer_note="社工站工作台 报表",
    )
    this, before = column_names(report.period.kind)
    story: list[Flowable] = [
        label(
            f"报送单位（盖章）：{b.text(signed.unit, '报送单位')}　　填报人：{b.text(signed.by, '填报人')}"
            f"　　报送时间：{signed.on}",
            CELL,
        ),
        gap(2),
    ]
    head = [
        label(t, LABEL_C) for t in ("指标名称（口径）", "单位", this, before, "环比", "本年累计")
    ]
    rows: list[list] = [head]
    spans: list[tuple] = []
    section = None
    for r in report.rows:
        ind = r.indicator
        if ind.section and ind.section != section:
            section = ind.section
            rows.append([label(b.text(section, "指标分类"), CELL)] + [""] * 5)
            spans.append(((0, len(rows) - 1), (-1, len(rows) - 1)))
        name = b.text(ind.name, "指标名称")
        definition = b.text(ind.definition, "指标口径")
        rows.append(
            [
                rich(
                    f"{markup(name)}<br/><font size=6.5 color='#555555'>{markup(definition)}</font>",
                    CELL,
                ),
                label(b.text(ind.unit, "单位"), CELL_C),
                label(number_text(r.value, ind.unit), CELL_C),
                label(number_text(r.previous, ind.unit), CELL_C),
                label(change_text(r), CELL_C),
                label(number_text(r.year, ind.unit), CELL_C),
            ]
        )
    extra = [("BACKGROUND", (0, r0), (-1, r0), (0.95, 0.95, 0.95)) for (_c, r0), _e in spans]
    table = section_table(None, rows, WIDTHS, [(c, 0) for c in range(6)], spans=spans, extra=extra)
    table.repeatRows = 1
    story += [
        table,
        gap(2),
        label(
            f"数据截至 {report.today.isoformat()}；探访率按月计算，季度、年度为各月平均值。", SMALL
        ),
        gap(4),
    ]
    if report.charts:
        story += [label("图表", CELL), gap(1), *chart_grid(report.charts), gap(2)]
    story.append(
        KeepTogether([gap(4), signature_block([("填报人", signed.by), ("站长（负责人）", "")])])
    )
    return Document(header, story)
