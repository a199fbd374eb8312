"""Case work (个案): opening a case, its stages, closure and reopening, and what a case view shows.

Stages follow MZ/T 094-2017: 接案 → 预估 → 计划 → 介入 → 评估 → 结案. A case moves forward as its
records are written (the first assessment: 预估; a plan: 计划; an agreed plan: 介入; an
evaluation: 评估); closure needs an evaluation of the current round of service (``episode``), and
reopening starts a new round at 预估. Every stage change is also an append-only case event with
its date and worker, so the case's path stays visible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core import refdata
from desktop.core.cases.case_records import CaseInput
from desktop.core.cases.case_validation import clean_case, date_field
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError, live
from desktop.core.register.validation import LABELS
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.store import households as household_sql
from desktop.core.store import resources as resource_sql
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet, Writer
from desktop.core.text import clean

STAGES = refdata.CASE_STAGES
INTAKE, ASSESS, PLAN, INTERVENE, EVALUATE, CLOSED = STAGES
OPEN_STAGES = STAGES[:-1]


@dataclass(frozen=True)
class SavedCase:
    case_id: str
    changes: ChangeSet


def live_case(ctx: Context, case_id: str) -> dict[str, Any]:
    return live(sql.get_row(ctx.store, "cases", case_id))


def open_case_row(ctx: Context, case_id: str) -> dict[str, Any]:
    """A live case that is not closed (writes to a closed case are refused)."""
    found = live_case(ctx, case_id)
    if found["stage"] == CLOSED:
        raise StationDeskError("case.closed")
    return found


def stage_at_least(case: dict[str, Any], stage: str) -> bool:
    return STAGES.index(case["stage"]) >= STAGES.index(stage)


def advance(
    w: Writer, case: dict[str, Any], stage: str, day: str, worker: str, note: str = ""
) -> None:
    """Move a case forward to ``stage`` (never back), with an event; ``case`` is updated in place."""
    if stage_at_least(case, stage):
        return
    w.put(
        "case_events",
        new_id(),
        {
            "case_id": case["id"],
            "event_date": day,
            "kind": "stage",
            "stage": stage,
            "from_stage": case["stage"],
            "episode": case.get("episode") or 1,
            "note": note,
            "worker": worker,
        },
        new=True,
    )
    w.put("cases", case["id"], {"stage": stage})
    case["stage"] = stage


# -- writing --------------------------------------------------------------------------------------
def new_case(ctx: Context, household_id: str = "", today: dt.date | None = None) -> CaseInput:
    return CaseInput(
        household_id=household_id,
        intake_date=(today or ctx.today()).isoformat(),
        worker=ctx.worker,
        source=refdata.CASE_SOURCES[0],
    )


def save_case(
    ctx: Context, case: CaseInput, case_id: str | None = None, today: dt.date | None = None
) -> SavedCase:
    """Open a case (接案) or change an open case's intake details (title, client, worker…)."""
    today = today or ctx.today()
    existing = open_case_row(ctx, case_id) if case_id else None
    household = (
        household_sql.get_household(ctx.store, case.household_id) if case.household_id else None
    )
    if household is None or household["deleted"]:
        raise ValidationError([FieldError("household_id", "case.household")])
    members = {
        m["id"] for m in household_sql.members_of(ctx.store, [household["id"]])[household["id"]]
    }
    if existing and existing.get("person_id"):
        members.add(existing["person_id"])  # a client who has since left the household
    cleaned = clean_case(case, members, station_sql.worker_names(ctx.store), today)
    cid = case_id or new_id()
    with ctx.write() as w:
        if existing is None:
            w.put("cases", cid, {**cleaned.fields(), "stage": INTAKE, "episode": 1}, new=True)
            w.put(
                "case_events",
                new_id(),
                {
                    "case_id": cid,
                    "event_date": cleaned.intake_date,
                    "kind": "stage",
                    "stage": INTAKE,
                    "from_stage": "",
                    "episode": 1,
                    "note": cleaned.source,
                    "worker": ctx.worker,
                },
                new=True,
            )
        else:
            w.put("cases", cid, cleaned.fields())
    return SavedCase(cid, w.result)


def close_case(
    ctx: Context,
    case_id: str,
    reason: str,
    note: str = "",
    day: str = "",
    today: dt.date | None = None,
) -> ChangeSet:
    """结案 with a reason. Refused without an evaluation of the current round of service. Where
    the station wants closures approved (设置), this is the request: the case stays open, the
    closure waits in the supervisor's list and approving it closes the case on ``day``; otherwise
    the case is closed at once."""
    from desktop.core.cases import supervision

    today = today or ctx.today()
    case = open_case_row(ctx, case_id)
    episode = case.get("episode") or 1
    if not any((e.get("episode") or 1) == episode for e in sql.evaluations(ctx.store, case_id)):
        raise StationDeskError("case.no_evaluation")
    waits = supervision.waits(ctx, supervision.CLOSURE)
    if waits and supervision.pending_request(ctx, case_id) is not None:
        raise StationDeskError("approval.closure_waiting")
    errors: list[FieldError] = []
    reason = clean(reason)
    if not reason:
        errors.append(FieldError("closure_reason", "required", {"label": LABELS["closure_reason"]}))
    elif reason not in refdata.CLOSURE_REASONS:
        errors.append(
            FieldError(
                "closure_reason", "choice", {"value": reason, "label": LABELS["closure_reason"]}
            )
        )
    note = (note or "").strip()
    if reason == refdata.CLOSURE_REASONS[-1] and not note:
        errors.append(FieldError("closure_note", "required", {"label": LABELS["closure_note"]}))
    closed_on = date_field("closed_on", day or today.isoformat(), errors, today)
    if errors:
        raise ValidationError(errors)
    with ctx.write() as w:
        w.put("cases", case_id, {"closure_reason": reason, "closure_note": note[:2000]})
        case.update(closure_reason=reason, closure_note=note[:2000])
        if waits:
            w.put(
                "case_events",
                new_id(),
                {
                    "case_id": case_id,
                    "event_date": closed_on,
                    "kind": "close_requested",
                    "stage": case["stage"],
                    "from_stage": case["stage"],
                    "episode": episode,
                    "note": closure_text(case),
                    "worker": ctx.worker,
                },
                new=True,
            )
            supervision.request(ctx, w, case, supervision.CLOSURE, case_id, closed_on)
        else:
            finish_closure(ctx, w, case, closed_on)
    return w.result


def closure_text(case: dict[str, Any]) -> str:
    reason, note = case.get("closure_reason") or "", case.get("closure_note") or ""
    return f"{reason}：{note}" if note else reason


def finish_closure(ctx: Context, w: Writer, case: dict[str, Any], closed_on: str) -> None:
    """Close the case with the reason it carries (at once, or once the closure is approved)."""
    w.put(
        "case_events",
        new_id(),
        {
            "case_id": case["id"],
            "event_date": closed_on,
            "kind": "close",
            "stage": CLOSED,
            "from_stage": case["stage"],
            "episode": case.get("episode") or 1,
            "note": closure_text(case),
            "worker": ctx.worker,
        },
        new=True,
    )
    w.put("cases", case["id"], {"stage": CLOSED, "closed_on": closed_on})
    case["stage"] = CLOSED


def reopen_case(ctx: Context, case_id: str, note: str, today: dt.date | None = None) -> ChangeSet:
    """Reopen a closed case: a new round of service that starts with a fresh assessment."""
    today = today or ctx.today()
    case = live_case(ctx, case_id)
    if case["stage"] != CLOSED:
        raise StationDeskError("case.not_closed")
    note = (note or "").strip()
    if not note:
        raise ValidationError([FieldError("note", "required", {"label": LABELS["reopen_note"]})])
    with ctx.write() as w:
        reopen(ctx, w, case, today.isoformat(), note, ASSESS, new_round=True)
    return w.result


def reopen(
    ctx: Context,
    w: Writer,
    case: dict[str, Any],
    day: str,
    note: str,
    stage: str,
    new_round: bool,
    kind: str = "reopen",
) -> None:
    episode = (case.get("episode") or 1) + (1 if new_round else 0)
    w.put(
        "case_events",
        new_id(),
        {
            "case_id": case["id"],
            "event_date": day,
            "kind": kind,
            "stage": stage,
            "from_stage": CLOSED,
            "episode": episode,
            "note": note[:2000],
            "worker": ctx.worker,
        },
        new=True,
    )
    w.put(
        "cases",
        case["id"],
        {
            "stage": stage,
            "episode": episode,
            "closed_on": "",
            "closure_reason": "",
            "closure_note": "",
        },
    )


def remove_case(ctx: Context, case_id: str) -> ChangeSet:
    """Tombstone a case opened by mistake (its records stay in the history)."""
    live_case(ctx, case_id)
    with ctx.write() as w:
        w.delete("cases", case_id)
    return w.result


# -- reading --------------------------------------------------------------------------------------
def find(
    ctx: Context, text: str = "", stage: str | None = None, worker: str | None = None
) -> list[str]:
    """Ids of live cases, open ones first. ``stage``: one stage, "open" (any but 结案) or None (all).
    ``text`` finds households as the register does (names, pinyin initials, ID numbers, phones)."""
    from desktop.core.register import households

    ids = households.find(ctx, text) if text.strip() else None
    stages = list(OPEN_STAGES) if stage == "open" else ([stage] if stage else None)
    return sql.case_ids(ctx.store, stages, worker, ids)


def rows(ctx: Context, ids: list[str]) -> dict[str, dict[str, Any]]:
    return sql.case_rows(ctx.store, ids)


def household_cases(
    ctx: Context, household_id: str, open_only: bool = False
) -> list[dict[str, Any]]:
    found = sql.household_cases(ctx.store, household_id)
    return [c for c in found if c["stage"] != CLOSED] if open_only else found


def stage_counts(ctx: Context) -> dict[str, int]:
    counts = sql.stage_counts(ctx.store)
    return {s: counts.get(s, 0) for s in STAGES}


def case(ctx: Context, case_id: str, today: dt.date | None = None) -> dict[str, Any]:
    """A case with everything its view shows: events, assessments and their change, plan versions
    with the current one's action statuses, reviews, evaluations, referrals, approvals and the
    household's duplicate aid."""
    from desktop.core.cases import assessments, plans
    from desktop.core.resources import referrals

    found = live(sql.case_detail_row(ctx.store, case_id))
    store = ctx.store
    found["events"] = sql.events(store, case_id)
    found["assessments"] = sql.assessments(store, case_id)
    found["change"] = assessments.change(found["assessments"])
    found.update(plans.plan_state(ctx, case_id))
    found["resource_names"] = resource_sql.resource_names(
        store,
        [
            a["resource_id"]
            for p in found["plans"]
            for g in p["goals"]
            for a in g["actions"]
            if a.get("resource_id")
        ],
    )
    found["reviews"] = sql.reviews(store, case_id)
    found["evaluations"] = plans.evaluations(ctx, case_id)
    found["referrals"] = referrals.of_case(ctx, case_id)
    found["approvals"] = sql.approvals_of_case(store, case_id)
    found["duplicate_aid"] = referrals.duplicate_aid(ctx, found["household_id"] or "")
    from desktop.core.cases import supervision

    found["closure_pending"] = (
        found["stage"] != CLOSED and supervision.pending_request(ctx, case_id) is not None
    )
    found["can_close"] = (
        found["stage"] != CLOSED
        and not found["closure_pending"]
        and any(
            (e.get("episode") or 1) == (found.get("episode") or 1) for e in found["evaluations"]
        )
    )
    found["submittable"] = supervision.submittable(ctx, case_id) if found["stage"] != CLOSED else []
    found["closure_waits"] = supervision.waits(ctx, supervision.CLOSURE)
    found["plan_waits"] = supervision.waits(ctx, supervision.PLAN)
    found["days_open"] = (
        ((today or ctx.today()) - dt.date.fromisoformat(found["intake_date"])).days
        if found.get("intake_date")
        else None
    )
    return found
