"""Peers: every replica this computer has heard of, and what each reported holding.

A peer is known by origin (replica + incarnation): a restored or copied database reports under a
new origin, so an old report never speaks for it. What a peer holds is learnt only from vectors
it reported itself: in its own bundles and receipts, or relayed in another replica's bundle (a
report travels unchanged). Nothing is assumed delivered when a bundle is made; a lost stick costs
nothing but a larger next bundle.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import SyncError
from desktop.core.store import sync_sql as sql
from desktop.core.store.base import Store
from desktop.core.sync import clock


@dataclass(frozen=True)
class Peer:
    origin: str
    replica_id: str
    computer: str
    worker: str
    vector: dict[str, int]
    reported_at: str  # the peer's own clock when it reported
    heard_at: str  # this computer's clock when it heard (directly or relayed)
    heard_via: str  # "bundle", "receipt" or "relay"
    missing_there: int  # changes held here that it has not reported holding
    missing_here: int  # changes it reported holding that are not held here

    @property
    def in_step(self) -> bool:
        return self.missing_there == 0 and self.missing_here == 0

    @property
    def label(self) -> str:
        return f"{self.computer or '?'}（{self.replica_id[:8]}）"


def _gap(a: Mapping[str, int], b: Mapping[str, int]) -> int:
    """How many changes ``a`` holds that ``b`` does not (each origin's changes are a run 1..n)."""
    return sum(max(0, n - b.get(o, 0)) for o, n in a.items())


def _peer(row: Mapping[str, Any], ours: Mapping[str, int]) -> Peer:
    vector = json.loads(row["vector"] or "{}")
    return Peer(
        row["origin"],
        row["replica_id"],
        row["computer"] or "",
        row["worker"] or "",
        vector,
        row["reported_at"] or "",
        row["heard_at"] or "",
        row["heard_via"] or "",
        _gap(ours, vector),
        _gap(vector, ours),
    )


def hear(
    store: Store,
    *,
    origin: str,
    replica_id: str,
    computer: str,
    worker: str,
    vector: Mapping[str, int],
    reported_at: str,
    heard_at: str,
    via: str,
    bundle_id: str | None = None,
) -> None:
    """Take in a report: the vector only grows (a replica never loses what it held; a restored one
    has a new origin); computer and worker names follow the newest report."""
    old = sql.peer(store, origin)
    merged = clock.merge(json.loads(old["vector"]) if old else {}, vector)
    newer = old is None or (reported_at or "") >= (old["reported_at"] or "")
    row: dict[str, Any] = {
        "origin": origin,
        "replica_id": replica_id,
        "vector": json.dumps(merged, sort_keys=True),
    }
    if newer:
        row.update(computer=computer, worker=worker, reported_at=reported_at)
    if via != "relay" or old is None:
        row.update(heard_at=heard_at, heard_via=via)
        if bundle_id:
            row["last_bundle_id"] = bundle_id
    sql.save_peer(store, row)


def all_peers(store: Store, own_replica: str) -> list[Peer]:
    ours = sql.vector(store)
    return [_peer(r, ours) for r in sql.peers(store) if r["replica_id"] != own_replica]


def latest_per_replica(peers: list[Peer]) -> list[Peer]:
    """One peer per replica: its most recently reported incarnation."""
    best: dict[str, Peer] = {}
    for p in peers:
        current = best.get(p.replica_id)
        if current is None or (p.reported_at, p.heard_at) > (current.reported_at, current.heard_at):
            best[p.replica_id] = p
    return sorted(best.values(), key=lambda p: (p.computer, p.replica_id))


def find(store: Store, name: str, own_replica: str) -> Peer:
    """The peer a user means by ``name``: a computer name, or the start of a replica id or origin."""
    wanted = name.strip().casefold()
    peers = latest_per_replica(all_peers(store, own_replica))
    exact = [p for p in peers if p.computer.strip().casefold() == wanted]
    found = exact or [
        p
        for p in peers
        if len(wanted) >= 4
        and (p.replica_id.casefold().startswith(wanted) or p.origin.casefold().startswith(wanted))
    ]
    known = "、".join(p.label for p in peers) or "（无）"
    if not found:
        raise SyncError("sync.peer_unknown", name=name, known=known)
    if len(found) > 1:
        raise SyncError("sync.peer_ambiguous", name=name, known="、".join(p.label for p in found))
    return found[0]


def default_since(store: Store, own_replica: str) -> dict[str, int] | None:
    """With no peer chosen: what every known peer reported holding (the pointwise minimum), so
    the bundle serves any of them; None (everything) when no peer is known yet."""
    peers = latest_per_replica(all_peers(store, own_replica))
    if not peers:
        return None
    ours = sql.vector(store)
    return {o: min(p.vector.get(o, 0) for p in peers) for o in ours}


def report_rows(
    store: Store, own: Mapping[str, str], reported_at: str
) -> list[tuple[str, str, str, str, str, str | None]]:
    """The peer list a bundle carries: this replica's own report first, then what it heard."""
    rows: list[tuple[str, str, str, str, str, str | None]] = [
        (
            own["origin"],
            own["replica_id"],
            own.get("computer", ""),
            own.get("worker", ""),
            json.dumps(sql.vector(store), sort_keys=True),
            reported_at,
        )
    ]
    for r in sql.peers(store):
        if r["origin"] != own["origin"]:
            rows.append(
                (
                    r["origin"],
                    r["replica_id"],
                    r["computer"] or "",
                    r["worker"] or "",
                    r["vector"] or "{}",
                    r["reported_at"],
                )
            )
    return rows
