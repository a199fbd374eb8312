"""The coverage page's export and print (探访率 by village and group, and by risk level): the
same numbers as the page (desktop/core/visits/schedule.py coverage), as table rows, a chart
description, a one-sheet workbook and the data of the printed page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.reports.charts import BAR, Chart, Series
from desktop.core.reports.exports import COVERAGE_XLSX, record_export, signed
from desktop.core.reports.workbook import write_table
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.visits import schedule

COLUMNS = [
    ("行政村 / 村民小组", 22),
    ("应访户数", 10),
    ("已访户数", 10),
    ("未访户数", 10),
    ("探访率", 10),
]


def _rate(row: schedule.CoverageRow) -> float | None:
    return row.rate


def rows(cov: schedule.Coverage) -> list[list[Any]]:
    """Village total rows, their groups indented, then the station's total and each risk level."""
    out: list[list[Any]] = []
    for r in cov.rows:
        name = (r.village or "（未分村）") if not r.group_name else "　　" + r.group_name
        out.append([name, r.due, r.visited, r.missed, _rate(r)])
    t = cov.total
    out.append(["合计", t.due, t.visited, t.missed, _rate(t)])
    for r in cov.by_risk:
        out.append([f"风险等级：{r.village}", r.due, r.visited, r.missed, _rate(r)])
    return out


def chart(cov: schedule.Coverage) -> Chart:
    villages = [r for r in cov.rows if not r.group_name]
    return Chart(
        "coverage_by_village",
        f"{cov.year}年{cov.month}月各村探访率（应访户）",
        BAR,
        tuple(r.village or "（未分村）" for r in villages),
        (Series("探访率", tuple(r.rate * 100 if r.rate is not None else None for r in villages)),),
        "%",
    )


def data(ctx: Context, year: int, month: int) -> dict[str, Any]:
    cov = schedule.coverage(ctx, year, month)
    station = station_sql.station(ctx.store) or {}
    s = signed(ctx)
    return {
        "station": station.get("name") or "",
        "year": year,
        "month": month,
        "rows": rows(cov),
        "chart": chart(cov),
        "visited_not_due": cov.visited_not_due,
        "by": s.by,
        "on": s.on,
    }


def export(ctx: Context, year: int, month: int, path: Path | str) -> tuple[Path, ChangeSet]:
    found = data(ctx, year, month)
    info = [
        f"报送单位：{found['station']}　填报人：{found['by']}　报送时间：{found['on']}",
        "应访户：按走访周期，当月到期或已逾期的户（含从未走访的户）；已访：当月至少有一次见到人的走访（入户未遇、作废的不计）。",
    ]
    if found["visited_not_due"]:
        info.append(f"另有 {found['visited_not_due']} 户未到期也已走访。")
    target = write_table(
        path,
        f"{found['station']} {year}年{month}月探访率",
        info,
        COLUMNS,
        found["rows"],
        [found["chart"]],
        percent_columns=[4],
    )
    return target, record_export(ctx, COVERAGE_XLSX, f"{year}-{month:02d}", str(target))
