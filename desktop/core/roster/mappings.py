"""Open a roster for import: read the sheet, find its header, and map its columns (the mapping
remembered for the roster's source wins over the automatic one); remember a mapping."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.context import Context
from desktop.core.roster import fields, headers, reading
from desktop.core.roster.headers import Header
from desktop.core.roster.reading import RosterError, Table
from desktop.core.store import roster as sql


@dataclass
class Opened:
    table: Table
    header: Header
    mapping: list[str]  # one field key (or "") per column
    remembered: bool  # the mapping came (partly) from the source's remembered one
    tag: str  # the tag remembered with the source


def open_roster(
    ctx: Context, path: Path | str, sheet: str | None = None, source: str = ""
) -> Opened:
    table = reading.read(Path(path), sheet)
    header = headers.detect(table)
    mapping = list(header.mapping)
    saved = sql.get_mapping(ctx.store, source) if source else None
    if saved:
        mapping = fields.apply_remembered(header.headings, saved["columns"], mapping)
    return Opened(table, header, mapping, saved is not None, saved["tag"] if saved else "")


def remember(
    ctx: Context, source: str, headings: list[str], mapping: list[str], tag: str = ""
) -> None:
    """Remember heading -> field for this source (columns mapped to nothing are remembered too)."""
    if not source.strip():
        raise RosterError("roster.mapping_name")
    columns = {h: m for h, m in zip(headings, mapping, strict=True)}
    with ctx.store.transaction():
        sql.save_mapping(ctx.store, source.strip(), columns, tag, ctx.clock.now_text())


def known_sources(ctx: Context) -> list[str]:
    return sql.mapping_names(ctx.store)
