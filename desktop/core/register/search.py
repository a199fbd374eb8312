"""The household search index: names, pinyin keys, ID numbers and phones of every member.

Queries match any part of a name, pinyin initials or full pinyin (张三 ↔ zs / zhangsan), or any
fragment of an ID number or phone, case-insensitively and with full-width digits folded.

The index text lives in the local table ``household_search`` (rebuilt for the households a write
touches). For speed each connection also keeps it in memory as one string searched with str.find:
a query over 50,000 households takes a few milliseconds instead of a table scan.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, contains, not_
from typing import Any, overload

from desktop.core.register import pinyin
from desktop.core.store import households as sql
from desktop.core.store.base import Store
from desktop.core.text import normalize_digits

_SEP = "\x00"
RARE = "\x01"  # in an index row's keys: the keys of rare readings follow it (ranked last)
INDEX_FORMAT = "2"  # meta search_index_format: 2 = rare readings kept apart (issue 12)
# the stretches of a names text an ASCII query can match: ASCII, no white space, no separators
_ASCII_RUN = re.compile(r"[\x02-\x08\x0e-\x1b!-\x7f]+")


def normalize_query(text: str) -> str:
    """Lower case, digits folded, no spaces (nor the index's own separators)."""
    text = normalize_digits(text).lower().replace(_SEP, "").replace(RARE, "")
    return "".join(text.split())


def short_code(uuid_text: str) -> str:
    """The short code printed on paper and typed back: 8 characters of the record's UUID."""
    return uuid_text.replace("-", "")[:8].upper()


@lru_cache(maxsize=1024)
def _json_list(text: str) -> tuple[Any, ...]:
    """A JSON list column, decoded once per distinct text (tags and village groups repeat)."""
    return tuple(json.loads(text)) if text and text != "[]" else ()


def _sort_key(h: dict[str, Any]) -> str:
    """Register order: village, group in the village's own order (一组 before 二组), house number."""
    groups = _json_list(h.get("village_groups") or "")
    group = h.get("group_name") or ""
    group_rank = groups.index(group) if group in groups else len(groups)
    house = (h.get("house_no") or "").strip()
    number = house.zfill(6) if house.isdigit() else house
    return f"{int(h.get('village_sort') or 0):05d}|{group_rank:03d}{group}|{number}|{h['id']}"


def _index_row(
    h: dict[str, Any], members: list[sql.IndexMember], keys: Mapping[str, tuple[str, str]]
) -> tuple[str, str | None, str, str, str, str]:
    key_parts = [short_code(h["id"]).lower(), h.get("phone") or "", h.get("house_no") or ""]
    rare_parts: list[str] = []
    names = [h.get("address") or ""]
    tags: set[str] = set()
    for name, id_number, phone, member_tags in members:
        name = name or ""
        names.append(name)
        usual, rare = keys.get(name) or pinyin.index_keys(name)
        key_parts += [usual, id_number or "", phone or ""]
        rare_parts.append(rare)
        tags.update(_json_list(member_tags or ""))
    key_text = " ".join(k.lower() for k in key_parts if k)
    rare_text = " ".join(k for k in rare_parts if k)
    if rare_text:
        key_text += RARE + rare_text
    name_text = " ".join(n.lower() for n in names if n).replace(_SEP, " ")
    tag_text = "|" + "|".join(sorted(tags)) + "|" if tags else ""
    return (h["id"], h.get("village_id"), _sort_key(h), tag_text, key_text, name_text)


def reindex(
    store: Store, household_ids: Iterable[str], keys: Mapping[str, tuple[str, str]] | None = None
) -> None:
    """Rebuild the index rows of these households; ``keys``: pinyin keys of names worked out in
    advance (``KeysInAdvance``)."""
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        return
    households = sql.households_for_index(store, ids)
    live = [h for h in households if not h.get("deleted")]
    members = sql.index_members(store, {h["id"]: h.get("head_id") for h in live})
    sql.write_index(store, [_index_row(h, members[h["id"]], keys or {}) for h in live])
    live_ids = {h["id"] for h in live}
    sql.drop_from_index(store, [i for i in ids if i not in live_ids])
    _memory(store).stale.update(ids)


def reindex_touched(
    store: Store,
    touched: dict[str, set[str]],
    before: dict[tuple[str, str], dict[str, Any] | None],
    keys: Mapping[str, tuple[str, str]] | None = None,
) -> None:
    """After a write: reindex every household whose row or members changed (old and new home)."""
    ids: set[str] = set(touched.get("households", ()))
    persons: Sequence[str] = list(touched.get("persons", ()))
    if persons:
        ids |= sql.person_household_ids(store, persons)
        for pid in persons:
            old = before.get(("persons", pid))
            if old and old.get("household_id"):
                ids.add(old["household_id"])
    if touched.get("villages"):
        ids |= {row[0] for row in sql.index_rows(store)}
    reindex(store, ids, keys)


# The fields the index rows are made of (households' own, and their members'): a change to any
# other field leaves a household's index row as it is.
INDEXED: dict[str, tuple[str, ...]] = {
    "households": (
        "phone",
        "house_no",
        "address",
        "village_id",
        "group_name",
        "head_id",
        "deleted",
    ),
    "persons": ("name", "id_number", "phone", "tags", "household_id", "birth_date", "deleted"),
}


def index_touched(
    store: Store, touched: dict[str, set[str]], fresh: dict[str, int]
) -> dict[str, set[str]]:
    """Of the rows a sync import touched (the bundle attached as ``b``), those whose index rows
    can have changed: new rows, and rows the bundle wrote an indexed field of."""
    out = dict(touched)
    for table, fields in INDEXED.items():
        ids = touched.get(table)
        if ids and not fresh.get(table):
            out[table] = ids & sql.changed_in_bundle(store, table, fields)
    return out


class KeysInAdvance:
    """The pinyin keys of many names, worked out on a thread of their own while other work runs
    (a sync import applying its rows), for the reindex that follows. ``names`` is called on that
    thread (open any database connection there)."""

    def __init__(self, names: Callable[[], Iterable[str]]) -> None:
        self._keys: dict[str, tuple[str, str]] = {}
        self._stopped = False
        self._thread = threading.Thread(
            target=self._run, args=(names,), name="pinyin-keys", daemon=True
        )
        self._thread.start()

    def _run(self, names: Callable[[], Iterable[str]]) -> None:
        try:
            for name in names():
                if self._stopped:
                    return
                self._keys[name] = pinyin.index_keys(name)
        except Exception:  # noqa: BLE001 - only a head start: the reindex works out what is missing
            return

    def keys(self) -> dict[str, tuple[str, str]]:
        """What was worked out (waits for the thread)."""
        self._thread.join()
        return self._keys

    def stop(self) -> None:
        self._stopped = True
        self._thread.join()


class _Blob:
    """Many texts joined into one string, searched with str.find, hits mapped back by bisect.
    A query that matches a large share of the texts (one letter) goes on with a plain test of
    each remaining text, which is cheaper than a find and a bisect per hit."""

    DENSE = 2000  # hits after which the rest are tested text by text

    def __init__(self, texts: list[str]) -> None:
        # where each text starts in the joined string (each length and its separator, summed in C)
        self.starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
        if self.starts:
            self.starts.pop()
        self.texts = texts
        self.text = _SEP.join(texts)

    def matching(self, query: str) -> list[int]:
        """Positions of the texts containing ``query``, ascending, each once."""
        hits: list[int] = []
        starts, find = self.starts, self.text.find
        pos = find(query)
        while pos >= 0:
            index = bisect_right(starts, pos) - 1
            hits.append(index)
            if index + 1 >= len(starts):
                break
            if len(hits) >= self.DENSE:
                rest = range(index + 1, len(starts))
                hits.extend(
                    compress(rest, map(contains, self.texts[index + 1 :], repeat(query)))
                )  # in C
                break
            pos = find(query, starts[index + 1])
        return hits


@dataclass
class _MemoryIndex:
    """The index of one connection, in register order. An ASCII query (initials, digits) scans
    ``usual``: each household's usual-reading keys and the ASCII runs of its names and address, a
    compact one-byte-per-character text in which one test tells whether it matches at all (no
    merge of two lists). A query with Chinese scans ``names``; ``rare`` holds the keys of rare
    readings, ranked after every usual match."""

    version: int | None = None  # data_version when loaded; own writes mark rows stale instead
    rows: dict[str, sql.IndexRow] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    where: dict[str, int] = field(default_factory=dict)  # id -> position in ids
    villages: list[str | None] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    usual: _Blob = field(default_factory=lambda: _Blob([]))
    rare: _Blob = field(default_factory=lambda: _Blob([]))
    names: _Blob = field(default_factory=lambda: _Blob([]))
    rare_chars: frozenset[str] = frozenset()  # a query with any other character skips ``rare``
    ascii_of: dict[str, str] = field(default_factory=dict)  # names text -> its ASCII runs
    stale: set[str] = field(default_factory=set)
    last: tuple[str, list[int], list[int]] | None = None  # the previous query and its hits
    first: dict[str, tuple[list[int], list[int]]] = field(
        default_factory=dict
    )  # one-letter queries

    def load(self, rows: Iterable[sql.IndexRow]) -> None:
        for row in rows:
            self.rows[row[0]] = row

    def rebuild(self) -> None:
        ordered = sorted(self.rows.values(), key=lambda row: row[1])
        self.ids = [r[0] for r in ordered]
        self.where = {hid: i for i, hid in enumerate(self.ids)}
        self.villages = [r[2] for r in ordered]
        self.tags = [r[3] for r in ordered]
        split = [r[4].partition(RARE) for r in ordered]
        names = [r[5] for r in ordered]
        known = self.ascii_of  # worked out at the last rebuild: after a write, most are known
        ascii_of = {n: known[n] if n in known else _ascii_runs(n) for n in names}
        self.ascii_of = ascii_of
        self.usual = _Blob(list(map(add, [k[0] for k in split], map(ascii_of.__getitem__, names))))
        self.rare = _Blob([k[2] for k in split])
        self.rare_chars = frozenset(self.rare.text)
        self.names = _Blob(names)
        self.last = None
        self.first = {}

    def patch(self, before: Mapping[str, sql.IndexRow | None], rows: list[sql.IndexRow]) -> bool:
        """After own writes: put the new index rows of households that kept their place in the
        register (a visit, an edited member) where their old ones were, without sorting and
        splitting every row again. False (nothing done) when one was added, removed or moved."""
        if len(rows) != len(before) or any(
            (old := before.get(row[0])) is None or old[1] != row[1] for row in rows
        ):
            return False
        usual, rare, names = self.usual.texts, self.rare.texts, self.names.texts
        for hid, _, village_id, tags, keys, names_text in rows:
            i = self.where[hid]
            usual_keys, _, rare_keys = keys.partition(RARE)
            self.villages[i], self.tags[i], names[i], rare[i] = (
                village_id,
                tags,
                names_text,
                rare_keys,
            )
            self.ascii_of.setdefault(names_text, _ascii_runs(names_text))
            usual[i] = usual_keys + self.ascii_of[names_text]
        self.usual, self.rare, self.names = _Blob(usual), _Blob(rare), _Blob(names)
        self.rare_chars = self.rare_chars.union(*(rare[self.where[row[0]]] for row in rows))
        self.last = None
        self.first = {}
        return True

    def _hits(self, query: str) -> tuple[list[int], list[int]]:
        """Positions matching in usual readings (or names) and in rare readings. Typing narrows a
        query: when it extends the previous one, only the previous hits are tested again."""
        if len(query) == 1 and query in self.first:  # the first keystroke of a new search
            found = self.first[query]
        else:
            ascii_query = query.isascii()
            texts = self.usual if ascii_query else self.names
            in_rare = ascii_query and self.rare_chars.issuperset(query)
            last = self.last
            if last is not None and query.startswith(last[0]):
                # names ⊆ usual for an ASCII prefix of a Chinese query: narrowing stays exact
                found = (
                    _narrow(last[1], texts.texts, query),
                    _narrow(last[2], self.rare.texts, query) if in_rare else [],
                )
            else:
                found = (texts.matching(query), self.rare.matching(query) if in_rare else [])
            if len(query) == 1:
                if len(self.first) >= 8:
                    self.first.pop(next(iter(self.first)))
                self.first[query] = found
        self.last = (query, *found)
        return found

    def matching(self, query: str) -> tuple[list[int], list[int]]:
        """Positions in register order: those matching a usual reading (or a name, an address, a
        code, a number), then those matching only a rare reading."""
        usual, rare = self._hits(query)
        if rare:
            texts = self.usual.texts
            rare = list(
                compress(
                    rare, map(not_, map(contains, map(texts.__getitem__, rare), repeat(query)))
                )
            )
        return usual, rare


def _ascii_runs(names: str) -> str:
    """The ASCII runs of a names text (address house numbers, Latin letters), each after the
    separator: appended to the usual keys, an ASCII query is found in that text exactly when it
    is in the keys or in the names (never across a Chinese character or two texts)."""
    runs = _ASCII_RUN.findall(names)
    return _SEP + _SEP.join(runs) if runs else ""


class Matches(Sequence[str]):
    """The ids a search found, in register order, mapped from index positions as they are asked
    for: a first keystroke matching 50,000 households is counted at once, and the list asks only
    for the rows it draws. ``index`` is a lookup, not a scan. A snapshot: the index may be rebuilt
    meanwhile without changing it."""

    INDEX_IS_LOOKUP = True  # list models may ask for a row by id as often as they like

    def __init__(
        self, ids: list[str], where: Mapping[str, int], parts: list[Sequence[int]]
    ) -> None:
        self._ids = ids
        self._where = where
        self._parts = [p for p in parts if len(p)]  # each ascending
        self._starts: list[int] = []
        total = 0
        for part in self._parts:
            self._starts.append(total)
            total += len(part)
        self._count = total

    def __len__(self) -> int:
        return self._count

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
        k = bisect_right(self._starts, index) - 1
        return self._ids[self._parts[k][index - self._starts[k]]]

    def __iter__(self) -> Iterator[str]:
        get = self._ids.__getitem__
        return chain.from_iterable(map(get, part) for part in self._parts)

    def __eq__(self, other: object) -> bool:
        """Equal to a list (or another ``Matches``) of the same ids in the same order."""
        if isinstance(other, Matches | list):
            return len(other) == self._count and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value, like a list

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        position = self._where.get(value) if isinstance(value, str) else None
        if position is not None and self._ids[position] == value:
            for offset, part in zip(self._starts, self._parts, strict=True):
                j = bisect_left(part, position)
                if j < len(part) and part[j] == position:
                    found = offset + j
                    if start <= found and (stop is None or found < stop):
                        return found
        raise ValueError(value)


def upgrade_format(store: Store) -> None:
    """An index written before rare readings were kept apart is rebuilt once (a few seconds for
    50,000 households, when the database is first opened after the update)."""
    if store.meta_get("search_index_format") == INDEX_FORMAT:
        return
    with store.transaction():
        reindex(store, [row[0] for row in sql.index_rows(store)])
        store.meta_set("search_index_format", INDEX_FORMAT)


def _narrow(positions: list[int], texts: list[str], query: str) -> list[int]:
    """The positions whose text contains ``query`` (the tests run in C, not in a Python loop)."""
    return list(
        compress(positions, map(contains, map(texts.__getitem__, positions), repeat(query)))
    )


# Each store (one connection, one thread) keeps its own index while it is open.
_INDEXES: weakref.WeakKeyDictionary[Store, _MemoryIndex] = weakref.WeakKeyDictionary()


def _memory(store: Store) -> _MemoryIndex:
    index = _INDEXES.get(store)
    if index is None:
        index = _INDEXES[store] = _MemoryIndex()
    return index


def _fresh(store: Store) -> _MemoryIndex:
    index = _memory(store)
    if store.in_transaction:  # inside a write: ask the table, which sees uncommitted rows
        fresh = _MemoryIndex()
        fresh.load(sql.index_rows(store))
        fresh.rebuild()
        return fresh
    version = sql.data_version(store)
    if version != index.version:
        # first use, or another connection (a background task, an import) committed
        pinyin.warm_up()
        index.rows.clear()
        index.stale.clear()
        index.load(sql.index_rows(store))
        index.rebuild()
    elif index.stale:
        stale = list(index.stale)
        index.stale.clear()
        before = {hid: index.rows.pop(hid, None) for hid in stale}
        changed = sql.index_rows(store, stale)
        index.load(changed)
        if not index.patch(before, changed):
            index.rebuild()
    index.version = version
    return index


def matches(
    store: Store, text: str = "", village_id: str | None = None, tag: str | None = None
) -> Matches:
    """Ids of live households matching every given filter, in register order (usual readings
    before rare ones), counted at once and mapped to ids as they are asked for."""
    index = _fresh(store)
    query = normalize_query(text)
    parts: list[Sequence[int]] = list(index.matching(query)) if query else [range(len(index.ids))]
    if village_id:
        villages = index.villages
        parts = [[i for i in part if villages[i] == village_id] for part in parts]
    if tag:
        needle, tags = f"|{tag}|", index.tags
        parts = [[i for i in part if needle in tags[i]] for part in parts]
    return Matches(index.ids, index.where, parts)


def find(
    store: Store, text: str = "", village_id: str | None = None, tag: str | None = None
) -> list[str]:
    """Ids of live households matching every given filter, in register order."""
    return list(matches(store, text, village_id, tag))


def matched_members(store: Store, heads: Mapping[str, str | None], text: str) -> dict[str, str]:
    """For households a search found (household id -> head id): the name of the member the query
    matched, where that is not the head (the register list shows "张三（匹配：张俊玥）"). A match
    on a usual reading counts before one on a rare reading; a household matched by its head, its
    address or its code is left out."""
    query = normalize_query(text)
    if not query or not heads:
        return {}
    out: dict[str, str] = {}
    for hid, members in sql.index_members(store, heads).items():
        found = _first_match(members, query)
        if found is not None and found > 0:
            out[hid] = members[found][0] or ""
    return out


def _first_match(members: list[sql.IndexMember], query: str) -> int | None:
    rare_hit: int | None = None
    for i, (name, id_number, phone, _tags) in enumerate(members):
        name = name or ""
        if query in name.lower():
            return i
        if query.isascii():
            usual, rare = pinyin.index_keys(name)
            if (
                query in usual
                or query in normalize_digits(id_number or "").lower()
                or query in (phone or "")
            ):
                return i
            if rare_hit is None and query in rare:
                rare_hit = i
    return rare_hit
