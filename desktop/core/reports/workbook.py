"""The month's workbook (.xlsx) with XlsxWriter: a 汇总 sheet shaped like the county's statistics
form (报送单位 / 填报人 / 报送时间 above; 指标名称 | 单位 | 本月 | 上月 | 环比 | 本年累计) with native
Excel charts drawn from the report's chart descriptions, then the ledger sheets.

Here in the core rather than in desktop/printing: XlsxWriter is plain Python that writes a file
(like a sync bundle), needs neither reportlab nor Qt, and the CLI, the page's background task and
the coverage export all call it. Constant-memory mode: rows go to disk as they are written, so a
year's ledger at 50,000 households stays small. Every sheet: frozen title and header rows, column
widths, A4 landscape, fit to one page wide, the title rows repeated on every printed page, and
the print area set. The file is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from desktop.core.errors import StationDeskError
from desktop.core.reports.charts import BAR, Chart
from desktop.core.reports.ledger import Sheet
from desktop.core.reports.periods import MONTH, QUARTER
from desktop.core.reports.report import Report, change_text
from desktop.core.tasks import TaskState

A4 = 9
COLORS = ("#1f5fa8", "#d9822b", "#2e7d32", "#8e24aa", "#c62828")
TARGET_COLOR = "#b3261e"


@dataclass(frozen=True)
class Signed:
    """Who sends the form and when (the lines above the table)."""

    unit: str  # 报送单位
    by: str  # 填报人
    on: str  # 报送时间 (a date)


def column_names(period_kind: str) -> tuple[str, str]:
    if period_kind == MONTH:
        return "本月", "上月"
    if period_kind == QUARTER:
        return "本季度", "上季度"
    return "本年", "上年"


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"font_name": "宋体", "font_size": 10, "valign": "vcenter"}
        self.title = book.add_format({**base, "bold": True, "font_size": 15, "align": "center"})
        self.info = book.add_format({**base})
        self.head = book.add_format(
            {
                **base,
                "bold": True,
                "align": "center",
                "border": 1,
                "bg_color": "#e8e8e8",
                "text_wrap": True,
            }
        )
        self.cell = book.add_format({**base, "border": 1, "text_wrap": True})
        self.cell_c = book.add_format({**base, "border": 1, "align": "center"})
        self.number = book.add_format({**base, "border": 1, "align": "right", "num_format": "0"})
        self.decimal = book.add_format({**base, "border": 1, "align": "right", "num_format": "0.0"})
        self.percent = book.add_format(
            {**base, "border": 1, "align": "right", "num_format": "0.0%"}
        )
        self.section = book.add_format({**base, "bold": True, "border": 1, "bg_color": "#f3f3f3"})
        self.note = book.add_format(
            {**base, "font_size": 9, "font_color": "#555555", "border": 1, "text_wrap": True}
        )
        self.total = book.add_format({**base, "bold": True, "border": 1, "bg_color": "#f3f3f3"})
        self.small = book.add_format({**base, "font_size": 9, "font_color": "#555555"})
        # ledger rows: no borders (printed with gridlines), no wrapping
        self.l_cell = book.add_format({**base})
        self.l_number = book.add_format({**base, "align": "right", "num_format": "0"})
        self.l_decimal = book.add_format({**base, "align": "right", "num_format": "0.0"})


def _print_setup(ws: Worksheet, last_row: int, last_col: int, title_rows: int) -> None:
    ws.set_paper(A4)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.repeat_rows(0, title_rows - 1)
    ws.print_area(0, 0, max(last_row, title_rows - 1), last_col)
    ws.set_footer("&C第 &P 页 共 &N 页")


def _value(ws: Worksheet, row: int, col: int, value: Any, unit: str, f: _Formats) -> None:
    if value is None:
        ws.write_string(row, col, "—", f.cell_c)
    elif unit == "%":
        ws.write_number(row, col, float(value) / 100.0, f.percent)
    elif isinstance(value, float) and not value.is_integer():
        ws.write_number(row, col, value, f.decimal)
    else:
        ws.write_number(row, col, float(value), f.number)


def _chart_data(ws: Worksheet, row: int, chart: Chart, f: _Formats) -> tuple[int, dict[str, Any]]:
    """Write a chart's numbers (categories across, one row per series) from ``row``; return the
    next free row and the ranges the chart reads."""
    name = ws.get_name()
    ws.write_string(row, 0, chart.title, f.small)
    for i, cat in enumerate(chart.categories):
        ws.write_string(row, 1 + i, cat, f.small)
    ranges: dict[str, Any] = {
        "categories": [name, row, 1, row, len(chart.categories)],
        "series": [],
    }
    for s in chart.series:
        row += 1
        ws.write_string(row, 0, s.name, f.small)
        for i, v in enumerate(s.values):
            if v is not None:
                ws.write_number(row, 1 + i, float(v), f.small)
        ranges["series"].append(
            (s.name, [name, row, 0, row, 0], [name, row, 1, row, len(chart.categories)])
        )
    if chart.target is not None:
        row += 1
        ws.write_string(row, 0, chart.target_label or "目标", f.small)
        for i in range(len(chart.categories)):
            ws.write_number(row, 1 + i, float(chart.target), f.small)
        ranges["target"] = ([name, row, 0, row, 0], [name, row, 1, row, len(chart.categories)])
    return row + 2, ranges


def excel_chart(book: xlsxwriter.Workbook, chart: Chart, ranges: dict[str, Any]) -> Any:
    """The native Excel chart of a chart description (the same scale as the page and the PDF)."""
    xl = book.add_chart({"type": "column" if chart.kind == BAR else "line"})
    for i, (_name, name_ref, values_ref) in enumerate(ranges["series"]):
        color = COLORS[i % len(COLORS)]
        series = {"name": name_ref, "categories": ranges["categories"], "values": values_ref}
        if chart.kind == BAR:
            series.update(
                fill={"color": color},
                border={"none": True},
                gap=80,
                data_labels={"value": True, "num_format": '0.0"%"' if chart.unit == "%" else "0"},
            )
        else:
            series.update(
                line={"color": color, "width": 2.25},
                marker={
                    "type": "circle",
                    "size": 5,
                    "fill": {"color": color},
                    "border": {"color": color},
                },
            )
        xl.add_series(series)
    if "target" in ranges:
        name_ref, values_ref = ranges["target"]
        target = {
            "name": name_ref,
            "categories": ranges["categories"],
            "values": values_ref,
            "line": {"color": TARGET_COLOR, "width": 1.25, "dash_type": "dash"},
            "marker": {"type": "none"},
        }
        if chart.kind == BAR:
            line = book.add_chart({"type": "line"})
            line.add_series(target)
            xl.combine(line)
        else:
            xl.add_series(target)
    top, step = chart.scale()
    xl.set_title({"name": chart.title, "name_font": {"size": 11, "bold": True, "name": "宋体"}})
    xl.set_y_axis(
        {
            "min": 0,
            "max": top,
            "major_unit": step,
            "num_font": {"size": 9},
            "name": "%" if chart.unit == "%" else chart.unit,
            "major_gridlines": {"visible": True, "line": {"color": "#dddddd"}},
        }
    )
    xl.set_x_axis({"num_font": {"size": 9, "name": "宋体"}})
    xl.set_legend(
        {"position": "bottom", "font": {"size": 9, "name": "宋体"}}
        if len(ranges["series"]) > 1 or "target" in ranges
        else {"none": True}
    )
    xl.set_size({"width": 520, "height": 300})
    return xl


def _charts_block(
    book: xlsxwriter.Workbook, ws: Worksheet, row: int, charts: Sequence[Chart], f: _Formats
) -> int:
    """Chart data rows from ``row`` (small, grey: what the charts read), then the charts two a row
    below them. Returns the last row used."""
    ws.write_string(row, 0, "图表数据（下列图表据此绘制）", f.small)
    row += 1
    placed = []
    for chart in charts:
        row, ranges = _chart_data(ws, row, chart, f)
        placed.append((chart, ranges))
    for i, (chart, ranges) in enumerate(placed):
        at_row = row + (i // 2) * 16
        ws.insert_chart(
            at_row,
            0 if i % 2 == 0 else 5,
            excel_chart(book, chart, ranges),
            {"x_offset": 4, "y_offset": 4, "object_position": 1},
        )
    return row + ((len(placed) + 1) // 2) * 16


def _summary(book: xlsxwriter.Workbook, report: Report, signed: Signed, f: _Formats) -> None:
    ws = book.add_worksheet("汇总")
    this, before = column_names(report.period.kind)
    widths = (34, 8, 12, 12, 14, 12, 60)
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    last_col = len(widths) - 1
    ws.merge_range(0, 0, 0, last_col, f"{report.station} {report.period.label}工作统计表", f.title)
    ws.set_row(0, 26)
    ws.write_string(1, 0, f"报送单位（盖章）：{signed.unit}", f.info)
    ws.write_string(1, 2, f"填报人：{signed.by}", f.info)
    ws.write_string(1, 5, f"报送时间：{signed.on}", f.info)
    headers = ("指标名称", "单位", this, before, "环比", "本年累计", "口径说明")
    for c, h in enumerate(headers):
        ws.write_string(2, c, h, f.head)
    row = 3
    section = None
    for r in report.rows:
        ind = r.indicator
        if ind.section and ind.section != section:
            section = ind.section
            ws.merge_range(row, 0, row, last_col, section, f.section)
            row += 1
        lines = max(
            1, -(-len(ind.definition) // 40)
        )  # the 口径 column holds about 40 characters a line
        ws.set_row(row, 13.5 * lines)  # before the row's cells (constant-memory mode)
        ws.write_string(row, 0, ind.name, f.cell)
        ws.write_string(row, 1, ind.unit, f.cell_c)
        _value(ws, row, 2, r.value, ind.unit, f)
        _value(ws, row, 3, r.previous, ind.unit, f)
        ws.write_string(row, 4, change_text(r), f.cell_c)
        _value(ws, row, 5, r.year, ind.unit, f)
        ws.write_string(row, 6, ind.definition, f.note)
        row += 1
    ws.write_string(
        row,
        0,
        f"统计期间：{report.period.start.isoformat()} 至 {report.period.end.isoformat()}；"
        f"上期：{report.previous.label}；数据截至 {report.today.isoformat()}。",
        f.small,
    )
    table_end = row
    row += 2
    last = _charts_block(book, ws, row, report.charts, f) if report.charts else table_end
    ws.freeze_panes(3, 0)
    _print_setup(ws, last, last_col, 3)


def _ledger(book: xlsxwriter.Workbook, sheet: Sheet, f: _Formats, state: TaskState) -> int:
    ws = book.add_worksheet(sheet.name)
    last_col = len(sheet.columns) - 1
    for i, (_h, w) in enumerate(sheet.columns):
        ws.set_column(i, i, w)
    ws.merge_range(0, 0, 0, last_col, sheet.title, f.title)
    ws.set_row(0, 24)
    for c, (h, _w) in enumerate(sheet.columns):
        ws.write_string(1, c, h, f.head)
    row = 2
    count = 0
    # Ledger cells carry no borders (the printed grid is the sheet's gridlines), so an empty
    # cell is not written at all: long ledgers are mostly empty cells.
    write_number, write_string = ws.write_number, ws.write_string
    number, decimal, cell = f.l_number, f.l_decimal, f.l_cell
    for values in sheet.rows():
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            if isinstance(v, int) and not isinstance(v, bool):
                write_number(row, c, v, number)
            elif isinstance(v, float):
                write_number(row, c, v, number if v.is_integer() else decimal)
            else:
                write_string(row, c, str(v), cell)
        row += 1
        count += 1
        if count % 2000 == 0:
            state.check()
    ws.write_string(row, 0, sheet.total_label, f.total)
    ws.write_string(row, 1, f"共 {count} 条", f.total)
    for c in range(2, last_col + 1):
        ws.write_blank(row, c, None, f.total)
    ws.freeze_panes(2, 0)
    if count:
        ws.autofilter(1, 0, row - 1, last_col)
    ws.hide_gridlines(0)  # print the gridlines too
    _print_setup(ws, row, last_col, 2)
    return count


def _atomic(path: Path | str) -> tuple[Path, str]:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".report-", suffix=".xlsx", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise StationDeskError(
            "report.write", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return target, temp


def _finish(book: xlsxwriter.Workbook, target: Path, temp: str) -> Path:
    try:
        book.close()
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        Path(temp).unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise StationDeskError("report.write", path=str(target), reason=reason) from exc
    return target


def write_workbook(
    path: Path | str,
    report: Report,
    sheets: Iterable[Sheet],
    signed: Signed,
    state: TaskState | None = None,
) -> dict[str, int]:
    """Write the workbook; returns the number of rows of each ledger sheet."""
    state = state or TaskState()
    sheets = list(sheets)
    target, temp = _atomic(path)
    book = xlsxwriter.Workbook(temp, {"constant_memory": True, "tmpdir": str(target.parent)})
    counts: dict[str, int] = {}
    try:
        f = _Formats(book)
        book.set_properties(
            {
                "title": f"{report.station} {report.period.label}台账",
                "author": signed.by,
                "company": signed.unit,
                "comments": "社工站工作台 StationDesk",
            }
        )
        total = len(sheets) + 1
        state.progress(0, total)
        _summary(book, report, signed, f)
        for i, sheet in enumerate(sheets, start=1):
            state.progress(i, total)
            state.check()
            counts[sheet.name] = _ledger(book, sheet, f, state)
        state.progress(total, total)
    except BaseException:
        try:
            book.close()
        finally:
            Path(temp).unlink(missing_ok=True)
        raise
    _finish(book, target, temp)
    return counts


def write_table(
    path: Path | str,
    title: str,
    info: Sequence[str],
    columns: Sequence[tuple[str, float]],
    rows: Iterable[Sequence[Any]],
    charts: Sequence[Chart] = (),
    percent_columns: Sequence[int] = (),
) -> Path:
    """A one-sheet workbook (the coverage page's export): title, info lines, a table, charts."""
    target, temp = _atomic(path)
    book = xlsxwriter.Workbook(temp, {"constant_memory": True, "tmpdir": str(target.parent)})
    try:
        f = _Formats(book)
        ws = book.add_worksheet("探访率")
        last_col = len(columns) - 1
        for i, (_h, w) in enumerate(columns):
            ws.set_column(i, i, w)
        ws.merge_range(0, 0, 0, last_col, title, f.title)
        row = 1
        for line in info:
            ws.write_string(row, 0, line, f.info)
            row += 1
        head = row
        for c, (h, _w) in enumerate(columns):
            ws.write_string(row, c, h, f.head)
        row += 1
        for values in rows:
            for c, v in enumerate(values):
                if v is None:
                    ws.write_string(row, c, "—", f.cell_c)
                elif c in percent_columns:
                    ws.write_number(row, c, float(v), f.percent)
                elif isinstance(v, (int, float)):
                    ws.write_number(row, c, v, f.number)
                else:
                    ws.write_string(row, c, str(v), f.cell)
            row += 1
        last = _charts_block(book, ws, row + 1, charts, f) if charts else row
        ws.freeze_panes(head + 1, 0)
        _print_setup(ws, last, last_col, head + 1)
    except BaseException:
        try:
            book.close()
        finally:
            Path(temp).unlink(missing_ok=True)
        raise
    return _finish(book, target, temp)
