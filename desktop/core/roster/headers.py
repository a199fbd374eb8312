"""Find the header of a roster sheet: below title rows (××镇低保对象花名册, 填报单位, dates) and
across merged two-row headers (家庭成员 over 姓名 | 身份证号)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.roster import fields
from desktop.core.roster.reading import RosterError, Table

SCAN_ROWS = 30


@dataclass
class Header:
    first_row: int  # sheet row index (0-based) of the header's first row
    rows: int  # 1 or 2
    headings: list[str]  # one per column: the text shown to the user
    parents: list[str]  # the upper heading of a two-row header ("" for one row)
    mapping: list[str]  # the automatic field of each column

    @property
    def data_start(self) -> int:
        return self.first_row + self.rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _filled(table: Table, width: int) -> list[list[str]]:
    """The first rows as text, with a merged cell's value copied into every cell it covers."""
    rows = [
        [_text(c) for c in row] + [""] * (width - len(row)) for row in table.cells[: SCAN_ROWS + 1]
    ]
    for (r0, c0), (r1, c1) in table.merged:
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < width else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                rows[r][c] = value
    return rows


def _score(mapping: list[str]) -> int:
    found = {m for m in mapping if m}
    if "name" not in found and "id_number" not in found:
        return 0
    return len(found)


def detect(table: Table) -> Header:
    width = max((len(r) for r in table.cells[: SCAN_ROWS + 1]), default=0)
    rows = _filled(table, width)
    best: Header | None = None
    best_score = 1  # at least two known headings
    for r in range(min(SCAN_ROWS, len(rows))):
        one = fields.auto_map(rows[r])
        candidates = [(_score(one), Header(r, 1, rows[r], [""] * width, one))]
        if r + 1 < len(rows):
            top, bottom = rows[r], rows[r + 1]
            # in a two-row header a column merged down keeps its text in both rows
            headings = [b if b and b != t else t for t, b in zip(top, bottom, strict=True)]
            parents = [t if b and b != t else "" for t, b in zip(top, bottom, strict=True)]
            two = fields.auto_map(headings, parents)
            below = fields.auto_map(bottom)
            # the upper row must add something: headings of its own, or a meaning (户主信息 over 姓名)
            if any(below) and (any(fields.auto_map(top)) or two != below):
                candidates.append((_score(two), Header(r, 2, headings, parents, two)))
        for score, header in candidates:
            if score > best_score:
                best, best_score = header, score
    if best is None:
        raise RosterError("roster.no_header", sheet=table.sheet, rows=SCAN_ROWS)
    best.headings = [h or f"第{i + 1}列" for i, h in enumerate(best.headings)]
    return best
