"""What every sync file carries around its contents: the sender's identity in its manifest, its
file name, sealing it, the log of files made and taken here, and what a file tells of its sender
and of the peers they heard of."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desktop.core.context import Context
from desktop.core.store import sync_sql
from desktop.core.sync import bundle, crypto, peers


def identity(ctx: Context, bundle_id: str) -> dict[str, str]:
    store = ctx.store
    info = sync_sql.read_row(store, "station", store.meta_get("station_id") or "") or {}
    return {
        "bundle_id": bundle_id,
        "station_id": store.meta_get("station_id") or "",
        "station_name": info.get("name") or "",
        "replica_id": ctx.replica_id,
        "origin": store.meta_get("origin") or "",
        "computer": ctx.computer,
        "worker": ctx.worker,
    }


def _safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._") or "computer"


def target(to: Path, prefix: str, computer: str, ext: str, stamp: str) -> Path:
    if to.suffix.lower() == ext:
        return to
    name = f"{prefix}-{_safe_name(computer)}-{stamp}{ext}"
    target = to / name
    n = 1
    while target.exists():
        n += 1
        target = to / f"{prefix}-{_safe_name(computer)}-{stamp}-{n}{ext}"
    return target


def seal(
    ctx: Context,
    manifest: bundle.Manifest,
    plain: Path,
    target: Path,
    key: bytes,
    params: crypto.KdfParams,
) -> int:
    header = {
        "format": bundle.FORMAT,
        "kind": manifest.kind,
        "station": manifest.station_id,
        "bundle": manifest.bundle_id,
        "app": manifest.app_version,
    }
    size = bundle.seal(plain, target, header, key, params)
    with ctx.store.transaction():
        sync_sql.record_bundle(
            ctx.store,
            {
                "bundle_id": manifest.bundle_id,
                "direction": "out",
                "kind": manifest.kind,
                "origin": manifest.origin,
                "computer": manifest.computer,
                "worker": manifest.worker,
                "created_at": manifest.created_at,
                "handled_at": bundle.now_text(ctx.clock),
                "file_name": target.name,
                "full": int(manifest.full),
                "summary": json.dumps(
                    {"changes": manifest.changes, "rows": manifest.rows, "size": size},
                    ensure_ascii=False,
                ),
            },
        )
    return size


def hear(ctx: Context, opened: bundle.Opened, via: str) -> None:
    m = opened.manifest
    own = ctx.store.meta_get("origin") or ""
    now = bundle.now_text(ctx.clock)
    if m.origin != own:
        peers.hear(
            ctx.store,
            origin=m.origin,
            replica_id=m.replica_id,
            computer=m.computer,
            worker=m.worker,
            vector=m.vector,
            reported_at=m.created_at,
            heard_at=now,
            via=via,
            bundle_id=m.bundle_id,
        )
    for p in opened.peers:
        if p["origin"] in (own, m.origin):
            continue
        peers.hear(
            ctx.store,
            origin=p["origin"],
            replica_id=p["replica_id"],
            computer=p["computer"],
            worker=p["worker"],
            vector=json.loads(p["vector"]),
            reported_at=p["reported_at"] or "",
            heard_at=now,
            via="relay",
        )


def record_in(ctx: Context, opened: bundle.Opened, path: Path, summary: dict[str, Any]) -> None:
    m = opened.manifest
    sync_sql.record_bundle(
        ctx.store,
        {
            "bundle_id": m.bundle_id,
            "direction": "in",
            "kind": m.kind,
            "origin": m.origin,
            "computer": m.computer,
            "worker": m.worker,
            "created_at": m.created_at,
            "handled_at": bundle.now_text(ctx.clock),
            "file_name": path.name,
            "full": int(m.full),
            "summary": json.dumps(summary, ensure_ascii=False, sort_keys=True),
        },
    )
