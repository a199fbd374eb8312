"""The household search index: names, pinyin keys, ID numbers and phones of every member.

Queries match any part of a name, pinyin initials or full pinyin (张三 ↔ zs / zhangsan), or any
fragment of an ID number or phone, case-insensitively and with full-width digits folded.

The index text lives in the local table ``household_search`` (rebuilt for the households a write
touches). For speed each connection also keeps it in memory as one string searched with str.find:
a query over 50,000 households takes a few milliseconds instead of a table scan.
"""

from __future__ import annotations

import json
import threading
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import contains
from typing import Any

from desktop.core.register import pinyin
from desktop.core.store import households as sql
from desktop.core.store.base import Store
from desktop.core.text import normalize_digits

_SEP = "\x00"
RARE = "\x01"  # in an index row's keys: the keys of rare readings follow it (ranked last)
INDEX_FORMAT = "2"  # meta search_index_format: 2 = rare readings kept apart (issue 12)


def normalize_query(text: str) -> str:
    return "".join(normalize_digits(text).lower().split())


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
        starts, pos = [], 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        self.starts = starts
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
    """The index of one connection, in register order. ASCII keys and names are kept apart, so
    the common queries (initials, digits) scan a compact one-byte-per-character string."""

    version: int | None = None  # data_version when loaded; own writes mark rows stale instead
    rows: dict[str, sql.IndexRow] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    villages: list[str | None] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    keys: _Blob = field(default_factory=lambda: _Blob([]))
    rare: _Blob = field(default_factory=lambda: _Blob([]))
    names: _Blob = field(default_factory=lambda: _Blob([]))
    stale: set[str] = field(default_factory=set)
    last: tuple[str, list[int], list[int], list[int]] | None = (
        None  # the previous query and its hits
    )
    first: dict[str, tuple[list[int], list[int], list[int]]] = field(
        default_factory=dict
    )  # one-letter queries

    def load(self, rows: Iterable[sql.IndexRow]) -> None:
        for row in rows:
            self.rows[row[0]] = row

    def rebuild(self) -> None:
        ordered = sorted(self.rows.values(), key=lambda row: row[1])
        self.ids = [r[0] for r in ordered]
        self.villages = [r[2] for r in ordered]
        self.tags = [r[3] for r in ordered]
        split = [r[4].partition(RARE) for r in ordered]
        self.keys = _Blob([k[0] for k in split])
        self.rare = _Blob([k[2] for k in split])
        self.names = _Blob([r[5] for r in ordered])
        self.last = None
        self.first = {}

    def _hits(self, query: str) -> tuple[list[int], list[int], list[int]]:
        """Positions matching in keys, names and rare readings. Typing narrows a query: when it
        extends the previous one, only the previous hits are tested again."""
        last = self.last
        ascii_query = query.isascii()
        if len(query) == 1 and query in self.first:  # the first keystroke of a new search
            found = self.first[query]
        elif last is not None and query.startswith(last[0]):
            found = (
                _narrow(last[1], self.keys.texts, query) if ascii_query else [],
                _narrow(last[2], self.names.texts, query),
                _narrow(last[3], self.rare.texts, query) if ascii_query else [],
            )
        elif ascii_query:
            found = (
                self.keys.matching(query),
                self.names.matching(query),
                self.rare.matching(query),
            )
        else:
            found = ([], self.names.matching(query), [])
        if len(query) == 1 and query not in self.first:
            if len(self.first) >= 8:
                self.first.pop(next(iter(self.first)))
            self.first[query] = found
        self.last = (query, *found)
        return found

    def matching(self, query: str) -> list[int]:
        """Positions in register order, those matching only a rare reading after the others."""
        usual, named, rare = self._hits(query)
        if query.isascii():
            if named:  # an address or a name with Latin letters or digits
                usual = sorted(set(usual).union(named))
            if rare:
                seen = set(usual)
                rare = [i for i in rare if i not in seen]
            return usual + rare
        return named


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
        index.rows.clear()
        index.stale.clear()
        index.load(sql.index_rows(store))
        index.rebuild()
    elif index.stale:
        stale = list(index.stale)
        index.stale.clear()
        for hid in stale:
            index.rows.pop(hid, None)
        index.load(sql.index_rows(store, stale))
        index.rebuild()
    index.version = version
    return index


def find(
    store: Store, text: str = "", village_id: str | None = None, tag: str | None = None
) -> list[str]:
    """Ids of live households matching every given filter, in register order."""
    index = _fresh(store)
    query = normalize_query(text)
    positions: Iterable[int] = index.matching(query) if query else range(len(index.ids))
    if village_id:
        positions = [i for i in positions if index.villages[i] == village_id]
    if tag:
        needle = f"|{tag}|"
        positions = [i for i in positions if needle in index.tags[i]]
    ids = index.ids
    return [ids[i] for i in positions]


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
