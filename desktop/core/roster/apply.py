"""Apply a roster in one transaction through the normal write path, recorded with who and which
file; undo a whole import while nothing else has touched its records."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from desktop.core.context import Context
from desktop.core.errors import NotFoundError
from desktop.core.roster.headers import Header
from desktop.core.roster.plan import ADD, CREATE, TAG, UPDATE, Options, Plan, make_plan
from desktop.core.roster.reading import RosterError, Table
from desktop.core.station.station import new_id
from desktop.core.store import roster as sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.tasks import TaskState

_PROGRESS_EVERY = 200


@dataclass
class Result:
    plan: Plan
    import_id: str | None  # None: nothing to write (the same roster imported again)
    changes: ChangeSet

    @property
    def counts(self) -> dict[str, int]:
        return self.plan.counts


def _diff(before: dict[str, Any] | None, fields: dict[str, Any]) -> dict[str, Any]:
    """The previous values of the fields that change."""
    if before is None:
        return {}
    out = {}
    for key, value in fields.items():
        old = before.get(key)
        if (old or "") != (value or "") and not (old in (None, "", []) and value in (None, "", [])):
            out[key] = old
    return out


class _Recorder:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, bool, dict[str, Any]]] = []

    def put(
        self,
        w: Any,
        table: str,
        row_id: str,
        fields: dict[str, Any],
        current: dict[str, Any] | None,
    ) -> None:
        before = _diff(current, fields)
        if w.put(table, row_id, fields, new=current is None):
            self.rows.append((table, row_id, current is None, before))


def apply(
    ctx: Context,
    table: Table,
    header: Header,
    mapping: list[str],
    options: Options,
    state: TaskState | None = None,
    expected_hash: str = "",
) -> Result:
    """Plan again inside the write transaction (the register cannot change between check and
    write), then write every row that creates, adds, updates or tags. Cancelling rolls back."""
    state = state or TaskState()
    if expected_hash and table.file_hash != expected_hash:
        raise RosterError("roster.changed_since")
    store = ctx.store
    with ctx.write() as w:
        plan = make_plan(ctx, table, header, mapping, options, state)
        if not plan.writes:
            return Result(plan, None, ChangeSet())
        rec = _Recorder()
        new_household: dict[int, str] = {}  # head row index -> new household id
        writing = [a for a in plan.actions if a.kind in (CREATE, ADD, UPDATE, TAG)]
        current = sql.persons(store, [a.person_id for a in writing if a.person_id])
        homes = sql.households(
            store, [a.household_id for a in writing if a.household_id and a.household]
        )
        heads: dict[str, str] = {}
        for n, a in enumerate(writing):
            if n % _PROGRESS_EVERY == 0:
                state.progress(n, len(writing))
                state.check()
            assert a.person is not None
            fields = a.person.fields()
            if a.kind == CREATE:
                hid = new_household.setdefault(a.row.index, new_id())
                pid = new_id()
                heads[hid] = pid
                rec.put(w, "persons", pid, {**fields, "household_id": hid}, None)
            elif a.kind == ADD:
                hid = a.household_id or new_household.setdefault(a.head_index or 0, new_id())
                rec.put(w, "persons", new_id(), {**fields, "household_id": hid}, None)
            else:
                assert a.person_id is not None
                fields.pop("relation")  # an existing person keeps their place in the household
                old = current[a.person_id]
                rec.put(w, "persons", a.person_id, fields, old)
                if a.household is not None and a.household_id:
                    old_h = homes[a.household_id]
                    h_fields = {
                        k: getattr(a.household, k)
                        for k in ("village_id", "group_name", "house_no", "address")
                    }
                    rec.put(w, "households", a.household_id, h_fields, old_h)
        for a in writing:
            if a.kind == CREATE:
                hid = new_household[a.row.index]
                assert a.household is not None
                rec.put(w, "households", hid, {**a.household.fields(), "head_id": heads[hid]}, None)
        state.check()  # the last chance to cancel: everything written so far is rolled back
        import_id = uuid.uuid4().hex
        sql.insert_import(
            store,
            {
                "id": import_id,
                "file_name": table.file_name,
                "file_hash": table.file_hash,
                "sheet": table.sheet,
                "source": options.source,
                "tag": options.tag,
                "roster_date": options.roster_date,
                "worker": ctx.worker,
                "computer": ctx.computer,
                "imported_at": ctx.clock.now_text(),
                "counts": plan.counts,
                "missing": [p["id"] for p in plan.missing],
            },
        )
        sql.insert_import_rows(
            store,
            import_id,
            [
                (t, rid, created, before, sql.change_count(store, t, rid))
                for t, rid, created, before in rec.rows
            ],
        )
        state.progress(len(writing), len(writing))
    return Result(plan, import_id, w.result)


def history(ctx: Context, limit: int = 50) -> list[dict[str, Any]]:
    return sql.list_imports(ctx.store, limit)


def undo(ctx: Context, import_id: str) -> ChangeSet:
    """Take a whole import back: created records are tombstoned, updated ones get their previous
    values, as new writes. Refused when anything has touched those records since."""
    record = sql.get_import(ctx.store, import_id)
    if record is None:
        raise NotFoundError()
    if record["undone_at"]:
        raise RosterError("roster.undo_done")
    rows = sql.import_rows(ctx.store, import_id)
    touched = [
        r for r in rows if sql.change_count(ctx.store, r["tbl"], r["row_id"]) != r["changes_after"]
    ]
    if touched:
        names = sql.persons(ctx.store, [r["row_id"] for r in touched if r["tbl"] == "persons"])
        first = next(iter(names.values()))["name"] if names else ""
        raise RosterError("roster.undo_touched", name=first, count=len(touched))
    with ctx.write() as w:
        for r in sorted(rows, key=lambda r: r["tbl"] != "persons"):
            if r["created"]:
                w.delete(r["tbl"], r["row_id"])
            elif r["before"]:
                w.put(
                    r["tbl"],
                    r["row_id"],
                    {k: ("" if v is None else v) for k, v in r["before"].items()},
                )
        sql.mark_undone(ctx.store, import_id, ctx.clock.now_text(), ctx.worker)
    return w.result


def missing_people(ctx: Context, import_id: str) -> list[dict[str, Any]]:
    """The people flagged 可能已退出 by an import (on the register with its tag, not on the roster)."""
    record = sql.get_import(ctx.store, import_id)
    if record is None:
        raise NotFoundError()
    wanted = set(record["missing"])
    return (
        [p for p in sql.tagged_people(ctx.store, record["tag"]) if p["id"] in wanted]
        if record["tag"]
        else []
    )
