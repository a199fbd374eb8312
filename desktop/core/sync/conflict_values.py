"""What a conflict's fields are: which hold ids of other records (and of which table), and which
the forms take as free text, so that a conflict on them may be settled with a typed value (cleaned
and checked as the forms do)."""

from __future__ import annotations

from typing import Any

from desktop.core import phone
from desktop.core.errors import FieldError, SyncError, ValidationError
from desktop.core.register.validation import NAME_MAX, NOTE_MAX
from desktop.core.text import clean

# Fields holding the id of another record (or a list of ids): the table of that record.
REFERENCES: dict[str, str] = {
    "village_id": "villages",
    "household_id": "households",
    "head_id": "persons",
    "person_id": "persons",
    "members_met": "persons",
    "resource_id": "resources",
    "case_id": "cases",
    "visit_id": "visits",
    "plan_id": "plans",
    "referral_id": "referrals",
}
_TABLE_REFERENCES: dict[tuple[str, str], str] = {
    ("resources", "villages"): "villages",
    ("visits", "replaces"): "visits",
    ("plans", "replaces"): "plans",
    ("approvals", "replaces"): "approvals",
    ("referral_events", "corrects"): "referral_events",
}
# Fields the forms take as free text: a conflict on one of them may be settled with a new value.
FREE_TEXT: dict[str, frozenset[str]] = {
    t: frozenset(names)
    for t, names in {
        "station": ("name", "county", "township"),
        "villages": ("name",),
        "workers": ("name", "phone"),
        "tag_types": ("name",),
        "observation_domains": ("name",),
        "households": ("house_no", "address", "phone", "notes"),
        "persons": ("name", "phone", "guardian_name", "guardian_phone", "health_notes"),
        "visits": (
            "services_note",
            "crisis_note",
            "report_to",
            "report_note",
            "signed_by",
            "notes",
            "correction_reason",
        ),
        "visit_followups": ("action", "done_note"),
        "crisis_alerts": ("summary", "resolution"),
        "cases": ("title", "problem", "source_note", "closure_note"),
        "assessments": ("strengths", "summary", "priorities"),
        "plans": (
            "overall_goal",
            "problems",
            "strategy",
            "worker_role",
            "client_role",
            "agreed_by",
            "change_reason",
        ),
        "plan_reviews": ("summary",),
        "evaluations": ("summary", "client_feedback"),
        "approvals": ("comment",),
        "resources": ("name", "contact", "phone", "address", "notes"),
        "referrals": ("reason", "documents", "contact", "outcome"),
        "referral_events": ("note", "outcome"),
    }.items()
}
_PHONE_FIELDS = frozenset({"phone", "guardian_phone"})
_ONE_LINE = frozenset(
    {
        "name",
        "county",
        "township",
        "house_no",
        "address",
        "phone",
        "guardian_name",
        "guardian_phone",
        "report_to",
        "signed_by",
        "title",
        "source_note",
        "agreed_by",
        "documents",
        "contact",
    }
)
_REQUIRED = frozenset({"name", "title", "action", "overall_goal"})


def reference_table(table: str, field_name: str) -> str | None:
    """The table whose ids ``field_name`` of ``table`` holds, or None for a field holding values."""
    return _TABLE_REFERENCES.get((table, field_name)) or REFERENCES.get(field_name)


def can_type(table: str, field_name: str) -> bool:
    """Whether a conflict on this field may be settled with a value the user types."""
    return field_name in FREE_TEXT.get(table, frozenset())


def typed_value(table: str, field_name: str, value: Any) -> str | None:
    """A new value typed to settle a conflict, cleaned and checked like the forms do."""
    if not can_type(table, field_name) or not (value is None or isinstance(value, str)):
        raise SyncError("sync.conflict_choose")
    text = clean(value) if field_name in _ONE_LINE else (value or "").strip()
    if not text and field_name in _REQUIRED:
        raise ValidationError([FieldError(field_name, "sync.value_required")])
    if text and field_name in _PHONE_FIELDS:
        text = phone.normalize(text)
        if not phone.is_valid(text):
            raise ValidationError([FieldError(field_name, "phone.format")])
    limit = NAME_MAX if field_name in ("name", "guardian_name") else NOTE_MAX
    if len(text) > limit:
        raise ValidationError([FieldError(field_name, "sync.value_too_long", {"max": limit})])
    return text or None
