"""Merge: which values of a row are alive, which one shows, and what needs a human.

Per field, a multi-value register. A value written by change ``w`` (dot ``d``) to field ``f`` is
alive unless another known change of the same row that also wrote ``f`` had seen ``d`` (its
context covers ``d``). Every concurrent value stays alive; the one shown (the provisional winner)
is the greatest by (hlc, origin, counter), the same on every replica. More than one distinct
alive value is a conflict for review; resolving it is a new write whose context covers them all.

A delete is the write ``{"deleted": 1}``. While a row's shown value of ``deleted`` is 1, any alive
value of another field that no alive delete had seen (and that had not seen the delete) was
"edited while deleted": it is kept and surfaced, never dropped.

The contexts are version vectors, which is sound because a replica holds, per origin, exactly
the changes 1..n (bundle import keeps changes beyond a gap pending): a context that names
counter n of an origin was written by someone who held all of that origin's changes up to n.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.store import sync_sql as sql
from desktop.core.store.base import Store
from desktop.core.store.schema import JSON_FIELDS, SYNCED_FIELDS
from desktop.core.sync.clock import Dot, covers
from desktop.core.sync.recorder import hlc_text


@dataclass(frozen=True)
class Change:
    origin: str
    counter: int
    fields: Mapping[str, Any]
    ctx: Mapping[str, int]
    hlc: int
    author: str | None = None
    computer: str | None = None

    @property
    def dot(self) -> Dot:
        return (self.origin, self.counter)

    @property
    def order(self) -> tuple[int, str, int]:
        return (self.hlc, self.origin, self.counter)

    @classmethod
    def from_row(
        cls,
        origin: str,
        counter: int,
        fields: str,
        ctx: str,
        hlc: int,
        author: str | None,
        computer: str | None,
    ) -> Change:
        return cls(origin, counter, json.loads(fields), json.loads(ctx), hlc, author, computer)


def empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def same_value(a: Any, b: Any) -> bool:
    if empty(a) and empty(b):
        return True
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


@dataclass
class FieldState:
    alive: list[Change]  # the shown (winning) value's change first

    @property
    def winner(self) -> Change:
        return self.alive[0]

    def value(self, name: str) -> Any:
        return self.winner.fields[name]

    def conflicted(self, name: str) -> bool:
        first = self.alive[0].fields[name]
        return any(not same_value(first, c.fields[name]) for c in self.alive[1:])


@dataclass
class RowState:
    fields: dict[str, FieldState]
    first: Change
    last: Change
    edited_while_deleted: dict[str, list[Change]] = field(default_factory=dict)
    known: frozenset[str] | None = None  # the fields this program shows (None: all)

    def values(self) -> dict[str, Any]:
        return {name: st.value(name) for name, st in self.fields.items()}

    @property
    def deleted(self) -> bool:
        st = self.fields.get("deleted")
        return bool(st and st.value("deleted"))

    def conflicted_fields(self) -> list[str]:
        return [
            name
            for name, st in self.fields.items()
            if (self.known is None or name in self.known) and st.conflicted(name)
        ]

    @property
    def needs_review(self) -> bool:
        return bool(self.edited_while_deleted) or bool(self.conflicted_fields())


def resolve(changes: Iterable[Change], known: Iterable[str] | None = None) -> RowState:
    """The state of one row from every change known to it (in any order). Fields not in
    ``known`` (a newer program's) keep their values but are never reviewed here."""
    writers: dict[str, list[Change]] = {}
    first = last = None
    for c in changes:
        for name in c.fields:
            writers.setdefault(name, []).append(c)
        if first is None or c.order < first.order:
            first = c
        if last is None or c.order > last.order:
            last = c
    if first is None or last is None:
        raise ValueError("a row needs at least one change")
    states: dict[str, FieldState] = {}
    for name, ws in writers.items():
        seen: dict[str, int] = {}
        for w in ws:
            for origin, counter in w.ctx.items():
                if counter > seen.get(origin, 0):
                    seen[origin] = counter
        alive = [w for w in ws if seen.get(w.origin, 0) < w.counter]
        alive.sort(key=lambda c: c.order, reverse=True)
        states[name] = FieldState(alive)
    row = RowState(states, first, last, known=None if known is None else frozenset(known))
    if row.deleted:
        deletes = [c for c in states["deleted"].alive if c.fields["deleted"]]
        for name, st in states.items():
            if name == "deleted" or (row.known is not None and name not in row.known):
                continue
            flagged = [
                c
                for c in st.alive
                if not any(
                    c.dot == d.dot or covers(d.ctx, c.dot) or covers(c.ctx, d.dot) for d in deletes
                )
            ]
            if flagged:
                row.edited_while_deleted[name] = flagged
    return row


# -- applying a verified bundle ---------------------------------------------------------------
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def dumps(value: Any) -> str:
    """JSON text as the write path stores it (compact, keys sorted, characters kept)."""
    return _ENCODE(value)


@dataclass
class Applied:
    applied: int = 0  # changes taken into the log (from the bundle, or pending until now)
    known: int = 0  # changes of the bundle already held here
    pending: int = 0  # changes of the bundle held back: a gap before them in their origin's run
    refused: int = 0  # changes whose dot is held here with other content (not applied)
    new: dict[str, int] = field(default_factory=dict)  # rows created, per table
    updated: dict[str, int] = field(default_factory=dict)  # rows changed, per table
    conflicts: int = 0  # touched rows that now need review
    touched: dict[str, set[str]] = field(default_factory=dict)
    moved_from: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    own_origin_ahead: bool = False


def plan(
    local: Mapping[str, int],
    ranges: Mapping[str, tuple[int, int]],
    pending: Mapping[str, list[int]],
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int]]]:
    """Which changes to apply now and which to hold. For each origin in the bundle (its changes a
    contiguous run lo..hi): extend the held run 1..k with the bundle's run and the pending changes
    as far as they continue it. Returns bounds (origin, k, upto) and holds (origin, above)."""
    bounds: list[tuple[str, int, int]] = []
    holds: list[tuple[str, int]] = []
    for origin, (lo, hi) in sorted(ranges.items()):
        held = local.get(origin, 0)
        waiting = set(pending.get(origin, ()))
        upto = held
        while True:
            before = upto
            if lo <= upto + 1 <= hi:
                upto = hi
            while upto + 1 in waiting:
                upto += 1
            if upto == before:
                break
        if upto > held:
            bounds.append((origin, held, upto))
        if hi > upto:
            holds.append((origin, upto))
    return bounds, holds


def _default(sql_text: str | None) -> Any:
    if sql_text is None:
        return None
    text = sql_text.strip()
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        return float(text)


@dataclass(frozen=True)
class _Column(sql.FreshColumn):
    def value(self, value: Any) -> Any:
        """A field's value as stored in its column."""
        if value is None:
            return self.default if self.notnull else None
        if self.is_json:
            return _ENCODE(value)
        if value is True or value is False:
            return int(value)
        return value


def _columns(store: Store, table: str) -> list[_Column]:
    info = sql.columns(store, table)
    return [
        _Column(n, (table, n) in JSON_FIELDS, info[n][0], _default(info[n][1]))
        for n in SYNCED_FIELDS[table]
        if n in info
    ]


Progress = Callable[[int, int], None]


def apply_attached(
    store: Store,
    own_origin: str,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> Applied:
    """Apply the verified bundle attached to the store as ``b``; the caller holds the transaction.

    Changes continuing this replica's run of each origin go into the log, earlier ones are
    skipped, later ones wait in sync_pending (and pending ones the bundle now reaches are taken).
    Every touched row is then recomputed: a row new here with a single change straight from it,
    any other from all its changes through ``resolve``."""
    result = Applied()
    tick = progress or (lambda done, total: None)
    local = sql.vector(store)
    ranges = sql.attached_ranges(store)
    if own_origin in ranges and ranges[own_origin][1] > local.get(own_origin, 0):
        result.own_origin_ahead = True  # the caller starts a new incarnation first
        return result
    pending = {o: sql.pending_counters(store, o, local.get(o, 0)) for o in ranges}
    bounds, holds = plan(local, ranges, pending)
    result.known = sum(max(0, min(hi, local.get(o, 0)) - lo + 1) for o, (lo, hi) in ranges.items())
    result.refused = sql.clashes(store)
    total = sql.stage(store, bounds)
    result.pending = sql.hold(store, holds)
    result.applied = total
    tables = [t for t in sql.touched_tables(store) if t in SYNCED_FIELDS]
    for table in tables:
        sql.mark_existing_rows(store, table)
    sql.mark_fresh(store)
    if "persons" in tables:
        moving = sql.touched(store, "persons", fresh=False)
        homes = sql.person_homes(store, moving)
        result.moved_from = {("persons", pid): {"household_id": homes[pid]} for pid in homes}
    with sql.indexes_built_after(store, ["changes"]):
        sql.commit_staged(store)
    done = 0
    review: list[tuple[str, str]] = []
    calm: list[tuple[str, str]] = []
    columns = {table: _columns(store, table) for table in tables}
    fresh_count = dict.fromkeys(tables, 0)
    with sql.indexes_built_after(store, tables):
        # rows new here with one change: straight in, in SQL, a table at a time (its pages and
        # its key's stay in the cache), a window of the bundle's run at a time (progress, cancel)
        for table in tables:
            for window in sql.fresh_windows(bounds):
                if check is not None:
                    check()
                n = sql.insert_fresh(store, table, columns[table], window)
                fresh_count[table] += n
                done += n
                tick(min(done, total), total)
            fresh_count[table] += sql.insert_fresh_pending(store, table, columns[table])
    for table in tables:
        by_name = {c.name: c for c in columns[table]}
        ids = sql.touched(store, table, fresh=False)
        result.touched[table] = set(sql.touched(store, table, fresh=True)) | set(ids)
        existed = sql.existed_count(store, table)
        result.new[table] = fresh_count[table] + len(ids) - existed
        result.updated[table] = existed
        for start in range(0, len(ids), 500):
            if check is not None:
                check()
            chunk = ids[start : start + 500]
            grouped: dict[str, list[Change]] = {}
            for row_id, *rest in sql.changes_of_rows(store, table, chunk):
                grouped.setdefault(row_id, []).append(Change.from_row(*rest))
            batches: dict[tuple[str, ...], list[list[Any]]] = {}
            for row_id in chunk:
                state = resolve(grouped[row_id], by_name)
                values = {k: v for k, v in state.values().items() if k in by_name}
                fields = tuple(sorted(values))
                row = [
                    row_id,
                    *(by_name[c].value(values[c]) for c in fields),
                    hlc_text(state.first.hlc),
                    state.first.author,
                    hlc_text(state.last.hlc),
                    state.last.author,
                ]
                batches.setdefault(fields, []).append(row)
                (review if state.needs_review else calm).append((table, row_id))
            for key, rows in batches.items():
                sql.upsert_rows(store, table, [*key, *sql.STAMPS], rows)
            done += len(chunk)
            tick(done, total)
    result.conflicts = len(review)
    sql.add_conflict_hints(store, review, hlc_text(store.clock.epoch_ms()))
    sql.remove_conflict_hints(store, calm)
    sql.drop_staging(store)
    return result


def row_state(store: Store, table: str, row_id: str) -> RowState | None:
    """The merge state of one row from its changes in the log (None for an unknown row)."""
    changes = [Change.from_row(*rest) for _, *rest in sql.changes_of_rows(store, table, [row_id])]
    return resolve(changes, SYNCED_FIELDS.get(table)) if changes else None
