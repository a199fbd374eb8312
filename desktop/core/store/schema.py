"""Which tables sync, and the fields of each that are merged field by field."""

from __future__ import annotations

# Columns every synced table has besides its fields: id (UUID text, the key) and the local
# bookkeeping of the first and the latest write here (migrations.py ``_synced``). The tombstone
# flag ``deleted`` is a synced field of every table. tests/unit/test_schema.py checks a migrated
# database against these declarations, table by table and column by column.
ROW_COLUMNS: tuple[str, ...] = ("id", "created_at", "created_by", "updated_at", "updated_by")
SYNCED_FIELDS: dict[str, tuple[str, ...]] = {
    "station": ("name", "county", "township", "county_code", "deleted"),
    "villages": ("name", "groups", "sort", "deleted"),
    "workers": ("name", "phone", "role", "deleted"),
    "tag_types": ("name", "sort", "builtin", "deleted"),
    "households": (
        "village_id",
        "group_name",
        "house_no",
        "address",
        "phone",
        "head_id",
        "risk_level",
        "worker",
        "notes",
        "deleted",
        "visit_interval",  # v4: a per-household visit interval override ("2w", "1m", "0" none)
        "registered_on",  # v7: 登记日期, the day the household came on the register
    ),
    "persons": (
        "household_id",
        "relation",
        "name",
        "sex",
        "birth_date",
        "id_number",
        "phone",
        "tags",
        "disability_type",
        "disability_grade",
        "living_situation",
        "guardian_name",
        "guardian_relation",
        "guardian_phone",
        "health_notes",
        "deleted",
    ),
}

# v4: visits (append-only versions), their follow-ups and crisis alerts, schedule settings.
SYNCED_FIELDS.update(
    {
        "visits": (
            "record_id",
            "version",
            "replaces",
            "status",
            "household_id",
            "visit_date",
            "visit_time",
            "duration_min",
            "visit_type",
            "not_home",
            "workers",
            "partners",
            "members_met",
            "observations",
            "needs",
            "services",
            "services_note",
            "actions",
            "risk_before",
            "risk_after",
            "crisis",
            "crisis_note",
            "safeguarding",
            "report_made",
            "report_to",
            "report_at",
            "report_note",
            "signature",
            "signed_by",
            "next_visit_date",
            "notes",
            "correction_reason",
            "void",
            "submitted_at",
            "submitted_by",
            "deleted",
        ),
        "visit_followups": (
            "record_id",
            "visit_id",
            "household_id",
            "action",
            "owner",
            "due_date",
            "status",
            "done_on",
            "done_by",
            "done_note",
            "deleted",
        ),
        "crisis_alerts": (
            "household_id",
            "record_id",
            "visit_id",
            "raised_on",
            "summary",
            "status",
            "resolved_on",
            "resolved_by",
            "resolution",
            "deleted",
        ),
        "observation_domains": ("name", "sort", "builtin", "children_only", "deleted"),
        "visit_rules": ("kind", "value", "interval", "sort", "builtin", "deleted"),
    }
)

# Fields holding JSON lists (stored as JSON text in their column).
JSON_FIELDS: frozenset[tuple[str, str]] = frozenset(
    {("villages", "groups"), ("persons", "tags")}
) | {
    ("visits", name)
    for name in (
        "workers",
        "partners",
        "members_met",
        "observations",
        "needs",
        "services",
        "actions",
        "safeguarding",
    )
}


def is_synced(table: str) -> bool:
    return table in SYNCED_FIELDS


# v5 (issue 4): case work — cases and their stage events, needs assessments, service plans (one row
# per version), plan reviews, evaluations, supervision approvals; the resource directory, referrals
# and their events. Case events, plan reviews and referral events are append-only; an agreed plan
# version is never changed (a change is a new version that ``replaces`` it).
SYNCED_FIELDS.update(
    {
        "cases": (
            "household_id",
            "person_id",
            "title",
            "problem",
            "source",
            "source_note",
            "intake_date",
            "worker",
            "supervisor",
            "stage",
            "episode",
            "closed_on",
            "closure_reason",
            "closure_note",
            "deleted",
        ),
        "case_events": (
            "case_id",
            "event_date",
            "kind",
            "stage",
            "from_stage",
            "episode",
            "note",
            "worker",
            "deleted",
        ),
        "assessments": (
            "case_id",
            "household_id",
            "assess_date",
            "assessor",
            "ratings",
            "strengths",
            "risk_level",
            "summary",
            "priorities",
            "next_date",
            "deleted",
        ),
        "plans": (
            "case_id",
            "record_id",
            "version",
            "replaces",
            "status",
            "overall_goal",
            "problems",
            "strategy",
            "worker_role",
            "client_role",
            "start_date",
            "end_date",
            "review_dates",
            "goals",
            "agreed_on",
            "agreed_by",
            "change_reason",
            "author",
            "deleted",
        ),
        "plan_reviews": (
            "case_id",
            "plan_id",
            "review_date",
            "reviewer",
            "progress",
            "action_status",
            "summary",
            "next_review",
            "deleted",
        ),
        "evaluations": (
            "case_id",
            "plan_id",
            "episode",
            "eval_date",
            "evaluator",
            "ratings",
            "summary",
            "client_feedback",
            "deleted",
        ),
        "approvals": (
            "case_id",
            "subject",
            "subject_id",
            "requested_on",
            "requested_by",
            "supervisor",
            "status",
            "decided_on",
            "decided_by",
            "comment",
            "replaces",
            "deleted",
        ),
        "resources": (
            "name",
            "kind",
            "party_kind",
            "categories",
            "villages",
            "contact",
            "phone",
            "address",
            "credit_code",
            "capacity",
            "notes",
            "active",
            "deleted",
        ),
        "referrals": (
            "case_id",
            "household_id",
            "person_id",
            "resource_id",
            "need",
            "reason",
            "referred_on",
            "referred_by",
            "consent",
            "consent_on",
            "documents",
            "contact",
            "status",
            "status_on",
            "outcome",
            "follow_up",
            "deleted",
        ),
        "referral_events": (
            "referral_id",
            "event_date",
            "status",
            "note",
            "outcome",
            "follow_up",
            "worker",
            "corrects",
            "deleted",
        ),
    }
)
# v10 (issue 12): station settings shared by the station's computers (key, value as JSON text).
SYNCED_FIELDS["station_settings"] = ("key", "value", "deleted")
JSON_FIELDS = JSON_FIELDS | {
    ("assessments", "ratings"),
    ("plans", "review_dates"),
    ("plans", "goals"),
    ("plan_reviews", "progress"),
    ("plan_reviews", "action_status"),
    ("evaluations", "ratings"),
    ("resources", "categories"),
    ("resources", "villages"),
}

# v9 (issue 16): who exported which report, when, and whether with full ID numbers and phones.
SYNCED_FIELDS["export_log"] = (
    "kind",
    "period",
    "full_numbers",
    "file_name",
    "exported_at",
    "exported_by",
    "computer",
    "deleted",
)
