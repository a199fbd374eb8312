"""Helpers the store's SQL modules share: placeholders, chunks of ids, rows as decoded dicts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from desktop.core.store.schema import JSON_FIELDS

T = TypeVar("T")

# Ids per statement when they go in as "?" placeholders: well under SQLite's limit on host
# parameters (999 before 3.32), with room for a statement's other parameters.
CHUNK = 500


def marks(n: int) -> str:
    """``n`` placeholders for an IN list or VALUES row: "?, ?, ?"."""
    return ", ".join("?" * n)


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    """The cursor's remaining rows as dicts by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


_JSON_OF: dict[str, tuple[str, ...]] = {}


def decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row of ``table`` with its JSON list fields (schema.JSON_FIELDS) decoded, in place."""
    names = _JSON_OF.get(table)
    if names is None:
        names = _JSON_OF[table] = tuple(n for t, n in JSON_FIELDS if t == table)
    for name in names:
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name] or "[]")
    return row
