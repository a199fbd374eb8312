"""Service plans (服务计划), their reviews (回顾) and the evaluation (评估) with goal attainment.

A plan has an overall goal and specific goals; each goal has actions with a responsible party
(五社联动) and, where one exists, a named resource from the directory. Each version of a plan is a
row of table plans sharing ``record_id``. A draft can be edited; once agreed with the client (it
was printed and signed) the version is never changed: a change is a new version (a revision) with
``replaces`` = the agreed version, kept beside it. The current plan is the latest agreed version.

Goal and action ids carry over between versions, so reviews and evaluations refer to the same goal
whatever version is current. An action's status is the one in its plan version, then whatever
the latest review set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from desktop.core.cases import approvals, goal_attainment, workflow
from desktop.core.cases.case_records import EvaluationInput, PlanInput, ReviewInput
from desktop.core.cases.case_validation import (
    clean_evaluation,
    clean_plan,
    clean_review,
    date_field,
)
from desktop.core.context import Context
from desktop.core.errors import FieldError, NotFoundError, StationDeskError, ValidationError, live
from desktop.core.register.validation import LABELS
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.store import resources as resource_sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.text import clean

DRAFT, AGREED = "draft", "agreed"


@dataclass(frozen=True)
class SavedPlan:
    plan_id: str
    changes: ChangeSet


@dataclass(frozen=True)
class Saved:
    row_id: str
    changes: ChangeSet


def _plan(ctx: Context, plan_id: str) -> dict[str, Any]:
    return live(sql.get_row(ctx.store, "plans", plan_id))


def current_plan(ctx: Context, case_id: str) -> dict[str, Any] | None:
    """The latest agreed version, or None."""
    agreed = [p for p in sql.plans(ctx.store, case_id) if p["status"] == AGREED]
    return agreed[-1] if agreed else None


def with_statuses(ctx: Context, plan: dict[str, Any]) -> dict[str, Any]:
    """The plan with each action's effective status (the latest review's where one set it)."""
    later = sql.last_action_status(ctx.store, [plan["case_id"]])
    goals = [
        {
            **g,
            "actions": [
                {**a, "status": later.get(a["id"], a.get("status") or "")}
                for a in g.get("actions") or []
            ],
        }
        for g in plan["goals"]
    ]
    return {**plan, "goals": goals}


def plan_state(ctx: Context, case_id: str) -> dict[str, Any]:
    """{"plans": every version oldest first (each with "approval" and "superseded"), "current":
    the latest agreed version with action statuses, "draft": the draft being written}."""
    versions = sql.plans(ctx.store, case_id)
    current = next((p for p in reversed(versions) if p["status"] == AGREED), None)
    for p in versions:
        p["approval"] = approvals.state_of(ctx, p["id"])
        p["superseded"] = p["status"] == AGREED and current is not None and p["id"] != current["id"]
    draft = next((p for p in versions if p["status"] == DRAFT), None)
    return {
        "plans": versions,
        "current": with_statuses(ctx, current) if current else None,
        "draft": draft,
    }


def new_plan(ctx: Context, case_id: str, today: dt.date | None = None) -> PlanInput:
    """A first plan starts today; a revision of the current one starts from a copy of it."""
    current = current_plan(ctx, case_id)
    if current is not None:
        return start_revision(ctx, current["id"])
    return PlanInput(start_date=(today or ctx.today()).isoformat())


def start_revision(ctx: Context, plan_id: str) -> PlanInput:
    """The editor's starting point for changing an agreed version (nothing is written yet)."""
    found = _plan(ctx, plan_id)
    if found["status"] != AGREED:
        raise StationDeskError("plan.not_draft")
    current = current_plan(ctx, found["case_id"])
    if current is not None and current["id"] != plan_id:
        raise StationDeskError("plan.superseded")
    plan = with_statuses(ctx, found)
    return replace(PlanInput.from_row(plan), replaces=plan_id, change_reason="")


def save_plan(
    ctx: Context,
    case_id: str,
    plan: PlanInput,
    plan_id: str | None = None,
    today: dt.date | None = None,
) -> SavedPlan:
    """Save a draft (new, or ``plan_id`` being edited). A plan with ``replaces`` is a revision of
    that agreed version and becomes the next version of the same plan. The case moves to 计划."""
    today = today or ctx.today()
    case = workflow.open_case_row(ctx, case_id)
    if not sql.assessments(ctx.store, case_id):
        raise StationDeskError("case.assessment_first")
    versions = sql.plans(ctx.store, case_id)
    existing = None
    if plan_id:
        existing = _plan(ctx, plan_id)
        if existing["case_id"] != case_id:
            raise NotFoundError()
        if existing["status"] != DRAFT:
            raise StationDeskError("plan.locked")
        plan = replace(plan, replaces=existing.get("replaces") or "")
    elif any(p["status"] == DRAFT for p in versions):
        raise StationDeskError("plan.draft_exists")
    current = next((p for p in reversed(versions) if p["status"] == AGREED), None)
    if plan.replaces and (current is None or plan.replaces != current["id"]):
        raise StationDeskError("plan.superseded")
    if current is not None and not plan.replaces:
        plan = replace(plan, replaces=current["id"])  # any plan after an agreed one is its revision
    cleaned = clean_plan(plan, resource_sql.resource_ids(ctx.store), today, new_id)
    pid = plan_id or new_id()
    if existing is not None:
        record_id, version = existing["record_id"], existing["version"]
    elif current is not None:
        record_id, version = current["record_id"], max(p["version"] for p in versions) + 1
    else:
        record_id, version = pid, 1
    fields = {
        **cleaned.fields(),
        "case_id": case_id,
        "record_id": record_id,
        "version": version,
        "status": DRAFT,
        "author": ctx.worker,
    }
    with ctx.write() as w:
        w.put("plans", pid, fields, new=existing is None)
        workflow.advance(w, case, workflow.PLAN, today.isoformat(), ctx.worker)
    return SavedPlan(pid, w.result)


def agree_plan(
    ctx: Context, plan_id: str, agreed_by: str, agreed_on: str = "", today: dt.date | None = None
) -> ChangeSet:
    """The client agreed and signed: the version is locked, becomes current (the one it revises is
    kept as history), goes to the supervisor, and the case moves to 介入."""
    today = today or ctx.today()
    found = _plan(ctx, plan_id)
    if found["status"] != DRAFT:
        raise StationDeskError("plan.not_draft")
    case = workflow.open_case_row(ctx, found["case_id"])
    errors: list[FieldError] = []
    agreed_by = clean(agreed_by)
    if not agreed_by:
        errors.append(FieldError("agreed_by", "required", {"label": LABELS["agreed_by"]}))
    day = date_field("agreed_on", agreed_on or today.isoformat(), errors, today, required=True)
    if errors:
        raise ValidationError(errors)
    if approvals.waits(ctx, approvals.ASSESSMENT):
        found_assessments = sql.assessments(ctx.store, case["id"])
        if not found_assessments or not approvals.is_approved(ctx, found_assessments[-1]["id"]):
            raise StationDeskError("approval.assessment_first")
    with ctx.write() as w:
        w.put("plans", plan_id, {"status": AGREED, "agreed_on": day, "agreed_by": agreed_by[:60]})
        if not approvals.waits(ctx, approvals.PLAN) or stage_at_least_intervention(case):
            workflow.advance(w, case, workflow.INTERVENE, day, ctx.worker)
    return w.result


def stage_at_least_intervention(case: dict[str, Any]) -> bool:
    """A revision of a plan the case already works by does not stop the intervention."""
    return workflow.stage_at_least(case, workflow.INTERVENE)


def require_intervention(ctx: Context, case: dict[str, Any]) -> None:
    """Reviews and evaluations are intervention: where plans wait for approval, a case whose plan
    has not been approved yet has not started it."""
    current = current_plan(ctx, case["id"]) if approvals.waits(ctx, approvals.PLAN) else None
    if (
        current is not None
        and not approvals.is_approved(ctx, current["id"])
        and not workflow.stage_at_least(case, workflow.INTERVENE)
    ):
        raise StationDeskError("approval.plan_first")


def delete_draft(ctx: Context, plan_id: str) -> ChangeSet:
    found = _plan(ctx, plan_id)
    if found["status"] != DRAFT:
        raise StationDeskError("plan.not_draft")
    with ctx.write() as w:
        w.delete("plans", plan_id)
    return w.result


def plan(ctx: Context, plan_id: str) -> dict[str, Any]:
    found = _plan(ctx, plan_id)
    found["approval"] = approvals.state_of(ctx, plan_id)
    names = resource_sql.resource_names(
        ctx.store,
        [a["resource_id"] for g in found["goals"] for a in g["actions"] if a.get("resource_id")],
    )
    found["resource_names"] = names
    return found


# -- reviews --------------------------------------------------------------------------------------
def save_review(
    ctx: Context, case_id: str, review: ReviewInput, today: dt.date | None = None
) -> Saved:
    """A plan review (append-only): progress per goal and the actions' statuses on that date."""
    today = today or ctx.today()
    case = workflow.open_case_row(ctx, case_id)
    current = current_plan(ctx, case_id)
    if current is None:
        raise StationDeskError("plan.no_current")
    require_intervention(ctx, case)
    goal_ids = {g["id"] for g in current["goals"]}
    action_ids = {a["id"] for g in current["goals"] for a in g["actions"]}
    cleaned = clean_review(review, goal_ids, action_ids, today)
    rid = new_id()
    with ctx.write() as w:
        w.put(
            "plan_reviews",
            rid,
            {
                "case_id": case_id,
                "plan_id": current["id"],
                "review_date": cleaned.review_date,
                "reviewer": ctx.worker,
                "progress": cleaned.progress,
                "action_status": cleaned.action_status,
                "summary": cleaned.summary,
                "next_review": cleaned.next_review,
            },
            new=True,
        )
    return Saved(rid, w.result)


# -- evaluation -----------------------------------------------------------------------------------
def evaluation_goals(ctx: Context, case_id: str) -> list[dict[str, Any]]:
    """The goals an evaluation rates: those of the current (latest agreed) plan."""
    current = current_plan(ctx, case_id)
    return [
        {"id": g["id"], "goal": g["goal"], "measure": g.get("measure") or ""}
        for g in (current["goals"] if current else [])
    ]


def new_evaluation(ctx: Context, case_id: str, today: dt.date | None = None) -> EvaluationInput:
    return EvaluationInput(
        eval_date=(today or ctx.today()).isoformat(),
        ratings=[
            {"goal_id": g["id"], "goal": g["goal"], "score": None, "note": ""}
            for g in evaluation_goals(ctx, case_id)
        ],
    )


def save_evaluation(
    ctx: Context,
    case_id: str,
    evaluation: EvaluationInput,
    evaluation_id: str | None = None,
    today: dt.date | None = None,
) -> Saved:
    """Rate each goal of the current plan -2 … +2 and sum up; the case moves to 评估. An
    evaluation of the current round can be corrected until the case is closed."""
    today = today or ctx.today()
    case = workflow.open_case_row(ctx, case_id)
    if not sql.assessments(ctx.store, case_id):
        raise StationDeskError("case.assessment_first")
    require_intervention(ctx, case)
    existing = sql.get_row(ctx.store, "evaluations", evaluation_id) if evaluation_id else None
    if evaluation_id and (
        existing is None or existing["deleted"] or existing["case_id"] != case_id
    ):
        raise NotFoundError()
    current = current_plan(ctx, case_id)
    goals = (
        evaluation_goals(ctx, case_id)
        if existing is None or existing.get("plan_id") == (current or {}).get("id")
        else [{"id": r["goal_id"], "goal": r["goal"]} for r in existing["ratings"]]
    )
    cleaned = clean_evaluation(evaluation, goals, today)
    eid = evaluation_id or new_id()
    with ctx.write() as w:
        w.put(
            "evaluations",
            eid,
            {
                "case_id": case_id,
                "plan_id": current["id"] if current else "",
                "episode": case.get("episode") or 1,
                "eval_date": cleaned.eval_date,
                "evaluator": ctx.worker,
                "ratings": cleaned.ratings,
                "summary": cleaned.summary,
                "client_feedback": cleaned.client_feedback,
            },
            new=existing is None,
        )
        workflow.advance(w, case, workflow.EVALUATE, cleaned.eval_date, ctx.worker)
    return Saved(eid, w.result)


def evaluations(ctx: Context, case_id: str) -> list[dict[str, Any]]:
    """Evaluations of a case, oldest first, each with its T-score."""
    out = sql.evaluations(ctx.store, case_id)
    for e in out:
        e["t_score"] = goal_attainment.t_score(r["score"] for r in e["ratings"])
    return out


def attainment(
    ctx: Context, since: dt.date | None = None, until: dt.date | None = None
) -> goal_attainment.Attainment:
    """Goal attainment over the cases evaluated in a period (each case's latest evaluation in it)."""
    latest: dict[str, list[dict]] = {}
    for e in sql.evaluations_between(
        ctx.store, since.isoformat() if since else None, until.isoformat() if until else None
    ):
        latest[e["case_id"]] = e["ratings"]
    return goal_attainment.aggregate(latest.values())
