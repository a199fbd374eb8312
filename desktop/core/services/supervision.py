"""Supervision (督导): the station director or a named supervisor approves a case's assessments,
plans and closures, with comments kept beside the record.

Approvals do not hold the work up (the director may be at another village, or sync later): the
record takes effect, and the request waits in the supervisor's list. A decided request is never
changed; asking again after a return is a new request that ``replaces`` the returned one. An
approved assessment or plan version is locked; a returned closure reopens the case at 评估.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError, live
from desktop.core.services.station import new_id
from desktop.core.store import cases as sql
from desktop.core.sync.recorder import ChangeSet, Writer

ASSESSMENT, PLAN, CLOSURE = refdata.APPROVAL_SUBJECTS
PENDING, APPROVED, RETURNED = refdata.APPROVAL_STATUSES


def request(ctx: Context, w: Writer, case: dict[str, Any], subject: str, subject_id: str, day: str) -> None:
    """Ask for approval of a record unless a request for it is already waiting."""
    earlier = sql.approvals_of_subject(ctx.store, subject_id)
    if any(a["status"] == PENDING for a in earlier):
        return
    w.put("approvals", new_id(), {
        "case_id": case["id"], "subject": subject, "subject_id": subject_id, "requested_on": day,
        "requested_by": ctx.worker, "supervisor": case.get("supervisor") or "", "status": PENDING,
        "replaces": earlier[-1]["id"] if earlier else "",
    }, new=True)


def state_of(ctx: Context, subject_id: str) -> str:
    """The latest request's status for a record ("" when never asked)."""
    found = sql.approvals_of_subject(ctx.store, subject_id)
    return found[-1]["status"] if found else ""


def pending_request(ctx: Context, subject_id: str) -> dict[str, Any] | None:
    """The request waiting for a decision on a record, if any."""
    return next((a for a in sql.approvals_of_subject(ctx.store, subject_id) if a["status"] == PENDING), None)


def is_approved(ctx: Context, subject_id: str) -> bool:
    return any(a["status"] == APPROVED for a in sql.approvals_of_subject(ctx.store, subject_id))


def _pending(ctx: Context, approval_id: str) -> dict[str, Any]:
    found = live(sql.get_row(ctx.store, "approvals", approval_id))
    if found["status"] != PENDING:
        raise StationDeskError("approval.decided")
    if found["requested_by"] and found["requested_by"] == ctx.worker:
        raise StationDeskError("approval.self")
    return found


def approve(ctx: Context, approval_id: str, comment: str = "", today: dt.date | None = None) -> ChangeSet:
    _pending(ctx, approval_id)
    with ctx.write() as w:
        w.put("approvals", approval_id, {
            "status": APPROVED, "decided_on": (today or ctx.today()).isoformat(),
            "decided_by": ctx.worker, "comment": (comment or "").strip()[:2000]})
    return w.result


def return_for_changes(ctx: Context, approval_id: str, comment: str, today: dt.date | None = None) -> ChangeSet:
    """退回: the comment says what to change. A returned closure reopens the case at 评估."""
    from desktop.core.services import cases

    found = _pending(ctx, approval_id)
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError([FieldError("comment", "approval.comment")])
    day = (today or ctx.today()).isoformat()
    with ctx.write() as w:
        w.put("approvals", approval_id, {"status": RETURNED, "decided_on": day, "decided_by": ctx.worker,
                                         "comment": comment[:2000]})
        if found["subject"] == CLOSURE:
            case = sql.get_row(ctx.store, "cases", found["case_id"])
            if case is not None and case["stage"] == cases.CLOSED:
                cases.reopen(ctx, w, case, day, comment, cases.EVALUATE, new_round=False, kind="returned")
    return w.result


def approval(ctx: Context, approval_id: str) -> dict[str, Any]:
    """A request with what the supervisor reads to decide: the case, and the record itself."""
    from desktop.core.services import cases, plans

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
    found["stage"] = found["case"].get("stage") or cases.INTAKE
    return found


def pending(ctx: Context, supervisor: str | None = None) -> list[dict[str, Any]]:
    """Requests waiting for a decision, oldest first; ``supervisor`` keeps those named for them
    (and those naming nobody)."""
    return sql.pending_approvals(ctx.store, supervisor)


def count_pending(ctx: Context) -> int:
    return sql.count_pending(ctx.store)
