"""Helpers for the visit and schedule tests (no tests here): households and visits in few lines."""

from __future__ import annotations

import datetime as dt
import itertools

from desktop.core.context import Context
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.core.visits import visits
from desktop.core.visits.visit_records import VisitInput

_house = itertools.count(1)


def village_id(ctx: Context, name: str = "青山村") -> str:
    return next(v["id"] for v in station.villages(ctx) if v["name"] == name)


def add_household(
    ctx: Context,
    name: str,
    tags: tuple[str, ...] = (),
    risk: str = "一般",
    village: str = "青山村",
    group: str = "一组",
    child: str = "",
    interval: str = "",
) -> str:
    """A household headed by an older person ``name``; ``child`` adds a grandchild (left behind)."""
    members = [
        PersonInput(name=name, relation="户主", sex="男", birth_date="1950-05-05", tags=list(tags))
    ]
    if child:
        members.append(
            PersonInput(
                name=child,
                relation="孙子",
                sex="男",
                birth_date="2016-03-01",
                tags=["留守儿童"],
                guardian_name=name,
                guardian_relation="祖父母",
            )
        )
    saved = households.save_household(
        ctx,
        HouseholdInput(
            village_id=village_id(ctx, village),
            group_name=group,
            house_no=str(next(_house)),
            risk_level=risk,
            worker="李明",
        ),
        members,
    )
    if interval:
        from desktop.core.visits import schedule

        schedule.set_household_interval(ctx, saved.household_id, interval)
    return saved.household_id


def visit_input(ctx: Context, household_id: str, day: str | dt.date, **fields) -> VisitInput:
    v = visits.new_visit(ctx, household_id, today=dt.date.fromisoformat(str(day)))
    v.signature = "本人已签字"
    for key, value in fields.items():
        setattr(v, key, value)
    return v


def submit(
    ctx: Context, household_id: str, day: str | dt.date, today: dt.date | None = None, **fields
) -> visits.SavedVisit:
    v = visit_input(ctx, household_id, day, **fields)
    return visits.save_visit(ctx, v, submit=True, today=today or dt.date(2026, 11, 29))
