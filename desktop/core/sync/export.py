"""Export (导出): a bundle of everything, or of what a chosen peer (or any known one) has not
reported holding, sealed with the station key into a folder or file."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.core.context import Context
from desktop.core.errors import SyncError
from desktop.core.sync import bundle, envelope, peers
from desktop.core.sync.bundle import EXT
from desktop.core.sync.receipts import read_receipts
from desktop.core.sync.sync_keys import station_key
from desktop.core.tasks import TaskState


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    full: bool
    peer: str  # the peer it was made for ("" for everything / every known peer)
    changes: int
    rows: dict[str, int]
    size: int
    receipts_read: int
    unknown_peer: bool = False  # the peer named has never reported what it holds: everything sent


def export(
    ctx: Context,
    to: Path | str,
    passphrase: str,
    *,
    full: bool = False,
    peer: str | None = None,
    state: TaskState | None = None,
) -> ExportResult:
    """Write a bundle into the folder ``to`` (or to the ``.sdsync`` file ``to``): everything
    (``full``), what the peer named ``peer`` has not reported holding, or by default what some
    known peer may lack. Receipts found in the folder are read first."""
    state = state or TaskState()
    store = ctx.store
    if not store.meta_get("station_id"):
        raise SyncError("station.missing")
    key, params = station_key(ctx, passphrase)
    to = Path(to)
    folder = to.parent if to.suffix.lower() == EXT else to
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SyncError("sync.folder", path=str(folder), reason=exc.strerror or str(exc)) from exc
    receipts = read_receipts(ctx, folder, passphrase)
    state.progress(1, 4)
    chosen, unknown = "", False
    if full:
        since = None
    elif peer:
        try:
            target_peer = peers.find(store, peer, ctx.replica_id)
        except SyncError as exc:
            if exc.code != "sync.peer_unknown":
                raise
            since, chosen, unknown = None, peer.strip(), True  # it cannot be known to have anything
        else:
            since, chosen = target_peer.vector, target_peer.computer or target_peer.replica_id
    else:
        since = peers.default_since(store, ctx.replica_id)
    workdir = bundle.workdir_for(store)
    try:
        bundle_id = bundle.new_id()
        plain = workdir / "bundle.db"
        manifest = bundle.build(
            store,
            plain,
            kind="bundle",
            since=since,
            identity=envelope.identity(ctx, bundle_id),
            peers=peers.report_rows(
                store, envelope.identity(ctx, bundle_id), bundle.now_text(ctx.clock)
            ),
        )
        state.progress(2, 4)
        state.check()
        target = envelope.target(to, "同步包", ctx.computer, EXT, ctx.clock.stamp())
        size = envelope.seal(ctx, manifest, plain, target, key, params)
        state.progress(4, 4)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return ExportResult(
        target,
        bundle_id,
        since is None,
        chosen,
        manifest.changes,
        manifest.rows,
        size,
        receipts,
        unknown,
    )
