"""The report of a period: every indicator with this period, the previous one, the change (环比)
and the year so far, and the charts — the one result that the page, the workbook and the PDF show.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.reports import periods
from desktop.core.reports.catalogue import Catalogue, Indicator, load
from desktop.core.reports.charts import BAR, LINE, Chart, Series
from desktop.core.reports.measures import (
    MonthRates,
    Ratio,
    VisitSpan,
    closed_attainment,
    month_rates,
    range_measures,
)
from desktop.core.reports.periods import Period
from desktop.core.reports.register import RegisterSource
from desktop.core.store import reports as sql
from desktop.core.store import station as station_sql
from desktop.core.tasks import TaskState

Value = float | int | None


@dataclass(frozen=True)
class Row:
    indicator: Indicator
    value: Value
    previous: Value
    year: Value  # 本年累计: the year so far (a stock: at the period's end; a rate: the mean of the months)
    parts: Ratio | None = None  # a rate's numerator and denominator this period

    @property
    def change(self) -> float | None:
        """环比: percent change for counts; percentage points for rates."""
        if self.value is None or self.previous is None:
            return None
        if self.indicator.is_rate:
            return float(self.value) - float(self.previous)
        if not self.previous:
            return None
        return 100.0 * (float(self.value) - float(self.previous)) / float(self.previous)


@dataclass
class Report:
    period: Period
    previous: Period
    station: str
    today: dt.date
    rows: list[Row]
    charts: list[Chart]
    catalogue: Catalogue
    extra: dict[str, Any] = field(default_factory=dict)

    def values(self) -> dict[str, dict[str, Any]]:
        """code -> {name, unit, value, previous} (``report indicators --json``)."""
        return {
            r.indicator.code: {
                "name": r.indicator.name,
                "unit": r.indicator.unit,
                "value": _plain(r.value),
                "previous": _plain(r.previous),
                "year": _plain(r.year),
            }
            for r in self.rows
        }

    def row(self, code: str) -> Row | None:
        return next((r for r in self.rows if r.indicator.code == code), None)


def _plain(value: Value) -> Value:
    if isinstance(value, float):
        return round(value, 4)
    return value


def number_text(value: Value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "%":
        return f"{value:.1f}%"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}"
    return str(int(value))


def change_text(row: Row, points: str = "{0} 个百分点") -> str:
    """环比: a rate's change in percentage points (``points``: the words around the number),
    any other's in percent."""
    change = row.change
    if change is None:
        return "—"
    if row.indicator.is_rate:
        return points.format(f"{change:+.1f}")
    return f"{change:+.1f}%"


class Calculator:
    """Measures of periods over one database, sharing the register and each month's rates."""

    def __init__(self, ctx: Context, catalogue: Catalogue, state: TaskState | None = None) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.catalogue = catalogue
        self.today = ctx.today()
        self.state = state or TaskState()
        self.source = source_of(ctx.store, catalogue)
        self._months: dict[tuple[int, int], MonthRates] = {}
        self._ranges: dict[tuple[dt.date, dt.date], dict[str, Any]] = {}
        self.visits: VisitSpan | None = None

    def read_visits(self, start: dt.date, end: dt.date) -> None:
        """Read the visits of these days once, for every month and range inside them."""
        self.visits = VisitSpan(self.store, start.isoformat(), end.isoformat())

    def month(self, year: int, month: int) -> MonthRates:
        key = (year, month)
        if key not in self._months:
            self.state.check()
            self._months[key] = month_rates(
                self.store, self.source, self.catalogue.groups, year, month, self.visits
            )
        return self._months[key]

    def range(self, start: dt.date, end: dt.date) -> dict[str, Any]:
        key = (start, end)
        if key not in self._ranges:
            self.state.check()
            self._ranges[key] = range_measures(
                self.store, self.source, start, end, self.today, self.visits
            )
        return self._ranges[key]

    def rates(self, months: list[tuple[int, int]]) -> tuple[dict[str, Value], dict[str, Ratio]]:
        """Per group: the mean of the monthly rates (percent) and the summed parts."""
        values: dict[str, Value] = {}
        parts: dict[str, Ratio] = {}
        for g in self.catalogue.groups:
            ratios = [self.month(y, m).groups[g.code] for y, m in months]
            known = [r.percent for r in ratios if r.percent is not None]
            values[f"rate_{g.code}"] = sum(known) / len(known) if known else None
            parts[f"rate_{g.code}"] = Ratio(sum(r.num for r in ratios), sum(r.den for r in ratios))
        return values, parts

    def column(
        self, start: dt.date, end: dt.date, months: list[tuple[int, int]]
    ) -> tuple[dict[str, Value], dict[str, Ratio]]:
        """Every indicator's value for a range: counts over it ("sum"), stocks at its end ("end"),
        rates as the mean of ``months`` ("mean"), then those made of others."""
        measures = self.range(start, end)
        values: dict[str, Value] = {}
        parts: dict[str, Ratio] = {}
        for ind in self.catalogue.indicators:
            if ind.code not in self.catalogue.computed:
                continue
            raw = measures.get(ind.code)
            if isinstance(raw, Ratio):
                values[ind.code], parts[ind.code] = raw.percent, raw
            elif raw is not None or ind.code in measures:
                values[ind.code] = raw
        rate_values, rate_parts = self.rates(months)
        values.update(rate_values)
        parts.update(rate_parts)
        for ind in self.catalogue.indicators:  # made of others, in list order
            if ind.sum_of:
                got = [values.get(c) for c in ind.sum_of]
                values[ind.code] = (
                    sum(v for v in got if v is not None)
                    if any(v is not None for v in got)
                    else None
                )
            elif ind.ratio_of:
                num, den = (values.get(c) for c in ind.ratio_of)
                values[ind.code] = 100.0 * num / den if num is not None and den else None
                if num is not None and den is not None:
                    parts[ind.code] = Ratio(int(num), int(den))
        return values, parts

    def period(self, p: Period) -> tuple[dict[str, Value], dict[str, Ratio]]:
        return self.column(p.start, p.end, p.months(self.today))


def source_of(store: Any, catalogue: Catalogue) -> RegisterSource:
    return RegisterSource(store, [(g.code, frozenset(g.tags)) for g in catalogue.groups])


def build(
    ctx: Context,
    period: Period,
    state: TaskState | None = None,
    catalogue: Catalogue | None = None,
    charts: bool = True,
) -> Report:
    """The report of ``period`` (as of ctx.today(); a period not begun yet is refused)."""
    today = ctx.today()
    if period.start > today:
        raise StationDeskError("report.future", period=period.label)
    catalogue = catalogue or load(ctx.store.path.parent if ctx.store.path else None)
    with gc_paused():
        return _build(ctx, period, today, catalogue, state, charts)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the register and the visits are read into plain tuples
    and dicts (no cycles among them): the collector would walk the growing heap again and again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(
    ctx: Context,
    period: Period,
    today: dt.date,
    catalogue: Catalogue,
    state: TaskState | None,
    charts: bool,
) -> Report:
    calc = Calculator(ctx, catalogue, state)
    state = calc.state
    state.progress(0, 4)
    previous = period.previous()
    first = min(period.year_start(), previous.start)
    if charts:
        first = min(first, periods.last_months(period, 12)[0].start)
    calc.read_visits(first, period.end)  # this period, the previous one, the year, the trend
    calc.source.expect(first)  # their month ends: the register's rows written since, read once
    this, parts = calc.period(period)
    state.progress(1, 4)
    before, _ = calc.period(previous)
    state.progress(2, 4)
    year_months = [
        (y, m)
        for y, m in periods.Period(periods.YEAR, period.year, 1).months(today)
        if (y, m) <= (period.end.year, period.end.month)
    ]
    year, _ = calc.column(period.year_start(), period.end, year_months)
    rows = [
        Row(ind, this.get(ind.code), before.get(ind.code), year.get(ind.code), parts.get(ind.code))
        for ind in catalogue.indicators
    ]
    station = station_sql.station(ctx.store) or {}
    report = Report(
        period,
        previous,
        station.get("name") or "",
        today,
        rows,
        [],
        catalogue,
        {"source": calc.source},
    )
    if charts:
        report.charts = make_charts(calc, period, this)
    state.progress(4, 4)
    return report


def make_charts(calc: Calculator, period: Period, this: dict[str, Value]) -> list[Chart]:
    store, today, groups = calc.store, calc.today, calc.catalogue.groups
    months = [
        m
        for m in periods.last_months(period, 12)
        if (m.year, m.number) <= (today.year, today.month)
    ]
    first = groups[0]
    trend = Chart(
        "trend",
        "近12个月探访率（横轴：月份）",
        LINE,
        tuple(str(m.number) for m in months),
        (
            Series(
                first.name,
                tuple(calc.month(m.year, m.number).groups[first.code].percent for m in months),
            ),
            Series(
                "各类服务对象合计",
                tuple(calc.month(m.year, m.number).any_group.percent for m in months),
            ),
        ),
        "%",
        first.target,
        f"{first.name}目标 {first.target:g}%" if first.target else "",
    )
    calc.state.progress(3, 4)
    in_period = period.months(today)
    village_rows = sql.villages(store)
    village_values = []
    for vid, _name, _groups in village_rows:
        known = [
            r.percent
            for y, m in in_period
            if (r := calc.month(y, m).villages.get(vid)) and r.percent is not None
        ]
        village_values.append(sum(known) / len(known) if known else None)
    by_village = Chart(
        "by_village",
        "各村探访率（各类服务对象）",
        BAR,
        tuple(v[1] for v in village_rows),
        (Series(period.label, tuple(village_values)),),
        "%",
    )
    by_group = Chart(
        "by_group",
        "各类服务对象探访率",
        BAR,
        tuple(g.name for g in groups),
        (Series(period.label, tuple(this.get(f"rate_{g.code}") for g in groups)),),
        "%",
        first.target,
        f"目标 {first.target:g}%" if first.target else "",
    )
    measures = calc.range(period.start, period.end)
    stages = measures["_stages"]
    by_stage = Chart(
        "cases_by_stage",
        "期末在案个案（按阶段）",
        BAR,
        tuple(stages),
        (Series("个案数", tuple(float(v) for v in stages.values())),),
        "个",
    )
    statuses = measures["_by_status"]
    by_status = Chart(
        "referrals_by_status",
        "转介（按期末状态）",
        BAR,
        tuple(statuses),
        (Series("转介数", tuple(float(v) for v in statuses.values())),),
        "次",
        note="本期内仍在进行或在本期结束的转介",
    )
    scores = closed_attainment(store, period.start.isoformat(), period.end.isoformat())
    gas = Chart(
        "goal_attainment",
        "结案个案目标达成分布（GAS）",
        BAR,
        tuple(
            f"{s:+d} {refdata.GAS_LABELS[s + 2]}" if s else f"0 {refdata.GAS_LABELS[2]}"
            for s in scores
        ),
        (Series("具体目标数", tuple(float(v) for v in scores.values())),),
        "个",
        note="本期结案个案最后一次评估中各具体目标的达成分",
    )
    return [trend, by_village, by_group, by_stage, by_status, gas]
