"""Seed the station's visit settings: observation domains and visit interval rules.

Called when a station is set up, and by migration 4 for stations that existed before. The seeded
rows get ids derived from the station id and the value, so two computers of one station that
upgrade separately write the same rows (same ids, same values) instead of duplicates.
"""

from __future__ import annotations

import uuid

from desktop.core import refdata
from desktop.core.store import visits as sql
from desktop.core.store.base import Store
from desktop.core.sync.recorder import Writer

NAMESPACE = uuid.UUID("6f9a3c52-1d7e-4b8a-9c33-5a2f0e7d4b61")


def seed_id(station_id: str, kind: str, value: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{station_id}/{kind}/{value}"))


def seed_defaults(w: Writer, station_id: str) -> None:
    """Write the default domains and rules that this database has never held (not even deleted)."""
    known_domains = sql.all_domain_ids(w.store)
    for i, name in enumerate(refdata.OBSERVATION_DOMAINS):
        row_id = seed_id(station_id, "observation_domain", name)
        if row_id not in known_domains:
            w.put(
                "observation_domains",
                row_id,
                {
                    "name": name,
                    "sort": i + 1,
                    "builtin": 1,
                    "children_only": 1 if name in refdata.CHILD_DOMAINS else 0,
                },
                new=True,
            )
    known_rules = sql.all_rule_ids(w.store)
    for i, (kind, value, interval) in enumerate(refdata.DEFAULT_VISIT_RULES):
        row_id = seed_id(station_id, f"visit_rule/{kind}", value)
        if row_id not in known_rules:
            w.put(
                "visit_rules",
                row_id,
                {"kind": kind, "value": value, "interval": interval, "sort": i + 1, "builtin": 1},
                new=True,
            )


def seed_existing_station(store: Store) -> None:
    """Migration hook: a database that already has a station gets the defaults (logged for sync).
    Its visit schedule is computed by the first read that needs it (the schedule has no month
    yet, so every row is recomputed): a migration must not run today's schedule code against the
    schema of an earlier version."""
    station_id = sql.station_id(store)
    if station_id is not None and store.meta_get("origin"):
        w = Writer(
            store,
            store.meta_get("worker_name", "") or "",
            store.meta_get("computer_name", "") or "",
        )
        seed_defaults(w, station_id)
        w.finish()
    # (no station yet: setup_station seeds, or the rows arrive by sync)
