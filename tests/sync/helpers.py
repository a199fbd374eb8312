"""Helpers for sync tests: content snapshots and plaintext bundles (no encryption)."""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.store import sync_sql
from desktop.core.store.schema import SYNCED_FIELDS
from desktop.core.sync import bundle, envelope, peers

PASSPHRASE = "青山镇-同步口令"


def content(
    ctx: Context, tables: tuple[str, ...] | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row of every synced table (fields only, no local bookkeeping)."""
    tables = tables or tuple(SYNCED_FIELDS)
    return {t: sync_sql.content(ctx.store, t, SYNCED_FIELDS[t]) for t in tables}


def db_digest(path: Path) -> str:
    """A digest of everything in a database (all tables, rows sorted), to prove nothing changed."""
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        digest = hashlib.sha256()
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ):
            digest.update(name.encode())
            for row in sorted(conn.execute(f'SELECT * FROM "{name}"'), key=repr):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def plain_bundle(
    src: Context, folder: Path, since: dict[str, int] | None, kind: str = "bundle"
) -> bundle.Opened:
    """A verified plaintext bundle from ``src`` (what a sealed one decrypts to)."""
    bundle_id = str(uuid.uuid4())
    path = folder / f"{bundle_id}.db"
    identity = envelope.identity(src, bundle_id)
    bundle.build(
        src.store,
        path,
        kind=kind,
        since=since,
        identity=identity,
        peers=peers.report_rows(src.store, identity, bundle.now_text(src.store.clock)),
    )
    header = {
        "format": bundle.FORMAT,
        "kind": kind,
        "station": identity["station_id"],
        "bundle": bundle_id,
    }
    manifest, peer_rows = bundle.verify(path, header, path.name)
    return bundle.Opened(path, header, manifest, peer_rows)


def known_vector(ctx: Context, other: Context) -> dict[str, int] | None:
    """What ``ctx`` has heard ``other`` holds (None when it has not heard of it)."""
    for p in peers.all_peers(ctx.store, ctx.replica_id):
        if p.origin == other.store.meta_get("origin"):
            return p.vector
    return None


@contextlib.contextmanager
def sync_format(
    ctx: Context,
    *,
    add: dict[str, tuple[str, ...]] | None = None,
    remove: dict[str, tuple[str, ...]] | None = None,
    app: str = "",
) -> Iterator[None]:
    """Run the block as another version of the program would on ``ctx``: a newer one (with synced
    fields ``add``ed, a column for each in its database, the next sync format) or an older one
    (fields ``remove``d, their columns dropped from its database, the previous format). Only the
    replica the block uses may be touched inside it: SYNCED_FIELDS is the process's."""
    from desktop.core.sync import formats

    saved = {t: SYNCED_FIELDS[t] for t in {*(add or {}), *(remove or {})}}
    saved_format, saved_app = formats.CURRENT, bundle.__version__
    columns = {r[1] for t in saved for r in ctx.store.conn.execute(f"PRAGMA table_info({t})")}
    for table, names in (add or {}).items():
        SYNCED_FIELDS[table] = (*SYNCED_FIELDS[table], *names)
        for name in names:
            if name not in columns:
                ctx.store.conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} TEXT")
    for table, names in (remove or {}).items():
        SYNCED_FIELDS[table] = tuple(n for n in SYNCED_FIELDS[table] if n not in names)
        for name in names:
            if name in columns:
                for (index,) in ctx.store.conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                    " AND sql LIKE ?",
                    (table, f"%{name}%"),
                ).fetchall():
                    ctx.store.conn.execute(f"DROP INDEX {index}")
                ctx.store.conn.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    formats.CURRENT = saved_format + (1 if add else -1 if remove else 0)
    bundle.__version__ = app or saved_app
    try:
        yield
    finally:
        SYNCED_FIELDS.update(saved)
        formats.CURRENT, bundle.__version__ = saved_format, saved_app


def origin(ctx: Context) -> str:
    return ctx.store.meta_get("origin") or ""
