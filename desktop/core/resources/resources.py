"""The resource directory (资源库): organisations, volunteer teams and individuals, charitable
resources and government services, each with its five-society kind, the service categories it
offers (the need types), the villages it covers (none listed: the whole township) and capacity.

``match`` suggests resources for a need in a village, best match first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.cases.case_records import ResourceInput
from desktop.core.cases.case_validation import clean_resource
from desktop.core.context import Context
from desktop.core.errors import FieldError, ValidationError, live
from desktop.core.register import pinyin
from desktop.core.station.station import new_id
from desktop.core.store import resources as sql
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet

IN_PROGRESS = ("已转介", "已接收", "服务中")


@dataclass(frozen=True)
class SavedResource:
    resource_id: str
    changes: ChangeSet


@dataclass(frozen=True)
class Match:
    """A suggested resource and why: ``local`` it names the village (not only the whole
    township); ``load`` referrals in progress against its ``capacity``; its track record."""

    resource: dict[str, Any]
    local: bool
    load: int
    capacity: int | None
    completed: int
    declined: int

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.load >= self.capacity

    @property
    def acceptance(self) -> float:
        """Share of its closed referrals it completed (smoothed, so a new resource is 0.5)."""
        return (self.completed + 1) / (self.completed + self.declined + 2)

    @property
    def sort_key(self) -> tuple:
        return (
            self.full,
            not self.local,
            -round(self.acceptance, 2),
            self.load,
            self.resource["name"],
        )


def save_resource(
    ctx: Context,
    resource: ResourceInput,
    resource_id: str | None = None,
    accept_check: bool = False,
) -> SavedResource:
    """Add or change a resource. A credit code whose check character is wrong is refused unless
    ``accept_check`` (real codes exist that fail the check)."""
    existing = _resource(ctx, resource_id) if resource_id else None
    villages = {v["id"] for v in station_sql.villages(ctx.store)}
    cleaned = clean_resource(
        resource, villages | set((existing or {}).get("villages") or []), accept_check
    )
    same = next(
        (
            r
            for r in sql.resources(ctx.store)
            if r["name"] == cleaned.name and r["id"] != resource_id
        ),
        None,
    )
    if same is not None:
        raise ValidationError([FieldError("name", "resource.exists", {"name": cleaned.name})])
    rid = resource_id or new_id()
    with ctx.write() as w:
        w.put("resources", rid, cleaned.fields(), new=existing is None)
    return SavedResource(rid, w.result)


def _resource(ctx: Context, resource_id: str) -> dict[str, Any]:
    return live(sql.get_row(ctx.store, "resources", resource_id) if resource_id else None)


def set_active(ctx: Context, resource_id: str, active: bool) -> ChangeSet:
    """A resource that stops serving is made inactive, not deleted: referrals keep naming it."""
    _resource(ctx, resource_id)
    with ctx.write() as w:
        w.put("resources", resource_id, {"active": 1 if active else 0})
    return w.result


def resource(ctx: Context, resource_id: str) -> dict[str, Any]:
    """A resource with its referral counts by status and its latest referrals."""
    found = _resource(ctx, resource_id)
    found["load"] = sql.resource_load(ctx.store).get(resource_id, {})
    found["referrals"] = sql.referrals_of_resource(ctx.store, resource_id)
    return found


def names(ctx: Context, ids: list[str]) -> dict[str, str]:
    """Names of resources by id (inactive and removed ones too: records keep naming them)."""
    return sql.resource_names(ctx.store, ids) if ids else {}


def resources(
    ctx: Context,
    category: str | None = None,
    village_id: str | None = None,
    kind: str | None = None,
    text: str = "",
    include_inactive: bool = True,
) -> list[dict[str, Any]]:
    """The directory in pinyin order, filtered: a category it offers, a village it covers, its
    five-society kind, text in its name (or its pinyin initials), contact, address or notes."""
    out = []
    text = text.strip()
    for r in sorted(sql.resources(ctx.store, active_only=not include_inactive), key=sort_key):
        if category and category not in r["categories"]:
            continue
        if village_id and r["villages"] and village_id not in r["villages"]:
            continue
        if kind and r["party_kind"] != kind:
            continue
        if (
            text
            and not any(
                text in (r.get(k) or "") for k in ("name", "contact", "notes", "address", "phone")
            )
            and text.lower() not in pinyin.search_keys(r["name"])
        ):
            continue
        out.append(r)
    return out


def sort_key(resource: dict[str, Any]) -> tuple[str, str]:
    readings = pinyin.readings(resource["name"] or "")
    return "".join(readings[0]) if readings else "", resource["name"] or ""


def match(ctx: Context, need: str, village_id: str | None = None) -> list[Match]:
    """Active resources that offer ``need`` and cover ``village_id``, best match first: not full,
    naming the village itself before township-wide ones, a better record of completing referrals,
    fewer referrals in progress."""
    load = sql.resource_load(ctx.store)
    found: list[Match] = []
    for r in sql.resources(ctx.store, active_only=True):
        if need not in r["categories"]:
            continue
        if village_id and r["villages"] and village_id not in r["villages"]:
            continue
        counts = load.get(r["id"], {})
        capacity = r.get("capacity")
        found.append(
            Match(
                r,
                bool(village_id and village_id in r["villages"]),
                sum(counts.get(s, 0) for s in IN_PROGRESS),
                int(capacity) if capacity not in (None, "") else None,
                counts.get("已完成", 0),
                counts.get("未接收", 0),
            )
        )
    return sorted(found, key=lambda m: m.sort_key)
