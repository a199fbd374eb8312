"""The household search index: names, pinyin keys, ID numbers and phones of every member.

Queries match any part of a name, pinyin initials or full pinyin (张三 ↔ zs / zhangsan), or any
fragment of an ID number or phone, case-insensitively and with full-width digits folded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.core import pinyin
from desktop.core.store import households as sql
from desktop.core.store.base import Store
from desktop.core.text import normalize_digits


def normalize_query(text: str) -> str:
    return "".join(normalize_digits(text).lower().split())


def short_code(uuid_text: str) -> str:
    """The short code printed on paper and typed back: 8 characters of the record's UUID."""
    return uuid_text.replace("-", "")[:8].upper()


def _sort_key(h: dict[str, Any]) -> str:
    house = (h.get("house_no") or "").strip()
    number = house.zfill(6) if house.isdigit() else house
    return f"{int(h.get('village_sort') or 0):05d}|{h.get('group_name') or ''}|{number}|{h['id']}"


def _index_row(h: dict[str, Any], members: list[dict[str, Any]]) -> tuple[str, str | None, str, str, str]:
    parts = [short_code(h["id"]).lower(), h.get("phone") or "", h.get("house_no") or "", h.get("address") or ""]
    tags: set[str] = set()
    for m in members:
        name = m.get("name") or ""
        parts += [name, pinyin.search_keys(name), m.get("id_number") or "", m.get("phone") or ""]
        tags.update(m.get("tags") or [])
    text = "\n".join(p.lower() for p in parts if p)
    tag_text = "|" + "|".join(sorted(tags)) + "|" if tags else ""
    return (h["id"], h.get("village_id"), _sort_key(h), tag_text, text)


def reindex(store: Store, household_ids: Iterable[str]) -> None:
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        return
    households = sql.households_for_index(store, ids)
    live = [h for h in households if not h.get("deleted")]
    members = sql.members_of(store, [h["id"] for h in live])
    sql.write_index(store, [_index_row(h, members[h["id"]]) for h in live])
    live_ids = {h["id"] for h in live}
    sql.drop_from_index(store, [i for i in ids if i not in live_ids])


def reindex_touched(
    store: Store, touched: dict[str, set[str]], before: dict[tuple[str, str], dict[str, Any] | None]
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
        ids |= set(sql.search_ids(store))
    reindex(store, ids)
