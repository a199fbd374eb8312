"""Needs assessments (预估/需求评估) of a case: rated domains (the visit observation domains, each
with a need level 0-3), strengths and resources, risk level and a summary.

Assessments repeat over a case; ``change`` compares the first with the latest so that progress
is visible. An assessment can be corrected until the supervisor approves it; after that a change
in the client's situation is a new assessment.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core import refdata
from desktop.core.cases import approvals, workflow
from desktop.core.cases.case_records import AssessmentInput
from desktop.core.cases.case_validation import clean_assessment
from desktop.core.context import Context
from desktop.core.errors import NotFoundError, StationDeskError, live
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.store import households as household_sql
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.visits import schedule


@dataclass(frozen=True)
class SavedAssessment:
    assessment_id: str
    changes: ChangeSet


def _has_child(members: list[dict[str, Any]], today: dt.date) -> bool:
    for m in members:
        birth = m.get("birth_date") or ""
        if (
            birth[:4].isdigit()
            and today.year - int(birth[:4]) - (today.strftime("%m-%d") < birth[5:])
            < refdata.CHILD_AGE
        ):
            return True
    return False


def domains_for(ctx: Context, case_id: str, today: dt.date | None = None) -> list[str]:
    """The station's observation domains that apply to the case's household (children's
    domains only where a member is under 18)."""
    case = workflow.live_case(ctx, case_id)
    hid = case["household_id"]
    members = household_sql.members_of(ctx.store, [hid])[hid] if hid else []
    child = _has_child(members, today or ctx.today())
    return [d["name"] for d in schedule.domains(ctx) if child or not d.get("children_only")]


def new_assessment(ctx: Context, case_id: str, today: dt.date | None = None) -> AssessmentInput:
    """Today, by the current worker, every domain unrated, the risk level as last assessed."""
    today = today or ctx.today()
    case = sql.case_detail_row(ctx.store, case_id) or {}
    earlier = sql.assessments(ctx.store, case_id)
    risk = earlier[-1]["risk_level"] if earlier else case.get("household_risk") or ""
    return AssessmentInput(
        assess_date=today.isoformat(),
        assessor=ctx.worker,
        risk_level=risk,
        ratings=[
            {"domain": d, "level": None, "note": ""} for d in domains_for(ctx, case_id, today)
        ],
    )


def save_assessment(
    ctx: Context,
    case_id: str,
    assessment: AssessmentInput,
    assessment_id: str | None = None,
    today: dt.date | None = None,
) -> SavedAssessment:
    """Record an assessment (or correct one not yet approved). The case moves to 预估; the worker
    sends it to the supervisor with 提交审批 (supervision.submit)."""
    today = today or ctx.today()
    case = workflow.open_case_row(ctx, case_id)
    existing = sql.get_row(ctx.store, "assessments", assessment_id) if assessment_id else None
    if assessment_id:
        if existing is None or existing["deleted"] or existing["case_id"] != case_id:
            raise NotFoundError()
        if approvals.is_approved(ctx, assessment_id):
            raise StationDeskError("assessment.locked")
    domains = domains_for(ctx, case_id, today)
    ratings = [
        dict(r, kept=True)
        if existing and r.get("domain") in {x["domain"] for x in existing["ratings"]}
        else r
        for r in assessment.ratings
    ]  # a domain removed since keeps its rating
    cleaned = clean_assessment(
        AssessmentInput(**{**assessment.__dict__, "ratings": ratings}),
        domains,
        station_sql.worker_names(ctx.store),
        today,
    )
    aid = assessment_id or new_id()
    with ctx.write() as w:
        w.put(
            "assessments",
            aid,
            {**cleaned.fields(), "case_id": case_id, "household_id": case["household_id"]},
            new=existing is None,
        )
        workflow.advance(w, case, workflow.ASSESS, cleaned.assess_date, ctx.worker)
    return SavedAssessment(aid, w.result)


def change(assessments: list[dict[str, Any]]) -> dict[str, Any]:
    """The first and the latest assessment compared, domain by domain (a lower need is progress).

    Returns {"count", "first_date", "latest_date", "risk": (first, latest), "domains": [{"domain",
    "first", "latest", "delta"}]}; a domain rated in only one of them has None on the other side.
    """
    if not assessments:
        return {"count": 0, "first_date": "", "latest_date": "", "risk": ("", ""), "domains": []}
    first, latest = assessments[0], assessments[-1]
    a = {r["domain"]: r["level"] for r in first["ratings"]}
    b = {r["domain"]: r["level"] for r in latest["ratings"]}
    order = list(dict.fromkeys([*a, *b]))
    rows = [
        {
            "domain": d,
            "first": a.get(d),
            "latest": b.get(d),
            "delta": b[d] - a[d] if d in a and d in b else None,
        }
        for d in order
    ]
    return {
        "count": len(assessments),
        "first_date": first["assess_date"],
        "latest_date": latest["assess_date"],
        "risk": (first.get("risk_level") or "", latest.get("risk_level") or ""),
        "domains": rows,
        "total": (sum(a.values()), sum(b.values())),
    }


def of_case(ctx: Context, case_id: str) -> list[dict[str, Any]]:
    """A case's assessments, oldest first."""
    return sql.assessments(ctx.store, case_id)


def assessment(ctx: Context, assessment_id: str) -> dict[str, Any]:
    found = live(sql.get_row(ctx.store, "assessments", assessment_id))
    found["approval"] = approvals.state_of(ctx, assessment_id)
    return found
