"""Plain data for printed documents (desktop.printing lays them out): one gatherer per document,
and the ids a batch print goes through.

Each gatherer returns a dict with "station" (the station row) and the record(s) the document
shows, as the services return them; nothing here knows about PDF.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import NotFoundError, StationDeskError
from desktop.core.register import households
from desktop.core.station import station
from desktop.core.tasks import TaskState
from desktop.core.visits import schedule, visits

RECENT_VISITS = 5


def _station(ctx: Context) -> dict[str, Any]:
    return station.current(ctx) or {}


def visit_lists(ctx: Context) -> dict[str, list[str]]:
    """The choices a visit form offers: the station's observation domains, shipped lists else."""
    return {
        "visit_types": list(refdata.VISIT_TYPES),
        "domains": [d["name"] for d in schedule.domains(ctx)],
        "ratings": list(refdata.OBSERVATION_RATINGS),
        "need_types": list(refdata.NEED_TYPES),
        "service_types": list(refdata.SERVICE_TYPES),
        "partner_kinds": list(refdata.PARTNER_KINDS),
        "risk_levels": list(refdata.RISK_LEVELS),
        "safeguarding": list(refdata.SAFEGUARDING_KINDS),
    }


def _has_child(household: dict[str, Any], today: dt.date) -> bool:
    for m in household.get("members") or []:
        try:
            born = dt.date.fromisoformat((m.get("birth_date") or "")[:10])
        except ValueError:
            continue
        if (
            today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        ) < refdata.CHILD_AGE:
            return True
    return False


def blank_visit_form(
    ctx: Context, household_id: str | None = None, today: dt.date | None = None
) -> dict[str, Any]:
    """A blank visit form; with a household, its name, address and members are printed on it
    (and child-only observation domains appear only where the household has a child)."""
    lists = visit_lists(ctx)
    household = households.household(ctx, household_id) if household_id else None
    if household is not None and household.get("deleted"):
        raise NotFoundError()
    if household is not None and not _has_child(household, today or ctx.today()):
        child_only = {d["name"] for d in schedule.domains(ctx) if d.get("children_only")}
        lists["domains"] = [d for d in lists["domains"] if d not in child_only]
    return {"station": _station(ctx), "household": household, "lists": lists}


SIGN, ARCHIVE = "sign", "archive"  # the sheet to be signed; an archive copy of a signed record
SIGNED = ("本人已签字", "代签", "拒绝签字", "无法签字", "不适用")  # what an archive copy may state


def visit_record(ctx: Context, visit_id: str, copy: str = SIGN) -> dict[str, Any]:
    """A visit version as printed: the visit, its household with members, the form's lists.

    ``copy`` SIGN (the default) prints blank signature lines for signing and no signature
    status; ARCHIVE prints the recorded status of an already signed record and no lines to sign
    (refused with ``print.not_signed`` while the record still waits for its signature)."""
    found = visits.visit(ctx, visit_id)
    if found.get("deleted"):
        raise NotFoundError()
    if copy == ARCHIVE and found.get("signature") not in SIGNED:
        raise StationDeskError("print.not_signed")
    household = (
        households.household(ctx, found["household_id"]) if found.get("household_id") else {}
    )
    return {
        "station": _station(ctx),
        "visit": found,
        "household": household,
        "lists": visit_lists(ctx),
        "copy": ARCHIVE if copy == ARCHIVE else SIGN,
    }


def household_profile(
    ctx: Context, household_id: str, today: dt.date | None = None, full_ids: bool = False
) -> dict[str, Any]:
    """家庭档案: the household and members, its visit schedule and latest visits, open cases and
    referrals in progress. ID numbers are printed masked unless ``full_ids``."""
    found = households.household(ctx, household_id)
    if found.get("deleted"):
        raise NotFoundError()
    today = today or ctx.today()
    data: dict[str, Any] = {
        "station": _station(ctx),
        "household": found,
        "today": today.isoformat(),
        "full_ids": full_ids,
    }
    data["visits"] = visits.recent_of_household(ctx, household_id, RECENT_VISITS)
    try:
        data["schedule"] = _plain_schedule(schedule.household_schedule(ctx, household_id, today))
    except NotFoundError:
        data["schedule"] = None
    data["crises"] = visits.open_crises(ctx, household_id)
    data["cases"] = _open_cases(ctx, household_id)
    data["referrals"] = _open_referrals(ctx, household_id)
    return data


UNITS = {"d": "天", "w": "周", "m": "个月"}
SOURCES = {"override": "本户单独设定", "rule": "按走访规则", "other": "按一般户规则"}


def interval_text(interval: Any) -> str:
    """Interval(2, "w") -> "每 2 周"; no scheduled visits -> "不定期"."""
    if interval is None or getattr(interval, "none", True):
        return "不定期"
    return f"每 {interval.count} {UNITS.get(interval.unit, interval.unit)}"


def _plain_schedule(found: dict[str, Any]) -> dict[str, Any]:
    def day(value: Any) -> str:
        return value.isoformat() if isinstance(value, dt.date) else (value or "")

    return {
        "interval": interval_text(found.get("interval")),
        "source": SOURCES.get(found.get("source") or "", ""),
        "last_visit": day(found.get("last_visit")),
        "planned": day(found.get("planned")),
        "due_date": day(found.get("due_date")),
        "overdue_days": found.get("overdue_days"),
    }


def _open_cases(ctx: Context, household_id: str) -> list[dict[str, Any]]:
    try:
        from desktop.core.cases import cases
    except ImportError:  # case work not installed
        return []
    return cases.household_cases(ctx, household_id, open_only=True)


def _open_referrals(ctx: Context, household_id: str) -> list[dict[str, Any]]:
    """Referrals of the household still in progress (with or without a case)."""
    try:
        from desktop.core.store import resources as resource_sql
    except ImportError:  # case work not installed
        return []
    found = resource_sql.open_referrals_of_households(ctx.store, [household_id])
    return sorted(found, key=lambda r: (r.get("referred_on") or "", r.get("created_at") or ""))


# -- the route list -------------------------------------------------------------------------------
def route_list(
    ctx: Context,
    today: dt.date | None = None,
    within_days: int = 0,
    village_id: str | None = None,
    worker: str | None = None,
    tag: str | None = None,
) -> dict[str, Any]:
    """待走访 as a list to carry on the road: households due by ``today`` + ``within_days``,
    grouped by village and ordered by group and house number, with address, phone, last visit
    and why each is due."""
    today = today or ctx.today()
    due = schedule.due_list(ctx, today, within_days, village_id=village_id, tag=tag, worker=worker)
    rows = households.rows(ctx, [d.household_id for d in due])  # head name and tags
    villages = station.villages(ctx)
    order = {v["id"]: i for i, v in enumerate(villages)}
    group_order = {v["id"]: {g: i for i, g in enumerate(v.get("groups") or [])} for v in villages}
    names = {v["id"]: v["name"] for v in villages}
    rule_tags = {r.value for r in schedule.rules(ctx) if r.kind == "tag"}
    items: list[dict[str, Any]] = []
    for d in due:
        row = rows.get(d.household_id) or {}
        full = households.household(ctx, d.household_id)
        items.append(
            {
                "household_id": d.household_id,
                "village_id": full.get("village_id") or d.village_id or "",
                "village": full.get("village") or names.get(d.village_id or "", ""),
                "group_name": full.get("group_name") or "",
                "house_no": full.get("house_no") or "",
                "address": full.get("address") or "",
                "head_name": row.get("head_name") or "",
                "phone": full.get("phone")
                or next((m["phone"] for m in full.get("members") or [] if m.get("phone")), ""),
                "size": len(full.get("members") or []),
                "risk_level": full.get("risk_level") or "",
                "worker": full.get("worker") or "",
                "tags": [t for t in row.get("tags") or [] if t in rule_tags],
                "due_date": d.due_date.isoformat() if d.due_date else "",
                "overdue_days": d.overdue_days(today) if d.due_date else 0,
                "interval": interval_text(d.interval),
                "interval_source": SOURCES.get(d.interval_source, ""),
                "last_visit": d.last_visit.isoformat() if d.last_visit else "",
                "planned": d.planned.isoformat() if d.planned else "",
                "last_attempt": d.last_attempt.isoformat() if d.last_attempt else "",
                "crisis": d.crisis,
            }
        )

    def house_key(item: dict[str, Any]) -> str:
        number = item["house_no"].strip()
        return number.zfill(6) if number.isdigit() else number

    items.sort(
        key=lambda i: (
            order.get(i["village_id"], 9999),
            i["village"],
            group_order.get(i["village_id"], {}).get(i["group_name"], 999),
            i["group_name"],
            house_key(i),
        )
    )
    groups: list[dict[str, Any]] = []
    for item in items:
        if not groups or groups[-1]["village_id"] != item["village_id"]:
            groups.append(
                {"village_id": item["village_id"], "village": item["village"], "items": []}
            )
        groups[-1]["items"].append(item)
    return {
        "station": _station(ctx),
        "today": today.isoformat(),
        "within_days": within_days,
        "village": names.get(village_id or "", "") if village_id else "",
        "worker": worker or "",
        "tag": tag or "",
        "villages": groups,
        "count": len(items),
    }


# -- case work ------------------------------------------------------------------------------------
def service_plan(ctx: Context, plan_id: str) -> dict[str, Any]:
    """服务计划书: a plan version with its case, client and household, action statuses and the
    names of the resources its actions name."""
    from desktop.core.cases import case_detail, plans, workflow

    found = plans.plan(ctx, plan_id)
    case = workflow.live_case(ctx, found["case_id"])
    found = plans.with_statuses(ctx, found) if found.get("status") == plans.AGREED else found
    household = households.household(ctx, case["household_id"]) if case.get("household_id") else {}
    client = next(
        (m for m in household.get("members") or [] if m["id"] == case.get("person_id")), None
    )
    if client is None and case.get("person_id"):
        try:
            client = households.person(ctx, case["person_id"])
        except NotFoundError:
            client = None
    reviews = [
        r
        for r in case_detail.case(ctx, case["id"]).get("reviews") or []
        if r.get("plan_id") == plan_id
    ]
    return {
        "station": _station(ctx),
        "plan": found,
        "case": case,
        "household": household,
        "client": client,
        "reviews": reviews,
    }


def referral_letter(ctx: Context, referral_id: str) -> dict[str, Any]:
    """转介单 with its 回执: the referral, the receiving resource, the client and household."""
    from desktop.core.resources import referrals, resources

    found = referrals.referral(ctx, referral_id)
    resource: dict[str, Any] = {}
    if found.get("resource_id"):
        try:
            resource = resources.resource(ctx, found["resource_id"])
        except NotFoundError:
            resource = {}
    household = (
        households.household(ctx, found["household_id"]) if found.get("household_id") else {}
    )
    client = next(
        (m for m in household.get("members") or [] if m["id"] == found.get("person_id")), None
    )
    if client is None and found.get("person_id"):
        try:
            client = households.person(ctx, found["person_id"])
        except NotFoundError:
            client = None
    case = None
    if found.get("case_id"):
        from desktop.core.cases import workflow

        try:
            case = workflow.live_case(ctx, found["case_id"])
        except NotFoundError:
            case = None
    return {
        "station": _station(ctx),
        "referral": found,
        "resource": resource,
        "household": household,
        "client": client,
        "case": case,
        "today": ctx.today().isoformat(),
    }


# -- batches --------------------------------------------------------------------------------------
def village_household_ids(ctx: Context, village_id: str | None = None) -> list[str]:
    """Live households of a village (all villages: None), in register order."""
    return households.find(ctx, "", village_id)


def visit_ids_between(ctx: Context, since: dt.date, until: dt.date) -> list[str]:
    """Current versions of the visits submitted in a period (drafts left out), oldest first."""
    ids = visits.find(ctx, since=since, until=until, status="submitted")
    return list(reversed(ids))


def plans_due_for_review(ctx: Context, until: dt.date) -> list[str]:
    """Current plans of open cases with a review date on or before ``until`` still to come or
    passed since the plan's last review."""
    from desktop.core.cases import case_detail, cases, plans

    out: list[str] = []
    for case_id in cases.find(ctx, stage="open"):
        state = plans.plan_state(ctx, case_id)
        current = state.get("current")
        if not current:
            continue
        reviewed = [
            r.get("review_date") or ""
            for r in case_detail.case(ctx, case_id).get("reviews") or []
            if r.get("plan_id") == current["id"]
        ]
        last = max(reviewed, default="")
        if any(last < d <= until.isoformat() for d in current.get("review_dates") or []):
            out.append(current["id"])
    return out


# -- one entry point for the CLI and the app --------------------------------------------------------
def gather(ctx: Context, kind: str, record_id: str | None = None, **options: Any) -> dict[str, Any]:
    """The data of one document of ``kind`` (see desktop.printing.KINDS)."""
    if kind == "blank-visit-form":
        return blank_visit_form(ctx, record_id or None)
    if kind == "route-list":
        return route_list(ctx, **options)
    if not record_id:
        raise NotFoundError()
    if kind == "visit":
        return visit_record(ctx, record_id, str(options.get("copy") or SIGN))
    if kind == "household":
        return household_profile(
            ctx, resolve_household(ctx, record_id), full_ids=bool(options.get("full_ids"))
        )
    if kind == "plan":
        return service_plan(ctx, record_id)
    if kind == "referral":
        return referral_letter(ctx, record_id)
    raise ValueError(kind)


def gather_many(
    ctx: Context,
    kind: str,
    ids: list[str],
    state: TaskState | None = None,
    total: int | None = None,
    **options: Any,
) -> list[dict[str, Any]]:
    """The data of one document per id, reporting progress (done, ``total`` or len(ids)) and
    stopping when cancelled (desktop.core.tasks.Cancelled)."""
    total = total or len(ids)
    out: list[dict[str, Any]] = []
    for i, rid in enumerate(ids):
        if state is not None:
            state.check()
            if i % 10 == 0:
                state.progress(i, total)
        out.append(gather(ctx, kind, rid, **options))
    return out


def resolve_household(ctx: Context, text: str) -> str:
    """A household id from its id or its 8-character short code (as printed on paper)."""
    text = (text or "").strip()
    if len(text) == 8:
        found = [
            hid
            for hid in households.find(ctx, text)
            if hid.replace("-", "")[:8].upper() == text.upper()
        ]
        if len(found) == 1:
            return found[0]
    return text
