"""Plain input records the services take (the UI and CLI build them)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


def _empty(spec: dataclasses.Field[Any]) -> Any:
    """What a NULL column reads as: "" for text, a new empty list for a list, else the default."""
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    if isinstance(spec.default, str):
        return ""
    return None if spec.default is dataclasses.MISSING else spec.default


def record_from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    """The input record ``cls`` (a dataclass) from a stored row: the row's values for its fields,
    other columns left out, NULL read as the field's empty value. The register's, the case
    work's and the visits' records all read their rows this way."""
    values = {}
    for spec in dataclasses.fields(cls):
        if spec.name in row:
            value = row[spec.name]
            values[spec.name] = _empty(spec) if value is None else value
    return cls(**values)


@dataclass
class PersonInput:
    name: str = ""
    relation: str = "户主"
    sex: str = ""
    birth_date: str = ""
    id_number: str = ""
    phone: str = ""
    tags: list[str] = field(default_factory=list)
    disability_type: str = ""
    disability_grade: str = ""
    living_situation: str = ""
    guardian_name: str = ""
    guardian_relation: str = ""
    guardian_phone: str = ""
    health_notes: str = ""
    id: str | None = None  # None: a new person

    def fields(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("id")
        return data

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> PersonInput:
        return record_from_row(cls, row)


@dataclass
class HouseholdInput:
    village_id: str = ""
    group_name: str = ""
    house_no: str = ""
    address: str = ""
    phone: str = ""
    risk_level: str = "一般"
    worker: str = ""
    notes: str = ""
    registered_on: str = ""  # 登记日期, "2026-11-29"; empty: the day it is entered

    def fields(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> HouseholdInput:
        return record_from_row(cls, row)


@dataclass
class StationSetup:
    station: str
    county: str
    township: str
    villages: list[tuple[str, list[str]]]  # (village name, its groups)
    computer: str
    worker: str
    county_code: str = ""
