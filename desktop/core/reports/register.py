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
from collections import Counter
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


class _Tally:
    """People (or households) joined on or before a day, from counts by day."""

    def __init__(self, by_day: dict[str, int]) -> None:
        self.days = sorted(by_day)
        self.totals: list[int] = []
        running = 0
        for day in self.days:
            running += by_day[day]
            self.totals.append(running)

    def upto(self, day: str) -> int:
        at = bisect_right(self.days, day)
        return self.totals[at - 1] if at else 0


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


@dataclass
class _Replay:
    """The rows written after a moment (replayed from the log) and the people they touch, with
    the rows of those people as they are now."""

    households: set[str]
    persons: set[str]
    affected: set[str]
    now: dict[str, tuple[Any, frozenset[str], Any, str]]  # (household, tags, deleted, created_at)
    base_now: dict[str, str]


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
        live_h = self.live_h
        for hid, village, group, paper_on, first_day in sql.household_rows(store):
            live_h[hid] = (
                village or "",
                group or "",
                paper_on or first_day,
                first_day if paper_on else None,
            )
        # removed households read when replayed: id -> (registered_on's day or '', first write's day)
        self._gone_h: dict[str, tuple[str, str]] = {}
        # rows written more than once, last after a moment: table -> (moment, [(last write, id)])
        self._changed: dict[str, tuple[str, list[tuple[str, str]], list[str]]] = {}
        # people now on the register of a live household: (the day they joined it, their groups,
        # village, household, tags)
        self.base: dict[str, tuple[str, tuple[str, ...], str, str, frozenset[str]]] = {}
        self.by_house: dict[str, list[str]] = {}
        self._groups_of: dict[frozenset[str], tuple[str, ...]] = {}
        base = self.base
        kinds: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}  # tags JSON -> (tags, groups)
        joins: dict[
            tuple[tuple[str, ...], str], dict[str, int]
        ] = {}  # (groups, village) -> day -> people
        counted: dict[str, int] = {}  # join day -> people
        get_house, get_count, get_kind = live_h.get, counted.get, kinds.get
        # people of no special group, counted by household and day of their first write
        for (hid, created_day), n in Counter(sql.untagged_person_days(store)).items():
            house = get_house(hid)
            if house is None:
                continue  # of a removed household
            since = house[2]
            day = since if created_day < since or house[3] == created_day else created_day
            counted[day] = get_count(day, 0) + n
        for pid, hid, tags_text, created_day in sql.tagged_person_rows(
            store
        ):  # the others, one by one
            house = get_house(hid)
            if house is None:
                continue
            since = house[2]
            day = since if created_day < since or house[3] == created_day else created_day
            counted[day] = get_count(day, 0) + 1
            kind = get_kind(tags_text)
            if kind is None:
                tags = tags_of(tags_text)
                kind = kinds[tags_text] = (tags, self.groups_of(tags))
            tags, codes = kind
            village = house[0]
            base[pid] = (day, codes, village, hid, tags)
            if codes:
                by_day = joins.get((codes, village))
                if by_day is None:
                    by_day = joins[(codes, village)] = {}
                by_day[day] = by_day.get(day, 0) + 1
        self._p_all = _Tally(counted)  # everyone: counted by day
        self._h_since = sorted(h[2] for h in live_h.values())
        by_group: dict[str, dict[str, int]] = {code: {} for code, _t in self.groups}
        by_village: dict[str, dict[str, int]] = {}
        any_group: dict[str, int] = {}
        for (codes, village), by_day in joins.items():
            for target in (
                *(by_group[c] for c in codes),
                by_village.setdefault(village, {}),
                any_group,
            ):
                for day, n in by_day.items():
                    target[day] = target.get(day, 0) + n
        self._g_join = {code: _Tally(days) for code, days in by_group.items()}
        self._any_join = _Tally(any_group)
        self._village_join = {v: _Tally(days) for v, days in by_village.items()}
        self._changes: dict[tuple[str, str], list[Change]] = {}
        self._views: dict[dt.date, View] = {}
        self._members: dict[
            str, list[str]
        ] = {}  # household -> every person row of it (replayed households)
        self._now: dict[str, tuple[Any, ...]] = {}  # person -> its row now (affected people)
        self._states: dict[tuple[str, str, int], tuple[dict[str, Any], Change]] = {}
        self._times: dict[tuple[str, str], list[int]] = {}  # hlc of each write, in order
        self._person_then: dict[tuple[str, int], tuple[Any, frozenset[str], Any, str]] = {}
        self._house_then: dict[tuple[str, int], tuple[str, str, str, str, str] | None] = {}
        self._now_tags: dict[str, frozenset[str]] = {}
        self._replays: dict[tuple[int, int], _Replay] = {}
        self._cache: dict[dt.date, Snapshot] = {}

    def _days(self, hid: str) -> tuple[str, str]:
        """(registered_on's day or '', the first write's day) of a household row."""
        live = self.live_h.get(hid)
        if live is None:
            return self._gone_h.get(hid, ("", ""))
        return (live[2], live[3]) if live[3] is not None else ("", live[2])

    def expect(self, day: dt.date) -> None:
        """Days from ``day`` on will be asked for: read the rows written after it at once."""
        stamp = cutoff(day)[0]
        for table in ("households", "persons"):
            self._changed_after(table, stamp)

    def _changed_after(self, table: str, stamp: str) -> list[tuple[str, str]]:
        """(last write, id) of the rows of ``table`` written more than once, last after ``stamp``
        (read once for the earliest moment asked, in the order of the last write)."""
        found = self._changed.get(table)
        if found is None or stamp < found[0]:
            rows = sql.changed_since(self.store, table, stamp)
            found = self._changed[table] = (stamp, rows, [u for u, _i in rows])
        return found[1][bisect_right(found[2], stamp) :]

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
        times = self._times.get((table, row_id))
        if times is None:
            changes.sort(key=lambda c: c.order)
            times = self._times[(table, row_id)] = [c.hlc for c in changes]
        count = bisect_left(times, limit_ms) or 1  # writes ordered by hlc first
        key = (table, row_id, count)
        found = self._states.get(key)
        if found is None:
            before = [c for c in changes if c.hlc < limit_ms] or [changes[0]]
            found = self._states[key] = (resolve(before).values(), changes[0])
        return found

    def _house_state(self, hid: str, limit_ms: int) -> tuple[str, str, str, str, str] | None:
        """(village, group, registration date, registered_on's day, first write's day) of a
        replayed household before ``limit_ms``; None if it had no state or was removed then."""
        got = self._state("households", hid, limit_ms)
        if got is None:
            return None
        key = (hid, bisect_left(self._times[("households", hid)], limit_ms) or 1)
        if key not in self._house_then:
            state = got[0]
            paper_on, first_day = self._days(hid)
            self._house_then[key] = (
                None
                if state.get("deleted")
                else (
                    state.get("village_id") or "",
                    state.get("group_name") or "",
                    paper_on or first_day,
                    paper_on,
                    first_day,
                )
            )
        return self._house_then[key]

    def _person_state(self, pid: str, limit_ms: int) -> tuple[Any, frozenset[str], Any, str] | None:
        """(household, tags, deleted, first write's stamp) of a replayed person before ``limit_ms``."""
        got = self._state("persons", pid, limit_ms)
        if got is None:
            return None
        key = (pid, bisect_left(self._times[("persons", pid)], limit_ms) or 1)
        found = self._person_then.get(key)
        if found is None:
            state, first = got
            found = self._person_then[key] = (
                state.get("household_id"),
                _tags(state.get("tags")),
                state.get("deleted"),
                hlc_text(first.hlc),
            )
        return found

    # -- a day --------------------------------------------------------------------------------
    def view(self, day: dt.date) -> View:
        found = self._views.get(day)
        if found is None:
            found = self._views[day] = self._view(day)
        return found

    def _replay(self, stamp: str) -> _Replay:
        """The rows written after ``stamp`` and the people they touch; the same for every day
        between the same two writes (month ends share one)."""
        changed_h = self._changed_after("households", stamp)
        changed_p = self._changed_after("persons", stamp)
        cut = (len(changed_h), len(changed_p))  # suffixes of one order: the length tells them
        found = self._replays.get(cut)
        if found is not None:
            return found
        replay_h = {hid for _u, hid in changed_h}
        replay_p = {pid for _u, pid in changed_p}
        gone = sorted(h for h in replay_h if h not in self.live_h and h not in self._gone_h)
        if gone:
            self._gone_h.update(
                (h, (paper_on, first))
                for h, paper_on, first in sql.household_days(self.store, gone)
            )
        self._load("households", replay_h)
        self._load("persons", replay_p)
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
        now: dict[str, tuple[Any, frozenset[str], Any, str]] = {}
        base_now: dict[str, str] = {}  # affected people on the register now: the day they joined
        for pid in affected:
            row = self._now.get(pid)
            if row is None:
                continue
            hid, tags_text, deleted, created = row
            tags = self._now_tags.get(pid)
            if tags is None:
                tags = self._now_tags[pid] = _tags(tags_text)
            now[pid] = (hid, tags, deleted, created)
            live = self.live_h.get(hid)
            if not deleted and live is not None:
                base_now[pid] = live[2] if live[3] == created[:10] else max(live[2], created[:10])
        found = self._replays[cut] = _Replay(replay_h, replay_p, affected, now, base_now)
        return found

    def _view(self, day: dt.date) -> View:
        stamp, limit_ms = cutoff(day)
        end = day.isoformat()
        replay = self._replay(stamp)
        replay_h, replay_p = replay.households, replay.persons
        asof_h: dict[str, tuple[str, str, str]] = {}
        paper_day: dict[str, str] = {}
        for hid in replay_h:
            then = self._house_state(hid, limit_ms)
            if then is None:
                continue
            village, group, since, paper_on, first_day = then
            if since and since <= end:
                asof_h[hid] = (village, group, since)
                if paper_on:
                    paper_day[hid] = first_day
        now, live_h = replay.now, self.live_h
        asof_p: dict[str, tuple[str, frozenset[str], str]] = {}
        for pid in replay.affected:
            if pid in replay_p:
                person = self._person_state(pid, limit_ms)
                if person is None:
                    continue
                hid, tags, deleted, created = person
            else:
                row = now.get(pid)
                if row is None:
                    continue
                hid, tags, deleted, created = row
            if deleted or not hid:
                continue
            if hid in replay_h:
                house = asof_h.get(hid)
                paper = paper_day.get(hid)
            else:
                live = live_h.get(hid)
                house = live[:3] if live is not None and live[2] <= end else None
                paper = live[3] if live is not None else None
            if house is None:
                continue
            if created <= stamp or paper == created[:10]:
                asof_p[pid] = (hid, tags, house[0])
        return View(end, replay_h, asof_h, replay.affected, asof_p, replay.base_now)

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
        people = (
            self._p_all.upto(last)
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
        groups = {code: [0, t.upto(last)] for code, t in self._g_join.items()}
        villages = {v: [0, t.upto(last)] for v, t in self._village_join.items()}
        any_group = [0, self._any_join.upto(last)]
        delta: dict[tuple[tuple[str, ...], str], int] = {}  # (groups, village) -> people
        base, asof, groups_of = self.base, view.asof_p, self.groups_of
        for pid in view.affected_p:  # take their state now out, put their state then in
            info = base.get(pid)
            if info is not None and info[0] <= last and info[1]:
                key = (info[1], info[2])
                delta[key] = delta.get(key, 0) - 1
            found = asof.get(pid)
            if found is not None:
                key = (groups_of(found[1]), found[2])
                if key[0]:
                    delta[key] = delta.get(key, 0) + 1
        for (codes, village), n in delta.items():
            for code in codes:
                groups[code][1] += n
            any_group[1] += n
            villages.setdefault(village, [0, 0])[1] += n
        people = set(visited)
        homes = set(whole)
        if homes:
            if not self.by_house:  # built once, when first needed
                for pid, info in self.base.items():
                    self.by_house.setdefault(info[3], []).append(pid)
            for hid in homes:
                people.update(p for p in self.by_house.get(hid, ()) if p not in view.affected_p)
            people.update(p for p, found in view.asof_p.items() if found[0] in homes)
        affected = view.affected_p
        seen: dict[tuple[tuple[str, ...], str], int] = {}  # (groups, village) -> people visited
        get_base, get_seen = self.base.get, seen.get
        for pid in people - affected if affected else people:
            info = get_base(pid)
            if info is None or info[0] > last or not info[1]:
                continue
            key = (info[1], info[2])
            seen[key] = get_seen(key, 0) + 1
        for pid in people & affected if affected else ():
            found = view.asof_p.get(pid)
            if found is None:
                continue
            key = (self.groups_of(found[1]), found[2])
            if key[0]:
                seen[key] = get_seen(key, 0) + 1
        for (codes, village), n in seen.items():
            for code in codes:
                groups[code][0] += n
            any_group[0] += n
            villages.setdefault(village, [0, 0])[0] += n
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
