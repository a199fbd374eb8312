"""探访率 printed: the coverage page's table by village and group and by risk level, and its chart."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

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
    section_table,
    signature_block,
)
from desktop.printing.reports.charts import drawing

WIDTHS = [CONTENT_W - 100 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm]


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def coverage_document(data: dict[str, Any], check: GlyphCheck | None = None) -> Document:
    title = f"{data['year']}年{data['month']}月探访率"
    b = Builder(title, check)
    header = Header(
        station=b.text(data.get("station"), "站点名称"),
        title=title,
        footer_note="社工站工作台 报表",
    )
    rows: list[list] = [
        [
            label(t, LABEL_C)
            for t in ("行政村 / 村民小组", "应访户数", "已访户数", "未访户数", "探访率")
        ]
    ]
    for name, due, got, missed, rate in data["rows"]:
        rows.append(
            [
                label(b.text(name, "行政村"), CELL),
                label(str(due), CELL_C),
                label(str(got), CELL_C),
                label(str(missed), CELL_C),
                label(_rate(rate), CELL_C),
            ]
        )
    table = section_table(None, rows, WIDTHS, [(c, 0) for c in range(5)])
    table.repeatRows = 1
    story: list[Flowable] = [
        label(
            f"报送单位：{b.text(data.get('station'), '站点名称')}　填报人：{b.text(data.get('by'), '填报人')}"
            f"　报送时间：{data.get('on', '')}",
            CELL,
        ),
        gap(2),
        table,
        gap(2),
        label(
            "应访户：按走访周期，当月到期或已逾期的户（含从未走访的户）；已访：当月至少有一次见到人的走访"
            "（入户未遇、作废的不计）。",
            SMALL,
        ),
        gap(4),
        drawing(data["chart"], CONTENT_W, 70 * mm),
        KeepTogether(
            [gap(6), signature_block([("填报人", data.get("by") or ""), ("站长（负责人）", "")])]
        ),
    ]
    return Document(header, story)
