"""The records the case-work services take (the dialogs, tests and demo data build them).

List fields hold plain dicts so that they go to JSON as they are:
- AssessmentInput.ratings: {"domain": an observation domain, "level": 0-3, "note": str}
- PlanInput.goals:         {"id": str, "goal": str, "measure": str, "actions": [action, …]}
  action:                  {"id": str, "action": str, "need": refdata.NEED_TYPES or "",
                            "party_kind": refdata.PARTY_KINDS, "resource_id": str, "party_name": str,
                            "start": "YYYY-MM-DD", "due": "YYYY-MM-DD", "status": refdata.ACTION_STATUSES}
- ReviewInput.progress:    {"goal_id": str, "note": str}; action_status: {"action_id": str, "status": str}
- EvaluationInput.ratings: {"goal_id": str, "goal": str, "score": -2…2 or None, "note": str}
Goal and action ids stay the same across the versions of a plan, so reviews, evaluations and
referrals refer to them whatever version is current.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.register.records import record_from_row


@dataclass
class CaseInput:
    household_id: str = ""
    person_id: str = ""  # the client; "" for the household as a whole
    title: str = ""
    problem: str = ""
    source: str = ""
    source_note: str = ""
    intake_date: str = ""
    worker: str = ""
    supervisor: str = ""

    def fields(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> CaseInput:
        return record_from_row(cls, row)


@dataclass
class AssessmentInput:
    assess_date: str = ""
    assessor: str = ""
    ratings: list[dict[str, Any]] = field(default_factory=list)
    strengths: str = ""
    risk_level: str = ""
    summary: str = ""
    priorities: str = ""
    next_date: str = ""

    def fields(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> AssessmentInput:
        return record_from_row(cls, row)


@dataclass
class PlanInput:
    overall_goal: str = ""
    problems: str = ""
    strategy: str = ""
    worker_role: str = ""
    client_role: str = ""
    start_date: str = ""
    end_date: str = ""
    review_dates: list[str] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    replaces: str = ""  # a revision: the id of the agreed version it changes
    change_reason: str = ""

    def fields(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> PlanInput:
        return record_from_row(cls, row)


@dataclass
class ReviewInput:
    review_date: str = ""
    progress: list[dict[str, Any]] = field(default_factory=list)
    action_status: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    next_review: str = ""


@dataclass
class EvaluationInput:
    eval_date: str = ""
    ratings: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    client_feedback: str = ""


@dataclass
class ResourceInput:
    name: str = ""
    kind: str = ""
    party_kind: str = ""
    categories: list[str] = field(default_factory=list)
    villages: list[str] = field(default_factory=list)  # village ids; empty: the whole township
    contact: str = ""
    phone: str = ""
    address: str = ""
    credit_code: str = ""
    capacity: int | None = None  # people served at once; None: no limit
    notes: str = ""
    active: bool = True

    def fields(self) -> dict[str, Any]:
        data = asdict(self)
        data["active"] = 1 if self.active else 0
        return data

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ResourceInput:
        found = record_from_row(cls, row)
        found.active = bool(row.get("active", 1))
        found.capacity = row.get("capacity") if row.get("capacity") not in ("", None) else None
        return found


@dataclass
class ReferralInput:
    household_id: str = ""
    case_id: str = ""
    person_id: str = ""
    resource_id: str = ""
    need: str = ""
    reason: str = ""
    referred_on: str = ""
    consent: str = ""
    consent_on: str = ""
    documents: str = ""
    contact: str = ""
    follow_up: str = ""

    def fields(self) -> dict[str, Any]:
        return asdict(self)
