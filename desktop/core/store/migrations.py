"""Numbered schema migrations. Each runs in one transaction and is recorded in schema_migrations.

Never edit a released migration: add a new one. tests/data holds a database saved by each
earlier schema, and tests open it with the current code.
"""

from __future__ import annotations

from dataclasses import dataclass


def _synced(table: str, columns: str) -> list[str]:
    return [
        f"""CREATE TABLE {table} (
            id TEXT PRIMARY KEY,
            {columns},
            deleted INTEGER NOT NULL DEFAULT 0,
            created_at TEXT, created_by TEXT,
            updated_at TEXT, updated_by TEXT
        )"""
    ]


V1: list[str] = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    *_synced("station", "name TEXT, county TEXT, township TEXT, county_code TEXT"),
    *_synced(
        "villages", "name TEXT, groups TEXT NOT NULL DEFAULT '[]', sort INTEGER NOT NULL DEFAULT 0"
    ),
    *_synced("workers", "name TEXT, phone TEXT, role TEXT"),
    *_synced(
        "tag_types",
        "name TEXT, sort INTEGER NOT NULL DEFAULT 0, builtin INTEGER NOT NULL DEFAULT 0",
    ),
    *_synced(
        "households",
        "village_id TEXT, group_name TEXT, house_no TEXT, address TEXT, phone TEXT, head_id TEXT,"
        " risk_level TEXT, worker TEXT, notes TEXT",
    ),
    *_synced(
        "persons",
        "household_id TEXT, relation TEXT, name TEXT, sex TEXT, birth_date TEXT, id_number TEXT,"
        " phone TEXT, tags TEXT NOT NULL DEFAULT '[]', disability_type TEXT, disability_grade TEXT,"
        " living_situation TEXT, guardian_name TEXT, guardian_relation TEXT, guardian_phone TEXT,"
        " health_notes TEXT",
    ),
    "CREATE INDEX persons_household ON persons(household_id)",
    "CREATE INDEX persons_id_number ON persons(id_number)",
    "CREATE INDEX households_village ON households(village_id)",
    # The sync log: one row per write of one row (a dot), with the fields it set and the row's
    # version vector the writer had seen (ctx). It is also the audit trail: who, when, what.
    # A row's own version vector is the highest counter per origin among its changes.
    """CREATE TABLE changes (
        origin TEXT NOT NULL, counter INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL,
        fields TEXT NOT NULL, ctx TEXT NOT NULL,
        hlc INTEGER NOT NULL, author TEXT, computer TEXT,
        PRIMARY KEY (origin, counter)
    ) WITHOUT ROWID""",
    "CREATE INDEX changes_row ON changes(tbl, row_id)",
]

# v2: a local (not synced) search index, one row per household: ``keys`` holds the ASCII search
# keys (pinyin, ID numbers, phones, house number, short code), ``names`` the names and address;
# rebuilt from the synced tables for every household a write touches.
V2: list[str] = [
    # Clustered by sort_key, so a plain scan reads it in register order.
    """CREATE TABLE household_search (
        sort_key TEXT PRIMARY KEY,
        household_id TEXT NOT NULL UNIQUE,
        village_id TEXT,
        tags TEXT NOT NULL,
        keys TEXT NOT NULL,
        names TEXT NOT NULL
    ) WITHOUT ROWID""",
]


# v3: sync by file (local bookkeeping, never synced itself). The changes a replica holds are
# always, per origin, a contiguous run 1..n; a bundle's changes beyond a gap wait in sync_pending.
V3: list[str] = [
    # Every replica this computer has heard of, by origin (replica.incarnation), with the vector it
    # reported holding (in its own bundle or receipt, or relayed in another replica's bundle).
    """CREATE TABLE sync_peers (
        origin TEXT PRIMARY KEY,
        replica_id TEXT NOT NULL,
        computer TEXT NOT NULL DEFAULT '',
        worker TEXT NOT NULL DEFAULT '',
        vector TEXT NOT NULL DEFAULT '{}',
        reported_at TEXT,
        heard_at TEXT,
        heard_via TEXT NOT NULL DEFAULT 'bundle',
        last_bundle_id TEXT
    )""",
    # Bundles and receipts made or taken in here: taking one twice is a no-op.
    """CREATE TABLE sync_bundles (
        bundle_id TEXT PRIMARY KEY,
        direction TEXT NOT NULL,
        kind TEXT NOT NULL,
        origin TEXT NOT NULL,
        computer TEXT, worker TEXT,
        created_at TEXT, handled_at TEXT NOT NULL,
        file_name TEXT,
        full INTEGER NOT NULL DEFAULT 0,
        summary TEXT NOT NULL DEFAULT '{}'
    )""",
    # Changes that arrived ahead of a gap in their origin's run; applied once the gap is filled.
    """CREATE TABLE sync_pending (
        origin TEXT NOT NULL, counter INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL,
        fields TEXT NOT NULL, ctx TEXT NOT NULL,
        hlc INTEGER NOT NULL, author TEXT, computer TEXT,
        PRIMARY KEY (origin, counter)
    )""",
    # The sync log becomes an ordinary (rowid) table: its rows are large (a visit's change is about
    # 1 KB) and a WITHOUT ROWID table gives every row over ~1 KB an overflow page of its own (the
    # log took 2.7 times the space). Same columns, key and index.
    """CREATE TABLE changes_v3 (
        origin TEXT NOT NULL, counter INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL,
        fields TEXT NOT NULL, ctx TEXT NOT NULL,
        hlc INTEGER NOT NULL, author TEXT, computer TEXT,
        PRIMARY KEY (origin, counter)
    )""",
    "INSERT INTO changes_v3 SELECT origin, counter, tbl, row_id, fields, ctx, hlc, author, computer"
    " FROM changes ORDER BY origin, counter",
    "DROP TABLE changes",
    "ALTER TABLE changes_v3 RENAME TO changes",
    "CREATE INDEX changes_row ON changes(tbl, row_id)",
    # Rows holding concurrent values of a field, or edited while deleted: the review list (a hint:
    # the conflicts themselves are recomputed from the changes when listed).
    """CREATE TABLE sync_conflicts (
        tbl TEXT NOT NULL, row_id TEXT NOT NULL, found_at TEXT NOT NULL,
        PRIMARY KEY (tbl, row_id)
    ) WITHOUT ROWID""",
]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: list[str]
    # A data step the core runs after opening (desktop/core/upgrades.py): the migration only
    # records it as pending, in its own transaction, so it survives a crash in between.
    upgrade: str = ""


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation: register, sync log", V1),
    Migration(2, "household search index", V2, upgrade="search_index"),
    Migration(3, "sync by file: peers, bundles, pending changes, conflicts", V3),
]


# v4: household visits (入户走访), their follow-up actions and crisis alerts, and the station's
# visit schedule settings (observation domains, interval rules, a per-household override).
# Visits are append-only: a submitted row is never changed; a correction is a new row with the
# same record_id, version + 1 and ``replaces`` = the id of the version it corrects.
V4: list[str] = [
    *_synced(
        "visits",
        "record_id TEXT, version INTEGER NOT NULL DEFAULT 1, replaces TEXT, status TEXT NOT NULL DEFAULT 'draft',"
        " household_id TEXT, visit_date TEXT, visit_time TEXT, duration_min INTEGER, visit_type TEXT,"
        " not_home INTEGER NOT NULL DEFAULT 0, workers TEXT NOT NULL DEFAULT '[]',"
        " partners TEXT NOT NULL DEFAULT '[]', members_met TEXT NOT NULL DEFAULT '[]',"
        " observations TEXT NOT NULL DEFAULT '[]', needs TEXT NOT NULL DEFAULT '[]',"
        " services TEXT NOT NULL DEFAULT '[]', services_note TEXT, actions TEXT NOT NULL DEFAULT '[]',"
        " risk_before TEXT, risk_after TEXT, crisis INTEGER NOT NULL DEFAULT 0, crisis_note TEXT,"
        " safeguarding TEXT NOT NULL DEFAULT '[]', report_made TEXT, report_to TEXT, report_at TEXT,"
        " report_note TEXT, signature TEXT, signed_by TEXT, next_visit_date TEXT, notes TEXT,"
        " correction_reason TEXT, void INTEGER NOT NULL DEFAULT 0, submitted_at TEXT, submitted_by TEXT",
    ),
    "CREATE INDEX visits_household ON visits(household_id, visit_date)",
    "CREATE INDEX visits_date ON visits(visit_date)",
    # A record's first version has id = record_id; only later versions need this index.
    "CREATE INDEX visits_record ON visits(record_id) WHERE version > 1",
    "CREATE INDEX visits_replaces ON visits(replaces) WHERE replaces IS NOT NULL",
    # Submitted visits where someone was met: what the schedule and coverage read.
    "CREATE INDEX visits_done ON visits(household_id, visit_date, next_visit_date, id) "
    "WHERE status = 'submitted' AND deleted = 0 AND not_home = 0 AND void = 0",
    # Attempts where nobody was met (few): the schedule shows the latest one.
    "CREATE INDEX visits_attempts ON visits(household_id, visit_date) "
    "WHERE status = 'submitted' AND deleted = 0 AND not_home = 1 AND void = 0",
    *_synced(
        "visit_followups",
        "record_id TEXT, visit_id TEXT, household_id TEXT, action TEXT, owner TEXT, due_date TEXT,"
        " status TEXT NOT NULL DEFAULT 'open', done_on TEXT, done_by TEXT, done_note TEXT",
    ),
    "CREATE INDEX visit_followups_due ON visit_followups(status, due_date)",
    "CREATE INDEX visit_followups_record ON visit_followups(record_id)",
    *_synced(
        "crisis_alerts",
        "household_id TEXT, record_id TEXT, visit_id TEXT, raised_on TEXT, summary TEXT,"
        " status TEXT NOT NULL DEFAULT 'open', resolved_on TEXT, resolved_by TEXT, resolution TEXT",
    ),
    "CREATE INDEX crisis_alerts_household ON crisis_alerts(household_id)",
    *_synced(
        "observation_domains",
        "name TEXT, sort INTEGER NOT NULL DEFAULT 0, builtin INTEGER NOT NULL DEFAULT 0,"
        " children_only INTEGER NOT NULL DEFAULT 0",
    ),
    *_synced(
        "visit_rules",
        "kind TEXT, value TEXT, interval TEXT, sort INTEGER NOT NULL DEFAULT 0,"
        " builtin INTEGER NOT NULL DEFAULT 0",
    ),
    "ALTER TABLE households ADD COLUMN visit_interval TEXT",
    # The visit schedule, derived and local (not synced): one row per household with its interval
    # and due date. Triggers mark households whose inputs changed, whoever wrote them (a service,
    # sync import, demo data); the core recomputes marked rows before it reads ("*": all of them).
    # Kept in due-date order (households without scheduled visits last, due_key '9999'), so the
    # due list reads one contiguous range. cur_/prev_: due date as of the first day of this month
    # and of last month (NULL: not on the register yet) and whether visited in that month: the
    # coverage of the two months a station asks about most, without reading the visits.
    """CREATE TABLE schedule (
        due_key TEXT NOT NULL, household_id TEXT NOT NULL,
        due_date TEXT, interval TEXT, source TEXT,
        last_done TEXT, planned TEXT, last_attempt TEXT, registered TEXT,
        village_id TEXT, group_name TEXT, worker TEXT, risk_level TEXT, tags TEXT,
        cur_due TEXT, cur_visited INTEGER, prev_due TEXT, prev_visited INTEGER,
        PRIMARY KEY (due_key, household_id)
    ) WITHOUT ROWID""",
    "CREATE UNIQUE INDEX schedule_household ON schedule(household_id)",
    "CREATE TABLE schedule_dirty (household_id TEXT PRIMARY KEY) WITHOUT ROWID",
    "INSERT INTO schedule_dirty VALUES ('*')",
    # (NOT EXISTS rather than INSERT OR IGNORE: inside a trigger, the outer upsert's conflict
    # policy would override OR IGNORE.)
    *[
        f"CREATE TRIGGER schedule_{table}_{event.lower()} AFTER {event} ON {table} BEGIN "
        + " ".join(
            f"INSERT INTO schedule_dirty SELECT x FROM (SELECT {key} AS x) WHERE x IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM schedule_dirty WHERE household_id = x);"
            for key in keys
        )
        + " END"
        for table, event, keys in (
            ("households", "INSERT", ["NEW.id"]),
            ("households", "UPDATE", ["NEW.id"]),
            ("households", "DELETE", ["OLD.id"]),
            ("persons", "INSERT", ["NEW.household_id"]),
            ("persons", "UPDATE", ["NEW.household_id", "OLD.household_id"]),
            ("persons", "DELETE", ["OLD.household_id"]),
            (
                "visits",
                "INSERT",
                ["NEW.household_id", "(SELECT household_id FROM visits WHERE id = NEW.replaces)"],
            ),
            (
                "visits",
                "UPDATE",
                [
                    "NEW.household_id",
                    "OLD.household_id",
                    "(SELECT household_id FROM visits WHERE id = NEW.replaces)",
                ],
            ),
            ("visits", "DELETE", ["OLD.household_id"]),
            ("visit_rules", "INSERT", ["'*'"]),
            ("visit_rules", "UPDATE", ["'*'"]),
            ("visit_rules", "DELETE", ["'*'"]),
        )
    ],
]


MIGRATIONS.append(
    Migration(4, "household visits and the visit schedule", V4, upgrade="visit_settings")
)
# v5 (issue 4): case work, service plans, the resource directory and referrals. See schema.py.
V5: list[str] = [
    *_synced(
        "cases",
        "household_id TEXT, person_id TEXT, title TEXT, problem TEXT, source TEXT, source_note TEXT,"
        " intake_date TEXT, worker TEXT, supervisor TEXT, stage TEXT, episode INTEGER NOT NULL DEFAULT 1,"
        " closed_on TEXT, closure_reason TEXT, closure_note TEXT",
    ),
    "CREATE INDEX cases_household ON cases(household_id)",
    "CREATE INDEX cases_stage ON cases(stage, intake_date)",
    *_synced(
        "case_events",
        "case_id TEXT, event_date TEXT, kind TEXT, stage TEXT, from_stage TEXT, episode INTEGER,"
        " note TEXT, worker TEXT",
    ),
    "CREATE INDEX case_events_case ON case_events(case_id, event_date)",
    *_synced(
        "assessments",
        "case_id TEXT, household_id TEXT, assess_date TEXT, assessor TEXT, ratings TEXT NOT NULL DEFAULT '[]',"
        " strengths TEXT, risk_level TEXT, summary TEXT, priorities TEXT, next_date TEXT",
    ),
    "CREATE INDEX assessments_case ON assessments(case_id, assess_date)",
    *_synced(
        "plans",
        "case_id TEXT, record_id TEXT, version INTEGER NOT NULL DEFAULT 1, replaces TEXT,"
        " status TEXT NOT NULL DEFAULT 'draft', overall_goal TEXT, problems TEXT, strategy TEXT,"
        " worker_role TEXT, client_role TEXT, start_date TEXT, end_date TEXT,"
        " review_dates TEXT NOT NULL DEFAULT '[]', goals TEXT NOT NULL DEFAULT '[]', agreed_on TEXT,"
        " agreed_by TEXT, change_reason TEXT, author TEXT",
    ),
    "CREATE INDEX plans_case ON plans(case_id, version)",
    *_synced(
        "plan_reviews",
        "case_id TEXT, plan_id TEXT, review_date TEXT, reviewer TEXT, progress TEXT NOT NULL DEFAULT '[]',"
        " action_status TEXT NOT NULL DEFAULT '[]', summary TEXT, next_review TEXT",
    ),
    "CREATE INDEX plan_reviews_case ON plan_reviews(case_id, review_date)",
    *_synced(
        "evaluations",
        "case_id TEXT, plan_id TEXT, episode INTEGER, eval_date TEXT, evaluator TEXT,"
        " ratings TEXT NOT NULL DEFAULT '[]', summary TEXT, client_feedback TEXT",
    ),
    "CREATE INDEX evaluations_case ON evaluations(case_id, eval_date)",
    *_synced(
        "approvals",
        "case_id TEXT, subject TEXT, subject_id TEXT, requested_on TEXT, requested_by TEXT,"
        " supervisor TEXT, status TEXT, decided_on TEXT, decided_by TEXT, comment TEXT, replaces TEXT",
    ),
    "CREATE INDEX approvals_status ON approvals(status, requested_on)",
    "CREATE INDEX approvals_subject ON approvals(subject_id)",
    *_synced(
        "resources",
        "name TEXT, kind TEXT, party_kind TEXT, categories TEXT NOT NULL DEFAULT '[]',"
        " villages TEXT NOT NULL DEFAULT '[]', contact TEXT, phone TEXT, address TEXT, credit_code TEXT,"
        " capacity INTEGER, notes TEXT, active INTEGER NOT NULL DEFAULT 1",
    ),
    *_synced(
        "referrals",
        "case_id TEXT, household_id TEXT, person_id TEXT, resource_id TEXT, need TEXT, reason TEXT,"
        " referred_on TEXT, referred_by TEXT, consent TEXT, consent_on TEXT, documents TEXT, contact TEXT,"
        " status TEXT, status_on TEXT, outcome TEXT, follow_up TEXT",
    ),
    "CREATE INDEX referrals_household ON referrals(household_id)",
    "CREATE INDEX referrals_case ON referrals(case_id)",
    "CREATE INDEX referrals_resource ON referrals(resource_id)",
    "CREATE INDEX referrals_follow_up ON referrals(status, follow_up)",
    *_synced(
        "referral_events",
        "referral_id TEXT, event_date TEXT, status TEXT, note TEXT, outcome TEXT, follow_up TEXT,"
        " worker TEXT, corrects TEXT",
    ),
    "CREATE INDEX referral_events_referral ON referral_events(referral_id, event_date)",
]
MIGRATIONS.append(Migration(5, "case work, service plans, resources and referrals", V5))


# v6: cheaper schedule triggers. A v4 trigger ran every statement for every written row (the
# replaced visit's lookup included); a large sync import spent seconds in them. Now one trigger
# per key, with the test in its WHEN clause: nothing runs unless a household not yet marked
# needs marking, and nothing at all while everything is marked ("*").
def _mark_key(table: str, event: str, name: str, key: str, when: str = "") -> str:
    """A trigger marking the household ``key`` (a column, or a lookup guarded by ``when``): its
    WHEN clause skips the body when that household, or everything, is marked already."""
    test = (
        f"{key} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM schedule_dirty WHERE household_id = {key})"
        " AND NOT EXISTS (SELECT 1 FROM schedule_dirty WHERE household_id = '*')"
    )
    return (
        f"CREATE TRIGGER schedule_{table}_{name} AFTER {event} ON {table}"
        f" WHEN {f'{when} AND ' if when else ''}{test} BEGIN INSERT INTO schedule_dirty VALUES ({key}); END"
    )


_REPLACED = "(SELECT household_id FROM visits WHERE id = NEW.replaces)"
V6: list[str] = [
    *[
        f"DROP TRIGGER schedule_{table}_{event}"
        for table in ("households", "persons", "visits", "visit_rules")
        for event in ("insert", "update", "delete")
    ],
    _mark_key("households", "INSERT", "insert", "NEW.id"),
    _mark_key("households", "UPDATE", "update", "NEW.id"),
    _mark_key("households", "DELETE", "delete", "OLD.id"),
    _mark_key("persons", "INSERT", "insert", "NEW.household_id"),
    _mark_key("persons", "UPDATE", "update", "NEW.household_id"),
    _mark_key("persons", "UPDATE", "update_old", "OLD.household_id"),
    _mark_key("persons", "DELETE", "delete", "OLD.household_id"),
    _mark_key("visits", "INSERT", "insert", "NEW.household_id"),
    _mark_key("visits", "INSERT", "insert_replaced", _REPLACED, "NEW.replaces IS NOT NULL"),
    _mark_key("visits", "UPDATE", "update", "NEW.household_id"),
    _mark_key("visits", "UPDATE", "update_old", "OLD.household_id"),
    _mark_key("visits", "UPDATE", "update_replaced", _REPLACED, "NEW.replaces IS NOT NULL"),
    _mark_key("visits", "DELETE", "delete", "OLD.household_id"),
    *[
        _mark_key("visit_rules", event, event.lower(), "'*'")
        for event in ("INSERT", "UPDATE", "DELETE")
    ],
]
MIGRATIONS.append(Migration(6, "cheaper schedule triggers", V6))

# v7 (issue 11): a household's registration date (登记日期) is a synced field of its own; the
# schedule and coverage read it instead of the time of its first write. Existing households get
# the date of their first write, the best that is known of them (every replica computes the same).
V7: list[str] = [
    "ALTER TABLE households ADD COLUMN registered_on TEXT",
    "UPDATE households SET registered_on = substr(created_at, 1, 10) WHERE created_at IS NOT NULL",
]
MIGRATIONS.append(Migration(7, "household registration date", V7))


# v8 (issue 15): roster import. Local bookkeeping, not synced: the rows an import writes are
# ordinary synced writes (Writer.put, with who and which computer in ``changes``); these tables
# hold which file they came from, what each row held before (for undo on this computer) and the
# column mapping remembered per roster source.
V8: list[str] = [
    """CREATE TABLE roster_imports (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL, file_hash TEXT NOT NULL, sheet TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '', tag TEXT NOT NULL DEFAULT '', roster_date TEXT NOT NULL DEFAULT '',
        worker TEXT, computer TEXT, imported_at TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}', missing TEXT NOT NULL DEFAULT '[]',
        undone_at TEXT, undone_by TEXT
    )""",
    # One row per record the import wrote: created, or the values it replaced; ``changes_after``
    # is how many changes the record had right after the import (more now: something touched it).
    """CREATE TABLE roster_import_rows (
        import_id TEXT NOT NULL, seq INTEGER NOT NULL,
        tbl TEXT NOT NULL, row_id TEXT NOT NULL, created INTEGER NOT NULL,
        before TEXT NOT NULL DEFAULT '{}', changes_after INTEGER NOT NULL,
        PRIMARY KEY (import_id, seq)
    ) WITHOUT ROWID""",
    """CREATE TABLE roster_mappings (
        name TEXT PRIMARY KEY,
        columns TEXT NOT NULL,
        tag TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
]
MIGRATIONS.append(Migration(8, "roster import: import batches and remembered mappings", V8))


# v9 (issue 16): the export log. Every export of personal data from the reports (the monthly
# ledger workbook, the printed report, the coverage export) is a synced, append-only row: what,
# which period, whether ID numbers and phones were written in full, the file, who and when.
V9: list[str] = [
    *_synced(
        "export_log",
        "kind TEXT, period TEXT, full_numbers INTEGER NOT NULL DEFAULT 0, file_name TEXT,"
        " exported_at TEXT, exported_by TEXT, computer TEXT",
    ),
    "CREATE INDEX export_log_time ON export_log(exported_at)",
    # The month's visits and attempts by date with what the report counts of them (type, outcome,
    # household, people met): read from the index alone, not from the wide visit rows.
    "CREATE INDEX visits_report ON visits(visit_date, visit_type, not_home, household_id, id, members_met) "
    "WHERE status = 'submitted' AND deleted = 0 AND void = 0",
    # Mandatory reports (few) by the day they were made.
    "CREATE INDEX visits_mandatory ON visits(report_at) "
    "WHERE report_made = '已报告' AND status = 'submitted' AND deleted = 0 AND void = 0",
]
MIGRATIONS.append(Migration(9, "export log and report indexes (reports)", V9))


# v10 (issue 12): station settings that every computer of the station shares, one row per key
# (the row id is derived from the station id and the key, so two computers writing one key write
# one row): which case stages wait for supervision (审批设置).
# The visit list (走访记录) counts and pages its rows from one index holding what its filter and
# order read, without touching the wide rows: all 173,000 visits are counted in milliseconds.
V10: list[str] = [
    *_synced("station_settings", "key TEXT, value TEXT"),
    "CREATE INDEX visits_list ON visits(visit_date, coalesce(visit_time, ''), created_at, status, deleted,"
    " household_id, id)",
]
MIGRATIONS.append(Migration(10, "station settings; the visit list's index", V10))


# v11 (issue 13): the schedule's update triggers fire only on the columns the schedule reads
# (store/schedule.py: households, member_tags, done_state, attempt_state, done_between). Before,
# any update marked the household: a phone number edited, a draft visit's notes saved, and the
# next due-list read took a write lock to recompute a row that could not have changed. The
# columns are written out here, not taken from schedule.py: a migration keeps its meaning.
# (visit_rules keep their triggers: the schedule reads every column of a rule.)
_HOUSEHOLD_INPUTS = (
    "id, deleted, village_id, group_name, worker, risk_level, visit_interval, registered_on,"
    " created_at"
)
_PERSON_INPUTS = "household_id, deleted, tags"
_VISIT_INPUTS = (
    "id, household_id, status, deleted, not_home, void, replaces, visit_date, next_visit_date"
)
V11: list[str] = [
    *[
        f"DROP TRIGGER schedule_{name}"
        for name in (
            "households_update",
            "persons_update",
            "persons_update_old",
            "visits_update",
            "visits_update_old",
            "visits_update_replaced",
        )
    ],
    _mark_key("households", f"UPDATE OF {_HOUSEHOLD_INPUTS}", "update", "NEW.id"),
    _mark_key("persons", f"UPDATE OF {_PERSON_INPUTS}", "update", "NEW.household_id"),
    _mark_key("persons", f"UPDATE OF {_PERSON_INPUTS}", "update_old", "OLD.household_id"),
    _mark_key("visits", f"UPDATE OF {_VISIT_INPUTS}", "update", "NEW.household_id"),
    _mark_key("visits", f"UPDATE OF {_VISIT_INPUTS}", "update_old", "OLD.household_id"),
    _mark_key(
        "visits",
        f"UPDATE OF {_VISIT_INPUTS}",
        "update_replaced",
        _REPLACED,
        "NEW.replaces IS NOT NULL",
    ),
    # new: a correction that stops replacing a visit gives that visit's household its row back
    _mark_key(
        "visits",
        "UPDATE OF replaces",
        "update_old_replaced",
        _REPLACED.replace("NEW.", "OLD."),
        "OLD.replaces IS NOT NULL",
    ),
]
MIGRATIONS.append(Migration(11, "schedule triggers fire on the columns the schedule reads", V11))


# v12 (issue 14): what an import changed, so that it can be undone on this computer without a
# full copy of the database. Local bookkeeping, not synced. sync_undo holds, in the import's own
# transaction, one entry per row event: ``I`` a row it added (its rowid, or its key columns for a
# table without rowid), ``D`` a row as it was before (its rowid and every column in v0…). The
# values are untyped columns, so every value comes back exactly as it was.
UNDO_VALUES = 48  # the most columns a table may have for its rows to be kept (visits: 41)
V12: list[str] = [
    # first_seq: where its entries start (an import's entries follow each other: no index needed)
    """CREATE TABLE sync_undo_imports (
        bundle_id TEXT PRIMARY KEY, file_name TEXT NOT NULL, computer TEXT, worker TEXT,
        imported_at TEXT NOT NULL, columns TEXT NOT NULL, after TEXT NOT NULL DEFAULT '',
        first_seq INTEGER NOT NULL
    )""",
    "CREATE TABLE sync_undo (seq INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL, tbl TEXT NOT NULL,"
    f" op TEXT NOT NULL, rid, {', '.join(f'v{i}' for i in range(UNDO_VALUES))})",
]
MIGRATIONS.append(Migration(12, "what each sync import changed, to undo it", V12))
LATEST = max(m.version for m in MIGRATIONS)
