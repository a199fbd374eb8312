"""A summary of what a database holds (``info --json``)."""

from __future__ import annotations

from typing import Any

from desktop.core.context import Context
from desktop.core.station import station
from desktop.core.visits import visits


def summary(ctx: Context) -> dict[str, Any]:
    store = ctx.store
    found = station.current(ctx)
    tables = set(store.db.table_names())
    return {
        "schema_version": store.schema_version(),
        "station": found["name"] if found else None,
        "township": found["township"] if found else None,
        "replica_id": ctx.replica_id,
        "computer": ctx.computer,
        "worker": ctx.worker,
        "villages": len(station.villages(ctx)),
        "households": store.count("households"),
        "persons": store.count("persons"),
        # visit records (current version of each submitted record, void ones left out), not versions
        "visits": visits.count(ctx) if "visits" in tables else 0,
        "visit_drafts": visits.count_drafts(ctx) if "visits" in tables else 0,
        "changes": store.count("changes", "1"),
    }
