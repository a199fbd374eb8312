"""Supervision (督导): the station director or a named supervisor approves a case's assessments,
plans and closures, with comments kept beside the record. The requests themselves and the
station's choice of what waits are desktop/core/cases/approvals.py; this module is what asking
and deciding does to a case.

The worker asks explicitly (提交审批 on the case page: ``submit``); a closure is asked for by
结案 itself when the station wants closures approved. The station chooses in 设置 which stages wait
(desktop/core/settings: by default a plan must be approved before intervention, and a closure
must be approved); a stage that does not wait moves on, and its record can still be submitted.
A decided request is never changed; asking again after a return is a new request that
``replaces`` the returned one. An approved assessment or plan version is locked; approving a
waiting plan moves the case to 介入, approving a waiting closure closes it; a returned closure of
a closed case reopens it at 评估.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.cases import approvals, plans, workflow
from desktop.core.cases.approvals import APPROVED, ASSESSMENT, CLOSURE, PENDING, PLAN, RETURNED
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError, live
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.sync.recorder import ChangeSet


def submittable(ctx: Context, case_id: str) -> list[tuple[str, str]]:
    """(subject, record id) that 提交审批 would send: the latest assessment and the current
    agreed plan, each unless approved or waiting already."""
    out: list[tuple[str, str]] = []
    found = sql.assessments(ctx.store, case_id)
    if found and approvals.state_of(ctx, found[-1]["id"]) not in (PENDING, APPROVED):
        out.append((ASSESSMENT, found[-1]["id"]))
    current = plans.current_plan(ctx, case_id)
    if current is not None and approvals.state_of(ctx, current["id"]) not in (PENDING, APPROVED):
        out.append((PLAN, current["id"]))
    return out


def submit(ctx: Context, case_id: str, today: dt.date | None = None) -> ChangeSet:
    """提交审批: ask the supervisor to approve what the case has that is not yet approved."""
    case = workflow.open_case_row(ctx, case_id)
    wanted = submittable(ctx, case_id)
    if not wanted:
        raise StationDeskError("approval.nothing")
    day = (today or ctx.today()).isoformat()
    with ctx.write() as w:
        for subject, subject_id in wanted:
            approvals.request(ctx, w, case, subject, subject_id, day)
    return w.result


def _pending(ctx: Context, approval_id: str) -> dict[str, Any]:
    found = live(sql.get_row(ctx.store, "approvals", approval_id))
    if found["status"] != PENDING:
        raise StationDeskError("approval.decided")
    if found["requested_by"] and found["requested_by"] == ctx.worker:
        raise StationDeskError("approval.self")
    return found


def approve(
    ctx: Context, approval_id: str, comment: str = "", today: dt.date | None = None
) -> ChangeSet:
    """批准. A plan the case waited for moves it to 介入; a closure waiting for approval closes it."""
    found = _pending(ctx, approval_id)
    day = (today or ctx.today()).isoformat()
    with ctx.write() as w:
        w.put(
            "approvals",
            approval_id,
            {
                "status": APPROVED,
                "decided_on": day,
                "decided_by": ctx.worker,
                "comment": (comment or "").strip()[:2000],
            },
        )
        case = sql.get_row(ctx.store, "cases", found["case_id"])
        if case is not None and not case["deleted"] and case["stage"] != workflow.CLOSED:
            current = plans.current_plan(ctx, case["id"])
            if (
                found["subject"] == PLAN
                and current is not None
                and current["id"] == found["subject_id"]
            ):
                workflow.advance(
                    w, case, workflow.INTERVENE, day, ctx.worker, note=found["subject"]
                )
            elif found["subject"] == CLOSURE and case.get("closure_reason"):
                workflow.finish_closure(ctx, w, case, found["requested_on"] or day)
    return w.result


def return_for_changes(
    ctx: Context, approval_id: str, comment: str, today: dt.date | None = None
) -> ChangeSet:
    """退回: the comment says what to change. A returned closure reopens the case at 评估."""
    found = _pending(ctx, approval_id)
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError([FieldError("comment", "approval.comment")])
    day = (today or ctx.today()).isoformat()
    with ctx.write() as w:
        w.put(
            "approvals",
            approval_id,
            {
                "status": RETURNED,
                "decided_on": day,
                "decided_by": ctx.worker,
                "comment": comment[:2000],
            },
        )
        if found["subject"] == CLOSURE:
            case = sql.get_row(ctx.store, "cases", found["case_id"])
            if case is not None and case["stage"] == workflow.CLOSED:
                workflow.reopen(
                    ctx, w, case, day, comment, workflow.EVALUATE, new_round=False, kind="returned"
                )
            elif case is not None:  # a closure that waited: the case goes on as it was
                w.put("cases", case["id"], {"closure_reason": "", "closure_note": ""})
                w.put(
                    "case_events",
                    new_id(),
                    {
                        "case_id": case["id"],
                        "event_date": day,
                        "kind": "returned",
                        "stage": case["stage"],
                        "from_stage": case["stage"],
                        "episode": case.get("episode") or 1,
                        "note": comment[:2000],
                        "worker": ctx.worker,
                    },
                    new=True,
                )
    return w.result


def approval(ctx: Context, approval_id: str) -> dict[str, Any]:
    """A request with what the supervisor reads to decide: the case, and the record itself."""
    found = live(sql.get_row(ctx.store, "approvals", approval_id))
    found["case"] = sql.case_detail_row(ctx.store, found["case_id"]) or {}
    if found["subject"] == ASSESSMENT:
        found["record"] = sql.get_row(ctx.store, "assessments", found["subject_id"])
    elif found["subject"] == PLAN:
        found["record"] = plans.plan(ctx, found["subject_id"])
    else:
        evaluations = plans.evaluations(ctx, found["case_id"])
        found["record"] = evaluations[-1] if evaluations else None
    found["own"] = bool(found.get("requested_by")) and found["requested_by"] == ctx.worker
    found["stage"] = found["case"].get("stage") or workflow.INTAKE
    return found


def pending(ctx: Context, supervisor: str | None = None) -> list[dict[str, Any]]:
    """Requests waiting for a decision, oldest first; ``supervisor`` keeps those named for them
    (and those naming nobody)."""
    return sql.pending_approvals(ctx.store, supervisor)


def count_pending(ctx: Context) -> int:
    return sql.count_pending(ctx.store)
