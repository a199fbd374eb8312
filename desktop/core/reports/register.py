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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.store import reports as sql
from desktop.core.store.base import Store
from desktop.core.sync.merge import Change, resolve
from desktop.core.sync.recorder import hlc_text


@dataclass(frozen=True)
class Snapshot:
    """The register at the end of ``day``. ``persons`` holds the people with special-group tags
    (what the rates, the roster and the visits of the month need); ``person_count`` everyone."""

    day: dt.date
    households: dict[str, tuple[str, str]]  # id -> (village_id, group_name)
    persons: dict[str, tuple[str, frozenset[str]]]  # id -> (household_id, tags), tagged people only
    registered: dict[str, str]  # household id -> registration date (on the register at ``day``)
    person_count: int = 0


def cutoff(day: dt.date) -> tuple[str, int]:
    """The end of ``day`` as the stamp text of ``updated_at`` and as hybrid-logical milliseconds
    (local time, as the writer stamps them)."""
    after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    return f"{day.isoformat()} 23:59:59", int(after.timestamp() * 1000)


_NO_TAGS: frozenset[str] = frozenset()


def _tags(value: Any) -> frozenset[str]:
    if isinstance(value, str):
        value = json.loads(value or "[]")
    return frozenset(value or ())


@dataclass
class View:
    """The register at the end of ``end``, as corrections to the rows as they are now: the rows
    written after that moment (and the people of those households), with their state then."""

    end: str
    affected_h: set[str]  # households replayed
    asof_h: dict[
        str, tuple[str, str, str]
    ]  # of those, on the register then: id -> (village, group, since)
    affected_p: set[str]  # people whose state then is not their state now
    asof_p: dict[
        str, tuple[str, frozenset[str], str]
    ]  # of those, on the register then: (household, tags, village)
    base_p: dict[
        str, str
    ]  # of those, on the register now: the day they joined (counted in the totals)


class RegisterSource:
    """The register's rows, read and decoded once, indexed by the day each person and household
    joined; the state of any day is the rows as they are now plus a few corrections (rows written
    after that day, replayed from the sync log). ``counts``, ``group_rates`` and ``at`` give what
    the reports need of a day without walking the whole register for each month."""

    def __init__(self, store: Store, groups: Iterable[tuple[str, frozenset[str]]] = ()) -> None:
        self.store = store
        self.groups = list(groups)
        parsed: dict[str, frozenset[str]] = {}

        def tags_of(text: str | None) -> frozenset[str]:
            if not text or text == "[]":
                return _NO_TAGS
            found = parsed.get(text)
            if found is None:
                found = parsed[text] = frozenset(json.loads(text))
            return found

        # households now: id -> (village, group, registration date, first write's day if registered on paper)
        self.live_h: dict[str, tuple[str, str, str, str | None]] = {}
        self.changed_h: list[
            tuple[str, str]
        ] = []  # (last write, id) of rows written more than once
        self.registered_on: dict[str, str] = {}
        self.first_day_h: dict[str, str] = {}
        for hid, deleted, village, group, registered_on, created, updated in sql.household_rows(
            store
        ):
            first_day = self.first_day_h[hid] = created[:10]
            if registered_on:
                self.registered_on[hid] = registered_on[:10]
            if updated != created:
                self.changed_h.append((updated, hid))
            if not deleted:
                self.live_h[hid] = (
                    village or "",
                    group or "",
                    (registered_on or "")[:10] or first_day,
                    first_day if registered_on else None,
                )
        self.changed_p: list[tuple[str, str]] = sql.changed_persons(store)
        # people now on the register of a live household: (the day they joined it, their groups,
        # village, household, tags)
        self.base: dict[str, tuple[str, tuple[str, ...], str, str, frozenset[str]]] = {}
        self.by_house: dict[str, list[str]] = {}
        self._groups_of: dict[frozenset[str], tuple[str, ...]] = {}
        joins_group: dict[str, list[str]] = {code: [] for code, _t in self.groups}
        joins_any: list[str] = []
        joins_village: dict[str, list[str]] = {}
        live_h, base, groups_of = self.live_h, self.base, self.groups_of
        counted: dict[str, int] = {}  # join day -> people
        for pid, hid, tags_text, created in sql.person_rows(store):  # one pass over the live people
            house = live_h.get(hid)
            if house is None:
                continue  # of a removed household
            village, _group, since, paper = house
            created_day = created[:10]
            day = since if paper == created_day or created_day < since else created_day
            counted[day] = counted.get(day, 0) + 1
            if not tags_text or tags_text == "[]":
                continue
            tags = parsed.get(tags_text)
            if tags is None:
                tags = tags_of(tags_text)
            codes = groups_of(tags)
            base[pid] = (day, codes, village, hid, tags)
            if codes:
                for code in codes:
                    joins_group[code].append(day)
                joins_any.append(day)
                joins_village.setdefault(village, []).append(day)
        running = 0
        self._p_days: list[str] = []
        self._p_totals: list[int] = []
        for day in sorted(counted):  # everyone: counted by day
            running += counted[day]
            self._p_days.append(day)
            self._p_totals.append(running)
        self._h_since = sorted(h[2] for h in self.live_h.values())
        self._g_join = {code: sorted(days) for code, days in joins_group.items()}
        self._any_join = sorted(joins_any)
        self._village_join = {v: sorted(days) for v, days in joins_village.items()}
        self._changes: dict[tuple[str, str], list[Change]] = {}
        self._views: dict[dt.date, View] = {}
        self._members: dict[
            str, list[str]
        ] = {}  # household -> every person row of it (replayed households)
        self._now: dict[str, tuple[Any, ...]] = {}  # person -> its row now (affected people)
        self._states: dict[tuple[str, str, int], tuple[dict[str, Any], Change]] = {}
        self._cache: dict[dt.date, Snapshot] = {}

    def groups_of(self, tags: frozenset[str]) -> tuple[str, ...]:
        found = self._groups_of.get(tags)
        if found is None:
            found = self._groups_of[tags] = tuple(
                code for code, wanted in self.groups if tags & wanted
            )
        return found

    # -- the log ------------------------------------------------------------------------------
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

    def _state(
        self, table: str, row_id: str, limit_ms: int
    ) -> tuple[dict[str, Any], Change] | None:
        """The row's values from its writes before ``limit_ms`` (its earliest state if none), and
        its first write. Days between the same two writes share one merge."""
        changes = self._changes.get((table, row_id))
        if not changes:
            return None
        if not isinstance(changes, tuple):
            changes.sort(key=lambda c: c.order)
            changes = self._changes[(table, row_id)] = tuple(changes)  # type: ignore[assignment]
        count = sum(1 for c in changes if c.hlc < limit_ms) or 1
        key = (table, row_id, count)
        found = self._states.get(key)
        if found is None:
            before = [c for c in changes if c.hlc < limit_ms] or [changes[0]]
            found = self._states[key] = (resolve(before).values(), changes[0])
        return found

    # -- a day --------------------------------------------------------------------------------
    def view(self, day: dt.date) -> View:
        found = self._views.get(day)
        if found is None:
            found = self._views[day] = self._view(day)
        return found

    def _view(self, day: dt.date) -> View:
        stamp, limit_ms = cutoff(day)
        end = day.isoformat()
        replay_h = {hid for updated, hid in self.changed_h if updated > stamp}
        replay_p = {pid for updated, pid in self.changed_p if updated > stamp}
        self._load("households", replay_h)
        self._load("persons", replay_p)
        asof_h: dict[str, tuple[str, str, str]] = {}
        paper_day: dict[str, str] = {}
        for hid in replay_h:
            got = self._state("households", hid, limit_ms)
            if got is None or got[0].get("deleted"):
                continue
            since = self.registered_on.get(hid) or self.first_day_h.get(hid, "")
            if since and since <= end:
                asof_h[hid] = (
                    got[0].get("village_id") or "",
                    got[0].get("group_name") or "",
                    since,
                )
                if hid in self.registered_on:
                    paper_day[hid] = self.first_day_h.get(hid, "")
        affected = set(replay_p)
        missing = sorted(h for h in replay_h if h not in self._members)
        if missing:
            for hid in missing:
                self._members[hid] = []
            for pid, hid in sql.persons_of(self.store, missing):
                self._members[hid].append(pid)
        for hid in replay_h:
            affected.update(self._members[hid])
        unread = sorted(p for p in affected if p not in self._now)
        if unread:
            self._now.update(sql.persons_now(self.store, unread))
        now = {p: self._now[p] for p in affected if p in self._now}
        base_now: dict[str, str] = {}  # affected people on the register now: the day they joined
        for pid, (hid, _tags_text, deleted, created) in now.items():
            live = self.live_h.get(hid)
            if not deleted and live is not None:
                base_now[pid] = live[2] if live[3] == created[:10] else max(live[2], created[:10])
        asof_p: dict[str, tuple[str, frozenset[str], str]] = {}
        for pid in affected:
            if pid in replay_p:
                got = self._state("persons", pid, limit_ms)
                if got is None:
                    continue
                state, first = got
                hid, tags, deleted = (
                    state.get("household_id"),
                    _tags(state.get("tags")),
                    state.get("deleted"),
                )
                created = hlc_text(first.hlc)
            elif pid in now:
                hid, tags_text, deleted, created = now[pid]
                tags = _tags(tags_text)
            else:
                continue
            if deleted or not hid:
                continue
            if hid in replay_h:
                house = asof_h.get(hid)
                paper = paper_day.get(hid)
            else:
                live = self.live_h.get(hid)
                house = live[:3] if live is not None and live[2] <= end else None
                paper = live[3] if live is not None else None
            if house is None:
                continue
            if created <= stamp or paper == created[:10]:
                asof_p[pid] = (hid, tags, house[0])
        return View(end, replay_h, asof_h, affected, asof_p, base_now)

    def _base(self, pid: str, view: View) -> tuple[str, frozenset[str], str] | None:
        """(household, tags, village) of someone, as they are now, if they were on the register then."""
        found = self.base.get(pid)
        if found is None or found[0] > view.end:
            return None
        return found[3], found[4], found[2]

    def member(self, pid: str, view: View) -> tuple[str, frozenset[str], str] | None:
        if pid in view.affected_p:
            return view.asof_p.get(pid)
        return self._base(pid, view)

    def counts(self, start: dt.date, end: dt.date) -> dict[str, int]:
        """Households and people on the register at the end of ``end``, and households registered
        between the two days (and still on the register then)."""
        view = self.view(end)
        first, last = start.isoformat(), view.end
        base_h = [self.live_h[h][2] for h in view.affected_h if h in self.live_h]
        register = (
            bisect_right(self._h_since, last)
            - sum(1 for d in base_h if d <= last)
            + len(view.asof_h)
        )
        new = (
            bisect_right(self._h_since, last)
            - bisect_left(self._h_since, first)
            - sum(1 for d in base_h if first <= d <= last)
            + sum(1 for h in view.asof_h.values() if h[2] >= first)
        )
        at = bisect_right(self._p_days, last)
        people = (
            (self._p_totals[at - 1] if at else 0)
            + len(view.asof_p)
            - sum(1 for day in view.base_p.values() if day <= last)
        )
        return {"households_new": new, "households_register": register, "persons_register": people}

    def group_rates(
        self, day: dt.date, visited: Iterable[str], whole: Iterable[str]
    ) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int], set[str]]:
        """[visited, on the register] per group, per village (people of any group) and for any
        group, at the end of ``day``; ``visited`` people named on the visits, ``whole`` households
        visited on records naming nobody (their people count). Also the visited people."""
        view = self.view(day)
        last = view.end
        groups = {code: [0, bisect_right(days, last)] for code, days in self._g_join.items()}
        villages = {v: [0, bisect_right(days, last)] for v, days in self._village_join.items()}
        any_group = [0, bisect_right(self._any_join, last)]
        for pid in view.affected_p:  # take their state now out, put their state then in
            for sign, found in ((-1, self._base(pid, view)), (1, view.asof_p.get(pid))):
                if found is None:
                    continue
                codes = self.groups_of(found[1])
                for code in codes:
                    groups[code][1] += sign
                if codes:
                    any_group[1] += sign
                    villages.setdefault(found[2], [0, 0])[1] += sign
        people = set(visited)
        homes = set(whole)
        if homes:
            if not self.by_house:  # built once, when first needed
                for pid, info in self.base.items():
                    self.by_house.setdefault(info[3], []).append(pid)
            for hid in homes:
                people.update(p for p in self.by_house.get(hid, ()) if p not in view.affected_p)
            people.update(p for p, found in view.asof_p.items() if found[0] in homes)
        base, affected = self.base, view.affected_p
        for pid in people:
            if pid in affected:
                found = view.asof_p.get(pid)
                if found is None:
                    continue
                codes, village = self.groups_of(found[1]), found[2]
            else:
                info = base.get(pid)
                if info is None or info[0] > last or not info[1]:
                    continue
                codes, village = info[1], info[2]
            if not codes:
                continue
            for code in codes:
                groups[code][0] += 1
            any_group[0] += 1
            villages.setdefault(village, [0, 0])[0] += 1
        return groups, villages, any_group, people

    def at(self, day: dt.date) -> Snapshot:
        """The whole register at the end of ``day`` (households, and people of special groups)."""
        found = self._cache.get(day)
        if found is None:
            view = self.view(day)
            households = {
                h: (v, g)
                for h, (v, g, since, _p) in self.live_h.items()
                if since <= view.end and h not in view.affected_h
            }
            registered = {h: self.live_h[h][2] for h in households}
            for h, (v, g, since) in view.asof_h.items():
                households[h] = (v, g)
                registered[h] = since
            persons: dict[str, tuple[str, frozenset[str]]] = {}
            for pid, (day_joined, _codes, _v, hid, tags) in self.base.items():
                if tags and day_joined <= view.end and pid not in view.affected_p:
                    persons[pid] = (hid, tags)
            for pid, (hid, tags, _v) in view.asof_p.items():
                if tags:
                    persons[pid] = (hid, tags)
            count = self.counts(day, day)["persons_register"]
            found = self._cache[day] = Snapshot(day, households, persons, registered, count)
        return found
