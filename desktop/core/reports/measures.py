"""What the core counts for the indicators: over a date range (visits, cases, referrals…), at a
day's end (stocks: the register, open cases, overdue referrals), and per month (探访率).

Every function reads the synced tables through desktop/core/store/reports.py and returns plain
numbers; desktop/core/reports/report.py puts them together by the indicator definitions.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from desktop.core import refdata
from desktop.core.reports.catalogue import Group
from desktop.core.reports.register import RegisterSource, Snapshot
from desktop.core.store import reports as sql
from desktop.core.store.base import Store

HOME, PHONE = refdata.VISIT_TYPES[0], refdata.VISIT_TYPES[1]
STAGES = refdata.CASE_STAGES
CLOSED = STAGES[-1]
STAGE_CODES = dict(
    zip(
        ("stage_intake", "stage_assess", "stage_plan", "stage_intervene", "stage_evaluate"),
        STAGES[:-1],
        strict=True,
    )
)
REPORTED = refdata.REPORT_ANSWERS[0]
ACCEPTED, COMPLETED = refdata.REFERRAL_STATUSES[1], refdata.REFERRAL_STATUSES[3]


@dataclass
class Ratio:
    """A rate's parts: ``num`` of ``den`` (a percentage; None when ``den`` is 0)."""

    num: int = 0
    den: int = 0

    @property
    def percent(self) -> float | None:
        return 100.0 * self.num / self.den if self.den else None


@dataclass
class MonthRates:
    """探访率 of one month: per group, per village (people of any group) and overall."""

    groups: dict[str, Ratio] = field(default_factory=dict)
    villages: dict[str, Ratio] = field(default_factory=dict)
    any_group: Ratio = field(default_factory=Ratio)
    visited_persons: frozenset[str] = frozenset()


def person_ids(members: str | None) -> list[str]:
    """The ids of a visit's ``members_met`` (a JSON list of UUID strings: split without a parser)."""
    if not members or members == "[]":
        return []
    if "\\" in members or " " in members:
        return json.loads(members)
    return members[2:-2].split('","')


def met_people(rows: Iterable[tuple[Any, Any]]) -> tuple[set[str], set[str]]:
    """The people named on visits (household_id, members_met), and the households of the visits
    that name nobody. The plain lists are cut out of their JSON text together, in one split."""
    named: set[str] = set()
    whole: set[str] = set()
    plain: list[str] = []
    for hid, members in rows:
        if not members or members == "[]":
            whole.add(hid)
        elif "\\" in members or " " in members:
            names = json.loads(members)
            if names:
                named.update(names)
            else:
                whole.add(hid)
        else:
            plain.append(members[2:-2])
    if plain:
        named.update('","'.join(plain).split('","'))
    return named, whole


def visited_people(store: Store, start: dt.date, end: dt.date, snap: Snapshot) -> set[str]:
    """Persons visited between two dates: named among the members met on a visit that counts, or
    living (at ``snap``'s day, people of special groups only) in a household visited on a record
    that names nobody."""
    household_wide: set[str] = set()
    out: set[str] = set()
    for hid, members in sql.met(store, start.isoformat(), end.isoformat()):
        names = person_ids(members)
        if names:
            out.update(names)
        else:
            household_wide.add(hid)
    if household_wide:
        out.update(pid for pid, (hid, _tags) in snap.persons.items() if hid in household_wide)
    return out


class VisitSpan:
    """The recorded visits and attempts of a span of days, read once (date, type, not_home,
    household, members met) and shared by the months and ranges inside it, which then count
    exactly what the SQL of each would (``visit_date BETWEEN start AND end``)."""

    def __init__(self, store: Store, start: str, end: str) -> None:
        self.start, self.end = start, end
        self.rows = sql.visit_rows(store, start, end)
        self.rows.sort(key=itemgetter(0))  # already by date: keeps bisect on Python's order
        self.dates = [r[0] for r in self.rows]

    def covers(self, start: str, end: str) -> bool:
        return self.start <= start and end <= self.end

    def between(self, start: str, end: str) -> list[tuple[Any, ...]]:
        return self.rows[bisect_left(self.dates, start) : bisect_right(self.dates, end)]


def _met(store: Store, start: str, end: str, visits: VisitSpan | None) -> Iterable[tuple[Any, Any]]:
    """(household_id, members_met) of the visits that count (someone met) between two dates."""
    if visits is None or not visits.covers(start, end):
        return sql.met(store, start, end)
    return ((r[3], r[4]) for r in visits.between(start, end) if r[2] == 0)


def month_rates(
    store: Store,
    source: RegisterSource,
    groups: tuple[Group, ...],
    year: int,
    month: int,
    visits: VisitSpan | None = None,
) -> MonthRates:
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    named, whole = met_people(_met(store, start.isoformat(), end.isoformat(), visits))
    by_group, by_village, any_group, people = source.group_rates(end, named, whole)
    return MonthRates(
        groups={g.code: Ratio(*by_group.get(g.code, (0, 0))) for g in groups},
        villages={v: Ratio(*r) for v, r in by_village.items()},
        any_group=Ratio(*any_group),
        visited_persons=frozenset(people),
    )


# -- over a date range ----------------------------------------------------------------------------
def _visit_counts(
    store: Store, start: str, end: str, visits: VisitSpan | None
) -> list[tuple[Any, ...]]:
    """(visit_type, not_home, records, households) as sql.visit_counts, from ``visits`` when it
    holds the range (there, households are counted only where visit_measures reads them)."""
    if visits is None or not visits.covers(start, end):
        return sql.visit_counts(store, start, end)
    rows = visits.between(start, end)
    records = Counter(map(itemgetter(1, 2), rows))
    return [
        (t, n, count, len({r[3] for r in rows if r[1] == t and r[2] == n} - {None}))
        if t == HOME and not n
        else (t, n, count, 0)  # households counted only of home visits that met someone
        for (t, n), count in records.items()
    ]


def visit_measures(
    store: Store, start: str, end: str, visits: VisitSpan | None = None
) -> dict[str, int]:
    out = {
        "home_visits": 0,
        "home_households": 0,
        "home_not_met": 0,
        "phone_visits": 0,
        "all_visits": 0,
    }
    for visit_type, not_home, records, homes in _visit_counts(store, start, end, visits):
        if not_home:
            if visit_type == HOME:
                out["home_not_met"] += records
            continue
        out["all_visits"] += records
        if visit_type == HOME:
            out["home_visits"] += records
            out["home_households"] += homes
        elif visit_type == PHONE:
            out["phone_visits"] += records
    return out


def register_measures(source: RegisterSource, start: dt.date, end: dt.date) -> dict[str, int]:
    return source.counts(start, end)


def stages_at(
    store: Store,
    end: str,
    cases: list[dict[str, Any]] | None = None,
    events: list[tuple[Any, ...]] | None = None,
) -> dict[str, str]:
    """case id -> its stage at the end of ``end`` (from the stage events; cases taken in later
    left out). ``cases`` and ``events``: sql.case_rows and sql.case_stage_events of ``end``, when
    already read."""
    out: dict[str, str] = {}
    for case in sql.case_rows(store, end) if cases is None else cases:
        out[case["id"]] = STAGES[0]
    for case_id, _day, _kind, stage in (
        sql.case_stage_events(store, end) if events is None else events
    ):
        if case_id in out:
            out[case_id] = stage
    return out


def case_measures(store: Store, start: str, end: str) -> dict[str, Any]:
    cases = sql.case_rows(store, end)
    events = sql.case_stage_events(store, end)
    stages = stages_at(store, end, cases, events)
    out: dict[str, Any] = {
        "cases_new": sum(1 for c in cases if c["intake_date"] >= start),
        "cases_open": sum(1 for s in stages.values() if s != CLOSED),
        "cases_closed": sum(
            1
            for _c, day, kind, stage in events
            if day >= start and stage == CLOSED and kind == "close"
        ),
        "case_sessions": len(sql.case_records(store, start, end)),
    }
    counts = Counter(stages.values())
    for code, stage in STAGE_CODES.items():
        out[code] = counts.get(stage, 0)
    out["_stages"] = {s: counts.get(s, 0) for s in STAGES[:-1]}
    return out


def _scores(ratings: list[dict[str, Any]]) -> list[int]:
    return [int(r["score"]) for r in ratings if r.get("score") is not None and r.get("score") != ""]


def plan_measures(store: Store, start: str, end: str) -> dict[str, Any]:
    evaluated = attained = goals = goals_met = 0
    for e in sql.evaluations(store, start, end):
        scores = _scores(e["ratings"])
        if not scores:
            continue
        evaluated += 1
        attained += sum(scores) >= 0
        goals += len(scores)
        goals_met += sum(1 for s in scores if s >= 0)
    return {
        "plans_evaluated": evaluated,
        "plans_attained": attained,
        "goals_attained_rate": Ratio(goals_met, goals),
    }


def closed_attainment(store: Store, start: str, end: str) -> dict[int, int]:
    """Goal scores (-2…+2 -> count) of the latest evaluation of each case closed in the range."""
    closed = {
        c
        for c, day, kind, stage in sql.case_stage_events(store, end)
        if day >= start and stage == CLOSED and kind == "close"
    }
    latest: dict[str, dict[str, Any]] = {}
    for e in sql.evaluations(store, "0000-00-00", end):
        if e["case_id"] in closed:
            latest[e["case_id"]] = e  # oldest first: the last one stays
    out = dict.fromkeys((-2, -1, 0, 1, 2), 0)
    for e in latest.values():
        for s in _scores(e["ratings"]):
            if s in out:
                out[s] += 1
    return out


def referral_states(
    store: Store, end: str, events: list[dict[str, Any]] | None = None
) -> dict[str, tuple[str, str]]:
    """referral id -> (status, follow-up date) at the end of ``end``, from its effective events
    (``events``: sql.referral_events of ``end``, when already read)."""
    if events is None:
        events = sql.referral_events(store, end)
    corrected = {e["corrects"] for e in events if e.get("corrects")}
    out: dict[str, tuple[str, str]] = {}
    for e in events:
        if e["id"] in corrected:
            continue
        out[e["referral_id"]] = (e["status"] or "", e["follow_up"] or "")
    return out


def referral_measures(store: Store, start: str, end: str, today: dt.date) -> dict[str, Any]:
    referrals = sql.referrals(store, end)
    made = [r for r in referrals if r["referred_on"] >= start]
    events = sql.referral_events(store, end)
    corrected = {e["corrects"] for e in events if e.get("corrects")}
    accepted = {
        e["referral_id"]
        for e in events
        if e["id"] not in corrected and e["status"] == ACCEPTED and e["event_date"] >= start
    }
    completed = {
        e["referral_id"]
        for e in events
        if e["id"] not in corrected and e["status"] == COMPLETED and e["event_date"] >= start
    }
    states = referral_states(store, end, events)
    # Overdue on the period's last day, or today when the period is not over yet.
    on = min(end, today.isoformat())
    overdue = sum(
        1
        for rid, (status, follow) in states.items()
        if status not in refdata.REFERRAL_DONE and follow and follow < on
    )
    by_status: Counter[str] = Counter()
    touched = {e["referral_id"] for e in events if e["event_date"] >= start}
    for r in referrals:
        status = states.get(r["id"], (refdata.REFERRAL_STATUSES[0], ""))[0]
        if status in refdata.REFERRAL_DONE and r["id"] not in touched:
            continue  # closed before the period
        by_status[status] += 1
    linked = sum(1 for r in made if r.get("resource_id")) + len(plan_links(store, start, end))
    return {
        "referrals_made": len(made),
        "referrals_accepted": len(accepted),
        "referrals_completed": len(completed),
        "referrals_overdue": overdue,
        "resources_linked": linked,
        "_by_status": {s: by_status.get(s, 0) for s in refdata.REFERRAL_STATUSES},
    }


def plan_links(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """Actions naming a resource of the directory, new in a plan version agreed in the range."""
    versions = sql.plans(store, end)
    actions_of: dict[str, set[str]] = {}
    out: list[dict[str, Any]] = []
    for p in versions:
        ids: set[str] = set()
        before = actions_of.get(p.get("replaces") or "", set())
        for goal in p["goals"] or []:
            for a in goal.get("actions") or []:
                ids.add(a.get("id") or "")
                if (
                    (p["agreed_on"] or "") >= start
                    and a.get("resource_id")
                    and a.get("id") not in before
                ):
                    out.append(
                        {
                            **a,
                            "plan_id": p["id"],
                            "case_id": p["case_id"],
                            "agreed_on": p["agreed_on"],
                            "goal": goal.get("goal") or "",
                        }
                    )
        actions_of[p["id"]] = ids
    return out


def crisis_measures(store: Store, start: str, end: str) -> dict[str, Any]:
    raised = handled = 0
    days: list[int] = []
    for raised_on, status, resolved_on in sql.crises(store, start, end):
        if status == "withdrawn":
            continue
        if start <= raised_on <= end:
            raised += 1
        if status == "resolved" and resolved_on and start <= resolved_on <= end:
            handled += 1
            try:
                days.append(
                    (dt.date.fromisoformat(resolved_on) - dt.date.fromisoformat(raised_on)).days
                )
            except ValueError:
                continue
    return {
        "crises_raised": raised,
        "crises_handled": handled,
        "crisis_days_median": statistics.median(days) if days else None,
        "mandatory_reports": sql.mandatory_reports(store, start, end),
    }


def range_measures(
    store: Store,
    source: RegisterSource,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    visits: VisitSpan | None = None,
) -> dict[str, Any]:
    """Every counted measure of a date range (stocks at its end)."""
    s, e = start.isoformat(), end.isoformat()
    out: dict[str, Any] = {}
    out.update(visit_measures(store, s, e, visits))
    out.update(register_measures(source, start, end))
    out.update(case_measures(store, s, e))
    out.update(plan_measures(store, s, e))
    out.update(referral_measures(store, s, e, today))
    out.update(crisis_measures(store, s, e))
    return out
