"""Helpers for sync tests: content snapshots and plaintext bundles (no encryption)."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.services import sync
from desktop.core.store import sync_sql
from desktop.core.store.schema import SYNCED_FIELDS
from desktop.core.sync import bundle, peers

PASSPHRASE = "青山镇-同步口令"


def content(ctx: Context, tables: tuple[str, ...] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row of every synced table (fields only, no local bookkeeping)."""
    tables = tables or tuple(SYNCED_FIELDS)
    return {t: sync_sql.content(ctx.store, t, SYNCED_FIELDS[t]) for t in tables}


def db_digest(path: Path) -> str:
    """A digest of everything in a database (all tables, rows sorted), to prove nothing changed."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        digest = hashlib.sha256()
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            digest.update(name.encode())
            for row in sorted(conn.execute(f"SELECT * FROM \"{name}\""), key=repr):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def plain_bundle(src: Context, folder: Path, since: dict[str, int] | None, kind: str = "bundle") -> bundle.Opened:
    """A verified plaintext bundle from ``src`` (what a sealed one decrypts to)."""
    bundle_id = str(uuid.uuid4())
    path = folder / f"{bundle_id}.db"
    identity = sync._identity(src, bundle_id)
    bundle.build(src.store, path, kind=kind, since=since, identity=identity,
                 peers=peers.report_rows(src.store, identity, bundle.now_text(src.store.clock)))
    header = {"format": bundle.FORMAT, "kind": kind, "station": identity["station_id"], "bundle": bundle_id}
    manifest, peer_rows = bundle.verify(path, header, path.name)
    return bundle.Opened(path, header, manifest, peer_rows)


def known_vector(ctx: Context, other: Context) -> dict[str, int] | None:
    """What ``ctx`` has heard ``other`` holds (None when it has not heard of it)."""
    for p in peers.all_peers(ctx.store, ctx.replica_id):
        if p.origin == other.store.meta_get("origin"):
            return p.vector
    return None


def origin(ctx: Context) -> str:
    return ctx.store.meta_get("origin") or ""
