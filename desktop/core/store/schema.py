"""Which tables sync, and the fields of each that are merged field by field."""

from __future__ import annotations

# Columns every synced table has besides its fields: id (UUID text), deleted (tombstone flag,
# itself the synced field "deleted"), and local bookkeeping updated_at / updated_by.
SYNCED_FIELDS: dict[str, tuple[str, ...]] = {
    "station": ("name", "county", "township", "county_code", "deleted"),
    "villages": ("name", "groups", "sort", "deleted"),
    "workers": ("name", "phone", "role", "deleted"),
    "tag_types": ("name", "sort", "builtin", "deleted"),
    "households": (
        "village_id", "group_name", "house_no", "address", "phone", "head_id",
        "risk_level", "worker", "notes", "deleted",
    ),
    "persons": (
        "household_id", "relation", "name", "sex", "birth_date", "id_number", "phone", "tags",
        "disability_type", "disability_grade", "living_situation", "guardian_name",
        "guardian_relation", "guardian_phone", "health_notes", "deleted",
    ),
}

# Fields holding JSON lists (stored as JSON text in their column).
JSON_FIELDS: frozenset[tuple[str, str]] = frozenset({("villages", "groups"), ("persons", "tags")})


def is_synced(table: str) -> bool:
    return table in SYNCED_FIELDS
