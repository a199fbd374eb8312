"""Applying a verified bundle (把同步包并入): every change checked and merged in one transaction,
the search index brought up to date, its sender heard; a join makes this empty computer part of the
station in that same transaction."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.context import Context, new_incarnation
from desktop.core.register import search
from desktop.core.station import station
from desktop.core.store import bundle_sql, sync_sql
from desktop.core.sync import bundle, crypto, envelope, formats, merge, receipts
from desktop.core.sync.sync_keys import has_passphrase, store_secret
from desktop.core.tasks import Cancelled, TaskState

HLC_AHEAD_MS = 24 * 3600 * 1000  # a remote clock further ahead than this does not pull ours along


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    kind: str
    bundle_id: str
    computer: str
    worker: str
    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    pending: int = 0  # changes held back until an earlier bundle arrives
    refused: int = 0  # changes refused: their number was used twice (see the report)
    known: int = 0  # changes already held here
    applied: int = 0
    already_imported: bool = False
    joined: bool = False
    new_incarnation: bool = False
    undo: bool = False  # what it wrote is recorded, so that it can be undone (撤销导入)
    daily_copy: Path | None = None  # the day's full copy, made after the import (backups.py)
    daily_error: str = ""  # why the day's copy could not be made
    receipt: Path | None = None
    receipt_error: str = ""
    receipts_read: int = 0
    unknown_fields: dict[str, list[str]] = field(
        default_factory=dict
    )  # kept, shown by a newer version
    upgrade_to: str = ""  # the version that shows them ("" when the bundle does not say)

    @property
    def new_total(self) -> int:
        return sum(self.new.values())

    @property
    def updated_total(self) -> int:
        return sum(self.updated.values())


def apply_verified(
    ctx: Context, opened: bundle.Opened, state: TaskState | None = None, source: Path | None = None
) -> ImportSummary:
    """Apply an opened, verified bundle (read from ``source``) in one transaction: the heart of
    ``import_bundle`` without its undo record and receipts. Taking it again changes nothing."""
    m = opened.manifest
    path = source or opened.path
    if sync_sql.bundle_known(ctx.store, m.bundle_id):
        return ImportSummary(path, m.kind, m.bundle_id, m.computer, m.worker, already_imported=True)
    if m.kind == "receipt":
        read = receipts.take(ctx, opened, path)
        return ImportSummary(path, m.kind, m.bundle_id, m.computer, m.worker, receipts_read=read)
    return apply_bundle(ctx, opened, path, state or TaskState(), None, None, False)


def apply_bundle(
    ctx: Context,
    opened: bundle.Opened,
    path: Path,
    state: TaskState,
    join: dict[str, str] | None,
    secret: tuple[bytes, crypto.KdfParams] | None,
    undo: bool,
) -> ImportSummary:
    """``join``: the computer and worker names when this empty database joins the station (with
    ``secret``, the station key and KDF parameters, to keep as its verifier)."""
    store = ctx.store
    m = opened.manifest

    def tick(done: int, total: int) -> None:
        state.progress(30 + int(60 * done / max(total, 1)), 100)

    restarted = False
    # A bundle whose contents are not checked yet is checked on a second thread while it is
    # applied; the transaction commits only after the check passed.
    check = None if opened.contents_verified else bundle.ContentCheck(opened.path, m, path.name)
    # the pinyin of the names it brings, for the search index, on a thread of its own meanwhile
    spelled = search.KeysInAdvance(lambda: bundle_sql.person_names(opened.path))
    bundle_sql.attach(store, opened.path, "b", readonly=True)
    try:
        with sync_sql.roomy_cache(store), store.transaction(), _checked(check):
            if join is not None:
                store.meta_set("station_id", m.station_id)
                store.meta_set("computer_name", join["computer"])
                store.meta_set("worker_name", join["worker"])
            if secret is not None and not has_passphrase(ctx):
                store_secret(ctx, secret[1], secret[0])  # the station's passphrase, as a verifier
            own = store.meta_get("origin") or ""
            held = sync_sql.pending_count(store)  # changes waiting here may be applied too
            applied = merge.apply_attached(store, own, tick, state.check)
            if applied.own_origin_ahead:
                # This database is older than changes it once wrote (restored without notice):
                # continue under a new origin, and take the old origin's changes like any other's.
                new_incarnation(store)
                restarted = True
                applied = merge.apply_attached(
                    store, store.meta_get("origin") or "", tick, state.check
                )
            # households whose index rows can have changed (all touched ones when changes that
            # waited here were applied too: they are not in the bundle)
            touched = (
                applied.touched
                if held
                else search.index_touched(store, applied.touched, applied.new)
            )
            search.reindex_touched(store, touched, applied.moved_from, spelled.keys())
            sync_sql.drop_stale_pending(store)
            envelope.hear(ctx, opened, via="bundle")
            if join is not None:
                finish_join(ctx)  # the joining worker, in the same transaction
            hlc = int(store.meta_get("hlc", "0") or 0)
            store.meta_set(
                "hlc",
                max(
                    hlc,
                    min(sync_sql.max_attached_hlc(store), store.clock.epoch_ms() + HLC_AHEAD_MS),
                ),
            )
            summary = ImportSummary(
                path,
                m.kind,
                m.bundle_id,
                m.computer,
                m.worker,
                new={t: n for t, n in applied.new.items() if n},
                updated={t: n for t, n in applied.updated.items() if n},
                conflicts=applied.conflicts,
                pending=applied.pending,
                refused=applied.refused,
                known=applied.known,
                applied=applied.applied,
                joined=join is not None,
                new_incarnation=restarted,
                undo=undo,
                upgrade_to=formats.app_for(m.sync_format, m.app_version)
                if m.sync_format > formats.CURRENT
                else "",
            )
            envelope.record_in(
                ctx,
                opened,
                path,
                {
                    "new": summary.new,
                    "updated": summary.updated,
                    "conflicts": summary.conflicts,
                    "pending": summary.pending,
                    "refused": summary.refused,
                    "known": summary.known,
                },
            )
    finally:
        if check is not None:
            check.stop()  # at once if it has finished; interrupted on cancel or error
        spelled.stop()
        bundle_sql.detach(store, "b")
    return dataclasses.replace(
        summary, unknown_fields=check.unknown if check is not None else opened.unknown
    )


def finish_join(ctx: Context) -> None:
    """The worker who joined this computer to the station is one of its workers (their name is
    the default worker of new households): added if missing, in the caller's transaction if any."""
    name = ctx.worker
    if (
        ctx.store.meta_get("station_id")
        and name
        and not sync_sql.ever_named(ctx.store, "workers", name)
    ):
        station.add_worker(ctx, name)


@contextlib.contextmanager
def _checked(check: bundle.ContentCheck | None) -> Iterator[None]:
    """Wait for the content check at the end of the block (its error wins: whatever a damaged
    bundle did to the apply, it is reported as damaged); on cancel, don't wait."""
    if check is None:
        yield
        return
    try:
        yield
    except Cancelled:
        raise
    except Exception:
        check.wait()
        raise
    check.wait()
