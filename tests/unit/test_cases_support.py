"""Helpers for the case-work tests (no tests here): cases, assessments, plans and resources in few lines."""

from __future__ import annotations

import datetime as dt

from desktop.core.cases import assessments, cases, plans, supervision
from desktop.core.cases.case_records import (
    AssessmentInput,
    EvaluationInput,
    PlanInput,
    ResourceInput,
)
from desktop.core.context import Context
from desktop.core.resources import resources
from desktop.core.station import station
from tests.conftest import TODAY
from tests.unit.test_visits_support import add_household, village_id

__all__ = ["add_household", "village_id", "TODAY"]
DIRECTOR = "王站长"


def as_worker(ctx: Context, name: str) -> None:
    """Work as another person on this computer (the supervisor, say)."""
    if name not in station.worker_names(ctx):
        station.add_worker(ctx, name)
    ctx.store.meta_set("worker_name", name)


def open_case(
    ctx: Context,
    household_id: str,
    title: str = "独居老人照顾安排",
    day: str = "2026-09-01",
    supervisor: str = "",
) -> str:
    if supervisor and supervisor not in station.worker_names(ctx):
        station.add_worker(ctx, supervisor)
    c = cases.new_case(ctx, household_id, today=dt.date.fromisoformat(day))
    c.title, c.supervisor = title, supervisor
    return cases.save_case(ctx, c, today=TODAY).case_id


def assess(ctx: Context, case_id: str, day: str, levels: dict[str, int], risk: str = "重点") -> str:
    a = AssessmentInput(
        assess_date=day,
        assessor="李明",
        risk_level=risk,
        summary="独居，行动不便，情绪低落。",
        strengths="性格开朗，邻里关系好。",
        ratings=[{"domain": d, "level": n, "note": ""} for d, n in levels.items()],
    )
    return assessments.save_assessment(ctx, case_id, a, today=TODAY).assessment_id


def add_resource(
    ctx: Context,
    name: str,
    categories: list[str],
    villages: list[str] | None = None,
    party_kind: str = "社会组织",
    capacity: int | None = None,
    kind: str = "机构/单位",
) -> str:
    r = ResourceInput(
        name=name,
        kind=kind,
        party_kind=party_kind,
        categories=categories,
        villages=[village_id(ctx, v) for v in villages or []],
        capacity=capacity,
    )
    return resources.save_resource(ctx, r).resource_id


def action(
    text: str, party: str = "社会工作者", need: str = "", resource_id: str = "", **extra
) -> dict:
    return {
        "action": text,
        "party_kind": party,
        "need": need,
        "resource_id": resource_id,
        "start": "2026-09-10",
        "due": "2026-12-31",
        **extra,
    }


def two_goal_plan(resource_id: str = "") -> PlanInput:
    return PlanInput(
        overall_goal="老人独居生活安全，情绪稳定。",
        start_date="2026-09-10",
        end_date="2027-03-10",
        review_dates=["2026-11-10"],
        goals=[
            {
                "goal": "三个月内每天有人提供午餐",
                "measure": "每周至少 5 天",
                "actions": [
                    action("链接助餐志愿服务", "社区志愿者", "生活照顾", resource_id),
                    action("子女每月寄生活费", "服务对象及家庭", "生活照顾"),
                ],
            },
            {
                "goal": "情绪低落的天数减少一半",
                "measure": "自评量表",
                "actions": [action("每两周一次情绪疏导", "社会工作者", "情绪疏导")],
            },
        ],
    )


def agreed_plan(ctx: Context, case_id: str, resource_id: str = "", approved: bool = True) -> str:
    """A plan agreed with the client; ``approved``: submitted and approved by the director (the
    station's default is that a plan waits for approval before intervention)."""
    pid = plans.save_plan(
        ctx, case_id, two_goal_plan(resource_id), today=dt.date(2026, 9, 10)
    ).plan_id
    plans.agree_plan(ctx, pid, "张老人", "2026-09-12", today=TODAY)
    if approved:
        approve_all(ctx, case_id, dt.date(2026, 9, 13))
    return pid


def approve_all(ctx: Context, case_id: str, day: dt.date = TODAY) -> None:
    """提交审批 by the worker, then the director approves everything waiting for the case."""
    worker = ctx.worker
    if supervision.submittable(ctx, case_id):
        supervision.submit(ctx, case_id, today=day)
    as_worker(ctx, DIRECTOR)
    for request in [a for a in supervision.pending(ctx) if a["case_id"] == case_id]:
        supervision.approve(ctx, request["id"], today=day)
    as_worker(ctx, worker)


def close_approved(
    ctx: Context, case_id: str, reason: str = "服务目标达成", note: str = "", day: str = ""
) -> None:
    """结案 (a request, by default), approved by the director."""
    cases.close_case(ctx, case_id, reason, note, day, today=TODAY)
    approve_all(ctx, case_id)


def evaluate(ctx: Context, case_id: str, scores: list[int], day: str = "2026-11-20") -> str:
    e = plans.new_evaluation(ctx, case_id, today=dt.date.fromisoformat(day))
    for rating, score in zip(e.ratings, scores, strict=True):
        rating["score"] = score
    e.summary = "目标基本达成。"
    return plans.save_evaluation(ctx, case_id, EvaluationInput(**e.__dict__), today=TODAY).row_id
