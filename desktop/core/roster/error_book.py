"""The error workbook to hand back: the header and the original rows that could not be imported,
each with a highlighted 错误说明 saying what to fix; a second sheet lists 可能已退出."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import xlsxwriter

from desktop.core import idcard
from desktop.core.roster.plan import CANDIDATE, ERROR, Plan
from desktop.core.roster.reading import RosterError

_ID_COLUMNS = ("id_number", "head_id_number")


def _problem_rows(plan: Plan) -> list[tuple[int, list[Any], str]]:
    out = []
    for a in plan.actions:
        if a.kind in (ERROR, CANDIDATE):
            problems = a.row.problems if a.kind == ERROR else [a.note] if a.note else []
            text = "；".join(p.text for p in problems if p is not None)
            out.append((a.row.number, plan.table.cells[a.row.index], text))
    return out


def write(plan: Plan, path: Path | str) -> int:
    """Write the workbook; returns how many rows it holds. Written to a temporary name first."""
    path = Path(path)
    rows = _problem_rows(plan)
    tmp = path.with_name(path.name + ".tmp")
    try:
        book = xlsxwriter.Workbook(
            str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False}
        )
        _errors_sheet(book, plan, rows)
        if plan.missing:
            _missing_sheet(book, plan)
        book.close()
        os.replace(tmp, path)
    except (OSError, xlsxwriter.exceptions.XlsxWriterException) as exc:
        tmp.unlink(missing_ok=True)
        raise RosterError(
            "roster.write_errors", path=str(path), reason=getattr(exc, "strerror", None) or str(exc)
        ) from None
    return len(rows)


def _errors_sheet(book: Any, plan: Plan, rows: list[tuple[int, list[Any], str]]) -> None:
    sheet = book.add_worksheet("错误清单")
    bold = book.add_format({"bold": True, "bg_color": "#DDDDDD", "border": 1})
    alarm = book.add_format(
        {"bold": True, "bg_color": "#FFC7CE", "font_color": "#9C0006", "border": 1}
    )
    note = book.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006", "text_wrap": True})
    as_text = book.add_format({"num_format": "@"})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    headings = plan.header.headings
    text_columns = {i for i, key in enumerate(plan.mapping) if key in _ID_COLUMNS}
    sheet.write_string(0, 0, "原行号", bold)
    for c, heading in enumerate(headings):
        sheet.write_string(0, c + 1, heading, bold)
    sheet.write_string(0, len(headings) + 1, "错误说明", alarm)
    for r, (number, cells, text) in enumerate(rows, start=1):
        sheet.write_number(r, 0, number)
        for c, value in enumerate(cells[: len(headings)]):
            if value is None or value == "":
                continue
            if c in text_columns:
                sheet.write_string(
                    r, c + 1, value if isinstance(value, str) else f"{value:.0f}", as_text
                )
            elif isinstance(value, (dt.date, dt.datetime)):
                sheet.write_datetime(r, c + 1, value, date_format)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                sheet.write_number(r, c + 1, value)
            else:
                sheet.write_string(r, c + 1, str(value))
        sheet.write_string(r, len(headings) + 1, text, note)
    for c in text_columns:
        sheet.set_column(c + 1, c + 1, 22, as_text)
    sheet.set_column(len(headings) + 1, len(headings) + 1, 60)
    sheet.freeze_panes(1, 1)


def _missing_sheet(book: Any, plan: Plan) -> None:
    sheet = book.add_worksheet("可能已退出")
    bold = book.add_format({"bold": True, "bg_color": "#DDDDDD", "border": 1})
    sheet.write_string(
        0,
        0,
        f"登记簿中有“{plan.options.tag}”标签、但这份名册中没有的人（请核实，系统不会删除）",
        bold,
    )
    for c, heading in enumerate(("姓名", "身份证号", "行政村", "村民小组")):
        sheet.write_string(1, c, heading, bold)
    for r, p in enumerate(plan.missing, start=2):
        sheet.write_string(r, 0, p["name"] or "")
        sheet.write_string(r, 1, idcard.mask(p["id_number"] or ""))
        sheet.write_string(r, 2, p["village"] or "")
        sheet.write_string(r, 3, p["group_name"] or "")
    sheet.set_column(0, 3, 20)
