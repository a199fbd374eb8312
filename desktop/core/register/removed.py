"""Removed households and people (已删除): who removed them and when, and bringing them back.

A removal is a tombstone that keeps everything, so restoring is a new write (``deleted`` 0) that
syncs like any other. A person shows only under a household that shows: restoring a person
restores its household too (not its other members); restoring a household restores the members
removed with it (in the same write), not those removed before on their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.context import Context
from desktop.core.errors import NotFoundError
from desktop.core.store import removed as sql
from desktop.core.sync import merge
from desktop.core.sync.recorder import ChangeSet, Writer, hlc_text


@dataclass(frozen=True)
class Removed:
    kind: str  # "households" or "persons"
    id: str
    name: str  # a household: its place (address, or village, group and number); a person: the name
    household: str  # a person's household (place, head); a household: its head's name
    household_id: str
    household_removed: bool  # a person's household is removed as well
    removed_by: str
    computer: str
    removed_on: str  # "2026-11-29 10:00:00"


def _who(ctx: Context, table: str, row_id: str) -> tuple[str, str, str, tuple[str, int] | None]:
    """Who removed the row, on which computer, when, and the dot of that removal."""
    state = merge.row_state(ctx.store, table, row_id)
    if state is None or "deleted" not in state.fields:
        return "", "", "", None
    c = state.fields["deleted"].winner
    return c.author or "", c.computer or "", hlc_text(c.hlc), c.dot


def removed_households(ctx: Context) -> list[Removed]:
    out = []
    for r in sql.households(ctx.store):
        by, computer, when, _ = _who(ctx, "households", r["id"])
        out.append(
            Removed(
                "households",
                r["id"],
                r["place"] or "",
                r["head"] or "",
                r["id"],
                True,
                by,
                computer,
                when,
            )
        )
    return out


def removed_persons(ctx: Context) -> list[Removed]:
    out = []
    for r in sql.persons(ctx.store):
        by, computer, when, _ = _who(ctx, "persons", r["id"])
        where = "，".join(x for x in (r["place"], r["head"]) if x)
        out.append(
            Removed(
                "persons",
                r["id"],
                r["name"] or "",
                where,
                r["household_id"] or "",
                bool(r["household_removed"]),
                by,
                computer,
                when,
            )
        )
    return out


def _removed_with(ctx: Context, household_id: str) -> list[str]:
    """The members removed in the same write as the household (their removals just before its own)."""
    _, _, _, dot = _who(ctx, "households", household_id)
    if dot is None:
        return []
    origin, counter = dot
    mine: dict[int, str] = {}
    for pid in sql.removed_members(ctx.store, household_id):
        d = _who(ctx, "persons", pid)[3]
        if d is not None and d[0] == origin:
            mine[d[1]] = pid
    out = []
    n = counter - 1
    while n in mine:
        out.append(mine[n])
        n -= 1
    return out


def bring_back(ctx: Context, w: Writer, table: str, row_id: str) -> None:
    """Inside a write that restored ``row_id``: make it show (a person's household back; for a
    household, the members removed with it)."""
    if table == "persons":
        person = sql.row(ctx.store, "persons", row_id)
        home = (
            sql.row(ctx.store, "households", person["household_id"])
            if person and person["household_id"]
            else None
        )
        if home is not None and home["deleted"]:
            w.put("households", home["id"], {"deleted": 0})
    elif table == "households":
        for pid in _removed_with(ctx, row_id):
            w.put("persons", pid, {"deleted": 0})


def restore_household(ctx: Context, household_id: str) -> ChangeSet:
    found = sql.row(ctx.store, "households", household_id)
    if found is None or not found["deleted"]:
        raise NotFoundError()
    with ctx.write() as w:
        bring_back(ctx, w, "households", household_id)  # before: it looks at the removal
        w.put("households", household_id, {"deleted": 0})
    return w.result


def restore_person(ctx: Context, person_id: str) -> ChangeSet:
    found = sql.row(ctx.store, "persons", person_id)
    if found is None:
        raise NotFoundError()
    with ctx.write() as w:
        if found["deleted"]:
            w.put("persons", person_id, {"deleted": 0})
        bring_back(ctx, w, "persons", person_id)
    return w.result
