"""Matching roster rows to the register: candidates by name + birth date + village for rows
without an ID match, and the household each row belongs to (a head row in the file, or a
registered household)."""

from __future__ import annotations

from collections import defaultdict

from desktop.core.roster import checks
from desktop.core.roster.checks import Problem, RowData
from desktop.core.roster.model import CANDIDATE, Action
from desktop.core.store import roster as sql
from desktop.core.store.base import Store


def find_candidates(
    store: Store,
    live: list[RowData],
    matched: dict[int, str],
    household_of: dict[str, str],
    actions: dict[int, Action],
    confirmed: dict[int, str],
) -> None:
    """No ID match: the same name + birth date + village as someone registered without (or
    with another) ID is a candidate; confirmed candidates are that person."""
    wanted = {
        (r.person.name, r.person.birth_date, (r.village or {}).get("id", "")): r
        for r in live
        if r.index not in matched and r.person.name and r.person.birth_date
    }
    if not wanted:
        return
    found: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    names = {k[0] for k in wanted}
    for pid, hid, name, birth, village, number in sql.live_people_keys(store):
        if name in names and (name, birth, village) in wanted:
            found[(name, birth, village)].append((pid, hid, number))
    # someone an earlier import created from a row like this one is that row's person
    ours = sql.imported_people(store, [p[0] for people in found.values() for p in people])
    rows_by_key: dict[tuple[str, str, str], list[RowData]] = defaultdict(list)
    for r in live:
        if r.index not in matched:
            rows_by_key[
                (r.person.name, r.person.birth_date, (r.village or {}).get("id", ""))
            ].append(r)
    for key, people in found.items():
        for row in rows_by_key[key]:
            for pid, hid, number in people:
                if row.person.id_number and number:
                    continue  # both have IDs and they differ: two people
                if confirmed.get(row.number) == pid or (
                    pid in ours and len(people) == 1 and not row.person.id_number and not number
                ):
                    matched[row.index] = pid
                    household_of[pid] = hid
                    break
                village = (row.village or {}).get("name", "")
                actions[row.index] = Action(
                    CANDIDATE,
                    row,
                    candidate={
                        "id": pid,
                        "household_id": hid,
                        "name": key[0],
                        "birth_date": key[1],
                        "village": village,
                    },
                    note=Problem(
                        "",
                        "roster.candidate",
                        {"name": key[0], "village": village, "birth": key[1]},
                    ),
                )
                break


def group_households(
    store: Store,
    live: list[RowData],
    matched: dict[int, str],
    household_of: dict[str, str],
    by_id: dict[str, tuple[str, str]],
    actions: dict[int, Action],
) -> tuple[dict[int, int | str], set[int]]:
    """Row index -> the head row's index (a household in the file) or an existing household id;
    and the head rows of households that are new."""
    head_by_id: dict[str, RowData] = {}
    head_by_name: dict[tuple[str, str], list[RowData]] = defaultdict(list)
    for row in live:
        if row.is_head:
            if row.person.id_number:
                head_by_id[checks.identity(row)[3:]] = row
            head_by_name[((row.village or {}).get("id", ""), row.person.name)].append(row)
    register_heads: dict[tuple[str, str], list[str]] | None = None
    groups: dict[int, int | str] = {}
    previous_head: RowData | None = None
    for row in live:
        if row.is_head:
            previous_head = row
            groups[row.index] = row.index
            continue
        head: RowData | None = None
        if row.head_id:
            head = head_by_id.get(row.head_id)
            if head is None and row.head_id in by_id:
                groups[row.index] = by_id[row.head_id][1]
                continue
        if head is None and row.head_name:
            same = head_by_name.get(((row.village or {}).get("id", ""), row.head_name), [])
            head = same[-1] if same else None
            if head is None:
                if register_heads is None:
                    register_heads = defaultdict(list)
                    for hid, name, village in sql.live_heads(store):
                        register_heads[(village, name)].append(hid)
                ids = register_heads.get(((row.village or {}).get("id", ""), row.head_name), [])
                village = (row.village or {}).get("name", "")
                if len(ids) == 1:
                    groups[row.index] = ids[0]
                    continue
                if row.index in matched:
                    groups[row.index] = household_of[matched[row.index]]
                    continue
                code = "roster.head_ambiguous" if ids else "roster.no_head"
                row.problems.append(
                    Problem(
                        "head_name",
                        code,
                        {"head": row.head_name, "village": village, "count": len(ids)},
                    )
                )
                continue
        if head is None and not row.head_name and not row.head_id:
            head = previous_head
        if head is None:
            if row.index in matched:
                groups[row.index] = household_of[matched[row.index]]
                continue
            row.problems.append(
                Problem(
                    "head_name",
                    "roster.no_head",
                    {"head": row.head_name or row.head_id, "village": ""},
                )
            )
            continue
        groups[row.index] = head.index
    # a household in the file whose head or a member is registered lives on in that household
    existing_of_head: dict[int, str] = {}
    for row in live:
        g = groups.get(row.index)
        if isinstance(g, int) and row.index in matched and g not in existing_of_head:
            existing_of_head[g] = household_of[matched[row.index]]
    heads = {g for g in groups.values() if isinstance(g, int)}
    for head_index in heads:
        if head_index in matched:
            existing_of_head[head_index] = household_of[matched[head_index]]
    for index, g in list(groups.items()):
        if isinstance(g, int) and g in existing_of_head:
            groups[index] = existing_of_head[g]
    return groups, heads - set(existing_of_head)
