"""The dry run: every roster row checked and matched against the register, before anything is
written. Same ID = same person; no ID but the same name + birth date + village = a candidate for
the user to confirm; a row repeated in the file is reported once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from desktop.core.context import Context
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.roster import checks, matching
from desktop.core.roster.checks import HEAD, Problem, RowData
from desktop.core.roster.headers import Header
from desktop.core.roster.model import (
    ADD,
    CANDIDATE,
    CREATE,
    ERROR,
    KINDS,
    REPEATED,
    SAME,
    TAG,
    UPDATE,
    Action,
    Options,
    Plan,
)
from desktop.core.roster.reading import RosterError, Table
from desktop.core.store import roster as sql
from desktop.core.store import station as station_sql
from desktop.core.tasks import TaskState

__all__ = [
    "ADD",
    "CANDIDATE",
    "CREATE",
    "ERROR",
    "KINDS",
    "REPEATED",
    "SAME",
    "TAG",
    "UPDATE",
    "Action",
    "Options",
    "Plan",
    "check_mapping",
    "check_options",
    "make_plan",
]

_PERSON_FIELDS = (
    "name",
    "sex",
    "birth_date",
    "id_number",
    "phone",
    "disability_type",
    "disability_grade",
    "living_situation",
    "guardian_name",
    "guardian_relation",
    "guardian_phone",
    "health_notes",
)
_HOUSEHOLD_FIELDS = ("village_id", "group_name", "house_no", "address")
_PROGRESS_EVERY = 500


def check_options(ctx: Context, options: Options) -> None:
    tags = station_sql.tag_names(ctx.store)
    if options.tag and options.tag not in tags:
        raise RosterError("roster.tag_unknown", value=options.tag, known="、".join(tags))
    if options.roster_date:
        try:
            dt.date.fromisoformat(options.roster_date + "-01")
        except ValueError:
            raise RosterError("roster.roster_date") from None
        if len(options.roster_date) != 7:
            raise RosterError("roster.roster_date")


def check_mapping(mapping: list[str]) -> None:
    if "name" not in mapping:
        raise RosterError("roster.map_name")
    seen: dict[str, int] = {}
    for i, key in enumerate(mapping):
        if key and key in seen:
            from desktop.core.roster.fields import FIELDS

            raise RosterError(
                "roster.map_twice", field=FIELDS[key], first=seen[key] + 1, second=i + 1
            )
        if key:
            seen[key] = i


def _blank(row: RowData) -> bool:
    """Not a person: an empty row, a 合计 or 填表人 line (no name, no ID)."""
    return (
        not row.person.name
        and not row.person.id_number
        and not any(p.column == "id_number" for p in row.problems)
    )


def _same_content(a: RowData, b: RowData) -> bool:
    return (
        a.person == b.person
        and a.group == b.group
        and a.house_no == b.house_no
        and (a.village or {}).get("id") == (b.village or {}).get("id")
        and a.head_name == b.head_name
    )


class _Planner:
    def __init__(
        self,
        ctx: Context,
        table: Table,
        header: Header,
        mapping: list[str],
        options: Options,
        state: TaskState,
    ) -> None:
        self.ctx, self.table, self.header, self.mapping, self.options = (
            ctx,
            table,
            header,
            mapping,
            options,
        )
        self.state = state
        store = ctx.store
        self.villages = station_sql.villages(store)
        self.tag_names = station_sql.tag_names(store)
        self.workers = station_sql.worker_names(store)
        self.today = ctx.today()

    # -- reading and checking each row ---------------------------------------------------------
    def read_rows(self) -> list[RowData]:
        cells = self.table.cells
        start = self.header.data_start
        total = len(cells) - start
        roster_tags = [self.options.tag] if self.options.tag else []
        rows: list[RowData] = []
        for n, index in enumerate(range(start, len(cells))):
            if n % _PROGRESS_EVERY == 0:
                self.state.check()
                self.state.progress(n, total * 2)
            row = checks.read_row(
                cells[index], index, self.mapping, self.villages, self.tag_names, roster_tags
            )
            if not _blank(row):
                rows.append(row)
        return rows

    def run(self) -> Plan:
        rows = self.read_rows()
        store = self.ctx.store
        actions: dict[int, Action] = {}
        # rows repeated in the file: reported once
        first: dict[str, RowData] = {}
        for row in rows:
            if not row.person.name and not row.person.id_number:
                continue
            key = checks.identity(row)
            earlier = first.get(key)
            if earlier is None:
                first[key] = row
            elif _same_content(earlier, row):
                actions[row.index] = Action(
                    REPEATED, row, note=Problem("", "roster.repeated", {"row": earlier.number})
                )
            else:
                row.problems.append(
                    Problem(
                        "id_number" if key.startswith("id:") else "name",
                        "roster.duplicate_conflict",
                        {"row": earlier.number, "key": key[3:].replace("|", " ")},
                    )
                )
        live = [r for r in rows if r.index not in actions]
        by_id = sql.live_id_numbers(store)
        matched: dict[int, str] = {}  # row index -> existing person id
        household_of: dict[str, str] = {}  # person id -> household id
        for row in live:
            found = by_id.get(checks.identity(row)[3:]) if row.person.id_number else None
            if found:
                matched[row.index] = found[0]
                household_of[found[0]] = found[1]
        matching.find_candidates(
            store, live, matched, household_of, actions, self.options.confirmed
        )
        existing = sql.persons(store, list(matched.values()))
        groups, self.new_heads = matching.group_households(
            store, live, matched, household_of, by_id, actions
        )
        heads_of = sql.households(
            store,
            list(
                {h for h in household_of.values()}
                | {g for g in groups.values() if isinstance(g, str)}
            ),
        )
        for n, row in enumerate(live):
            if n % _PROGRESS_EVERY == 0:
                self.state.check()
                self.state.progress(len(rows) + n, len(rows) * 2)
            if row.index in actions:
                continue
            actions[row.index] = self._decide(
                row, matched, existing, household_of, groups, heads_of, actions
            )
        ordered = [actions[r.index] for r in rows]
        self._fail_orphans(ordered)
        missing: list[dict[str, Any]] = []
        if self.options.tag:
            on_roster = set(matched.values()) | {a.candidate["id"] for a in ordered if a.candidate}
            missing = [
                p for p in sql.tagged_people(store, self.options.tag) if p["id"] not in on_roster
            ]
        self.state.progress(len(rows) * 2, len(rows) * 2)
        return Plan(self.table, self.header, self.mapping, self.options, ordered, missing)

    def _decide(
        self,
        row: RowData,
        matched: dict[int, str],
        existing: dict[str, dict[str, Any]],
        household_of: dict[str, str],
        groups: dict[int, int | str],
        households: dict[str, dict[str, Any]],
        actions: dict[int, Action],
    ) -> Action:
        if row.problems:
            return Action(ERROR, row)
        pid = matched.get(row.index)
        if pid is not None:
            return self._update(row, pid, existing[pid], households.get(household_of[pid]))
        group = groups.get(row.index)
        if group is None:
            return Action(ERROR, row)
        person = replace(row.person)
        if isinstance(group, str):  # a new member of a registered household
            if not person.relation or person.relation == HEAD:
                head = households.get(group, {})
                row.problems.append(
                    Problem("relation", "roster.relation_needed", {"head": self._head_name(head)})
                )
                return Action(ERROR, row)
            cleaned = checks.validate_person(row, person, self.tag_names, self.today)
            return Action(ADD, row, cleaned, household_id=group) if cleaned else Action(ERROR, row)
        if not person.relation:
            row.problems.append(
                Problem("relation", "roster.relation_needed", {"head": row.head_name})
            )
            return Action(ERROR, row)
        cleaned = checks.validate_person(row, person, self.tag_names, self.today)
        if group == row.index:  # the head of a new household
            household = checks.validate_household(
                row, row.household_input(), self.villages, self.workers, self.today
            )
            if cleaned is None or household is None:
                return Action(ERROR, row)
            return Action(CREATE, row, cleaned, household=household, head_index=row.index)
        return Action(ADD, row, cleaned, head_index=group) if cleaned else Action(ERROR, row)

    def _head_name(self, household: dict[str, Any]) -> str:
        head_id = household.get("head_id") or ""
        head = sql.persons(self.ctx.store, [head_id]).get(head_id) if head_id else None
        return head["name"] if head else ""

    def _update(
        self, row: RowData, pid: str, current: dict[str, Any], household: dict[str, Any] | None
    ) -> Action:
        before = PersonInput.from_row(current)
        before.id = pid
        merged = replace(before, tags=list(before.tags))
        for key in row.present:
            setattr(merged, key, getattr(row.person, key))
        merged.tags = list(dict.fromkeys([*before.tags, *row.person.tags]))
        cleaned = checks.validate_person(row, merged, self.tag_names, self.today)
        if cleaned is None:
            return Action(ERROR, row)
        changed = [
            k for k in _PERSON_FIELDS if (getattr(cleaned, k) or "") != (getattr(before, k) or "")
        ]
        new_household = None
        if household is not None and household.get("head_id") == pid and row.village is not None:
            old_h = HouseholdInput.from_row(household)
            wanted = row.household_input()
            merged_h = replace(
                old_h, **{k: getattr(wanted, k) for k in _HOUSEHOLD_FIELDS if getattr(wanted, k)}
            )
            if merged_h != old_h:
                new_household = checks.validate_household(
                    row, merged_h, self.villages, self.workers, self.today
                )
                if new_household is None:
                    return Action(ERROR, row)
                if any(getattr(new_household, k) != getattr(old_h, k) for k in _HOUSEHOLD_FIELDS):
                    changed.append("household")
                else:
                    new_household = None
        kind = (UPDATE) if changed else (TAG if cleaned.tags != before.tags else SAME)
        return Action(
            kind,
            row,
            cleaned,
            person_id=pid,
            household_id=current["household_id"],
            household=new_household,
        )

    def _fail_orphans(self, actions: list[Action]) -> None:
        """Members of a new household whose head row cannot be imported wait for the head."""
        failed_heads = {
            a.row.index: a.row.number
            for a in actions
            if a.kind in (ERROR, CANDIDATE) and a.row.index in self.new_heads
        }
        for a in actions:
            if a.kind == ADD and a.household_id is None and a.head_index in failed_heads:
                a.row.problems.append(
                    Problem("", "roster.head_error", {"row": failed_heads[a.head_index]})
                )
                a.kind = ERROR


def make_plan(
    ctx: Context,
    table: Table,
    header: Header,
    mapping: list[str],
    options: Options,
    state: TaskState | None = None,
) -> Plan:
    check_options(ctx, options)
    check_mapping(mapping)
    return _Planner(ctx, table, header, mapping, options, state or TaskState()).run()
