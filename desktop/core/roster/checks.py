"""One roster row into the register's terms: a person, the household they belong to, and every
problem found, each with the column it is about and a message code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.core import idcard
from desktop.core.errors import ValidationError, render
from desktop.core.register import validation
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.roster import values
from desktop.core.roster.fields import FIELDS

HEAD = "户主"
# register field names (validation.LABELS) -> roster field keys, to name the column of a problem
_COLUMN_OF = {"village_id": "village", "group_name": "group", "tags": "tags"}


@dataclass
class Problem:
    column: str  # a roster field key ("id_number"), or "" for the row as a whole
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render(self.code, self.params)

    @property
    def text(self) -> str:
        label = FIELDS.get(self.column, "")
        return f"{label}：{self.message}" if label else self.message


@dataclass
class RowData:
    number: int  # the row number the user sees in Excel (1-based)
    index: int  # index into the sheet's cells
    person: PersonInput
    village: dict[str, Any] | None = None
    group: str = ""
    house_no: str = ""
    address: str = ""
    head_name: str = ""
    head_id: str = ""
    birth_month: str = ""  # 出生年月 without a day: checked against the ID only
    present: set[str] = field(default_factory=set)  # person fields the roster filled
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_head(self) -> bool:
        return self.person.relation == HEAD

    @property
    def ok(self) -> bool:
        return not self.problems

    def household_input(self) -> HouseholdInput:
        return HouseholdInput(
            village_id=self.village["id"] if self.village else "",
            group_name=self.group,
            house_no=self.house_no,
            address=self.address,
            phone=self.person.phone if self.is_head else "",
        )


def _cell(cells: list[Any], i: int) -> Any:
    return cells[i] if i < len(cells) else None


def read_row(
    cells: list[Any],
    index: int,
    mapping: list[str],
    villages: list[dict[str, Any]],
    tag_names: list[str],
    roster_tags: list[str],
) -> RowData:
    """Normalise one row's mapped cells. Problems are collected, not raised."""
    raw: dict[str, Any] = {}
    for i, key in enumerate(mapping):
        if key:
            raw[key] = _cell(cells, i)
    row = RowData(index + 1, index, PersonInput(relation=""))
    p = row.person

    def take(key: str, fn: Any, *args: Any) -> Any:
        if key not in raw:
            return None
        try:
            return fn(raw[key], *args)
        except values.CellError as exc:
            row.problems.append(Problem(key, exc.code, exc.params))
            return None

    p.name = take("name", values.name) or ""
    p.id_number = take("id_number", values.id_number) or ""
    p.sex = take("sex", values.sex) or ""
    found = take("birth_date", values.date)
    if found:
        text, exact = found
        if exact:
            p.birth_date = text
        else:
            row.birth_month = text
    if len(p.id_number) == 18 and p.id_number.endswith("000") and p.sex == "男":
        # a cut number passes the check digit by chance (1 in 11), but its sex digit is 0 (女)
        row.problems.append(Problem("id_number", "roster.id_excel_000", {"shown": p.id_number}))
        p.id_number = ""
    p.relation = take("relation", values.relation) or ""
    p.phone = values.text(raw.get("phone"))
    row.head_name = take("head_name", values.name) or ""
    row.head_id = take("head_id_number", values.id_number) or ""
    if "disability" in raw:
        kind_grade = take("disability", values.disability)
        if kind_grade:
            p.disability_type, p.disability_grade = kind_grade
    p.disability_type = take("disability_type", values.disability_type) or p.disability_type
    p.disability_grade = take("disability_grade", values.disability_grade) or p.disability_grade
    column_tags = take("tags", values.tags, tag_names) or []
    p.tags = list(dict.fromkeys([*roster_tags, *column_tags]))
    for key in (
        "living_situation",
        "guardian_name",
        "guardian_relation",
        "guardian_phone",
        "health_notes",
    ):
        setattr(p, key, values.text(raw.get(key)))
    row.house_no = values.text(raw.get("house_no"))
    row.address = values.text(raw.get("address"))
    in_cell_group = ""
    if "village" in raw or len(villages) != 1:
        result = take("village", values.village, villages) if "village" in raw else None
        if "village" not in raw:
            row.problems.append(Problem("village", "roster.village_missing"))
        if result:
            row.village, in_cell_group = result
    else:
        row.village = villages[0]  # a station of one village needs no village column
    if row.village is not None:
        if values.text(raw.get("group")):
            row.group = take("group", values.group, row.village) or ""
        elif in_cell_group:
            row.group = _group_in_cell(row, in_cell_group)
    if not p.relation:
        p.relation = HEAD if not row.head_name or row.head_name == p.name else ""
    row.present = {
        k
        for k in (
            "name",
            "id_number",
            "sex",
            "birth_date",
            "phone",
            "disability_type",
            "disability_grade",
            "living_situation",
            "guardian_name",
            "guardian_relation",
            "guardian_phone",
            "health_notes",
        )
        if getattr(p, k)
    }
    return row


def _group_in_cell(row: RowData, cell: str) -> str:
    try:
        return values.group(cell, row.village or {})
    except values.CellError as exc:
        row.problems.append(Problem("group", exc.code, exc.params))
        return ""


def _problems_of(exc: ValidationError) -> list[Problem]:
    return [Problem(_COLUMN_OF.get(e.field, e.field), e.code, e.params) for e in exc.errors]


def validate_person(
    row: RowData, person: PersonInput, tag_names: list[str], today: dt.date
) -> PersonInput | None:
    """The register's own check of the person this row would leave (new, or merged into the
    existing record); problems go on the row."""
    try:
        cleaned = validation.clean_person(person, tag_names, today)
    except ValidationError as exc:
        row.problems.extend(_problems_of(exc))
        return None
    if row.birth_month and cleaned.birth_date[:7] != row.birth_month:
        row.problems.append(
            Problem("birth_date", "id.birth_mismatch", {"date": cleaned.birth_date})
        )
        return None
    return cleaned


def validate_household(
    row: RowData,
    household: HouseholdInput,
    villages: list[dict[str, Any]],
    workers: list[str],
    today: dt.date,
) -> HouseholdInput | None:
    try:
        return validation.clean_household(household, villages, workers, today)
    except ValidationError as exc:
        row.problems.extend(_problems_of(exc))
        return None


def identity(row: RowData) -> str:
    """What makes two rows the same person: the ID, or name + birth date + village."""
    if row.person.id_number:
        number = row.person.id_number
        if len(number) == 15 and number.isdigit():
            number = idcard.from_legacy15(number)
        return "id:" + number
    village = row.village["id"] if row.village else ""
    return f"nb:{row.person.name}|{row.person.birth_date or row.birth_month}|{village}"
