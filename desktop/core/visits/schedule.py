"""The visit schedule (待走访) and monthly visit coverage (探访率).

Each household's visit interval comes from the station's rules (table visit_rules): a rule per
special-group tag or risk level, the most frequent matching one wins, and households matched by
none get the "other" rule. A household may carry its own interval (households.visit_interval),
which replaces the rules. "0" means no scheduled visits.

Due date: one interval after the last visit that counts (submitted, current version, not void,
someone met), or the next-visit date planned on that visit if earlier. A household never visited
is due from the day it was registered. 入户未遇 attempts do not count: the household stays due.

Coverage of a month: a household is due in the month when its due date, as of the first day of
the month, falls on or before the month's last day; it is covered when it got at least one visit
that counts during the month. Rules and tags as they are today apply to past months too.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, overload

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import FieldError, NotFoundError, ValidationError, live
from desktop.core.station.station import new_id
from desktop.core.store import households as household_sql
from desktop.core.store import schedule as schedule_sql
from desktop.core.store import station as station_sql
from desktop.core.store import visits as sql
from desktop.core.store.base import Store
from desktop.core.sync.recorder import ChangeSet
from desktop.core.text import clean
from desktop.core.visits import intervals
from desktop.core.visits.intervals import Interval

RULE_KINDS = ("tag", "risk", "other")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str  # "tag", "risk" or "other"
    value: str  # the tag or the risk level; "" for "other"
    interval: Interval
    builtin: bool = False


class RuleSet:
    """Rules ready to apply to many households (the result per combination is cached)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = list(rules)
        self.by_tag = {r.value: r.interval for r in self.rules if r.kind == "tag"}
        self.by_risk = {r.value: r.interval for r in self.rules if r.kind == "risk"}
        other = [r.interval for r in self.rules if r.kind == "other"]
        self.other = other[0] if other else Interval(3, "m")
        self._cache: dict[tuple[str, str, str], tuple[Interval, str]] = {}

    def interval(
        self, tags_text: str, risk: str | None, override: str | None = None
    ) -> tuple[Interval, str]:
        """(interval, source) for a household: source is "override", "rule" or "other".

        ``tags_text`` is "|tag|tag|" (the search index form) or a plain list joined the same way.
        """
        key = (tags_text or "", risk or "", override or "")
        found = self._cache.get(key)
        if found is not None:
            return found
        result: tuple[Interval, str] | None = None
        if override:
            try:
                parsed = intervals.parse(override)
            except ValueError:
                parsed = None
            if parsed is not None:
                result = (parsed, "override")
        if result is None:
            matched = [
                self.by_tag[t] for t in (tags_text or "").strip("|").split("|") if t in self.by_tag
            ]
            if risk in self.by_risk:
                matched.append(self.by_risk[risk])
            best = intervals.shortest(matched)
            result = (best, "rule") if best is not None else (self.other, "other")
        self._cache[key] = result
        return result


def tags_text(tags: Iterable[str]) -> str:
    ordered = sorted(set(tags))
    return "|" + "|".join(ordered) + "|" if ordered else ""


# -- settings -------------------------------------------------------------------------------------
def rules(ctx: Context) -> list[Rule]:
    """The station's rules; the shipped defaults until the station has any (e.g. before sync)."""
    return _rules(ctx.store)


def _rules(store: Store) -> list[Rule]:
    rows = sql.rules(store)
    if not rows and not sql.all_rule_ids(store):
        return [
            Rule("", k, v, intervals.parse(i) or Interval(0), True)
            for k, v, i in refdata.DEFAULT_VISIT_RULES
        ]
    out = []
    for r in rows:
        try:
            interval = intervals.parse(r["interval"]) or Interval(0)
        except ValueError:
            continue
        out.append(Rule(r["id"], r["kind"], r["value"] or "", interval, bool(r["builtin"])))
    return out


def rule_set(ctx: Context) -> RuleSet:
    return RuleSet(rules(ctx))


def _interval_text(text: str, field_name: str = "interval", allow_empty: bool = False) -> str:
    try:
        parsed = intervals.parse(text)
    except ValueError:
        parsed = None
        if not allow_empty or clean(text):
            raise ValidationError([FieldError(field_name, "interval.format")]) from None
    if parsed is None:
        if allow_empty:
            return ""
        raise ValidationError([FieldError(field_name, "interval.format")])
    return parsed.text()


def save_rule(
    ctx: Context, kind: str, value: str, interval: str, rule_id: str | None = None
) -> ChangeSet:
    """Add a rule (``rule_id`` None) or change one. One rule per tag / risk level / "other"."""
    if kind not in RULE_KINDS:
        raise ValidationError([FieldError("kind", "rule.value")])
    value = "" if kind == "other" else clean(value)
    if kind == "tag" and value not in station_sql.tag_names(ctx.store):
        raise ValidationError([FieldError("value", "rule.value")])
    if kind == "risk" and value not in refdata.RISK_LEVELS:
        raise ValidationError([FieldError("value", "rule.value")])
    text = _interval_text(interval)
    _ensure_defaults(ctx)
    rows = sql.rules(ctx.store)
    if any(r["kind"] == kind and (r["value"] or "") == value and r["id"] != rule_id for r in rows):
        raise ValidationError(
            [FieldError("value", "rule.exists", {"value": value or refdata.RULE_OTHER})]
        )
    with ctx.write() as w:
        if rule_id:
            if not any(r["id"] == rule_id for r in rows):
                raise NotFoundError()
            w.put("visit_rules", rule_id, {"kind": kind, "value": value, "interval": text})
        else:
            w.put(
                "visit_rules",
                new_id(),
                {
                    "kind": kind,
                    "value": value,
                    "interval": text,
                    "sort": 100 + len(rows),
                    "builtin": 0,
                },
                new=True,
            )
    return w.result


def _ensure_defaults(ctx: Context) -> None:
    """A station that never held rules or domains (none synced yet) writes the defaults before
    changing them, so that what it saw is what it keeps."""
    if sql.all_rule_ids(ctx.store) and sql.all_domain_ids(ctx.store):
        return
    station_id = sql.station_id(ctx.store)
    if station_id:
        from desktop.core.visits import visit_setup

        with ctx.write() as w:
            visit_setup.seed_defaults(w, station_id)


def remove_rule(ctx: Context, rule_id: str) -> ChangeSet:
    rows = sql.rules(ctx.store)
    found = next((r for r in rows if r["id"] == rule_id), None)
    if found is None:
        raise NotFoundError()
    with ctx.write() as w:
        w.delete("visit_rules", rule_id)
    return w.result


def domains(ctx: Context) -> list[dict[str, Any]]:
    """The station's observation domains; the shipped defaults until it has any."""
    rows = sql.domains(ctx.store)
    if not rows and not sql.all_domain_ids(ctx.store):
        return [
            {
                "id": "",
                "name": n,
                "sort": i,
                "builtin": 1,
                "children_only": int(n in refdata.CHILD_DOMAINS),
            }
            for i, n in enumerate(refdata.OBSERVATION_DOMAINS, start=1)
        ]
    return rows


def add_domain(ctx: Context, name: str, children_only: bool = False) -> ChangeSet:
    name = clean(name)
    if not name:
        from desktop.core.register.validation import LABELS

        raise ValidationError([FieldError("name", "required", {"label": LABELS["domain_name"]})])
    if len(name) > 20:
        raise ValidationError([FieldError("name", "too_long", {"label": name, "max": 20})])
    _ensure_defaults(ctx)
    existing = domains(ctx)
    if any(d["name"] == name for d in existing):
        raise ValidationError([FieldError("name", "domain.exists", {"name": name})])
    with ctx.write() as w:
        w.put(
            "observation_domains",
            new_id(),
            {
                "name": name,
                "sort": 100 + len(existing),
                "builtin": 0,
                "children_only": 1 if children_only else 0,
            },
            new=True,
        )
    return w.result


def remove_domain(ctx: Context, domain_id: str) -> ChangeSet:
    """Stop offering a domain on new visits; visits that used it keep their observations."""
    if not any(d["id"] == domain_id for d in sql.domains(ctx.store)):
        raise NotFoundError()
    with ctx.write() as w:
        w.delete("observation_domains", domain_id)
    return w.result


def set_household_interval(ctx: Context, household_id: str, interval: str) -> ChangeSet:
    """Give one household its own visit interval ("2w", "1m", "0" for none); "" returns it to the rules."""
    live(household_sql.get_household(ctx.store, household_id))
    text = _interval_text(interval, "visit_interval", allow_empty=True)
    with ctx.write() as w:
        w.put("households", household_id, {"visit_interval": text})
    return w.result


# -- the derived schedule -------------------------------------------------------------------------
def refresh(ctx: Context) -> bool:
    """Recompute the schedule rows of households whose inputs changed (marked by triggers).

    Returns False when another program holds the database (the rows stay marked for next time).
    """
    return refresh_store(ctx.store)


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def refresh_store(store: Store) -> bool:
    month = _month_start(store.clock.today()).isoformat()[:7]
    if not schedule_sql.dirty(store) and store.meta_get(schedule_sql.MONTH_KEY) == month:
        return True
    try:
        with store.transaction():
            recompute_marked(store)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return False
        raise
    return True


def recompute_marked(store: Store) -> None:
    """Recompute marked rows inside the caller's transaction (also the migration's). A new month
    recomputes every row: the cur_/prev_ coverage columns are relative to it."""
    month = _month_start(store.clock.today()).isoformat()[:7]
    if store.meta_get(schedule_sql.MONTH_KEY) != month:
        schedule_sql.mark_all(store)
        store.meta_set(schedule_sql.MONTH_KEY, month)
    marked = schedule_sql.dirty(store)
    if marked:
        _recompute(store, marked, month)


def _month_state(store: Store, ids: list[str] | None, start: dt.date) -> tuple[dict, set[str], str]:
    """Last visits before the month and who was visited in it, for the month starting ``start``."""
    end = intervals.month_bounds(start.year, start.month)[1]
    before = schedule_sql.done_state(store, ids, before=start.isoformat())
    visited = schedule_sql.done_between(store, start.isoformat(), end.isoformat(), ids)
    return before, visited, end.isoformat()


def _due_in_month(
    interval: Interval,
    seen: tuple[str, str | None] | None,
    got: bool,
    registered: str | None,
    start: dt.date,
    end: str,
) -> str | None:
    """The due date as of the first of the month, or None: not on the register by then."""
    if interval.none:
        return None
    if seen is not None:
        found = intervals.due_date(_day(seen[0]), interval, _day(seen[1]))
        return found.isoformat() if found else None
    if got or (registered or "") <= end:
        return start.isoformat()  # never visited before the month: due from its start
    return None


def _recompute(store: Store, marked: list[str], month: str) -> None:
    """Recompute the marked rows; ``month`` ("2026-11") is the current month of the columns."""
    everything = schedule_sql.ALL in marked
    ids = None if everything else [i for i in marked if i != schedule_sql.ALL]
    ruleset = RuleSet(_rules(store))
    homes = schedule_sql.households(store, ids)
    tags = schedule_sql.member_tags(store, ids)
    done = schedule_sql.done_state(store, ids)
    attempts = schedule_sql.attempt_state(store, ids)
    cur_start = dt.date.fromisoformat(f"{month}-01")
    prev_start = _month_start(cur_start - dt.timedelta(days=1))
    cur_before, cur_visited, cur_end = _month_state(store, ids, cur_start)
    prev_before, prev_visited, prev_end = _month_state(store, ids, prev_start)
    rows: list[tuple[Any, ...]] = []
    gone: list[str] = []
    for hid, deleted, village_id, group, worker, risk, override, registered in homes:
        if deleted:
            gone.append(hid)
            continue
        tag_text = tags_text(tags.get(hid, ()))
        interval, source = ruleset.interval(tag_text, risk, override)
        last, planned = done.get(hid, (None, None))
        attempt = attempts.get(hid)
        if attempt and last and attempt < last:
            attempt = None
        registered = registered or None
        due = None
        if not interval.none:
            if last:
                found = intervals.due_date(_day(last), interval, _day(planned))
                due = found.isoformat() if found else None
            else:
                due = registered or cur_start.isoformat()
        cur_got, prev_got = hid in cur_visited, hid in prev_visited
        rows.append(
            (
                hid,
                due,
                interval.text(),
                source,
                last,
                planned,
                attempt,
                registered,
                village_id,
                group,
                worker,
                risk,
                tag_text,
                _due_in_month(
                    interval, cur_before.get(hid), cur_got, registered, cur_start, cur_end
                ),
                cur_got,
                _due_in_month(
                    interval, prev_before.get(hid), prev_got, registered, prev_start, prev_end
                ),
                prev_got,
            )
        )
    if ids is not None:
        found_ids = {h[0] for h in homes}
        gone += [i for i in ids if i not in found_ids]
    schedule_sql.replace_rows(store, rows, gone, everything)
    schedule_sql.clear_dirty(store, marked)


# -- the due list ---------------------------------------------------------------------------------
@dataclass(slots=True)
class DueItem:
    household_id: str
    due_date: dt.date
    interval: Interval
    interval_source: str  # "override", "rule" or "other"
    last_visit: dt.date | None
    planned: dt.date | None  # next-visit date written on the last visit
    last_attempt: dt.date | None  # latest 入户未遇 after the last visit
    crisis: bool
    village_id: str | None

    def overdue_days(self, today: dt.date) -> int:
        return (today - self.due_date).days


@lru_cache(maxsize=4096)
def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _due_day(text: str) -> dt.date:
    """The due date of a due-list row: rows without one (due_key '9999') sort after every limit."""
    day = _day(text)
    if day is None:
        raise ValueError(f"a due row without a due date: {text!r}")
    return day


@lru_cache(maxsize=256)
def _interval(text: str) -> Interval:
    try:
        return intervals.parse(text) or Interval(0)
    except ValueError:
        return Interval(0)


# (limit, village_id, worker, tag): the filters of schedule_sql.due_rows and due_counts
DueQuery = tuple[str, str | None, str | None, str | None]


class DueList(Sequence[DueItem]):
    """The due households in order, counted at once and read a page at a time as they are asked
    for (the 待走访 list of 40,000 households shows in milliseconds); items are built when read.
    Holds its own filters; a change to the data needs a new DueList."""

    PAGE = 500
    NEAR_PAGES = 4  # pages ``position`` reads before it reads the whole list

    def __init__(self, store: Store, today: dt.date, query: DueQuery, crises: set[str]) -> None:
        self._store = store
        self._today = today
        self._query = query
        self.crises = crises
        self._counts: dict[str, list[tuple[Any, ...]]] = {}
        self._pages: dict[int, list[tuple[Any, ...]]] = {}
        self._all: list[tuple[Any, ...]] | None = None
        self._positions: dict[str, int] | None = None
        self._len: int | None = None

    # -- counts, from one grouped query ---------------------------------------------------------
    def _by_village(self, today: dt.date) -> list[tuple[Any, ...]]:
        text = today.isoformat()
        found = self._counts.get(text)
        if found is None:
            found = self._counts[text] = schedule_sql.due_counts(self._store, text, *self._query)
        return found

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(r[1] for r in self._by_village(self._today))
        return self._len

    def overdue_count(self, today: dt.date) -> int:
        return sum(r[2] for r in self._by_village(today))

    def never_visited_count(self) -> int:
        return sum(r[3] for r in self._by_village(self._today))

    def village_counts(self) -> dict[str | None, int]:
        return {r[0]: r[1] for r in self._by_village(self._today)}

    # -- rows -------------------------------------------------------------------------------------
    def _rows(self) -> list[tuple[Any, ...]]:
        if self._all is None:
            self._all = schedule_sql.due_rows(self._store, *self._query)
        return self._all

    def _row(self, index: int) -> tuple[Any, ...]:
        if self._all is not None:
            return self._all[index]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        number, offset = divmod(index, self.PAGE)
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) > 40:
                self._pages.clear()
            page = self._pages[number] = schedule_sql.due_rows(
                self._store, *self._query, offset=number * self.PAGE, count=self.PAGE
            )
        if offset >= len(page):
            raise IndexError(index)  # fewer rows than counted: changed meanwhile
        return page[offset]

    def _item(self, row: tuple[Any, ...]) -> DueItem:
        hid, due, iv, source, last, planned, attempt, vid = row
        return DueItem(
            hid,
            _due_day(due),
            _interval(iv),
            source,
            _day(last),
            _day(planned),
            _day(attempt),
            hid in self.crises,
            vid,
        )

    @overload
    def __getitem__(self, index: int) -> DueItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[DueItem]: ...

    def __getitem__(self, index: int | slice) -> DueItem | list[DueItem]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._item(self._row(index))

    def __iter__(self) -> Iterator[DueItem]:
        return (self._item(r) for r in self._rows())

    def household_id(self, index: int) -> str:
        return str(self._row(index)[0])

    def position(self, household_id: str) -> int:
        """Where a household stands in the list; ValueError if it is not due."""
        if self._positions is None and self._all is None:
            # the selection a page keeps is mostly near the top: look there before reading all
            for number in range(min(self.NEAR_PAGES, -(-len(self) // self.PAGE))):
                self._row(number * self.PAGE)
                page = self._pages.get(number, [])
                for offset, r in enumerate(page):
                    if r[0] == household_id:
                        return number * self.PAGE + offset
        if self._positions is None:
            self._positions = {r[0]: i for i, r in enumerate(self._rows())}
        if household_id not in self._positions:
            raise ValueError(household_id)
        return self._positions[household_id]

    def household_ids(self) -> DueIds:
        return DueIds(self)


class DueIds(Sequence[str]):
    """The household ids of a DueList, read through its pages."""

    def __init__(self, due: DueList) -> None:
        self._due = due

    def __len__(self) -> int:
        return len(self._due)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._due.household_id(index)

    def __iter__(self) -> Iterator[str]:
        return (str(r[0]) for r in self._due._rows())

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        if not isinstance(value, str):
            raise ValueError(value)
        position = self._due.position(value)
        if position < start or (stop is not None and position >= stop):
            raise ValueError(value)
        return position


def due_list(
    ctx: Context,
    today: dt.date | None = None,
    within_days: int = 0,
    village_id: str | None = None,
    tag: str | None = None,
    worker: str | None = None,
) -> DueList:
    """Households due by ``today`` (+ ``within_days``), most overdue first (an open crisis first
    among those due the same day)."""
    today = today or ctx.today()
    refresh(ctx)
    limit = (today + dt.timedelta(days=within_days)).isoformat()
    return DueList(
        ctx.store, today, (limit, village_id, worker, tag), sql.open_crisis_households(ctx.store)
    )


def household_schedule(
    ctx: Context, household_id: str, today: dt.date | None = None
) -> dict[str, Any]:
    """Interval (and where it comes from), last visit and due date of one household."""
    today = today or ctx.today()
    found = household_sql.get_household(ctx.store, household_id)
    if found is None:
        raise NotFoundError()
    refresh(ctx)
    row = schedule_sql.row(ctx.store, household_id)
    if row is None:
        return {
            "interval": Interval(0),
            "source": "rule",
            "override": "",
            "last_visit": None,
            "planned": None,
            "due_date": None,
            "overdue_days": None,
            "last_attempt": None,
        }
    values = dict(zip(schedule_sql.COLUMNS, row, strict=True))
    due = _day(values["due_date"])
    return {
        "interval": intervals.parse(values["interval"]) or Interval(0),
        "source": values["source"],
        "override": found.get("visit_interval") or "",
        "last_visit": _day(values["last_done"]),
        "planned": _day(values["planned"]),
        "last_attempt": _day(values["last_attempt"]),
        "due_date": due,
        "overdue_days": (today - due).days if due else None,
    }


# -- coverage -------------------------------------------------------------------------------------
@dataclass
class CoverageRow:
    village_id: str
    village: str
    group_name: str  # "" on a village's total row
    due: int = 0
    visited: int = 0

    @property
    def rate(self) -> float | None:
        return self.visited / self.due if self.due else None

    @property
    def missed(self) -> int:
        return self.due - self.visited


@dataclass
class Coverage:
    year: int
    month: int
    rows: list[CoverageRow]  # each village's total row, then its groups
    by_risk: list[CoverageRow]  # village = the risk level
    total: CoverageRow
    visited_not_due: int = 0  # households visited in the month though not due


def coverage(ctx: Context, year: int, month: int, precomputed: bool = True) -> Coverage:
    """Visit coverage of one month by village and group, and by risk level.

    This month and last month are read from the schedule's precomputed columns; other months (or
    ``precomputed`` False) are computed from the visits.
    """
    start_day, end_day = intervals.month_bounds(year, month)
    store = ctx.store
    refresh(ctx)
    counts: dict[tuple[str, str, str], list[int]] = {}  # (village, group, risk) -> [due, visited]
    cur_start = _month_start(ctx.today())
    which = {cur_start: "cur", _month_start(cur_start - dt.timedelta(days=1)): "prev"}.get(
        start_day
    )
    if (
        precomputed
        and which
        and store.meta_get(schedule_sql.MONTH_KEY) == cur_start.isoformat()[:7]
    ):
        extra = 0
        for vid, group, risk, due, got, not_due in schedule_sql.month_counts(
            store, which, end_day.isoformat()
        ):
            if due:
                counts[(vid or "", group or "", risk or "")] = [due, got or 0]
            extra += not_due or 0
    else:
        extra = _count_month(store, start_day, end_day, counts)
    return _coverage_rows(store, year, month, counts, extra)


def _count_month(
    store: Store,
    start_day: dt.date,
    end_day: dt.date,
    counts: dict[tuple[str, str, str], list[int]],
) -> int:
    """Coverage counts of any month, from the visits; returns households visited though not due."""
    start, end = start_day.isoformat(), end_day.isoformat()
    for vid, group, risk, n in schedule_sql.due_untouched(store, start, end):
        counts.setdefault((vid or "", group or "", risk or ""), [0, 0])[0] += n
    # Households visited since the month began: their state as of the first of the month.
    later = schedule_sql.visited_since(store, start)
    extra = 0
    if later:
        before = schedule_sql.done_state(store, [r[0] for r in later], before=start)
        # visited in the month: last visit within it, or (last visit after it) a visit within it
        visited = {r[0] for r in later if r[6] <= end}
        after = [r[0] for r in later if r[6] > end]
        if after:
            visited |= schedule_sql.done_between(store, start, end, after)
        parsed: dict[str, Interval] = {}
        for hid, iv, registered, vid, group, risk, _last in later:
            interval = parsed.get(iv)
            if interval is None:
                interval = parsed[iv] = intervals.parse(iv) or Interval(0)
            seen = before.get(hid)
            got = hid in visited
            if seen is None and not got and (registered or "") > end:
                continue  # first visited after the month, registered after it: not yet on the register
            due = intervals.due_date(_day(seen[0]), interval, _day(seen[1])) if seen else start_day
            if due is None or due > end_day:
                extra += got
                continue
            entry = counts.setdefault((vid or "", group or "", risk or ""), [0, 0])
            entry[0] += 1
            entry[1] += got
    return extra


def _coverage_rows(
    store: Store, year: int, month: int, counts: dict[tuple[str, str, str], list[int]], extra: int
) -> Coverage:
    villages = station_sql.villages(store)
    names = {v["id"]: v["name"] for v in villages}
    village_rows: dict[str, CoverageRow] = {}
    group_rows: dict[tuple[str, str], CoverageRow] = {}
    risk_rows = {r: CoverageRow("", r, "") for r in refdata.RISK_LEVELS}
    total = CoverageRow("", "", "")
    for (vid, group, risk), (due, got) in counts.items():
        rows = [
            total,
            village_rows.setdefault(vid, CoverageRow(vid, names.get(vid, ""), "")),
            group_rows.setdefault((vid, group), CoverageRow(vid, names.get(vid, ""), group)),
        ]
        rows.append(risk_rows.setdefault(risk, CoverageRow("", risk, "")))
        for row in rows:
            row.due += due
            row.visited += got
    order = {v["id"]: i for i, v in enumerate(villages)}
    groups_order = {v["id"]: {g: i for i, g in enumerate(v["groups"])} for v in villages}
    out: list[CoverageRow] = []
    for vid in sorted(village_rows, key=lambda k: (order.get(k, 9999), names.get(k, ""))):
        out.append(village_rows[vid])
        groups = [r for (v, _g), r in group_rows.items() if v == vid]
        groups.sort(key=lambda r: (groups_order.get(vid, {}).get(r.group_name, 999), r.group_name))
        out.extend(groups)
    return Coverage(year, month, out, list(risk_rows.values()), total, extra)
