"""Helpers every SQL module of the store shares: placeholders, chunks of ids, rows as dicts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

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
