"""Approval records (审批): the requests a case's assessments, plans and closures wait on, and
whether the station wants each kind approved before the case moves on.

This is the bottom of supervision: the services that write a case's records ask here whether a
stage waits and whether a record is approved. What the supervisor does with a request (批准,
退回) and what it moves in the case is desktop/core/cases/supervision.py. A decided request is
never changed; asking again after a return is a new request that ``replaces`` the returned one.
"""

from __future__ import annotations

from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.sync.recorder import Writer

ASSESSMENT, PLAN, CLOSURE = refdata.APPROVAL_SUBJECTS
PENDING, APPROVED, RETURNED = refdata.APPROVAL_STATUSES


def request(
    ctx: Context, w: Writer, case: dict[str, Any], subject: str, subject_id: str, day: str
) -> None:
    """Ask for approval of a record unless a request for it is already waiting."""
    earlier = sql.approvals_of_subject(ctx.store, subject_id)
    if any(a["status"] == PENDING for a in earlier):
        return
    w.put(
        "approvals",
        new_id(),
        {
            "case_id": case["id"],
            "subject": subject,
            "subject_id": subject_id,
            "requested_on": day,
            "requested_by": ctx.worker,
            "supervisor": case.get("supervisor") or "",
            "status": PENDING,
            "replaces": earlier[-1]["id"] if earlier else "",
        },
        new=True,
    )


def waits(ctx: Context, subject: str) -> bool:
    """Whether the station wants this kind of record approved before the case moves on."""
    from desktop.core import settings
    from desktop.core.settings import declared

    setting = {
        ASSESSMENT: declared.APPROVE_ASSESSMENT,
        PLAN: declared.APPROVE_PLAN,
        CLOSURE: declared.APPROVE_CLOSURE,
    }[subject]
    return bool(settings.get(ctx, setting))


def state_of(ctx: Context, subject_id: str) -> str:
    """The latest request's status for a record ("" when never asked)."""
    found = sql.approvals_of_subject(ctx.store, subject_id)
    return found[-1]["status"] if found else ""


def pending_request(ctx: Context, subject_id: str) -> dict[str, Any] | None:
    """The request waiting for a decision on a record, if any."""
    return next(
        (a for a in sql.approvals_of_subject(ctx.store, subject_id) if a["status"] == PENDING), None
    )


def is_approved(ctx: Context, subject_id: str) -> bool:
    return any(a["status"] == APPROVED for a in sql.approvals_of_subject(ctx.store, subject_id))
