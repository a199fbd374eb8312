"""Exports of the reports, and the export log: who exported which report of which period, when,
and whether ID numbers and phones were written in full (synced, append-only: table export_log).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.reports import ledger
from desktop.core.reports.periods import Period
from desktop.core.reports.register import RegisterSource
from desktop.core.reports.report import Report, build
from desktop.core.reports.workbook import Signed, write_workbook
from desktop.core.station.station import new_id
from desktop.core.store import reports as sql
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.tasks import TaskState

LEDGER, MONTHLY, COVERAGE_XLSX, COVERAGE_PDF = (
    "ledger",
    "monthly_report",
    "coverage_xlsx",
    "coverage_pdf",
)


def record_export(
    ctx: Context, kind: str, period: str, file_name: str, full_numbers: bool = False
) -> ChangeSet:
    """One row in the export log, written through the write path (so it syncs and is audited)."""
    with ctx.write() as w:
        w.put(
            "export_log",
            new_id(),
            {
                "kind": kind,
                "period": period,
                "full_numbers": 1 if full_numbers else 0,
                "file_name": Path(file_name).name,
                "exported_at": ctx.clock.now_text(),
                "exported_by": ctx.worker,
                "computer": ctx.computer,
            },
            new=True,
        )
    return w.result


def export_log(ctx: Context, limit: int = 50) -> list[dict[str, Any]]:
    return sql.exports(ctx.store, limit)


def signed(ctx: Context) -> Signed:
    station = station_sql.station(ctx.store) or {}
    return Signed(station.get("name") or "", ctx.worker, ctx.today().isoformat())


@dataclass(frozen=True)
class LedgerResult:
    path: Path
    counts: dict[str, int]
    report: Report
    changes: ChangeSet


def export_ledger(
    ctx: Context,
    period: Period,
    path: Path | str,
    full_numbers: bool = False,
    state: TaskState | None = None,
) -> LedgerResult:
    """The period's workbook (汇总 and the ledger sheets), then its line in the export log."""
    state = state or TaskState()
    report = build(ctx, period, state)
    source = report.extra.get("source") or RegisterSource(
        ctx.store, [(g.code, frozenset(g.tags)) for g in report.catalogue.groups]
    )  # the register the report read
    sheets = ledger.sheets(ctx, report, full_numbers, source)
    counts = write_workbook(path, report, sheets, signed(ctx), state)
    changes = record_export(ctx, LEDGER, period.text, str(path), full_numbers)
    return LedgerResult(Path(path), counts, report, changes)
