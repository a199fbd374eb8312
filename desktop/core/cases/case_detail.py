"""What a case's view shows (the case page, the printed case file): the case with its events,
assessments, plans, reviews, evaluations, referrals and approvals, and what can be done next.

This read model sits on top of the case services (workflow, approvals, assessments, plans,
supervision, referrals) and nothing of them imports it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.cases import approvals, assessments, plans, supervision, workflow
from desktop.core.context import Context
from desktop.core.errors import live
from desktop.core.resources import referrals
from desktop.core.store import cases as sql
from desktop.core.store import resources as resource_sql


def case(ctx: Context, case_id: str, today: dt.date | None = None) -> dict[str, Any]:
    """A case with everything its view shows: events, assessments and their change, plan versions
    with the current one's action statuses, reviews, evaluations, referrals, approvals and the
    household's duplicate aid."""
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
    found["closure_pending"] = (
        found["stage"] != workflow.CLOSED and approvals.pending_request(ctx, case_id) is not None
    )
    found["can_close"] = (
        found["stage"] != workflow.CLOSED
        and not found["closure_pending"]
        and any(
            (e.get("episode") or 1) == (found.get("episode") or 1) for e in found["evaluations"]
        )
    )
    found["submittable"] = (
        supervision.submittable(ctx, case_id) if found["stage"] != workflow.CLOSED else []
    )
    found["closure_waits"] = approvals.waits(ctx, approvals.CLOSURE)
    found["plan_waits"] = approvals.waits(ctx, approvals.PLAN)
    found["days_open"] = (
        ((today or ctx.today()) - dt.date.fromisoformat(found["intake_date"])).days
        if found.get("intake_date")
        else None
    )
    return found
