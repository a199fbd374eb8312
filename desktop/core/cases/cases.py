"""Case work (个案): opening a case, closing and reopening it, removing one opened by mistake, and
finding cases.

The stages and the moves between them are desktop/core/cases/workflow.py; closure needs an
evaluation of the current round of service (``episode``), and where the station wants closures
approved it is a request (desktop/core/cases/approvals.py). What a case's view shows is
desktop/core/cases/case_detail.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core import refdata
from desktop.core.cases import approvals, workflow
from desktop.core.cases.case_records import CaseInput
from desktop.core.cases.case_validation import clean_case, date_field
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.core.register.validation import LABELS
from desktop.core.station.station import new_id
from desktop.core.store import cases as sql
from desktop.core.store import households as household_sql
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.text import clean


@dataclass(frozen=True)
class SavedCase:
    case_id: str
    changes: ChangeSet


# -- writing --------------------------------------------------------------------------------------
def new_case(ctx: Context, household_id: str = "", today: dt.date | None = None) -> CaseInput:
    return CaseInput(
        household_id=household_id,
        intake_date=(today or ctx.today()).isoformat(),
        worker=ctx.worker,
        source=refdata.CASE_SOURCES[0],
    )


def save_case(
    ctx: Context, case: CaseInput, case_id: str | None = None, today: dt.date | None = None
) -> SavedCase:
    """Open a case (接案) or change an open case's intake details (title, client, worker…)."""
    today = today or ctx.today()
    existing = workflow.open_case_row(ctx, case_id) if case_id else None
    household = (
        household_sql.get_household(ctx.store, case.household_id) if case.household_id else None
    )
    if household is None or household["deleted"]:
        raise ValidationError([FieldError("household_id", "case.household")])
    members = {
        m["id"] for m in household_sql.members_of(ctx.store, [household["id"]])[household["id"]]
    }
    if existing and existing.get("person_id"):
        members.add(existing["person_id"])  # a client who has since left the household
    cleaned = clean_case(case, members, station_sql.worker_names(ctx.store), today)
    cid = case_id or new_id()
    with ctx.write() as w:
        if existing is None:
            w.put(
                "cases", cid, {**cleaned.fields(), "stage": workflow.INTAKE, "episode": 1}, new=True
            )
            w.put(
                "case_events",
                new_id(),
                {
                    "case_id": cid,
                    "event_date": cleaned.intake_date,
                    "kind": "stage",
                    "stage": workflow.INTAKE,
                    "from_stage": "",
                    "episode": 1,
                    "note": cleaned.source,
                    "worker": ctx.worker,
                },
                new=True,
            )
        else:
            w.put("cases", cid, cleaned.fields())
    return SavedCase(cid, w.result)


def close_case(
    ctx: Context,
    case_id: str,
    reason: str,
    note: str = "",
    day: str = "",
    today: dt.date | None = None,
) -> ChangeSet:
    """结案 with a reason. Refused without an evaluation of the current round of service. Where
    the station wants closures approved (设置), this is the request: the case stays open, the
    closure waits in the supervisor's list and approving it closes the case on ``day``; otherwise
    the case is closed at once."""
    today = today or ctx.today()
    case = workflow.open_case_row(ctx, case_id)
    episode = case.get("episode") or 1
    if not any((e.get("episode") or 1) == episode for e in sql.evaluations(ctx.store, case_id)):
        raise StationDeskError("case.no_evaluation")
    waits = approvals.waits(ctx, approvals.CLOSURE)
    if waits and approvals.pending_request(ctx, case_id) is not None:
        raise StationDeskError("approval.closure_waiting")
    errors: list[FieldError] = []
    reason = clean(reason)
    if not reason:
        errors.append(FieldError("closure_reason", "required", {"label": LABELS["closure_reason"]}))
    elif reason not in refdata.CLOSURE_REASONS:
        errors.append(
            FieldError(
                "closure_reason", "choice", {"value": reason, "label": LABELS["closure_reason"]}
            )
        )
    note = (note or "").strip()
    if reason == refdata.CLOSURE_REASONS[-1] and not note:
        errors.append(FieldError("closure_note", "required", {"label": LABELS["closure_note"]}))
    closed_on = date_field("closed_on", day or today.isoformat(), errors, today)
    if errors:
        raise ValidationError(errors)
    with ctx.write() as w:
        w.put("cases", case_id, {"closure_reason": reason, "closure_note": note[:2000]})
        case.update(closure_reason=reason, closure_note=note[:2000])
        if waits:
            w.put(
                "case_events",
                new_id(),
                {
                    "case_id": case_id,
                    "event_date": closed_on,
                    "kind": "close_requested",
                    "stage": case["stage"],
                    "from_stage": case["stage"],
                    "episode": episode,
                    "note": workflow.closure_text(case),
                    "worker": ctx.worker,
                },
                new=True,
            )
            approvals.request(ctx, w, case, approvals.CLOSURE, case_id, closed_on)
        else:
            workflow.finish_closure(ctx, w, case, closed_on)
    return w.result


def reopen_case(ctx: Context, case_id: str, note: str, today: dt.date | None = None) -> ChangeSet:
    """Reopen a closed case: a new round of service that starts with a fresh assessment."""
    today = today or ctx.today()
    case = workflow.live_case(ctx, case_id)
    if case["stage"] != workflow.CLOSED:
        raise StationDeskError("case.not_closed")
    note = (note or "").strip()
    if not note:
        raise ValidationError([FieldError("note", "required", {"label": LABELS["reopen_note"]})])
    with ctx.write() as w:
        workflow.reopen(ctx, w, case, today.isoformat(), note, workflow.ASSESS, new_round=True)
    return w.result


def remove_case(ctx: Context, case_id: str) -> ChangeSet:
    """Tombstone a case opened by mistake (its records stay in the history)."""
    workflow.live_case(ctx, case_id)
    with ctx.write() as w:
        w.delete("cases", case_id)
    return w.result


# -- reading --------------------------------------------------------------------------------------
def find(
    ctx: Context, text: str = "", stage: str | None = None, worker: str | None = None
) -> list[str]:
    """Ids of live cases, open ones first. ``stage``: one stage, "open" (any but 结案) or None (all).
    ``text`` finds households as the register does (names, pinyin initials, ID numbers, phones)."""
    from desktop.core.register import households

    ids = households.find(ctx, text) if text.strip() else None
    stages = list(workflow.OPEN_STAGES) if stage == "open" else ([stage] if stage else None)
    return sql.case_ids(ctx.store, stages, worker, ids)


def rows(ctx: Context, ids: list[str]) -> dict[str, dict[str, Any]]:
    return sql.case_rows(ctx.store, ids)


def household_cases(
    ctx: Context, household_id: str, open_only: bool = False
) -> list[dict[str, Any]]:
    found = sql.household_cases(ctx.store, household_id)
    return [c for c in found if c["stage"] != workflow.CLOSED] if open_only else found


def stage_counts(ctx: Context) -> dict[str, int]:
    counts = sql.stage_counts(ctx.store)
    return {s: counts.get(s, 0) for s in workflow.STAGES}
