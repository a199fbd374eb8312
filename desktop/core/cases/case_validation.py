"""Checks of case-work records: cases, assessments, plans, reviews, evaluations, resources and
referrals. Each returns a cleaned copy or raises ValidationError listing every problem."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from desktop.core import creditcode, phone, refdata
from desktop.core.cases.case_records import (
    AssessmentInput,
    CaseInput,
    EvaluationInput,
    PlanInput,
    ReferralInput,
    ResourceInput,
    ReviewInput,
)
from desktop.core.errors import FieldError, ValidationError
from desktop.core.register.validation import LABELS, NOTE_MAX, choice, parse_date
from desktop.core.text import clean
from desktop.core.visits.visit_validation import date_field

SHORT_MAX = 200
TEXT_MAX = 2000


def _raise(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _text(
    name: str,
    value: str,
    errors: list[FieldError],
    limit: int,
    label: str = "",
    required: bool = False,
) -> str:
    value = (value or "").strip() if limit > SHORT_MAX else clean(value)
    if required and not value:
        errors.append(FieldError(name, "required", {"label": LABELS[label or name]}))
    elif len(value) > limit:
        errors.append(FieldError(name, "too_long", {"label": LABELS[label or name], "max": limit}))
    return value


# -- cases ----------------------------------------------------------------------------------------
def clean_case(c: CaseInput, member_ids: set[str], workers: list[str], today: dt.date) -> CaseInput:
    errors: list[FieldError] = []
    person = clean(c.person_id)
    if person and person not in member_ids:
        errors.append(FieldError("person_id", "case.person"))
    title = _text("title", c.title, errors, 60, "case_title", required=True)
    problem = _text("problem", c.problem, errors, NOTE_MAX, "notes")
    source = choice("source", c.source, refdata.CASE_SOURCES, errors, "case_source", required=True)
    source_note = _text("source_note", c.source_note, errors, SHORT_MAX, "notes")
    intake = date_field("intake_date", c.intake_date, errors, today, required=True)
    worker = choice("worker", c.worker, workers, errors, required=True)
    supervisor = choice("supervisor", c.supervisor, workers, errors)
    _raise(errors)
    return replace(
        c,
        person_id=person,
        title=title,
        problem=problem,
        source=source,
        source_note=source_note,
        intake_date=intake,
        worker=worker,
        supervisor=supervisor,
    )


# -- assessments ----------------------------------------------------------------------------------
def clean_assessment(
    a: AssessmentInput, domains: list[str], workers: list[str], today: dt.date
) -> AssessmentInput:
    errors: list[FieldError] = []
    day = date_field("assess_date", a.assess_date, errors, today, required=True)
    assessor = choice("assessor", a.assessor, workers, errors, required=True)
    ratings: list[dict[str, Any]] = []
    seen: set[str] = set()
    for r in a.ratings:
        domain = clean(r.get("domain"))
        level = r.get("level")
        if not domain or domain in seen or level in (None, ""):
            continue  # a domain left unrated is not assessed this time
        seen.add(domain)
        if domain not in domains and not r.get("kept"):
            errors.append(
                FieldError("ratings", "choice", {"value": domain, "label": LABELS["observations"]})
            )
        try:
            level = int(level)
        except (TypeError, ValueError):
            level = -1
        if not 0 <= level <= 3:
            errors.append(FieldError("ratings", "assessment.level", {"domain": domain}))
        ratings.append({"domain": domain, "level": level, "note": clean(r.get("note"))[:SHORT_MAX]})
    if not ratings:
        errors.append(FieldError("ratings", "assessment.ratings"))
    risk = choice("risk_level", a.risk_level, refdata.RISK_LEVELS, errors, required=True)
    strengths = _text("strengths", a.strengths, errors, NOTE_MAX, "notes")
    summary = _text("summary", a.summary, errors, NOTE_MAX, "assessment_summary", required=True)
    priorities = _text("priorities", a.priorities, errors, NOTE_MAX, "notes")
    next_date = date_field("next_date", a.next_date, errors, today, future_ok=True)
    _raise(errors)
    return AssessmentInput(day, assessor, ratings, strengths, risk, summary, priorities, next_date)


# -- plans ----------------------------------------------------------------------------------------
def clean_plan(p: PlanInput, resource_ids: set[str], today: dt.date, new_id: Any) -> PlanInput:
    """Goals and actions get ids where they have none (``new_id()``); ids that exist are kept."""
    errors: list[FieldError] = []
    overall = _text("overall_goal", p.overall_goal, errors, TEXT_MAX, required=True)
    start = date_field(
        "start_date", p.start_date, errors, today, label="plan_start", required=True, future_ok=True
    )
    end = date_field("end_date", p.end_date, errors, today, label="plan_end", future_ok=True)
    if (
        start
        and end
        and end < start
        and not any(e.field in ("start_date", "end_date") for e in errors)
    ):
        errors.append(FieldError("end_date", "plan.dates"))
    review_dates: list[str] = []
    for text in p.review_dates:
        if clean(text):
            review_dates.append(date_field("review_dates", text, errors, today, future_ok=True))
    goals: list[dict[str, Any]] = []
    for n, g in enumerate(
        [g for g in p.goals if clean(g.get("goal")) or g.get("actions")], start=1
    ):
        text = clean(g.get("goal"))
        if not text:
            errors.append(FieldError("goals", "plan.goal_text", {"n": n}))
        actions: list[dict[str, Any]] = []
        for m, a in enumerate(g.get("actions") or [], start=1):
            actions.append(_clean_action(a, n, m, resource_ids, today, errors, new_id))
        goals.append(
            {
                "id": g.get("id") or new_id(),
                "goal": text[:TEXT_MAX],
                "measure": clean(g.get("measure"))[:TEXT_MAX],
                "actions": actions,
            }
        )
    if not goals:
        errors.append(FieldError("goals", "plan.goals"))
    change_reason = _text(
        "change_reason", p.change_reason, errors, TEXT_MAX, required=bool(p.replaces)
    )
    _raise(errors)
    return PlanInput(
        overall_goal=overall,
        problems=(p.problems or "").strip()[:NOTE_MAX],
        strategy=(p.strategy or "").strip()[:NOTE_MAX],
        worker_role=(p.worker_role or "").strip()[:TEXT_MAX],
        client_role=(p.client_role or "").strip()[:TEXT_MAX],
        start_date=start,
        end_date=end,
        review_dates=sorted(set(review_dates)),
        goals=goals,
        replaces=p.replaces,
        change_reason=change_reason,
    )


def _clean_action(
    a: dict[str, Any],
    n: int,
    m: int,
    resource_ids: set[str],
    today: dt.date,
    errors: list[FieldError],
    new_id: Any,
) -> dict[str, Any]:
    text = clean(a.get("action"))
    if not text:
        errors.append(FieldError("goals", "plan.action_text", {"n": n, "m": m}))
    kind = clean(a.get("party_kind"))
    if kind not in refdata.PARTY_KINDS:
        errors.append(FieldError("goals", "plan.action_party", {"n": n, "m": m}))
    need = clean(a.get("need"))
    if need and need not in refdata.NEED_TYPES:
        errors.append(FieldError("goals", "choice", {"value": need, "label": LABELS["need"]}))
    resource = clean(a.get("resource_id"))
    if resource and resource not in resource_ids:
        errors.append(FieldError("goals", "plan.action_resource", {"n": n, "m": m}))
    dates: list[str] = []
    for key in ("start", "due"):
        text_date = clean(a.get(key))
        day = parse_date(text_date) if text_date else None
        if text_date and day is None:
            errors.append(FieldError("goals", "plan.action_dates", {"n": n, "m": m}))
        dates.append(day.isoformat() if day else "")
    if all(dates) and dates[1] < dates[0]:
        errors.append(FieldError("goals", "plan.action_dates", {"n": n, "m": m}))
    status = clean(a.get("status")) or refdata.ACTION_STATUSES[0]
    if status not in refdata.ACTION_STATUSES:
        errors.append(FieldError("goals", "choice", {"value": status, "label": LABELS["outcome"]}))
    return {
        "id": a.get("id") or new_id(),
        "action": text[:TEXT_MAX],
        "need": need,
        "party_kind": kind,
        "resource_id": resource,
        "party_name": clean(a.get("party_name"))[:SHORT_MAX],
        "start": dates[0],
        "due": dates[1],
        "status": status,
    }


def clean_review(
    r: ReviewInput, goal_ids: set[str], action_ids: set[str], today: dt.date
) -> ReviewInput:
    errors: list[FieldError] = []
    day = date_field("review_date", r.review_date, errors, today, required=True)
    progress = [
        {"goal_id": p["goal_id"], "note": (p.get("note") or "").strip()[:TEXT_MAX]}
        for p in r.progress
        if p.get("goal_id") in goal_ids and (p.get("note") or "").strip()
    ]
    statuses = []
    for s in r.action_status:
        if s.get("action_id") in action_ids and s.get("status"):
            choice("action_status", s["status"], refdata.ACTION_STATUSES, errors, "outcome")
            statuses.append({"action_id": s["action_id"], "status": s["status"]})
    if not progress and not statuses:
        errors.append(FieldError("progress", "review.empty"))
    summary = _text("summary", r.summary, errors, NOTE_MAX, "notes")
    next_review = date_field("next_review", r.next_review, errors, today, future_ok=True)
    _raise(errors)
    return ReviewInput(day, progress, statuses, summary, next_review)


def clean_evaluation(
    e: EvaluationInput, goals: list[dict[str, Any]], today: dt.date
) -> EvaluationInput:
    """Every goal of the plan evaluated gets a score from -2 to +2."""
    errors: list[FieldError] = []
    day = date_field("eval_date", e.eval_date, errors, today, required=True)
    given = {r.get("goal_id"): r for r in e.ratings}
    ratings: list[dict[str, Any]] = []
    for g in goals:
        r = given.get(g["id"]) or {}
        score = r.get("score")
        try:
            score = int(score) if score not in (None, "") else None
        except (TypeError, ValueError):
            score = None
        if score is None or not -2 <= score <= 2:
            errors.append(FieldError("ratings", "evaluation.score", {"goal": g["goal"][:30]}))
            continue
        ratings.append(
            {
                "goal_id": g["id"],
                "goal": g["goal"],
                "score": score,
                "note": (r.get("note") or "").strip()[:TEXT_MAX],
            }
        )
    summary = _text("summary", e.summary, errors, NOTE_MAX, "assessment_summary", required=True)
    feedback = _text("client_feedback", e.client_feedback, errors, NOTE_MAX, "notes")
    _raise(errors)
    return EvaluationInput(day, ratings, summary, feedback)


# -- resources and referrals ----------------------------------------------------------------------
def clean_resource(r: ResourceInput, village_ids: set[str], accept_check: bool) -> ResourceInput:
    errors: list[FieldError] = []
    name = _text("name", r.name, errors, 60, "resource_name", required=True)
    kind = choice("kind", r.kind, refdata.RESOURCE_KINDS, errors, "resource_kind", required=True)
    party = choice("party_kind", r.party_kind, refdata.PARTY_KINDS, errors, required=True)
    categories = list(dict.fromkeys(clean(c) for c in r.categories if clean(c)))
    if not categories:
        errors.append(FieldError("categories", "resource.categories"))
    for c in categories:
        choice("categories", c, refdata.NEED_TYPES, errors)
    villages = [v for v in dict.fromkeys(r.villages) if v in village_ids]
    mobile = phone.normalize(r.phone)
    if mobile and not phone.is_valid(mobile):
        errors.append(FieldError("phone", "phone.format"))
    code = creditcode.normalize(r.credit_code)
    if code:
        if not creditcode.is_well_formed(code):
            errors.append(FieldError("credit_code", "credit.format"))
        elif not accept_check and (expected := creditcode.expected_check(code)):
            errors.append(FieldError("credit_code", "credit.check", {"expected": expected}))
    capacity = r.capacity
    if capacity in ("", None):
        capacity = None
    else:
        try:
            capacity = int(capacity)
        except (TypeError, ValueError):
            capacity = -1
        if not 1 <= capacity <= 9999:
            errors.append(FieldError("capacity", "resource.capacity"))
    contact = _text("contact", r.contact, errors, 60, "name")
    address = _text("address", r.address, errors, 100)
    notes = _text("notes", r.notes, errors, NOTE_MAX)
    _raise(errors)
    return ResourceInput(
        name,
        kind,
        party,
        categories,
        villages,
        contact,
        mobile,
        address,
        code,
        capacity,
        notes,
        bool(r.active),
    )


def clean_referral(r: ReferralInput, today: dt.date) -> ReferralInput:
    errors: list[FieldError] = []
    if not r.resource_id:
        errors.append(FieldError("resource_id", "required", {"label": LABELS["resource"]}))
    need = choice("need", r.need, refdata.NEED_TYPES, errors, required=True)
    reason = _text("reason", r.reason, errors, NOTE_MAX, "notes")
    day = date_field("referred_on", r.referred_on, errors, today, required=True)
    consent = choice("consent", r.consent, refdata.CONSENT_KINDS, errors)
    if not consent:
        errors.append(FieldError("consent", "referral.consent"))
    consent_on = date_field("consent_on", r.consent_on, errors, today)
    follow_up = date_field("follow_up", r.follow_up, errors, today, required=True, future_ok=True)
    if (
        day
        and follow_up
        and follow_up < day
        and not any(e.field in ("referred_on", "follow_up") for e in errors)
    ):
        errors.append(FieldError("follow_up", "referral.follow_up"))
    documents = _text("documents", r.documents, errors, TEXT_MAX, "notes")
    contact = _text("contact", r.contact, errors, SHORT_MAX, "name")
    _raise(errors)
    return replace(
        r,
        need=need,
        reason=reason,
        referred_on=day,
        consent=consent,
        consent_on=consent_on or (day if consent in refdata.CONSENT_KINDS[:2] else ""),
        follow_up=follow_up,
        documents=documents,
        contact=contact,
    )
