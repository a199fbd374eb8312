"""Checks of a visit record. Drafts are checked for form (dates, lists); submission for completeness."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from desktop.core import refdata
from desktop.core.errors import FieldError, ValidationError
from desktop.core.register.validation import LABELS, NOTE_MAX, choice, parse_date
from desktop.core.text import clean, normalize_digits
from desktop.core.visits.visit_records import VisitInput

SHORT_MAX = 200
EARLIEST = dt.date(2000, 1, 1)
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})$")


def date_field(
    name: str,
    text: str,
    errors: list[FieldError],
    today: dt.date,
    *,
    label: str = "",
    required: bool = False,
    future_ok: bool = False,
) -> str:
    """A date as YYYY-MM-DD; ``label`` names LABELS' key when it differs from the field name."""
    text = clean(text)
    if not text:
        if required:
            errors.append(FieldError(name, "required", {"label": LABELS[label or name]}))
        return ""
    day = parse_date(text)
    if day is None:
        errors.append(FieldError(name, "date.format"))
        return text
    if day < EARLIEST:
        errors.append(FieldError(name, "visit.too_old", {"date": day.isoformat()}))
    elif day > today and not future_ok:
        errors.append(FieldError(name, "date.future"))
    return day.isoformat()


def _time(text: str, errors: list[FieldError]) -> str:
    text = normalize_digits(text or "").replace(" ", "")
    if not text:
        return ""
    if text.isdigit() and len(text) in (3, 4):  # "930", "0930": hours then minutes
        text = f"{text[:-2]}:{text[-2:]}"
    match = _TIME.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        errors.append(FieldError("visit_time", "visit.time"))
        return text
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _short(name: str, text: str, errors: list[FieldError], limit: int = SHORT_MAX) -> str:
    text = clean(text)
    if len(text) > limit:
        errors.append(FieldError(name, "too_long", {"label": LABELS[name], "max": limit}))
    return text


def clean_visit(
    v: VisitInput,
    *,
    members: list[dict[str, Any]],
    domains: list[str],
    workers: list[str],
    today: dt.date,
    submit: bool,
) -> VisitInput:
    """Normalise and check a visit of a household with ``members`` (live persons of the household).

    ``domains`` and ``workers`` are the station's observation domains and workers. With ``submit``
    the record must be complete; a draft only needs its household and well-formed values.
    """
    errors: list[FieldError] = []
    if not v.household_id:
        errors.append(FieldError("household_id", "visit.household"))
    visit_date = date_field("visit_date", v.visit_date, errors, today, required=True)
    visit_time = _time(v.visit_time, errors)
    duration = v.duration_min
    if duration is not None and not 0 <= int(duration) <= 1440:
        errors.append(FieldError("duration_min", "visit.duration"))
    visit_type = choice("visit_type", v.visit_type, refdata.VISIT_TYPES, errors)
    if submit and not visit_type:
        errors.append(FieldError("visit_type", "required", {"label": LABELS["visit_type"]}))

    names = list(dict.fromkeys(clean(w) for w in v.workers if clean(w)))
    for name in names:
        if name not in workers:
            errors.append(
                FieldError("workers", "choice", {"value": name, "label": LABELS["workers"]})
            )
    if submit and not names:
        errors.append(FieldError("workers", "visit.workers"))

    partners: list[dict[str, str]] = []
    for p in v.partners:
        kind, name = clean(p.get("kind", "")), clean(p.get("name", ""))
        if not kind and not name:
            continue
        choice("partners", kind, refdata.PARTNER_KINDS, errors)
        if (kind == refdata.PARTNER_OTHER or not kind) and not name:
            errors.append(FieldError("partners", "visit.partner_name"))
        partners.append({"kind": kind or refdata.PARTNER_OTHER, "name": name[:SHORT_MAX]})

    member_ids = {m["id"] for m in members}
    met = list(dict.fromkeys(v.members_met))
    if any(pid not in member_ids for pid in met):
        errors.append(FieldError("members_met", "visit.member"))

    observations: list[dict[str, str]] = []
    needs: list[dict[str, str]] = []
    services: list[str] = []
    services_note = ""
    if not v.not_home:  # an attempt where nobody was met records no findings
        for o in v.observations:
            domain, rating, note = (
                clean(o.get("domain", "")),
                clean(o.get("rating", "")),
                clean(o.get("note", "")),
            )
            if not rating and not note:
                continue
            if domain not in domains:
                errors.append(
                    FieldError(
                        "observations", "choice", {"value": domain, "label": LABELS["observations"]}
                    )
                )
            if not rating:
                errors.append(FieldError("observations", "visit.rating", {"domain": domain}))
            choice("observations", rating, refdata.OBSERVATION_RATINGS, errors)
            if len(note) > SHORT_MAX:
                errors.append(
                    FieldError("observations", "too_long", {"label": domain, "max": SHORT_MAX})
                )
            observations.append({"domain": domain, "rating": rating, "note": note})
        for n in v.needs:
            kind, note = clean(n.get("type", "")), clean(n.get("note", ""))
            if not kind and not note:
                continue
            if not kind:
                kind = refdata.NEED_TYPES[-1]
            choice("needs", kind, refdata.NEED_TYPES, errors)
            needs.append({"type": kind, "note": note[:SHORT_MAX]})
        services = list(dict.fromkeys(clean(s) for s in v.services if clean(s)))
        for s in services:
            choice("services", s, refdata.SERVICE_TYPES, errors)
        services_note = _short("services_note", v.services_note, errors, 2000)

    actions: list[dict[str, str]] = []
    for i, a in enumerate(v.actions, start=1):
        text, owner, due = (
            clean(a.get("action", "")),
            clean(a.get("owner", "")),
            clean(a.get("due", "")),
        )
        if not text and not owner and not due:
            continue
        if not text:
            errors.append(FieldError("actions", "visit.action_text", {"n": i}))
        if not owner:
            errors.append(FieldError("actions", "visit.action_owner", {"n": i}))
        due_day = parse_date(due)
        if due_day is None:
            errors.append(FieldError("actions", "visit.action_due", {"n": i}))
        actions.append(
            {
                "id": a.get("id", ""),
                "action": text[:SHORT_MAX],
                "owner": owner[:50],
                "due": due_day.isoformat() if due_day else due,
            }
        )

    risk_after = choice("risk_after", v.risk_after, refdata.RISK_LEVELS, errors)
    if v.not_home:  # nobody was seen: no risk was assessed, the household keeps its level
        risk_after = ""
    crisis_note = _short("crisis_note", v.crisis_note, errors, 2000)
    if v.crisis and submit and not crisis_note:
        errors.append(FieldError("crisis_note", "visit.crisis_note"))

    safeguarding = list(dict.fromkeys(clean(s) for s in v.safeguarding if clean(s)))
    for s in safeguarding:
        choice("safeguarding", s, refdata.SAFEGUARDING_KINDS, errors)
    report_made = choice("report_made", v.report_made, refdata.REPORT_ANSWERS, errors)
    report_to = _short("report_to", v.report_to, errors)
    report_at = clean(v.report_at)
    report_note = _short("report_note", v.report_note, errors, 2000)
    if safeguarding:
        if submit and not report_made:
            errors.append(
                FieldError("report_made", "visit.report_answer", {"kind": "、".join(safeguarding)})
            )
        if report_made == refdata.REPORT_ANSWERS[0]:
            if submit and not report_to:
                errors.append(FieldError("report_to", "visit.report_details"))
            report_at = date_field("report_at", report_at, errors, today, required=submit)
        elif report_made == refdata.REPORT_ANSWERS[1] and submit and not report_note:
            errors.append(FieldError("report_note", "visit.report_reason"))
    else:
        report_made = report_to = report_at = report_note = ""

    signature = choice("signature", v.signature, refdata.SIGNATURE_STATUSES, errors)
    signed_by = _short("signed_by", v.signed_by, errors, 50)
    if signature == refdata.SIGNATURE_PROXY and submit and not signed_by:
        errors.append(FieldError("signed_by", "visit.signed_by"))
    if signature != refdata.SIGNATURE_PROXY:
        signed_by = ""

    next_visit = date_field("next_visit_date", v.next_visit_date, errors, today, future_ok=True)
    if (
        next_visit
        and visit_date
        and parse_date(next_visit)
        and parse_date(visit_date)
        and next_visit < visit_date
    ):
        errors.append(FieldError("next_visit_date", "visit.next_before"))
    notes = (v.notes or "").strip()
    if len(notes) > NOTE_MAX:
        errors.append(
            FieldError("notes", "too_long", {"label": LABELS["visit_notes"], "max": NOTE_MAX})
        )
    reason = _short("correction_reason", v.correction_reason, errors, 500)
    if v.replaces and submit and not reason:
        errors.append(
            FieldError("correction_reason", "required", {"label": LABELS["correction_reason"]})
        )
    if errors:
        raise ValidationError(errors)
    return replace(
        v,
        visit_date=visit_date,
        visit_time=visit_time,
        duration_min=int(duration) if duration is not None else None,
        visit_type=visit_type,
        workers=names,
        partners=partners,
        members_met=met,
        observations=observations,
        needs=needs,
        services=services,
        services_note=services_note,
        actions=actions,
        risk_after=risk_after,
        crisis_note=crisis_note if v.crisis else "",
        safeguarding=safeguarding,
        report_made=report_made,
        report_to=report_to,
        report_at=report_at,
        report_note=report_note,
        signature=signature,
        signed_by=signed_by,
        next_visit_date=next_visit,
        notes=notes,
        correction_reason=reason,
    )


def expand_date(text: str, today: dt.date) -> str:
    """Fast keyboard entry of dates: "11-28", "11.28", "1128" (this year, or last year when that
    would be in the future), "28" (this month), "20261128" and "2026-11-28" -> "2026-11-28".
    Anything else is returned as typed, for validation to report."""
    raw = normalize_digits(text or "").replace(" ", "")
    if not raw:
        return ""
    parts = [p for p in re.split(r"[-/.年月日]", raw) if p]
    try:
        if len(parts) == 3:
            day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        elif len(parts) == 2 or (len(parts) == 1 and len(raw) in (3, 4) and raw.isdigit()):
            month, mday = (
                (int(parts[0]), int(parts[1]))
                if len(parts) == 2
                else (int(raw[:-2]), int(raw[-2:]))
            )
            day = dt.date(today.year, month, mday)
            if day > today:
                day = dt.date(today.year - 1, month, mday)
        elif len(raw) == 8 and raw.isdigit():
            day = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        elif raw.isdigit() and len(raw) <= 2:
            day = dt.date(today.year, today.month, int(raw))
        else:
            return text.strip()
    except ValueError:
        return text.strip()
    return day.isoformat()
