"""Taking in a bundle (导入): ``inspect`` shows what it holds without changing anything;
``import_bundle`` verifies it, backs the database up, applies it in one transaction and writes a
receipt beside it. An empty computer joins the station of a full bundle."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.errors import BundleError, SyncError
from desktop.core.store import sync_sql
from desktop.core.sync import backups, bundle, crypto, instance, sync_keys
from desktop.core.sync.applying import ImportSummary, apply_bundle, apply_verified, finish_join
from desktop.core.sync.receipts import read_receipts, receipt_path, write_receipt
from desktop.core.tasks import Cancelled, TaskState
from desktop.core.text import clean


@dataclass(frozen=True)
class Preview:
    path: Path
    kind: str
    bundle_id: str
    station: str
    computer: str
    worker: str
    created_at: str
    full: bool
    rows: dict[str, int]  # records per table in the bundle
    changes: int
    new_changes: int  # changes this computer does not hold yet
    already_imported: bool
    joins_station: bool  # importing it makes this (empty) computer part of the station


def _open(ctx: Context, path: Path, key_for: Any) -> bundle.Opened:
    """Decrypt and check the manifest; every change is checked when the bundle is applied."""
    return bundle.open_verified(path, key_for, bundle.workdir_for(ctx.store), contents=False)


def inspect(ctx: Context, path: Path | str, passphrase: str) -> Preview:
    """What a bundle holds, without changing anything: decrypted (so authentic and complete) and
    its manifest checked. Every change in it is checked when it is imported."""
    path = Path(path)
    opened = _open(ctx, path, sync_keys.key_for(ctx, passphrase, path.name))
    try:
        m = opened.manifest
        return Preview(
            path,
            m.kind,
            m.bundle_id,
            m.station_name,
            m.computer,
            m.worker,
            m.created_at,
            m.full,
            dict(m.rows),
            m.changes,
            _new_changes(ctx, m),
            sync_sql.bundle_known(ctx.store, m.bundle_id),
            not ctx.store.meta_get("station_id"),
        )
    finally:
        opened.close()


def _new_changes(ctx: Context, m: bundle.Manifest) -> int:
    """How many of the bundle's changes this computer does not hold yet."""
    ours = sync_sql.vector(ctx.store)
    return sum(max(0, hi - max(lo - 1, ours.get(o, 0))) for o, (lo, hi) in m.ranges.items())


def _backup(ctx: Context) -> Path | None:
    """The day's copy of the database before its first import of the day (None: made already)."""
    path = ctx.store.path
    return None if path is None else backups.before_import(ctx.store.conn, path, ctx.clock)


def import_bundle(
    ctx: Context,
    path: Path | str,
    passphrase: str,
    state: TaskState | None = None,
    *,
    computer: str = "",
    worker: str = "",
) -> ImportSummary:
    """Take in a bundle: verify everything, back up the database, apply it in one transaction,
    then write a receipt beside it. An empty StationDesk (no station yet) joins the station of a
    full bundle, as ``computer`` used by ``worker``. Importing a bundle again changes nothing."""
    state = state or TaskState()
    store = ctx.store
    path = Path(path)
    joining = not store.meta_get("station_id")
    if joining and not (clean(computer) and clean(worker)):
        raise SyncError("sync.join_names")
    state.progress(0, 100)
    key_for = sync_keys.key_for(ctx, passphrase, path.name)
    opened = _open(ctx, path, key_for)
    try:
        m = opened.manifest
        key = key_for(opened.header)
        params = crypto.KdfParams.from_json(opened.header["kdf"])
        if m.kind == "receipt":
            return apply_verified(ctx, opened, source=path)
        if joining and not m.full:
            raise BundleError("bundle.join_full", name=path.name)
        state.progress(30, 100)
        if sync_sql.bundle_known(store, m.bundle_id):
            finish_join(ctx)  # a join cut short by an older version: repaired now
            summary = ImportSummary(
                path, m.kind, m.bundle_id, m.computer, m.worker, already_imported=True
            )
        else:
            state.check()
            # a backup first, unless this computer is empty or the bundle brings nothing new
            backup = None if joining or not _new_changes(ctx, m) else _backup(ctx)
            join = {"computer": clean(computer), "worker": clean(worker)} if joining else None
            try:
                summary = apply_bundle(ctx, opened, path, state, join, (key, params), backup)
            except (BundleError, Cancelled):
                if backup is not None:  # refused or cancelled: rolled back, the copy is not needed
                    backup.unlink(missing_ok=True)
                raise
    finally:
        opened.close()
    receipt, error = receipt_path(ctx, path), ""
    if not (summary.already_imported and receipt.exists()):  # taking it again changes nothing
        try:
            write_receipt(ctx, path, m.bundle_id, key, params)
        except SyncError as exc:
            receipt, error = None, exc.message
    read = read_receipts(ctx, path.parent, passphrase)
    if store.path is not None:
        instance.record(store, store.path)
    state.progress(100, 100)
    return dataclasses.replace(summary, receipt=receipt, receipt_error=error, receipts_read=read)
