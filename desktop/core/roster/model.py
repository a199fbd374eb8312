"""What a dry run says about each roster row: its kind, what would be written, and the counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.roster.checks import Problem, RowData
from desktop.core.roster.headers import Header
from desktop.core.roster.reading import Table

CREATE, ADD, UPDATE, TAG, SAME, ERROR, REPEATED, CANDIDATE = (
    "create_household",
    "add_member",
    "update",
    "tag_only",
    "unchanged",
    "error",
    "repeated",
    "candidate",
)
KINDS = (CREATE, ADD, UPDATE, TAG, SAME, ERROR, REPEATED, CANDIDATE)


@dataclass
class Options:
    tag: str = ""  # every row carries this tag (the 低保 roster)
    roster_date: str = ""  # YYYY-MM: the roster's date
    source: str = ""  # the name the mapping is remembered under
    confirmed: dict[int, str] = field(
        default_factory=dict
    )  # row number -> person id confirmed same


@dataclass
class Action:
    kind: str
    row: RowData
    person: PersonInput | None = None  # what will be written (merged with the record for updates)
    person_id: str | None = None  # an existing person
    household_id: str | None = None  # an existing household
    household: HouseholdInput | None = None  # a new household, or the head's household update
    head_index: int | None = None  # the head row (sheet index) of a new household
    candidate: dict[str, Any] | None = None
    note: Problem | None = None  # repeated / not confirmed


@dataclass
class Plan:
    table: Table
    header: Header
    mapping: list[str]
    options: Options
    actions: list[Action]
    missing: list[dict[str, Any]]

    def count(self, kind: str) -> int:
        return sum(1 for a in self.actions if a.kind == kind)

    @property
    def counts(self) -> dict[str, int]:
        out = {
            "created_households": self.count(CREATE),
            "added_members": self.count(ADD),
            "updated": self.count(UPDATE),
            "tagged": self.count(TAG),
            "errors": self.count(ERROR),
            "missing_from_roster": len(self.missing),
            "unchanged": self.count(SAME),
            "repeated": self.count(REPEATED),
            "candidates": self.count(CANDIDATE),
            "rows": len(self.actions),
        }
        return out

    @property
    def writes(self) -> int:
        return sum(1 for a in self.actions if a.kind in (CREATE, ADD, UPDATE, TAG))

    def problems(self) -> dict[int, list[Problem]]:
        """Sheet row index -> what to fix (errors), or the note of a repeated / unconfirmed row."""
        out: dict[int, list[Problem]] = {}
        for a in self.actions:
            if a.kind == ERROR:
                out[a.row.index] = a.row.problems
            elif a.note is not None:
                out[a.row.index] = [a.note]
        return out
