"""Where this computer stands in the station's sync (同步状态): its identity, the changes it holds
and holds back, the conflicts to review, the other computers heard of, and the database copies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.context import Context
from desktop.core.store import sync_sql
from desktop.core.sync import backups, conflicts, peers
from desktop.core.sync.sync_keys import has_passphrase


@dataclass(frozen=True)
class Status:
    station: str
    replica_id: str
    origin: str
    computer: str
    worker: str
    passphrase_set: bool
    changes: int
    pending: int
    conflicts: int
    peers: list[peers.Peer]
    backups: list[backups.Backup] = field(default_factory=list)  # beside the database, newest first


def peer_list(ctx: Context) -> list[peers.Peer]:
    """Every other computer heard of (its latest incarnation), with whether it is in step."""
    return peers.latest_per_replica(peers.all_peers(ctx.store, ctx.replica_id))


def history(ctx: Context, limit: int = 50) -> list[dict[str, Any]]:
    """Bundles and receipts made or taken here, newest first."""
    return sync_sql.bundle_log(ctx.store, limit)


def status(ctx: Context) -> Status:
    store = ctx.store
    info = sync_sql.read_row(store, "station", store.meta_get("station_id") or "") or {}
    return Status(
        station=info.get("name") or "",
        replica_id=ctx.replica_id,
        origin=store.meta_get("origin") or "",
        computer=ctx.computer,
        worker=ctx.worker,
        passphrase_set=has_passphrase(ctx),
        changes=store.count("changes", "1"),
        pending=sync_sql.pending_count(store),
        conflicts=len(conflicts.to_review(ctx)),
        peers=peer_list(ctx),
        backups=backups.list_backups(store.path) if store.path is not None else [],
    )
