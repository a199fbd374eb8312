"""Referrals (转介) to resources in the directory, their status and follow-up, and duplicate aid.

A referral names the household (and the case and client where there is one), the resource, the
need, the date and the client's consent. Its status moves 已转介 → 已接收 → 服务中 → 已完成, or ends
as 未接收. Every status change or follow-up contact is an append-only event; the referral row holds
the latest status, outcome and next follow-up date for lists. A wrong event is corrected by a new
event that ``corrects`` it. A referral in progress whose follow-up date has passed is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from desktop.core import refdata
from desktop.core.cases import workflow
from desktop.core.cases.case_records import ReferralInput
from desktop.core.cases.case_validation import clean_referral, date_field
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError, live
from desktop.core.register.validation import LABELS
from desktop.core.station.station import new_id
from desktop.core.store import cases as case_sql
from desktop.core.store import households as household_sql
from desktop.core.store import resources as sql
from desktop.core.sync.recorder import ChangeSet, Writer
from desktop.core.text import clean

REFERRED, ACCEPTED, SERVING, COMPLETED, DECLINED = refdata.REFERRAL_STATUSES
FOLLOW_UP_DAYS = 7
# Where each status may go next; the same status again is a follow-up contact.
NEXT: dict[str, tuple[str, ...]] = {
    REFERRED: (REFERRED, ACCEPTED, SERVING, COMPLETED, DECLINED),
    ACCEPTED: (ACCEPTED, SERVING, COMPLETED, DECLINED),
    SERVING: (SERVING, COMPLETED),
    COMPLETED: (),
    DECLINED: (),
}
# Plan actions of these parties count as a source of aid only when they name a resource: the
# client's family helping itself, and the worker's own case work, are not outside aid.
NOT_AID = frozenset({"服务对象及家庭", "社会工作者"})


@dataclass(frozen=True)
class SavedReferral:
    referral_id: str
    changes: ChangeSet


def new_referral(
    ctx: Context,
    case_id: str = "",
    need: str = "",
    household_id: str = "",
    today: dt.date | None = None,
) -> ReferralInput:
    """Today, the case's household and client, a follow-up a week later."""
    today = today or ctx.today()
    person = ""
    if case_id:
        case = workflow.live_case(ctx, case_id)
        household_id, person = case["household_id"], case.get("person_id") or ""
    return ReferralInput(
        household_id=household_id,
        case_id=case_id,
        person_id=person,
        need=need,
        referred_on=today.isoformat(),
        follow_up=(today + dt.timedelta(days=FOLLOW_UP_DAYS)).isoformat(),
    )


def create_referral(
    ctx: Context, referral: ReferralInput, today: dt.date | None = None
) -> SavedReferral:
    today = today or ctx.today()
    if referral.case_id:
        case = workflow.open_case_row(ctx, referral.case_id)
        referral = replace(referral, household_id=case["household_id"])
    household = (
        household_sql.get_household(ctx.store, referral.household_id)
        if referral.household_id
        else None
    )
    if household is None or household["deleted"]:
        raise ValidationError([FieldError("household_id", "case.household")])
    cleaned = clean_referral(referral, today)
    resource = sql.get_row(ctx.store, "resources", cleaned.resource_id)
    if resource is None or resource["deleted"]:
        raise ValidationError(
            [FieldError("resource_id", "required", {"label": LABELS["resource"]})]
        )
    if not resource["active"]:
        raise ValidationError(
            [FieldError("resource_id", "referral.resource_inactive", {"name": resource["name"]})]
        )
    rid = new_id()
    with ctx.write() as w:
        w.put(
            "referrals",
            rid,
            {
                **cleaned.fields(),
                "referred_by": ctx.worker,
                "status": REFERRED,
                "status_on": cleaned.referred_on,
            },
            new=True,
        )
        _event(
            ctx,
            w,
            rid,
            cleaned.referred_on,
            REFERRED,
            clean(cleaned.reason)[:200],
            "",
            cleaned.follow_up,
        )
    return SavedReferral(rid, w.result)


def _event(
    ctx: Context,
    w: Writer,
    referral_id: str,
    day: str,
    status: str,
    note: str,
    outcome: str,
    follow_up: str,
    corrects: str = "",
) -> None:
    w.put(
        "referral_events",
        new_id(),
        {
            "referral_id": referral_id,
            "event_date": day,
            "status": status,
            "note": note,
            "outcome": outcome,
            "follow_up": follow_up,
            "worker": ctx.worker,
            "corrects": corrects,
        },
        new=True,
    )


def _live(ctx: Context, referral_id: str) -> dict[str, Any]:
    return live(sql.get_row(ctx.store, "referrals", referral_id))


def update_referral(
    ctx: Context,
    referral_id: str,
    status: str,
    note: str = "",
    outcome: str = "",
    follow_up: str = "",
    day: str = "",
    today: dt.date | None = None,
) -> ChangeSet:
    """A status change or a follow-up contact (same status), with the next follow-up date.
    Completed and declined referrals need their outcome."""
    today = today or ctx.today()
    found = _live(ctx, referral_id)
    old = found["status"]
    if not NEXT.get(old):
        raise StationDeskError("referral.closed", status=old)
    errors: list[FieldError] = []
    status = clean(status)
    if status not in NEXT[old]:
        errors.append(FieldError("status", "referral.status_order", {"old": old, "new": status}))
    day = date_field("event_date", day or today.isoformat(), errors, today, required=True)
    if day and found.get("referred_on") and day < found["referred_on"]:
        errors.append(FieldError("event_date", "referral.follow_up"))
    outcome = (outcome or "").strip()
    done = status in refdata.REFERRAL_DONE
    if done and not outcome:
        errors.append(FieldError("outcome", "referral.outcome"))
    follow_up = date_field("follow_up", follow_up, errors, today, future_ok=True, required=not done)
    if follow_up and day and follow_up < day:
        errors.append(FieldError("follow_up", "referral.follow_up"))
    if errors:
        raise ValidationError(errors)
    note = (note or "").strip()[:2000]
    with ctx.write() as w:
        _event(ctx, w, referral_id, day, status, note, outcome[:2000], follow_up)
        fields: dict[str, Any] = {"status": status, "status_on": day, "follow_up": follow_up}
        if outcome:
            fields["outcome"] = outcome[:2000]
        w.put("referrals", referral_id, fields)
    return w.result


def correct_last_event(
    ctx: Context, referral_id: str, status: str, note: str, today: dt.date | None = None
) -> ChangeSet:
    """Correct the latest status recorded by mistake (a completed referral that was not): a new
    event that ``corrects`` it; the referral takes the corrected status."""
    today = today or ctx.today()
    _live(ctx, referral_id)
    events = effective_events(sql.referral_events(ctx.store, referral_id))
    note = (note or "").strip()
    if not note:
        raise ValidationError(
            [FieldError("note", "required", {"label": LABELS["correction_reason"]})]
        )
    if status not in refdata.REFERRAL_STATUSES:
        raise ValidationError(
            [FieldError("status", "choice", {"value": status, "label": LABELS["referral_status"]})]
        )
    last = events[-1]
    follow_up = last.get("follow_up") or ""
    if status not in refdata.REFERRAL_DONE and not follow_up:
        follow_up = (today + dt.timedelta(days=FOLLOW_UP_DAYS)).isoformat()
    with ctx.write() as w:
        _event(
            ctx,
            w,
            referral_id,
            last["event_date"],
            status,
            note[:2000],
            "",
            follow_up,
            corrects=last["id"],
        )
        w.put("referrals", referral_id, {"status": status, "follow_up": follow_up})
    return w.result


def effective_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events that no later event corrects, oldest first."""
    corrected = {e["corrects"] for e in events if e.get("corrects")}
    return [e for e in events if e["id"] not in corrected]


# -- reading --------------------------------------------------------------------------------------
def referral(ctx: Context, referral_id: str) -> dict[str, Any]:
    found = live(sql.referral(ctx.store, referral_id))
    found["events"] = sql.referral_events(ctx.store, referral_id)
    found["next_statuses"] = NEXT.get(found["status"], ())
    return found


def of_case(ctx: Context, case_id: str) -> list[dict[str, Any]]:
    return sql.referrals_of_case(ctx.store, case_id)


def is_overdue(row: dict[str, Any], today: dt.date) -> bool:
    return bool(
        row.get("status") not in refdata.REFERRAL_DONE
        and row.get("follow_up")
        and row["follow_up"] < today.isoformat()
    )


def overdue(ctx: Context, today: dt.date | None = None) -> list[dict[str, Any]]:
    """Referrals in progress whose follow-up date has passed, longest overdue first, each with
    ``days`` overdue (the start page lists them)."""
    today = today or ctx.today()
    out = sql.overdue_referrals(ctx.store, today.isoformat())
    for r in out:
        r["days"] = (today - dt.date.fromisoformat(r["follow_up"])).days
    return out


def counts(
    ctx: Context, since: dt.date | None = None, until: dt.date | None = None
) -> dict[str, int]:
    found = sql.referral_counts(
        ctx.store, since.isoformat() if since else None, until.isoformat() if until else None
    )
    return {s: found.get(s, 0) for s in refdata.REFERRAL_STATUSES}


# -- duplicate aid --------------------------------------------------------------------------------
def aid_sources(
    ctx: Context, household_ids: list[str]
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """household id -> need -> the distinct sources helping with it now: referrals in progress and
    the open actions of the current plans of open cases. A resource named both by an action and
    a referral is one source."""
    out: dict[str, dict[str, dict[tuple, dict[str, Any]]]] = {}

    def add(hid: str, need: str, key: tuple, source: dict[str, Any]) -> None:
        out.setdefault(hid, {}).setdefault(need, {}).setdefault(key, source)

    for r in sql.open_referrals_of_households(ctx.store, household_ids):
        add(
            r["household_id"],
            r["need"],
            ("resource", r["resource_id"]),
            {
                "kind": "referral",
                "resource_id": r["resource_id"],
                "name": r["resource_name"] or "",
                "party_kind": "",
                "status": r["status"],
                "case_id": r.get("case_id") or "",
                "id": r["id"],
            },
        )
    plans = case_sql.current_plans_of_households(ctx.store, household_ids)
    latest: dict[str, dict[str, Any]] = {p["case_id"]: p for p in plans}  # ordered by version
    statuses = case_sql.last_action_status(ctx.store, list(latest)) if latest else {}
    named = [
        a["resource_id"]
        for p in latest.values()
        for g in p["goals"]
        for a in g["actions"]
        if a.get("resource_id")
    ]
    names = sql.resource_names(ctx.store, named) if named else {}
    for p in latest.values():
        for g in p["goals"]:
            for a in g["actions"]:
                status = statuses.get(a["id"], a.get("status") or "")
                rid = a.get("resource_id") or ""
                if (
                    not a.get("need")
                    or status in ("已完成", "已取消")
                    or (not rid and a.get("party_kind") in NOT_AID)
                ):
                    continue
                key = (
                    ("resource", rid)
                    if rid
                    else ("party", a.get("party_kind"), a.get("party_name") or "")
                )
                add(
                    p["household_id"],
                    a["need"],
                    key,
                    {
                        "kind": "action",
                        "resource_id": rid,
                        "name": names.get(rid, "") or a.get("party_name") or "",
                        "party_kind": a.get("party_kind") or "",
                        "status": status,
                        "case_id": p["case_id"],
                        "id": a["id"],
                    },
                )
    return {
        hid: {need: list(found.values()) for need, found in needs.items()}
        for hid, needs in out.items()
    }


def duplicate_aid(ctx: Context, household_id: str) -> list[dict[str, Any]]:
    """Needs of one household helped by more than one source at once: [{"need", "sources"}]."""
    if not household_id:
        return []
    needs = aid_sources(ctx, [household_id]).get(household_id, {})
    return [
        {"need": need, "sources": sources}
        for need, sources in sorted(needs.items())
        if len(sources) > 1
    ]


def duplicate_aid_households(ctx: Context) -> dict[str, list[dict[str, Any]]]:
    """Every household with duplicate aid (for a station-wide check)."""
    open_cases = case_sql.case_rows(
        ctx.store, case_sql.case_ids(ctx.store, list(workflow.OPEN_STAGES))
    )
    ids = sorted(
        set(sql.households_with_open_referrals(ctx.store))
        | {r["household_id"] for r in open_cases.values() if r["household_id"]}
    )
    found = aid_sources(ctx, ids)
    out = {}
    for hid, needs in found.items():
        dups = [{"need": n, "sources": s} for n, s in sorted(needs.items()) if len(s) > 1]
        if dups:
            out[hid] = dups
    return out
