"""The visit record the services take (the visit editor, the CLI and demo data build it).

List fields hold plain dicts so that they go to JSON as they are:
- partners:      {"kind": one of refdata.PARTNER_KINDS, "name": str}
- observations:  {"domain": a station observation domain, "rating": refdata.OBSERVATION_RATINGS, "note": str}
- needs:         {"type": refdata.NEED_TYPES, "note": str}
- actions:       {"id": str, "action": str, "owner": str, "due": "YYYY-MM-DD"} (follow-up actions)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.register.records import record_from_row

STATUS_DRAFT = "draft"
STATUS_SUBMITTED = "submitted"


@dataclass
class VisitInput:
    household_id: str = ""
    visit_date: str = ""
    visit_time: str = ""
    duration_min: int | None = None
    visit_type: str = "入户走访"
    not_home: bool = False  # 入户未遇: an attempt, not a visit
    workers: list[str] = field(default_factory=list)
    partners: list[dict[str, str]] = field(default_factory=list)
    members_met: list[str] = field(default_factory=list)  # person ids
    observations: list[dict[str, str]] = field(default_factory=list)
    needs: list[dict[str, str]] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    services_note: str = ""
    actions: list[dict[str, str]] = field(default_factory=list)
    risk_after: str = ""
    crisis: bool = False
    crisis_note: str = ""
    safeguarding: list[str] = field(default_factory=list)
    report_made: str = ""  # "已报告" / "未报告"
    report_to: str = ""
    report_at: str = ""
    report_note: str = ""
    signature: str = ""
    signed_by: str = ""
    next_visit_date: str = ""
    notes: str = ""
    replaces: str = ""  # a correction: the id of the submitted version it corrects
    correction_reason: str = ""
    void: bool = False  # a correction that withdraws the record (recorded by mistake)

    def fields(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("not_home", "crisis", "void"):
            data[name] = 1 if data[name] else 0
        return data

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> VisitInput:
        found = record_from_row(cls, row)
        for name in ("not_home", "crisis", "void"):
            if name in row:
                setattr(found, name, bool(row[name]))
        if "duration_min" in row:
            value = row["duration_min"]
            found.duration_min = int(value) if value not in (None, "") else None
        return found
