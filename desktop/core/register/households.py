"""The household register (户档案): create, edit and remove households and their members."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core.context import Context
from desktop.core.errors import FieldError, NotFoundError, ValidationError, live
from desktop.core.register import search, validation
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station.station import new_id
from desktop.core.store import households as sql
from desktop.core.store import station as station_sql
from desktop.core.sync.recorder import ChangeSet

HEAD = "户主"


@dataclass(frozen=True)
class Saved:
    household_id: str
    person_ids: list[str]
    changes: ChangeSet


def check_person(ctx: Context, person: PersonInput, today: dt.date | None = None) -> PersonInput:
    """Validate one person as the member dialog does: fields, then the register-wide ID check."""
    cleaned = validation.clean_person(
        person, station_sql.tag_names(ctx.store), today or ctx.today()
    )
    _check_unique_id(ctx, cleaned)
    return cleaned


def check_household(
    ctx: Context, household: HouseholdInput, today: dt.date | None = None
) -> HouseholdInput:
    """Validate the household's own fields as the household dialog does (nothing is written)."""
    return validation.clean_household(
        household,
        station_sql.villages(ctx.store),
        station_sql.worker_names(ctx.store),
        today or ctx.today(),
    )


def _check_unique_id(ctx: Context, person: PersonInput) -> None:
    if not person.id_number:
        return
    found = sql.find_by_id_number(ctx.store, person.id_number, exclude_person=person.id)
    if found is not None:
        address = "".join(
            x
            for x in (found.get("group_name"), found.get("house_no") and f"{found['house_no']}号")
            if x
        )
        raise ValidationError(
            [
                FieldError(
                    "id_number",
                    "id.duplicate",
                    {
                        "id_number": person.id_number,
                        "name": found["name"],
                        "village": found.get("village") or "",
                        "address": address,
                    },
                )
            ],
            existing=found,
        )


def save_household(
    ctx: Context,
    household: HouseholdInput,
    members: list[PersonInput],
    household_id: str | None = None,
    today: dt.date | None = None,
) -> Saved:
    """Create (household_id None) or update a household with its full member list.

    Existing members left out of ``members`` are removed (tombstoned). Exactly one member has the
    relation 户主. All of it is one transaction; nothing is written if anything is invalid.
    """
    existing = sql.get_household(ctx.store, household_id) if household_id else None
    if household_id and (existing is None or existing["deleted"]):
        raise NotFoundError()
    cleaned_h = validation.clean_household(
        household,
        station_sql.villages(ctx.store),
        station_sql.worker_names(ctx.store),
        today or ctx.today(),
    )
    tags = station_sql.tag_names(ctx.store)
    errors: list[FieldError] = []
    cleaned: list[PersonInput] = []
    for i, member in enumerate(members):
        try:
            cleaned.append(validation.clean_person(member, tags, today or ctx.today()))
        except ValidationError as exc:
            errors += [FieldError(f"members[{i}].{e.field}", e.code, e.params) for e in exc.errors]
    if errors:
        raise ValidationError(errors)
    heads = [m for m in cleaned if m.relation == HEAD]
    if len(heads) != 1:
        raise ValidationError([FieldError("members", "household.head")])
    seen: dict[str, PersonInput] = {}
    for m in cleaned:
        if m.id_number and m.id_number in seen:
            raise ValidationError(
                [
                    FieldError(
                        "members",
                        "id.duplicate",
                        {
                            "id_number": m.id_number,
                            "name": seen[m.id_number].name,
                            "village": "",
                            "address": "本户",
                        },
                    )
                ]
            )
        if m.id_number:
            seen[m.id_number] = m
        _check_unique_id(ctx, m)
    hid = household_id or new_id()
    kept_ids: list[str] = []
    with ctx.write() as w:
        for m in cleaned:
            pid = m.id or new_id()
            kept_ids.append(pid)
            w.put("persons", pid, {**m.fields(), "household_id": hid}, new=m.id is None)
            if m is heads[0]:
                head_id = pid
        if existing is not None:
            for row in sql.members_of(ctx.store, [hid])[hid]:
                if row["id"] not in kept_ids:
                    w.delete("persons", row["id"])
        w.put("households", hid, {**cleaned_h.fields(), "head_id": head_id}, new=existing is None)
    return Saved(hid, kept_ids, w.result)


def remove_household(ctx: Context, household_id: str) -> ChangeSet:
    """Tombstone the household and its members: nothing is lost, it can be restored or synced."""
    live(sql.get_household(ctx.store, household_id))
    with ctx.write() as w:
        for member in sql.members_of(ctx.store, [household_id])[household_id]:
            w.delete("persons", member["id"])
        w.delete("households", household_id)
    return w.result


def household(ctx: Context, household_id: str) -> dict[str, Any]:
    """A household with its live members (head first)."""
    found = sql.get_household(ctx.store, household_id)
    if found is None:
        raise NotFoundError()
    found["members"] = sql.members_of(ctx.store, [household_id])[household_id]
    found["code"] = search.short_code(household_id)
    found["updated_at"], found["updated_by"] = sql.last_change(
        ctx.store, household_id
    )  # members too
    return found


def person(ctx: Context, person_id: str) -> dict[str, Any]:
    found = sql.get_person(ctx.store, person_id)
    if found is None:
        raise NotFoundError()
    return found


def find(
    ctx: Context, text: str = "", village_id: str | None = None, tag: str | None = None
) -> list[str]:
    return search.find(ctx.store, text, village_id, tag)


def matches(
    ctx: Context, text: str = "", village_id: str | None = None, tag: str | None = None
) -> search.Matches:
    """What ``find`` gives, as a sequence counted at once and mapped to ids as it is read (the
    register list: search as you type over 50,000 households)."""
    return search.matches(ctx.store, text, village_id, tag)


def rows(ctx: Context, ids: list[str], text: str = "") -> dict[str, dict[str, Any]]:
    """Display rows of the register list; with the search ``text``, "matched" names the member
    it matched where that is not the head."""
    found = sql.list_rows(ctx.store, ids)
    if text.strip():
        matched = search.matched_members(
            ctx.store, {i: r.get("head_id") for i, r in found.items()}, text
        )
        for hid, name in matched.items():
            found[hid]["matched"] = name
    return found
