"""Taking in a bundle (导入): ``inspect`` shows what it holds without changing anything;
``import_bundle`` verifies it, applies it in one transaction (with a record of what it changed,
to undo it: sync/undo.py) and writes a receipt beside it. An empty computer joins the station
of a full bundle."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.clock import Clock
from desktop.core.context import Context
from desktop.core.errors import BundleError, SyncError
from desktop.core.store import sync_sql
from desktop.core.store.connection import checkpoint
from desktop.core.sync import backups, bundle, crypto, instance, sync_keys, undo
from desktop.core.sync.applying import ImportSummary, apply_bundle, apply_verified, finish_join
from desktop.core.sync.receipts import read_receipts, receipt_path, write_receipt
from desktop.core.tasks import TaskState
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


def import_bundle(
    ctx: Context,
    path: Path | str,
    passphrase: str,
    state: TaskState | None = None,
    *,
    computer: str = "",
    worker: str = "",
) -> ImportSummary:
    """Take in a bundle: verify everything, apply it in one transaction (recording what it
    changes, so that it can be undone), then write a receipt beside it. An empty StationDesk (no
    station yet) joins the station of a full bundle, as ``computer`` used by ``worker``.
    Importing a bundle again changes nothing. Its commits leave the write-ahead log to be
    checkpointed after it (``after_import_in_background``)."""
    with sync_sql.checkpoint_deferred(ctx.store):
        return _import(ctx, Path(path), passphrase, state or TaskState(), computer, worker)


def _import(
    ctx: Context, path: Path, passphrase: str, state: TaskState, computer: str, worker: str
) -> ImportSummary:
    store = ctx.store
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
            # what it writes is recorded to undo it, unless this computer is empty or the bundle
            # brings nothing new
            undoable = not joining and _new_changes(ctx, m) > 0
            join = {"computer": clean(computer), "worker": clean(worker)} if joining else None
            with undo.recording(ctx, m, path.name) if undoable else contextlib.nullcontext():
                try:
                    summary = apply_bundle(ctx, opened, path, state, join, (key, params), undoable)
                finally:
                    opened.close()  # the decrypted contents go at once
                # the receipts are part of the import: an undo takes their bookkeeping back too
                summary = _receipts(ctx, summary, path, passphrase, (key, params))
            state.progress(100, 100)
            return summary
    finally:
        opened.close()
    summary = _receipts(ctx, summary, path, passphrase, (key, params))
    state.progress(100, 100)
    return summary


def _receipts(
    ctx: Context,
    summary: ImportSummary,
    path: Path,
    passphrase: str,
    secret: tuple[bytes, crypto.KdfParams],
) -> ImportSummary:
    """A receipt beside the bundle, then the receipts found beside it read."""
    store = ctx.store
    receipt: Path | None  # None: the receipt could not be written
    receipt, error = receipt_path(ctx, path), ""
    if not (summary.already_imported and receipt.exists()):  # taking it again changes nothing
        try:
            write_receipt(ctx, path, summary.bundle_id, *secret)
        except SyncError as exc:
            receipt, error = None, exc.message
    read = read_receipts(ctx, path.parent, passphrase)
    if store.path is not None:
        instance.record(store, store.path)
    return dataclasses.replace(summary, receipt=receipt, receipt_error=error, receipts_read=read)


def daily_copy_due(summary: ImportSummary) -> bool:
    """Whether the import brought something, so that the day's copy should follow it."""
    return summary.kind == "bundle" and not summary.already_imported


def after_import_in_background(
    db: Path, clock: Clock, done: Callable[[Path | None, str], None]
) -> threading.Thread:
    """What follows an import that brought something, on a thread (and connections) of its own,
    so that the worker reads the import's result meanwhile: the checkpoint its commit left
    (sync_sql.checkpoint_deferred), then the day's copy if there is none yet. ``done(copy or
    None, error message or "")`` is called on that thread. Not a daemon: a program closed
    meanwhile finishes the copy before it exits."""

    def run() -> None:
        _checkpoint(db)
        try:
            made, error = backups.daily_copy(db, clock), ""
        except SyncError as exc:
            made, error = None, exc.message
        done(made, error)

    return _started(threading.Thread(target=run, name="after-import", daemon=False))


def _checkpoint(db: Path) -> None:
    with contextlib.suppress(sqlite3.Error):  # else left to the next commit, or to closing
        checkpoint(db)


def checkpoint_in_background(db: Path) -> threading.Thread:
    """Only the checkpoint an import left (after a join: its day's copy would copy the hub's)."""
    return _started(threading.Thread(target=_checkpoint, args=(db,), name="checkpoint"))


_BACKGROUND: list[threading.Thread] = []  # started by this module, perhaps still running


def _started(thread: threading.Thread) -> threading.Thread:
    _BACKGROUND[:] = [t for t in _BACKGROUND if t.is_alive()]
    _BACKGROUND.append(thread)
    thread.start()
    return thread


def wait_for_background() -> None:
    """Until the checkpoints and copies started after imports have ended (before the database is
    put away: a backup restored)."""
    for thread in list(_BACKGROUND):
        thread.join()


def with_daily_copy(ctx: Context, summary: ImportSummary) -> ImportSummary:
    """After an import that brought something: the day's full copy of the database, if there is
    none yet (backups.daily_copy: its own connection, in steps). The import is complete whether
    or not the copy could be made."""
    db = ctx.store.path
    if db is None or not daily_copy_due(summary):
        return summary
    try:
        return dataclasses.replace(summary, daily_copy=backups.daily_copy(db, ctx.clock))
    except SyncError as exc:
        return dataclasses.replace(summary, daily_error=exc.message)
