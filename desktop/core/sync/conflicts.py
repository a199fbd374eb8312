"""Conflicts to review (冲突): the values computers wrote concurrently for one field, and records
edited while deleted, recomputed from the changes and named as a worker knows them; settling one
is a new write that syncs like any other."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from desktop.core.context import Context
from desktop.core.errors import SyncError
from desktop.core.register import removed
from desktop.core.store import sync_sql
from desktop.core.sync import merge
from desktop.core.sync.conflict_values import can_type, reference_table, typed_value
from desktop.core.sync.recorder import ChangeSet, hlc_text
from desktop.core.text import clean


@dataclass(frozen=True)
class ConflictValue:
    value: Any
    author: str
    computer: str
    when: str
    origin: str
    counter: int
    shown: bool  # the value the record shows now (the provisional winner)


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    field: str  # "deleted" for a record edited while deleted
    kind: str  # "value": concurrent values of one field; "deleted": edited while deleted
    label: str
    values: list[ConflictValue]  # the concurrent values; for "deleted", the delete(s)
    # "deleted": edits unseen
    edits: dict[str, list[ConflictValue]] = dataclasses.field(default_factory=dict)
    context: str = ""  # where the record belongs: its household (for a household, its head's name)
    names: dict[str, str] = dataclasses.field(
        default_factory=dict
    )  # ids in the values (village, person…) -> names
    free_text: bool = False  # a new value may be typed; otherwise one of the values is kept


def _value(c: merge.Change, name: str, shown: merge.Change) -> ConflictValue:
    return ConflictValue(
        c.fields[name],
        c.author or "",
        c.computer or "",
        hlc_text(c.hlc),
        c.origin,
        c.counter,
        c.dot == shown.dot,
    )


# The fields naming a record in the review list (the first one filled), per table; else "name".
_NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "households": ("address",),
    "visits": ("visit_date",),
    "visit_followups": ("action",),
    "crisis_alerts": ("summary", "raised_on"),
    "cases": ("title",),
    "case_events": ("event_date",),
    "assessments": ("assess_date",),
    "plans": ("overall_goal", "start_date"),
    "plan_reviews": ("review_date",),
    "evaluations": ("eval_date",),
    "approvals": ("subject", "requested_on"),
    "referrals": ("need", "referred_on"),
    "referral_events": ("event_date",),
    "visit_rules": ("value", "interval"),
    "station_settings": ("key",),
}

_CUT = 40  # a record's name in the list is cut to this many characters


def _short(value: Any) -> str:
    text = clean(value)
    return text if len(text) <= _CUT else text[: _CUT - 1] + "…"


def _place(ctx: Context, household_id: str) -> str:
    """A household as a social worker knows it: its address, or village, group and house number."""
    row = sync_sql.read_row(ctx.store, "households", household_id) if household_id else None
    if row is None:
        return ""
    if clean(row.get("address")):
        return _short(row["address"])
    village = sync_sql.read_row(ctx.store, "villages", row.get("village_id") or "") or {}
    house = f"{row['house_no']}号" if clean(row.get("house_no")) else ""
    return _short("".join(clean(x) for x in (village.get("name"), row.get("group_name"), house)))


def _name(ctx: Context, table: str, row_id: str) -> str:
    """The name of a record (a person's name, a household's address, a visit's date…), or ""."""
    row = sync_sql.read_row(ctx.store, table, row_id) if row_id else None
    if row is None:
        return ""
    if table == "households":
        return _place(ctx, row_id) or _name(ctx, "persons", row.get("head_id") or "")
    for key in _NAME_FIELDS.get(table, ("name",)):
        if clean(row.get(key)):
            return _short(row[key])
    return ""


def _label(ctx: Context, table: str, row_id: str) -> str:
    return _name(ctx, table, row_id) or row_id[:8]


def _context(ctx: Context, table: str, row_id: str) -> str:
    """Where a record belongs: its household, case or referral; for a household, its head's name."""
    row = sync_sql.read_row(ctx.store, table, row_id) or {}
    if table == "households":
        return _name(ctx, "persons", row.get("head_id") or "")
    for key, target in (
        ("household_id", "households"),
        ("case_id", "cases"),
        ("referral_id", "referrals"),
    ):
        if row.get(key):
            return _name(ctx, target, str(row[key]))
    return ""


def _names(ctx: Context, table: str, values: list[tuple[str, Any]]) -> dict[str, str]:
    """The names of the records that the values (field, value) refer to, by id."""
    out: dict[str, str] = {}
    for name, value in values:
        target = reference_table(table, name)
        if target is None:
            continue
        for ref in value if isinstance(value, list) else [value]:
            if isinstance(ref, str) and ref and ref not in out:
                out[ref] = _name(ctx, target, ref)
    return {k: v for k, v in out.items() if v}


def to_review(ctx: Context) -> list[Conflict]:
    """The review list, recomputed from the changes (hints no longer in conflict are dropped)."""
    out: list[Conflict] = []
    settled: list[tuple[str, str]] = []
    for table, row_id in sync_sql.conflict_hints(ctx.store):
        state = merge.row_state(ctx.store, table, row_id)
        if state is None or not state.needs_review:
            settled.append((table, row_id))
            continue
        label, where = _label(ctx, table, row_id), _context(ctx, table, row_id)
        for name in state.conflicted_fields():
            st = state.fields[name]
            values = [_value(c, name, st.winner) for c in st.alive]
            out.append(
                Conflict(
                    table,
                    row_id,
                    name,
                    "value",
                    label,
                    values,
                    context=where,
                    names=_names(ctx, table, [(name, v.value) for v in values]),
                    free_text=can_type(table, name),
                )
            )
        if state.edited_while_deleted:
            st = state.fields["deleted"]
            deletes = [_value(c, "deleted", st.winner) for c in st.alive if c.fields["deleted"]]
            edits = {
                name: [_value(c, name, state.fields[name].winner) for c in cs]
                for name, cs in state.edited_while_deleted.items()
            }
            refs = [(name, v.value) for name, vs in edits.items() for v in vs]
            out.append(
                Conflict(
                    table,
                    row_id,
                    "deleted",
                    "deleted",
                    label,
                    deletes,
                    edits,
                    context=where,
                    names=_names(ctx, table, refs),
                )
            )
    if settled:
        with ctx.store.transaction():
            sync_sql.remove_conflict_hints(ctx.store, settled)
    return out


def resolve_conflict(
    ctx: Context, table: str, row_id: str, field_name: str, value: Any
) -> ChangeSet:
    """Settle a conflict with ``value`` (one of the values, or a new one): a new write whose
    context covers every concurrent value. For a record edited while deleted, ``field_name`` is
    "deleted" and ``value`` 1 keeps it deleted, 0 restores it (with the edits). A value that is
    none of the concurrent ones is taken only for a free-text field (``can_type``), cleaned and
    checked like the forms do."""
    state = merge.row_state(ctx.store, table, row_id)
    if state is None or not (
        field_name in state.conflicted_fields()
        or (field_name == "deleted" and state.edited_while_deleted)
    ):
        raise SyncError("sync.conflict_gone")
    if field_name == "deleted":
        if value not in (0, 1):
            raise SyncError("sync.conflict_choose")
        value = int(value)
    elif not any(
        merge.same_value(value, c.fields[field_name]) for c in state.fields[field_name].alive
    ):
        value = typed_value(table, field_name, value)
    with ctx.write() as w:
        if (
            field_name == "deleted" and value == 0
        ):  # restored: so that it shows (its household back)
            removed.bring_back(ctx, w, table, row_id)
        w.put(table, row_id, {field_name: value}, force=True)
        after = merge.row_state(ctx.store, table, row_id)
        if after is not None and not after.needs_review:
            sync_sql.remove_conflict_hints(ctx.store, [(table, row_id)])
    return w.result
