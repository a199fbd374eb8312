"""SQL of the reports (报表, 台账): the register with its row stamps, the sync log of rows that
changed since a day, and the period's visits, cases, plans, referrals, crises and reports.

What counts as a visit is the visit store's rule (desktop/core/store/visits.py): a submitted,
current version (no submitted correction replaces it), not void; ``not_home`` tells an attempt
(入户未遇) from a visit where someone was met.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from desktop.core.store.base import Store
from desktop.core.store.visits import CORRECTED

Row = tuple[Any, ...]
# Current, submitted, not void: visits and attempts (not_home) alike.
_RECORDED = f"v.status = 'submitted' AND v.deleted = 0 AND v.void = 0 AND v.id NOT IN ({CORRECTED})"


# -- the register ---------------------------------------------------------------------------------
def household_rows(store: Store) -> list[Row]:
    """(id, village_id, group_name, registered_on's day or '', the first write's day) of the live
    households."""
    return store.conn.execute(
        "SELECT id, village_id, group_name, substr(coalesce(registered_on, ''), 1, 10),"
        " substr(coalesce(created_at, ''), 1, 10) FROM households WHERE deleted = 0"
    ).fetchall()


def household_days(store: Store, ids: Sequence[str]) -> list[Row]:
    """(id, registered_on's day or '', the first write's day) of these household rows."""
    return store.conn.execute(
        "SELECT id, substr(coalesce(registered_on, ''), 1, 10), substr(coalesce(created_at, ''), 1, 10)"
        " FROM households WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(ids)),),
    ).fetchall()


_WRITTEN_AGAIN = "coalesce(updated_at, '') != coalesce(created_at, '')"
_TABLES = ("households", "persons")


def changed_since(store: Store, table: str, stamp: str) -> list[Row]:
    """(updated_at, id) of the rows of ``table`` (households or persons, tombstones too) written
    more than once, the last time after ``stamp``, in that order."""
    if table not in _TABLES:
        raise ValueError(table)
    return store.conn.execute(
        f"SELECT coalesce(updated_at, ''), id FROM {table} WHERE coalesce(updated_at, '') > ?"
        f" AND {_WRITTEN_AGAIN} ORDER BY 1, 2",
        (stamp,),
    ).fetchall()


_UNTAGGED = "(tags IS NULL OR tags IN ('', '[]'))"


def tagged_person_rows(store: Store) -> list[Row]:
    """(id, household_id, tags JSON, the day of created_at) of the live people with tags (of live
    households or not)."""
    return store.conn.execute(
        "SELECT id, household_id, tags, substr(coalesce(created_at, ''), 1, 10) FROM persons"
        f" WHERE deleted = 0 AND NOT {_UNTAGGED}"
    ).fetchall()


def untagged_person_days(store: Store) -> list[Row]:
    """(household_id, the day of created_at) of each live person without tags."""
    return store.conn.execute(
        "SELECT household_id, substr(coalesce(created_at, ''), 1, 10) FROM persons"
        f" WHERE deleted = 0 AND {_UNTAGGED}"
    ).fetchall()


def persons_now(store: Store, ids: Sequence[str]) -> dict[str, Row]:
    """id -> (household_id, tags JSON, deleted, created_at) of these people as they are now."""
    return {
        r[0]: r[1:]
        for r in store.conn.execute(
            "SELECT id, household_id, tags, deleted, coalesce(created_at, '') FROM persons "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    }


def persons_of(store: Store, household_ids: Sequence[str]) -> list[Row]:
    """(id, household_id) of every person row (tombstones too) of these households."""
    return store.conn.execute(
        "SELECT id, household_id FROM persons WHERE household_id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(household_ids)),),
    ).fetchall()


def changes_of(store: Store, table: str, ids: Sequence[str]) -> Iterator[Row]:
    """(row_id, origin, counter, fields, ctx, hlc, author, computer) of every logged write of
    these rows of ``table``, by row."""
    for i in range(0, len(ids), 20_000):
        chunk = json.dumps(list(ids[i : i + 20_000]))
        yield from store.conn.execute(
            "SELECT row_id, origin, counter, fields, ctx, hlc, author, computer FROM changes "
            "WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?)) ORDER BY row_id",
            (table, chunk),
        )


def villages(store: Store) -> list[Row]:
    """(id, name, groups JSON) of the live villages, in the station's order."""
    return store.conn.execute(
        "SELECT id, name, groups FROM villages WHERE deleted = 0 ORDER BY sort, name"
    ).fetchall()


def register_details(store: Store, person_ids: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Roster lines of these persons (their household's place and head), as they are now."""
    for i in range(0, len(person_ids), 20_000):
        chunk = json.dumps(list(person_ids[i : i + 20_000]))
        yield from store.db.query(
            "SELECT p.id, p.household_id, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.relation,"
            " p.disability_type, p.disability_grade, p.living_situation, p.guardian_name, p.guardian_phone,"
            " h.house_no, h.address, h.phone AS household_phone, h.worker, h.risk_level, hp.name AS head_name "
            "FROM persons p LEFT JOIN households h ON h.id = p.household_id "
            "LEFT JOIN persons hp ON hp.id = h.head_id "
            "WHERE p.id IN (SELECT value FROM json_each(?))",
            [chunk],
        )


# -- visits ---------------------------------------------------------------------------------------
def visit_counts(store: Store, start: str, end: str) -> list[Row]:
    """(visit_type, not_home, records, households) of the recorded visits between two dates."""
    return store.conn.execute(
        "SELECT v.visit_type, v.not_home, count(*), count(DISTINCT v.household_id) FROM visits v "
        f"WHERE {_RECORDED} AND v.visit_date BETWEEN ? AND ? GROUP BY v.visit_type, v.not_home",
        (start, end),
    ).fetchall()


def visit_rows(store: Store, start: str, end: str) -> list[Row]:
    """(visit_date, visit_type, not_home, household_id, members_met JSON) of the recorded visits
    and attempts between two dates, by date (read from the visits_report index alone)."""
    return store.conn.execute(
        "SELECT v.visit_date, v.visit_type, v.not_home, v.household_id, v.members_met FROM visits v "
        f"WHERE {_RECORDED} AND v.visit_date BETWEEN ? AND ? ORDER BY v.visit_date",
        (start, end),
    ).fetchall()


def met(store: Store, start: str, end: str) -> list[Row]:
    """(household_id, members_met JSON) of the visits that count (someone met) between two dates."""
    return store.conn.execute(
        f"SELECT v.household_id, v.members_met FROM visits v WHERE {_RECORDED} AND v.not_home = 0"
        " AND v.visit_date BETWEEN ? AND ?",
        (start, end),
    ).fetchall()


def visit_ledger(store: Store, start: str, end: str) -> Iterator[dict[str, Any]]:
    """Every recorded visit between two dates (attempts too), in date order, with its household."""
    yield from store.db.query(
        "SELECT v.id, v.record_id, v.version, v.household_id, v.visit_date, v.visit_time, v.duration_min,"
        " v.visit_type, v.not_home, v.workers, v.partners, v.members_met, v.needs, v.services, v.risk_after,"
        " v.crisis, v.report_made, v.next_visit_date, v.signature, v.correction_reason,"
        " h.village_id, h.group_name, h.house_no, h.phone AS household_phone, hp.name AS head_name,"
        " hp.phone AS head_phone "
        "FROM visits v LEFT JOIN households h ON h.id = v.household_id "
        "LEFT JOIN persons hp ON hp.id = h.head_id "
        f"WHERE {_RECORDED} AND v.visit_date BETWEEN ? AND ? "
        "ORDER BY v.visit_date, coalesce(v.visit_time, ''), v.created_at, v.id",
        [start, end],
    )


def mandatory_reports(store: Store, start: str, end: str) -> int:
    """Reports made between two dates (the visits_mandatory index of migration 9)."""
    return int(
        store.conn.execute(
            "SELECT count(*) FROM visits v WHERE v.report_made = '已报告' AND v.status = 'submitted'"
            " AND v.deleted = 0 AND v.void = 0 AND v.report_at BETWEEN ? AND ?"
            f" AND v.id NOT IN ({CORRECTED})",
            (start, end + "~"),
        ).fetchone()[0]
    )


# -- crises ---------------------------------------------------------------------------------------
def crises(store: Store, start: str, end: str) -> list[Row]:
    """(raised_on, status, resolved_on) of live alerts raised or resolved between two dates."""
    return store.conn.execute(
        "SELECT substr(raised_on, 1, 10), status, substr(coalesce(resolved_on, ''), 1, 10) FROM crisis_alerts "
        "WHERE deleted = 0 AND (substr(raised_on, 1, 10) BETWEEN :s AND :e"
        " OR substr(coalesce(resolved_on, ''), 1, 10) BETWEEN :s AND :e)",
        {"s": start, "e": end},
    ).fetchall()


# -- cases ----------------------------------------------------------------------------------------
def case_rows(store: Store, until: str) -> list[dict[str, Any]]:
    """Live cases taken in on or before ``until``, with their client and household."""
    return list(
        store.db.query(
            "SELECT c.id, c.household_id, c.person_id, c.title, c.source, c.intake_date, c.worker, c.supervisor,"
            " c.stage, c.closed_on, c.closure_reason, h.village_id, h.group_name, h.house_no,"
            " coalesce(cp.name, hp.name) AS client_name, coalesce(cp.id_number, hp.id_number) AS client_id_number "
            "FROM cases c LEFT JOIN households h ON h.id = c.household_id "
            "LEFT JOIN persons hp ON hp.id = h.head_id LEFT JOIN persons cp ON cp.id = c.person_id "
            "WHERE c.deleted = 0 AND c.intake_date <= ? ORDER BY c.intake_date, c.created_at, c.id",
            [until],
        )
    )


def case_stage_events(store: Store, until: str) -> list[Row]:
    """(case_id, event_date, kind, stage) of live cases' stage events on or before ``until``, in order."""
    return store.conn.execute(
        "SELECT e.case_id, e.event_date, e.kind, e.stage FROM case_events e JOIN cases c ON c.id = e.case_id "
        "WHERE e.deleted = 0 AND c.deleted = 0 AND e.stage IS NOT NULL AND e.stage != '' AND e.event_date <= ? "
        "ORDER BY e.case_id, e.event_date, e.created_at, e.rowid",
        (until,),
    ).fetchall()


def case_records(store: Store, start: str, end: str) -> list[Row]:
    """(case_id, kind, date) of the assessments, plan reviews and evaluations of live cases."""
    return store.conn.execute(
        "SELECT x.case_id, x.kind, x.day FROM ("
        " SELECT case_id, 'assessment' AS kind, assess_date AS day FROM assessments WHERE deleted = 0"
        " UNION ALL SELECT case_id, 'review', review_date FROM plan_reviews WHERE deleted = 0"
        " UNION ALL SELECT case_id, 'evaluation', eval_date FROM evaluations WHERE deleted = 0) x "
        "JOIN cases c ON c.id = x.case_id WHERE c.deleted = 0 AND x.day BETWEEN ? AND ?",
        (start, end),
    ).fetchall()


def evaluations(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """Evaluations of live cases dated between two dates, with the plan's version."""
    rows = store.db.query(
        "SELECT e.id, e.case_id, e.plan_id, e.eval_date, e.evaluator, e.ratings, p.version AS plan_version "
        "FROM evaluations e JOIN cases c ON c.id = e.case_id LEFT JOIN plans p ON p.id = e.plan_id "
        "WHERE e.deleted = 0 AND c.deleted = 0 AND e.eval_date BETWEEN ? AND ? "
        "ORDER BY e.eval_date, e.created_at",
        [start, end],
    )
    return [dict(r, ratings=json.loads(r["ratings"] or "[]")) for r in rows]


def plans(store: Store, until: str) -> list[dict[str, Any]]:
    """Agreed plan versions of live cases agreed on or before ``until``, oldest first."""
    rows = store.db.query(
        "SELECT p.id, p.case_id, p.record_id, p.version, p.replaces, p.overall_goal, p.start_date, p.end_date,"
        " p.agreed_on, p.agreed_by, p.author, p.goals FROM plans p JOIN cases c ON c.id = p.case_id "
        "WHERE p.deleted = 0 AND c.deleted = 0 AND p.status = 'agreed' AND p.agreed_on <= ? "
        "ORDER BY p.case_id, p.version",
        [until],
    )
    return [dict(r, goals=json.loads(r["goals"] or "[]")) for r in rows]


def last_reviews(store: Store, until: str) -> dict[str, str]:
    """case id -> date of its latest plan review on or before ``until``."""
    return dict(
        store.conn.execute(
            "SELECT case_id, max(review_date) FROM plan_reviews WHERE deleted = 0 AND review_date <= ? "
            "GROUP BY case_id",
            (until,),
        ).fetchall()
    )


# -- referrals and resources ----------------------------------------------------------------------
def referrals(store: Store, until: str) -> list[dict[str, Any]]:
    """Live referrals made on or before ``until``, with their resource and client."""
    return list(
        store.db.query(
            "SELECT r.id, r.case_id, r.household_id, r.person_id, r.resource_id, r.need, r.reason, r.referred_on,"
            " r.referred_by, r.consent, r.follow_up, r.outcome, rs.name AS resource_name, rs.kind AS resource_kind,"
            " rs.party_kind, h.village_id, h.group_name, coalesce(cp.name, hp.name) AS client_name "
            "FROM referrals r LEFT JOIN resources rs ON rs.id = r.resource_id "
            "LEFT JOIN households h ON h.id = r.household_id LEFT JOIN persons hp ON hp.id = h.head_id "
            "LEFT JOIN persons cp ON cp.id = r.person_id "
            "WHERE r.deleted = 0 AND r.referred_on <= ? ORDER BY r.referred_on, r.created_at, r.id",
            [until],
        )
    )


def referral_events(store: Store, until: str) -> list[dict[str, Any]]:
    """Live events on or before ``until`` of live referrals, oldest first."""
    return list(
        store.db.query(
            "SELECT e.id, e.referral_id, e.event_date, e.status, e.follow_up, e.outcome, e.corrects "
            "FROM referral_events e JOIN referrals r ON r.id = e.referral_id "
            "WHERE e.deleted = 0 AND r.deleted = 0 AND e.event_date <= ? "
            "ORDER BY e.referral_id, e.event_date, e.created_at, e.rowid",
            [until],
        )
    )


def resources(store: Store) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in store.db.query("SELECT id, name, kind, party_kind FROM resources")}


def case_clients(store: Store, case_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    rows = store.db.query(
        "SELECT c.id, c.household_id, h.village_id, h.group_name, coalesce(cp.name, hp.name) AS client_name "
        "FROM cases c LEFT JOIN households h ON h.id = c.household_id "
        "LEFT JOIN persons hp ON hp.id = h.head_id LEFT JOIN persons cp ON cp.id = c.person_id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(case_ids))],
    )
    return {r["id"]: r for r in rows}


def person_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    return dict(
        store.conn.execute(
            "SELECT id, name FROM persons WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        ).fetchall()
    )


# -- the export log -------------------------------------------------------------------------------
def exports(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    return list(
        store.db.query(
            "SELECT * FROM export_log WHERE deleted = 0 ORDER BY exported_at DESC, created_at DESC LIMIT ?",
            [limit],
        )
    )
