"""SQL for the household register: lookups, the search index and list pages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.sql_util import chunks, decode, marks

_WHOLE_TABLE = 5000  # for more ids than this, one pass over the table beats a lookup per id


def _where_in(column: str, ids: Sequence[str]) -> Iterable[tuple[str, list[str]]]:
    """(condition, arguments) covering ``ids``: an IN list per chunk, or for many ids a single
    pass over the whole table (the caller keeps only the rows it asked for)."""
    if len(ids) > _WHOLE_TABLE:
        yield "1", []
        return
    for chunk in chunks(ids):
        yield f"{column} IN ({marks(len(chunk))})", list(chunk)


def households_for_index(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    wanted = set(ids)
    out: list[dict[str, Any]] = []
    for where, args in _where_in("h.id", ids):
        cur = store.conn.execute(
            "SELECT h.*, coalesce(v.sort, 9999) AS village_sort, v.groups AS village_groups FROM households h"
            f" LEFT JOIN villages v ON v.id = h.village_id WHERE {where}",
            args,
        )
        names = [d[0] for d in cur.description]
        out.extend(
            row for row in (dict(zip(names, r, strict=True)) for r in cur) if row["id"] in wanted
        )
    return out


def members_of(store: Store, household_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Live members of each household, the head first, then by birth date."""
    out: dict[str, list[dict[str, Any]]] = {hid: [] for hid in household_ids}
    for chunk in chunks(household_ids):
        rows = store.db.query(
            "SELECT p.* FROM persons p JOIN households h ON h.id = p.household_id "
            f"WHERE p.deleted = 0 AND p.household_id IN ({marks(len(chunk))}) "
            "ORDER BY p.household_id, (p.id = h.head_id) DESC, p.birth_date, p.name",
            list(chunk),
        )
        for row in rows:
            out[row["household_id"]].append(decode("persons", row))
    return out


IndexMember = tuple[str, "str | None", "str | None", "str | None"]


def index_members(store: Store, heads: Mapping[str, str | None]) -> dict[str, list[IndexMember]]:
    """(name, id_number, phone, tags as JSON) of the live members of each household (given as
    household id -> head id), the head first, then by birth date and name: what the search index
    needs, without decoding whole rows."""
    out: dict[str, list[IndexMember]] = {hid: [] for hid in heads}
    for where, args in _where_in("household_id", list(heads)):
        for hid, pid, *member in store.conn.execute(
            "SELECT household_id, id, name, id_number, phone, tags FROM persons"
            f" WHERE deleted = 0 AND {where} ORDER BY household_id, birth_date, name, id",
            args,
        ):
            rows = out.get(hid)
            if rows is None:
                continue
            row: IndexMember = tuple(member)
            if pid == heads[hid]:
                rows.insert(0, row)
            else:
                rows.append(row)
    return out


def write_index(store: Store, rows: list[tuple[str, str | None, str, str, str, str]]) -> None:
    """Rows of (household_id, village_id, sort_key, tags, keys, names)."""
    rows = sorted(rows, key=lambda r: r[2])  # in the table's key order: 0.3 s for 50,000, not 0.7
    store.conn.executemany(
        "DELETE FROM household_search WHERE household_id = ?", [(r[0],) for r in rows]
    )
    store.conn.executemany(
        "INSERT INTO household_search(household_id, village_id, sort_key, tags, keys, names) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def drop_from_index(store: Store, ids: Sequence[str]) -> None:
    store.conn.executemany(
        "DELETE FROM household_search WHERE household_id = ?", [(i,) for i in ids]
    )


def person_household_ids(store: Store, person_ids: Sequence[str]) -> set[str]:
    wanted = set(person_ids)
    out: set[str] = set()
    for where, args in _where_in("id", person_ids):
        out.update(
            hid
            for pid, hid in store.conn.execute(
                f"SELECT id, household_id FROM persons WHERE {where}", args
            )
            if hid and pid in wanted
        )
    return out


IndexRow = tuple[str, str, "str | None", str, str, str]


def index_rows(store: Store, ids: Sequence[str] | None = None) -> list[IndexRow]:
    """(household_id, sort_key, village_id, tags, keys, names) of the search index, in register
    order: all, or the given households."""
    columns = "SELECT household_id, sort_key, village_id, tags, keys, names FROM household_search"
    if ids is None:
        return store.conn.execute(columns).fetchall()
    out: list[IndexRow] = []
    for chunk in chunks(ids):
        out.extend(
            store.conn.execute(
                f"{columns} WHERE household_id IN ({marks(len(chunk))})", list(chunk)
            ).fetchall()
        )
    return out


def live_ids(store: Store) -> list[str]:
    """Every household not removed."""
    return [r[0] for r in store.conn.execute("SELECT id FROM households WHERE deleted = 0")]


def data_version(store: Store) -> int:
    """Changes whenever another connection commits (this connection's own writes do not count)."""
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])


def list_rows(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Display rows for a page of the household list, keyed by id."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in chunks(ids):
        rows = store.db.query(
            "SELECT h.id, h.head_id, h.group_name, h.house_no, h.phone, h.risk_level, h.worker, "
            "v.name AS village, p.name AS head_name, p.id_number AS head_id_number, s.tags, "
            "(SELECT count(*) FROM persons m WHERE m.household_id = h.id AND m.deleted = 0) AS size "
            "FROM households h LEFT JOIN villages v ON v.id = h.village_id "
            "LEFT JOIN persons p ON p.id = h.head_id "
            "LEFT JOIN household_search s ON s.household_id = h.id "
            f"WHERE h.id IN ({marks(len(chunk))})",
            list(chunk),
        )
        for row in rows:
            row["tags"] = [t for t in (row.get("tags") or "").split("|") if t]
            out[row["id"]] = row
    return out


def last_change(store: Store, household_id: str) -> tuple[str, str]:
    """(when, who) of the latest write to the household or any of its members (one added,
    edited or removed): what 最近修改 shows."""
    row = store.conn.execute(
        "SELECT updated_at, updated_by FROM (SELECT updated_at, updated_by FROM households WHERE id = ?"
        " UNION ALL SELECT updated_at, updated_by FROM persons WHERE household_id = ?)"
        " WHERE updated_at IS NOT NULL ORDER BY updated_at DESC LIMIT 1",
        [household_id, household_id],
    ).fetchone()
    return (row[0] or "", row[1] or "") if row else ("", "")


def get_household(store: Store, household_id: str) -> dict[str, Any] | None:
    rows = list(
        store.db.query(
            "SELECT h.*, v.name AS village FROM households h "
            "LEFT JOIN villages v ON v.id = h.village_id WHERE h.id = ?",
            [household_id],
        )
    )
    return rows[0] if rows else None


def get_person(store: Store, person_id: str) -> dict[str, Any] | None:
    rows = list(store.db.query("SELECT * FROM persons WHERE id = ?", [person_id]))
    return decode("persons", rows[0]) if rows else None


def find_by_id_number(
    store: Store, id_number: str, exclude_person: str | None = None
) -> dict[str, Any] | None:
    """A live person already registered with this ID number, with where they live."""
    rows = list(
        store.db.query(
            "SELECT p.id, p.name, p.household_id, h.group_name, h.house_no, v.name AS village "
            "FROM persons p JOIN households h ON h.id = p.household_id "
            "LEFT JOIN villages v ON v.id = h.village_id "
            "WHERE p.id_number = ? AND p.deleted = 0 AND h.deleted = 0 AND p.id != ? LIMIT 1",
            [id_number, exclude_person or ""],
        )
    )
    return rows[0] if rows else None


def changed_in_bundle(store: Store, table: str, fields: Sequence[str]) -> set[str]:
    """The rows of ``table`` that a change in the attached bundle ``b`` writes one of ``fields``
    in (the search index's fields: a handover that edits only notes leaves the index alone)."""
    test = " OR ".join(f"json_type(fields, '$.\"{f}\"') IS NOT NULL" for f in fields)
    return {
        r[0]
        for r in store.conn.execute(
            f"SELECT DISTINCT row_id FROM b.changes WHERE tbl = ? AND ({test})", (table,)
        )
    }
