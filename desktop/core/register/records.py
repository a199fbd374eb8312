"""Plain input records the services take (the UI and CLI build them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


def _known(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """The row's values for the dataclass's fields, NULL read as empty text."""
    names = set(cls.__dataclass_fields__)
    return {k: (v if v is not None else "") for k, v in row.items() if k in names}


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
        return cls(**_known(cls, row))


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
        return cls(**_known(cls, row))


@dataclass
class StationSetup:
    station: str
    county: str
    township: str
    villages: list[tuple[str, list[str]]]  # (village name, its groups)
    computer: str
    worker: str
    county_code: str = ""
