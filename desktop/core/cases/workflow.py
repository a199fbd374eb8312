"""The case workflow's bottom: the stages of a case and the moves between them.

Stages follow MZ/T 094-2017: 接案 → 预估 → 计划 → 介入 → 评估 → 结案. A case moves forward as its
records are written (the first assessment: 预估; a plan: 计划; an agreed plan: 介入; an
evaluation: 评估); closure needs an evaluation of the current round of service (``episode``), and
reopening starts a new round at 预估. Every stage change is also an append-only case event with
its date and worker, so the case's path stays visible. The services that write a case's records
(cases, assessments, plans, referrals, supervision) all move it through these functions.
"""

from __future__ import annotations

from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import StationDeskError, live
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.sync.recorder import Writer

STAGES = refdata.CASE_STAGES
INTAKE, ASSESS, PLAN, INTERVENE, EVALUATE, CLOSED = STAGES
OPEN_STAGES = STAGES[:-1]


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
    """Move a case forward to ``stage`` (never back), with an event; ``case`` is updated in
    place."""
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
