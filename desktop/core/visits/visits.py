"""Household visits (入户走访): drafts, submission, corrections as new versions, follow-ups, crises.

A submitted visit is never edited in place. A correction is a new row with the same ``record_id``,
``version`` + 1 and ``replaces`` = the version it corrects; the old row stays as history. Submitting
also writes what the visit sets in motion, in the same transaction: its follow-up actions (table
visit_followups), a crisis alert when marked as crisis (crisis_alerts, open until resolved), and
the household's risk level when the visit changed it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, overload

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import FieldError, NotFoundError, StationDeskError, ValidationError, live
from desktop.core.register.validation import LABELS
from desktop.core.station.station import new_id
from desktop.core.store import households as household_sql
from desktop.core.store import station as station_sql
from desktop.core.store import visits as sql
from desktop.core.sync.recorder import ChangeSet, Writer
from desktop.core.text import clean
from desktop.core.visits import schedule, visit_validation
from desktop.core.visits.visit_records import STATUS_DRAFT, STATUS_SUBMITTED, VisitInput

CRISIS_NS = uuid.UUID("0b1e4d2a-7f5c-4e8b-a6d1-3c9f2e8a7b54")
# Visit types where the paper form is usually signed on the spot.
SIGNED_TYPES = frozenset({"入户走访", "集中活动", "陪同办事/就医"})


@dataclass(frozen=True)
class SavedVisit:
    visit_id: str
    record_id: str
    status: str
    changes: ChangeSet


def crisis_id(record_id: str) -> str:
    """One alert per visit record: its corrections update the same alert."""
    return str(uuid.uuid5(CRISIS_NS, record_id))


def _live_household(ctx: Context, household_id: str) -> dict[str, Any]:
    found = household_sql.get_household(ctx.store, household_id) if household_id else None
    if found is None or found["deleted"]:
        raise ValidationError([FieldError("household_id", "visit.household")])
    return found


# -- starting an entry ----------------------------------------------------------------------------
def new_visit(
    ctx: Context, household_id: str = "", today: dt.date | None = None, visit_type: str = "入户走访"
) -> VisitInput:
    """A new visit with the usual defaults: today, the current worker, the household's risk level."""
    today = today or ctx.today()
    visit = VisitInput(
        household_id=household_id,
        visit_date=today.isoformat(),
        visit_type=visit_type,
        workers=[ctx.worker] if ctx.worker else [],
        signature=default_signature(visit_type),
    )
    if household_id:
        found = household_sql.get_household(ctx.store, household_id)
        if found is not None:
            visit.risk_after = found.get("risk_level") or ""
            if found.get("head_id"):
                visit.members_met = [found["head_id"]]
    return visit


def default_signature(visit_type: str) -> str:
    return (
        refdata.SIGNATURE_STATUSES[0]
        if visit_type in SIGNED_TYPES
        else refdata.SIGNATURE_STATUSES[-1]
    )


def _current_submitted(ctx: Context, visit_id: str) -> dict[str, Any]:
    found = live(sql.get_visit(ctx.store, visit_id))
    if found["status"] != STATUS_SUBMITTED:
        raise StationDeskError("visit.not_submitted")
    later = sql.submitted_replacements(ctx.store, visit_id)
    if later:
        raise StationDeskError("visit.corrected", version=max(r["version"] for r in later))
    return found


def start_correction(ctx: Context, visit_id: str) -> VisitInput:
    """The editor's starting point for correcting a submitted visit (nothing is written yet)."""
    found = _current_submitted(ctx, visit_id)
    return replace(VisitInput.from_row(found), replaces=visit_id, correction_reason="", void=False)


# -- writing --------------------------------------------------------------------------------------
def save_visit(
    ctx: Context,
    visit: VisitInput,
    visit_id: str | None = None,
    *,
    submit: bool,
    today: dt.date | None = None,
) -> SavedVisit:
    """Save a draft (``submit`` False) or submit a visit. ``visit_id`` names a draft being edited.

    A visit with ``replaces`` set is a correction of that submitted version: it becomes the next
    version of the same record. Raises ValidationError, or StationDeskError for a submitted record.
    """
    today = today or ctx.today()
    store = ctx.store
    existing = None
    if visit_id:
        existing = live(sql.get_visit(store, visit_id))
        if existing["status"] != STATUS_DRAFT:
            raise StationDeskError("visit.locked")
        visit = replace(visit, replaces=existing.get("replaces") or "")
    replaced = _current_submitted(ctx, visit.replaces) if visit.replaces else None
    household = _live_household(ctx, visit.household_id)
    cleaned = _cleaned(ctx, visit, household, replaced, submit, today)
    cleaned.actions = [{**a, "id": a.get("id") or new_id()} for a in cleaned.actions]

    vid = visit_id or new_id()
    if existing is not None:
        record_id, version = existing["record_id"], existing["version"]
        risk_before = existing.get("risk_before")
    elif replaced is not None:
        record_id, version = (
            replaced["record_id"],
            sql.max_version(store, replaced["record_id"]) + 1,
        )
        risk_before = replaced.get("risk_before")
    else:
        record_id, version, risk_before = vid, 1, None
    fields = {
        **cleaned.fields(),
        "record_id": record_id,
        "version": version,
        "status": STATUS_SUBMITTED if submit else STATUS_DRAFT,
        "risk_before": risk_before or household.get("risk_level") or "",
    }
    if submit:
        fields.update(submitted_at=ctx.clock.now_text(), submitted_by=ctx.worker)
    with ctx.write() as w:
        w.put("visits", vid, fields, new=existing is None)
        if submit:
            _apply(ctx, w, vid, record_id, cleaned, household, today)
    return SavedVisit(vid, record_id, fields["status"], w.result)


def check_visit(
    ctx: Context, visit: VisitInput, *, submit: bool, today: dt.date | None = None
) -> None:
    """What saving would report, without writing anything: raises ValidationError (the editor
    clears a message as soon as its field becomes valid)."""
    today = today or ctx.today()
    replaced = _current_submitted(ctx, visit.replaces) if visit.replaces else None
    household = _live_household(ctx, visit.household_id)
    _cleaned(ctx, visit, household, replaced, submit, today)


def _cleaned(
    ctx: Context,
    visit: VisitInput,
    household: dict[str, Any],
    replaced: dict[str, Any] | None,
    submit: bool,
    today: dt.date,
) -> VisitInput:
    store = ctx.store
    members = household_sql.members_of(store, [household["id"]])[household["id"]]
    if replaced:  # members met then may have left the household since
        members += [{"id": pid} for pid in replaced.get("members_met") or []]
    return visit_validation.clean_visit(
        visit,
        members=members,
        domains=[d["name"] for d in schedule.domains(ctx)],
        workers=station_sql.worker_names(store),
        today=today,
        submit=submit,
    )


def _apply(
    ctx: Context,
    w: Writer,
    vid: str,
    record_id: str,
    v: VisitInput,
    household: dict[str, Any],
    today: dt.date,
) -> None:
    """What a submitted version sets in motion: follow-ups, the crisis alert, the risk level."""
    store = ctx.store
    hid = household["id"]
    existing = {f["id"]: f for f in sql.followups_of_record(store, record_id)}
    kept: set[str] = set()
    for a in [] if v.void else v.actions:
        kept.add(a["id"])
        fields = {
            "record_id": record_id,
            "visit_id": vid,
            "household_id": hid,
            "action": a["action"],
            "owner": a["owner"],
            "due_date": a["due"],
        }
        if a["id"] in existing:
            w.put("visit_followups", a["id"], fields)
        else:
            w.put("visit_followups", a["id"], {**fields, "status": "open"}, new=True)
    for fid, f in existing.items():
        if fid not in kept and f["status"] == "open":
            w.put(
                "visit_followups",
                fid,
                {"status": "cancelled", "done_on": today.isoformat(), "done_by": ctx.worker},
            )

    alert_id = crisis_id(record_id)
    alert = sql.get_row(store, "crisis_alerts", alert_id)
    if v.crisis and not v.void:
        fields = {
            "household_id": hid,
            "record_id": record_id,
            "visit_id": vid,
            "raised_on": v.visit_date,
            "summary": v.crisis_note,
        }
        if alert is None:
            w.put("crisis_alerts", alert_id, {**fields, "status": "open"}, new=True)
        else:
            w.put("crisis_alerts", alert_id, fields)
    elif alert is not None and alert["status"] == "open":
        w.put(
            "crisis_alerts",
            alert_id,
            {"status": "withdrawn", "resolved_on": today.isoformat(), "resolved_by": ctx.worker},
        )

    # 入户未遇: nobody was seen, so nothing was assessed; the household's risk stays as it was.
    if (
        v.risk_after
        and not v.void
        and not v.not_home
        and v.risk_after != household.get("risk_level")
    ):
        latest = sql.last_done_visit(store, hid, exclude_record=record_id)
        if latest is None or v.visit_date >= latest:  # an older paper form does not override
            w.put("households", hid, {"risk_level": v.risk_after})


def void_visit(
    ctx: Context, visit_id: str, reason: str, today: dt.date | None = None
) -> SavedVisit:
    """Withdraw a submitted visit recorded by mistake: a new version marked void, with the reason.

    It no longer counts; its open follow-ups are cancelled and an open crisis alert is withdrawn.
    """
    today = today or ctx.today()
    found = _current_submitted(ctx, visit_id)
    reason = clean(reason)
    if not reason:
        raise ValidationError(
            [FieldError("correction_reason", "required", {"label": LABELS["correction_reason"]})]
        )
    copied = VisitInput.from_row(found)
    voided = replace(copied, replaces=visit_id, correction_reason=reason[:500], void=True)
    vid = new_id()
    fields = {
        **voided.fields(),
        "record_id": found["record_id"],
        "version": sql.max_version(ctx.store, found["record_id"]) + 1,
        "status": STATUS_SUBMITTED,
        "risk_before": found.get("risk_before") or "",
        "submitted_at": ctx.clock.now_text(),
        "submitted_by": ctx.worker,
    }
    household = household_sql.get_household(ctx.store, found["household_id"]) or {
        "id": found["household_id"]
    }
    with ctx.write() as w:
        w.put("visits", vid, fields, new=True)
        _apply(ctx, w, vid, found["record_id"], voided, household, today)
    return SavedVisit(vid, found["record_id"], STATUS_SUBMITTED, w.result)


def delete_draft(ctx: Context, visit_id: str) -> ChangeSet:
    found = live(sql.get_visit(ctx.store, visit_id))
    if found["status"] != STATUS_DRAFT:
        raise StationDeskError("visit.not_draft")
    with ctx.write() as w:
        w.delete("visits", visit_id)
    return w.result


# -- follow-ups and crises ------------------------------------------------------------------------
def complete_followup(
    ctx: Context, followup_id: str, note: str = "", today: dt.date | None = None
) -> ChangeSet:
    found = live(sql.get_row(ctx.store, "visit_followups", followup_id))
    if found["status"] != "open":
        raise StationDeskError("followup.closed")
    with ctx.write() as w:
        w.put(
            "visit_followups",
            followup_id,
            {
                "status": "done",
                "done_on": (today or ctx.today()).isoformat(),
                "done_by": ctx.worker,
                "done_note": clean(note)[:500],
            },
        )
    return w.result


def resolve_crisis(
    ctx: Context, alert_id: str, resolution: str, today: dt.date | None = None
) -> ChangeSet:
    """Record how a crisis was resolved; the alert leaves the household and the start page."""
    found = live(sql.get_row(ctx.store, "crisis_alerts", alert_id))
    if found["status"] != "open":
        raise StationDeskError("crisis.closed")
    text = (resolution or "").strip()
    if not text:
        raise ValidationError(
            [FieldError("resolution", "required", {"label": LABELS["resolution"]})]
        )
    with ctx.write() as w:
        w.put(
            "crisis_alerts",
            alert_id,
            {
                "status": "resolved",
                "resolved_on": (today or ctx.today()).isoformat(),
                "resolved_by": ctx.worker,
                "resolution": text[:2000],
            },
        )
    return w.result


def followups_due(ctx: Context, until: dt.date | None) -> list[dict[str, Any]]:
    """Open follow-up actions due on or before ``until`` (overdue ones included), by owner."""
    return sql.open_followups(ctx.store, until.isoformat() if until else None)


def open_crises(ctx: Context, household_id: str | None = None) -> list[dict[str, Any]]:
    return sql.open_crises(ctx.store, household_id)


# -- reading --------------------------------------------------------------------------------------
def visit(ctx: Context, visit_id: str) -> dict[str, Any]:
    """A visit version with what the views show beside it: the household, names of the members
    met, every version of the record, whether this one is current, its follow-ups and alert."""
    found = sql.get_visit(ctx.store, visit_id)
    if found is None:
        raise NotFoundError()
    store = ctx.store
    household = household_sql.get_household(store, found["household_id"] or "") or {}
    head = household_sql.get_person(store, household.get("head_id") or "") if household else None
    found["household"] = household
    found["head_name"] = head["name"] if head else ""
    found["member_names"] = sql.person_names(store, found.get("members_met") or [])
    found["versions"] = sql.record_versions(store, found["record_id"])
    found["replaced_by"] = sql.submitted_replacements(store, visit_id)
    found["is_current"] = found["status"] == STATUS_SUBMITTED and not found["replaced_by"]
    found["followups"] = sql.followups_of_record(store, found["record_id"])
    found["crisis_alert"] = sql.get_row(store, "crisis_alerts", crisis_id(found["record_id"]))
    return found


def find(
    ctx: Context,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str = "",
    status: str | None = None,
    worker: str | None = None,
    household_id: str | None = None,
) -> list[str]:
    """Ids of current visit versions and drafts, newest first. ``text`` finds households as the
    register does (names, pinyin initials, ID numbers, phones)."""
    from desktop.core.register import households

    ids: list[str] | None = None
    if household_id:
        ids = [household_id]
    elif text.strip():
        ids = households.find(ctx, text)
    return sql.list_visit_ids(
        ctx.store,
        since.isoformat() if since else None,
        until.isoformat() if until else None,
        ids,
        status,
        worker,
    )


def rows(ctx: Context, ids: list[str]) -> dict[str, dict[str, Any]]:
    return sql.visit_rows(ctx.store, ids)


def recent_of_household(ctx: Context, household_id: str, limit: int = 5) -> list[dict[str, Any]]:
    return sql.household_visits(ctx.store, household_id, limit)


def count(ctx: Context) -> int:
    """Visit records (current versions of submitted records, void ones left out)."""
    return sql.count_records(ctx.store)


def count_drafts(ctx: Context, worker: str | None = None) -> int:
    return sql.count_drafts(ctx.store, worker)


class VisitList(Sequence[str]):
    """The ids ``find`` gives, counted at once and fetched a page at a time as they are asked for
    (the 走访记录 list of all 173,000 visits shows in milliseconds). Holds its own filters; a
    change to the data needs a new VisitList."""

    PAGE = 500

    def __init__(self, ctx: Context, filters: tuple[Any, ...]) -> None:
        self._store = ctx.store
        self._filters = filters
        self._count = sql.count_visit_ids(ctx.store, *filters)
        self._pages: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return self._count

    def _page(self, number: int) -> list[str]:
        found = self._pages.get(number)
        if found is None:
            if len(self._pages) > 40:
                self._pages.clear()
            found = self._pages[number] = sql.visit_ids_page(
                self._store, number * self.PAGE, self.PAGE, *self._filters
            )
        return found

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        page = self._page(index // self.PAGE)
        offset = index % self.PAGE
        if offset >= len(page):
            raise IndexError(index)  # fewer rows than counted: changed meanwhile
        return page[offset]

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        position = (
            sql.visit_position(self._store, value, *self._filters)
            if isinstance(value, str)
            else None
        )
        if position is None or position < start or (stop is not None and position >= stop):
            raise ValueError(value)
        return position

    def __contains__(self, value: object) -> bool:
        return (
            isinstance(value, str)
            and sql.visit_position(self._store, value, *self._filters) is not None
        )

    def __eq__(self, other: object) -> bool:
        """Equal to a list of the same ids (fetches them all: for checks, not for screens)."""
        if isinstance(other, VisitList | list | tuple):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    # (defining __eq__ makes it unhashable, as a list is: Python sets __hash__ to None)


def find_lazily(
    ctx: Context,
    since: dt.date | None = None,
    until: dt.date | None = None,
    text: str = "",
    status: str | None = None,
    worker: str | None = None,
) -> VisitList:
    """``find`` for a list on screen: counted now, ids fetched as they are shown."""
    from desktop.core.register import households

    ids = households.find(ctx, text) if text.strip() else None
    return VisitList(
        ctx,
        (
            since.isoformat() if since else None,
            until.isoformat() if until else None,
            ids,
            status,
            worker,
        ),
    )
