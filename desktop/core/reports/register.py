"""The register as it was at the end of a day: which households and persons were on it, where,
and with which special-group tags — not today's tags applied backwards.

A row's state at a moment comes from the sync log (every write of a row, with its hybrid logical
time): the merge of the writes made before the moment (desktop/core/sync/merge.py, the same rule
that shows a value today). Most rows were never changed after the moment; their state is the row
as it is now, read without the log. Only rows whose last write is later (``updated_at``, the
time of the last write, is after the moment) and that were written more than once are replayed.

A row first written after the moment had no state then; its earliest state stands in for it (a
household registered on paper before it was typed in, with ``registered_on`` from migration 7).
A household is on the register at the end of a day when its registration date (``registered_on``
when recorded, else the day of its first write) is not later and it was not deleted then. A
person is, when their household is and they were not deleted then, and they were written before
the moment (or together with a household registered earlier on paper).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.store import reports as sql
from desktop.core.store.base import Store
from desktop.core.sync.merge import Change, resolve


@dataclass(frozen=True)
class Snapshot:
    """The register at the end of ``day``."""

    day: dt.date
    households: dict[str, tuple[str, str]]  # id -> (village_id, group_name)
    persons: dict[str, tuple[str, frozenset[str]]]  # id -> (household_id, tags)
    registered: dict[str, str]  # household id -> registration date (on the register at ``day``)


def cutoff(day: dt.date) -> tuple[str, int]:
    """The end of ``day`` as the stamp text of ``updated_at`` and as hybrid-logical milliseconds
    (local time, as the writer stamps them)."""
    after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    return f"{day.isoformat()} 23:59:59", int(after.timestamp() * 1000)


def _tags(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        value = json.loads(value or "[]")
    return frozenset(value or ())


class RegisterSource:
    """The register's rows, read once, and the logged writes of rows replayed; ``at(day)`` gives
    the snapshot of any day (several months of one report share one source)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.households = sql.household_rows(store)
        self.persons = sql.person_rows(store)
        self._changes: dict[tuple[str, str], list[Change]] = {}
        self._cache: dict[dt.date, Snapshot] = {}

    def _load(self, table: str, ids: Iterable[str]) -> None:
        wanted = [i for i in ids if (table, i) not in self._changes]
        for i in wanted:
            self._changes[(table, i)] = []
        for row_id, origin, counter, fields, ctx, hlc, author, computer in sql.changes_of(
            self.store, table, wanted
        ):
            self._changes[(table, row_id)].append(
                Change.from_row(origin, counter, fields, ctx, hlc, author, computer)
            )

    def _state(self, table: str, row_id: str, limit_ms: int) -> dict[str, Any] | None:
        changes = self._changes.get((table, row_id)) or []
        before = [c for c in changes if c.hlc < limit_ms]
        if not before:
            if not changes:
                return None
            first = min(changes, key=lambda c: c.order)
            before = [first]
        return resolve(before).values()

    def at(self, day: dt.date) -> Snapshot:
        found = self._cache.get(day)
        if found is None:
            found = self._cache[day] = self._snapshot(day)
        return found

    def _snapshot(self, day: dt.date) -> Snapshot:
        stamp, limit_ms = cutoff(day)
        end = day.isoformat()
        replay_h = [r[0] for r in self.households if r[6] > stamp and r[6] != r[5]]
        replay_p = [r[0] for r in self.persons if r[5] > stamp and r[5] != r[4]]
        self._load("households", replay_h)
        self._load("persons", replay_p)
        replayed_h, replayed_p = set(replay_h), set(replay_p)
        households: dict[str, tuple[str, str]] = {}
        registered: dict[str, str] = {}
        explicit: dict[str, str] = {}  # households registered on paper: their first write's day
        for hid, deleted, village, group, registered_on, created, _updated in self.households:
            if hid in replayed_h:
                state = self._state("households", hid, limit_ms)
                if state is None:
                    continue
                deleted, village, group = (
                    state.get("deleted"),
                    state.get("village_id"),
                    state.get("group_name"),
                )
            first_day = created[:10]
            since = (registered_on or "")[:10] or first_day
            if deleted or not since or since > end:
                continue
            households[hid] = (village or "", group or "")
            registered[hid] = since
            if registered_on:
                explicit[hid] = first_day
        persons: dict[str, tuple[str, frozenset[str]]] = {}
        for pid, hid, tags, deleted, created, _updated in self.persons:
            if pid in replayed_p:
                state = self._state("persons", pid, limit_ms)
                if state is None:
                    continue
                hid, tags, deleted = (
                    state.get("household_id"),
                    state.get("tags"),
                    state.get("deleted"),
                )
            if deleted or hid not in households:
                continue
            if created > stamp and explicit.get(hid) != created[:10]:
                continue  # added to the household after the day
            persons[pid] = (hid, _tags(tags))
        return Snapshot(day, households, persons, registered)
