"""Receipts (回执): written beside a bundle once it is taken, they tell its sender what this
computer holds; reading the ones found in a folder tells this computer what their writers hold."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.core.context import Context
from desktop.core.errors import SyncError
from desktop.core.store import sync_sql
from desktop.core.sync import bundle, crypto, envelope, peers
from desktop.core.sync.bundle import RECEIPT_EXT
from desktop.core.sync.sync_keys import key_for


def receipt_path(ctx: Context, beside: Path) -> Path:
    return beside.with_name(f"{beside.stem}.receipt-{ctx.replica_id[:8]}{RECEIPT_EXT}")


def write_receipt(
    ctx: Context, beside: Path, in_reply_to: str, key: bytes, params: crypto.KdfParams
) -> Path:
    """A receipt next to a bundle: this replica's vector and peer list, authenticated."""
    store = ctx.store
    workdir = bundle.workdir_for(store)
    try:
        receipt_id = bundle.new_id()
        identity = envelope.identity(ctx, receipt_id)
        manifest = bundle.build(
            store,
            workdir / "receipt.db",
            kind="receipt",
            since=None,
            identity=identity,
            peers=peers.report_rows(store, identity, bundle.now_text(ctx.clock)),
            in_reply_to=in_reply_to,
        )
        target = receipt_path(ctx, beside)
        envelope.seal(ctx, manifest, workdir / "receipt.db", target, key, params)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return target


def read_receipts(ctx: Context, folder: Path | str, passphrase: str) -> int:
    """Learn from every receipt of this station in ``folder`` not read before what its writer
    holds. Damaged or foreign receipts are skipped. Returns how many were read."""
    folder = Path(folder)
    if not ctx.store.meta_get("station_id") or not folder.is_dir():
        return 0
    read = 0
    for path in sorted(folder.glob(f"*{RECEIPT_EXT}")):
        try:
            header = bundle.read_header(path)
            if header.get("kind") != "receipt" or sync_sql.bundle_known(
                ctx.store, str(header.get("bundle"))
            ):
                continue
            opened = bundle.open_verified(
                path, key_for(ctx, passphrase, path.name), bundle.workdir_for(ctx.store)
            )
        except SyncError:
            continue
        try:
            if opened.manifest.kind == "receipt":
                read += take(ctx, opened, path)
        finally:
            opened.close()
    return read


def take(ctx: Context, opened: bundle.Opened, path: Path) -> int:
    """Learn from an opened, verified receipt (read from ``path``) what its writer holds, in one
    transaction. Returns 1, or 0 when it was taken before."""
    if sync_sql.bundle_known(ctx.store, opened.manifest.bundle_id):
        return 0
    with ctx.store.transaction():
        envelope.hear(ctx, opened, via="receipt")
        envelope.record_in(ctx, opened, path, {"receipt": True})
    return 1
