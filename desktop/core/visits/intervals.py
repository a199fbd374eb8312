"""Visit intervals: "2w", "1m", "10d" (every n days, weeks or calendar months), "0" for none.

Calendar months keep the day of the month where it exists and otherwise clamp to the month's last
day (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year). Pure functions, no database.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^\s*(\d{1,3})\s*([dwm])\s*$")
UNIT_DAYS = {"d": 1.0, "w": 7.0, "m": 30.44}
NONE = "0"  # no scheduled visits


@dataclass(frozen=True, order=True)
class Interval:
    """Every ``count`` ``unit`` (d, w or m). ``count`` 0 means no scheduled visits."""

    count: int
    unit: str = "d"

    @property
    def none(self) -> bool:
        return self.count == 0

    @property
    def approx_days(self) -> float:
        return self.count * UNIT_DAYS[self.unit] if self.count else float("inf")

    def text(self) -> str:
        return NONE if self.none else f"{self.count}{self.unit}"


def parse(text: str | None) -> Interval | None:
    """ "2w" -> Interval(2, "w"); "0" -> no visits; "" or None -> None (not set). Raises ValueError."""
    text = (text or "").strip().lower()
    if not text:
        return None
    if text in (NONE, "none"):
        return Interval(0)
    match = _PATTERN.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValueError(text)
    return Interval(int(match.group(1)), match.group(2))


def is_valid(text: str) -> bool:
    try:
        return parse(text) is not None
    except ValueError:
        return False


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add(day: dt.date, interval: Interval) -> dt.date | None:
    """The day one interval after ``day``; None when the interval means no scheduled visits."""
    if interval.none:
        return None
    if interval.unit == "m":
        return add_months(day, interval.count)
    return day + dt.timedelta(days=interval.count * (7 if interval.unit == "w" else 1))


def shortest(intervals: list[Interval]) -> Interval | None:
    """The most frequent of several intervals (those meaning "none" lose to any real one)."""
    real = [i for i in intervals if not i.none]
    if real:
        return min(real, key=lambda i: (i.approx_days, i.unit))
    return intervals[0] if intervals else None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def week_end(day: dt.date) -> dt.date:
    """Sunday of the week (Monday to Sunday) that holds ``day``."""
    return day + dt.timedelta(days=6 - day.weekday())


def due_date(
    last_visit: dt.date | None,
    interval: Interval,
    planned: dt.date | None = None,
    since: dt.date | None = None,
) -> dt.date | None:
    """When the next visit is due.

    After a visit: one interval later, or the planned next-visit date if that is earlier. Never
    visited: due from ``since`` (the day the household was registered). None: no scheduled visits.
    """
    if interval.none:
        return None
    if last_visit is None:
        return since
    due = add(last_visit, interval)
    if planned is not None and due is not None and planned < due:
        return planned
    return due
