"""Report periods: a month, a quarter or a year, the period before it and the year so far.

Text forms (the CLI and the override file): "2026-11", "2026Q4", "2026".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from desktop.core.errors import StationDeskError

MONTH, QUARTER, YEAR = "month", "quarter", "year"
KINDS = (MONTH, QUARTER, YEAR)


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    number: int  # the month (1-12), the quarter (1-4), or 1 for a year

    @property
    def start(self) -> dt.date:
        if self.kind == MONTH:
            return dt.date(self.year, self.number, 1)
        if self.kind == QUARTER:
            return dt.date(self.year, 3 * self.number - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        if self.kind == MONTH:
            last = self.number
        elif self.kind == QUARTER:
            last = 3 * self.number
        else:
            last = 12
        return dt.date(self.year, last, calendar.monthrange(self.year, last)[1])

    @property
    def text(self) -> str:
        if self.kind == MONTH:
            return f"{self.year}-{self.number:02d}"
        if self.kind == QUARTER:
            return f"{self.year}Q{self.number}"
        return str(self.year)

    @property
    def label(self) -> str:
        """ "2026年11月", "2026年第4季度", "2026年"."""
        if self.kind == MONTH:
            return f"{self.year}年{self.number}月"
        if self.kind == QUARTER:
            return f"{self.year}年第{self.number}季度"
        return f"{self.year}年"

    def previous(self) -> Period:
        if self.kind == YEAR:
            return Period(YEAR, self.year - 1, 1)
        count = 12 if self.kind == MONTH else 4
        if self.number == 1:
            return Period(self.kind, self.year - 1, count)
        return Period(self.kind, self.year, self.number - 1)

    def months(self, today: dt.date | None = None) -> list[tuple[int, int]]:
        """(year, month) of each month in the period, none after ``today``'s month."""
        out = []
        for m in range(self.start.month, self.end.month + 1):
            if today is not None and (self.year, m) > (today.year, today.month):
                break
            out.append((self.year, m))
        return out

    def year_start(self) -> dt.date:
        return dt.date(self.year, 1, 1)


def month(year: int, number: int) -> Period:
    return Period(MONTH, year, number)


def month_of(day: dt.date) -> Period:
    return Period(MONTH, day.year, day.month)


def last_months(end: Period, count: int = 12) -> list[Period]:
    """``count`` months ending with the last month of ``end``, oldest first."""
    cur = Period(MONTH, end.end.year, end.end.month)
    out = [cur]
    while len(out) < count:
        cur = cur.previous()
        out.append(cur)
    return out[::-1]


def parse(text: str) -> Period:
    """ "2026-11" / "2026-11-01", "2026Q4" / "2026-Q4", "2026"; a clear error otherwise."""
    value = (text or "").strip().upper()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", value):
        year, number = int(m[1]), int(m[2])
        if 1 <= number <= 12 and 2000 <= year <= 2100:
            return Period(MONTH, year, number)
    elif m := re.fullmatch(r"(\d{4})-?Q([1-4])", value):
        if 2000 <= int(m[1]) <= 2100:
            return Period(QUARTER, int(m[1]), int(m[2]))
    elif re.fullmatch(r"\d{4}", value) and 2000 <= int(value) <= 2100:
        return Period(YEAR, int(value), 1)
    raise StationDeskError("report.period", text=text)


def of_kind(kind: str, day: dt.date) -> Period:
    """The period of ``kind`` holding ``day``."""
    if kind == QUARTER:
        return Period(QUARTER, day.year, (day.month - 1) // 3 + 1)
    if kind == YEAR:
        return Period(YEAR, day.year, 1)
    return Period(MONTH, day.year, day.month)
