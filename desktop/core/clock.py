"""The one clock of the product: "now" and "today" for every service, the writer and the schedule.

The open database (``Store.clock``, ``Context.clock``) owns one. Nothing else in desktop/ reads the
system clock, so a past month's report gives the same answer on any day, and tests move time for
the whole program in one place (the ``clock`` fixture travels with time-machine).
"""

from __future__ import annotations

import datetime as dt
import time


class Clock:
    """Local wall-clock time. ``fixed`` pins it (a report "as of" a day, a replay)."""

    def __init__(self, fixed: dt.datetime | None = None) -> None:
        self.fixed = fixed

    def now(self) -> dt.datetime:
        """Local time, naive (the database stores local times as ISO text)."""
        if self.fixed is not None:
            return self.fixed
        return dt.datetime.now()  # noqa: DTZ005 - the one read of the system clock

    def today(self) -> dt.date:
        return self.now().date()

    def now_text(self) -> str:
        """ "2026-11-29 10:00:00": the stamp written on records."""
        return self.now().isoformat(sep=" ", timespec="seconds")

    def stamp(self) -> str:
        """ "20261129-100000": for file names."""
        return self.now().strftime("%Y%m%d-%H%M%S")

    def epoch_ms(self) -> int:
        """Milliseconds since 1970 (the hybrid logical clock's wall part)."""
        if self.fixed is not None:
            return int(self.fixed.timestamp() * 1000)
        return int(time.time() * 1000)


SYSTEM = Clock()
