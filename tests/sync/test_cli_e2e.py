"""End to end through the command line, as the station works: a hub and three laptops hand
records over on one stick through several rounds, with edits on every side (new households,
concurrent edits of the same and of different fields, a delete against an edit, a resolution),
a relay between two laptops and a lost stick. At the end all four hold the same content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop import paths
from desktop.core.context import Context
from desktop.core.register import households
from desktop.core.sync.conflicts import resolve_conflict, to_review
from tests.sync.helpers import content

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "站点口令-桃源-2026"
LAPTOPS = {"笔记本1": "王建华", "笔记本2": "张丽", "笔记本3": "刘德胜"}


def cli(folder: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env={**os.environ, "STATIONDESK_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stdout


def export(folder: Path, stick: Path, *options: str) -> Path:
    out = cli(folder, "sync", "export", "--to", str(stick), *options)
    return Path(out.split("→ ", 1)[1].splitlines()[0].strip())


def take(folder: Path, bundle: Path, *options: str) -> str:
    return cli(folder, "sync", "import", str(bundle), *options)


def edit(folder: Path, fn) -> None:
    ctx = Context.open(paths.database_path(folder))
    try:
        fn(ctx)
    finally:
        ctx.close()


def put(table: str, row_id: str, fields: dict):
    def fn(ctx: Context) -> None:
        with ctx.write() as w:
            w.put(table, row_id, fields)

    return fn


def test_hub_and_three_laptops_over_several_rounds(tmp_path):
    stick = tmp_path / "U盘"
    hub = tmp_path / "站点主机"
    laptops = {name: tmp_path / name for name in LAPTOPS}
    cli(hub, "demo", "--households", "30", "--seed", "1")
    ctx = Context.open(paths.database_path(hub))
    h0, h1, h2 = [
        r[0] for r in ctx.store.conn.execute("SELECT id FROM households ORDER BY id LIMIT 3")
    ]
    ctx.close()

    # every laptop joins the station from a full bundle
    full = export(hub, stick, "--full")
    for name, folder in laptops.items():
        out = take(folder, full, "--computer", name, "--worker", LAPTOPS[name])
        assert "本机已加入站点" in out
    l1, l2, l3 = laptops.values()

    def handover(lost: set[Path] = frozenset()) -> None:
        for folder in laptops.values():
            bundle = export(folder, stick, "--peer", "站点主机")
            if folder not in lost:
                take(hub, bundle)
        for name, folder in laptops.items():
            take(folder, export(hub, stick, "--peer", name))

    # round 1: new households everywhere; the same field on two laptops; two fields on two others
    for i, folder in enumerate(laptops.values()):
        cli(folder, "demo", "--households", "3", "--seed", str(100 + i))
    edit(l1, put("households", h0, {"notes": "笔记本1：已复核"}))
    edit(l2, put("households", h0, {"notes": "笔记本2：待复核"}))
    edit(l1, put("households", h1, {"phone": "13900001111"}))
    edit(l3, put("households", h1, {"address": "青山村三组5号"}))
    edit(hub, put("households", h1, {"risk_level": "高风险"}))
    handover()

    # round 2: a household deleted at the hub while a laptop edits it; a relay between laptops
    edit(hub, lambda ctx: households.remove_household(ctx, h2))
    edit(l3, put("households", h2, {"notes": "刚刚走访过"}))
    relay = export(l1, stick, "--peer", "笔记本2")  # known to 笔记本1 through the hub's bundles
    take(l2, relay)
    handover(lost={l2})  # 笔记本2's stick is lost on the way to the hub

    # round 3: conflicts resolved on one laptop, that decision syncs like any edit
    def resolve(ctx: Context) -> None:
        for conflict in to_review(ctx):
            if conflict.kind == "deleted":
                resolve_conflict(ctx, conflict.table, conflict.row_id, "deleted", 1)
            else:
                resolve_conflict(ctx, conflict.table, conflict.row_id, conflict.field, "站长已核对")

    edit(l2, resolve)
    edit(hub, put("households", h1, {"notes": "站长备注"}))
    handover()
    handover()

    # the hub reads the laptops' receipts, then everyone is in step with it
    export(hub, stick)
    status = json.loads(cli(hub, "sync", "status", "--json"))
    assert status["pending"] == 0 and status["conflicts"] == 0
    assert sorted(p["computer"] for p in status["peers"]) == sorted(LAPTOPS)
    assert all(p["in_step"] for p in status["peers"])

    contexts = [Context.open(paths.database_path(f)) for f in (hub, *laptops.values())]
    try:
        expected = content(contexts[0])
        for ctx in contexts[1:]:
            assert content(ctx) == expected
        hub_ctx = contexts[0]
        row = hub_ctx.store.conn.execute(
            "SELECT notes, phone, address, risk_level FROM households WHERE id = ?", (h1,)
        ).fetchone()
        assert row == (
            "站长备注",
            "13900001111",
            "青山村三组5号",
            "高风险",
        )  # different fields merged
        assert hub_ctx.store.conn.execute(
            "SELECT notes FROM households WHERE id = ?", (h0,)
        ).fetchone() == ("站长已核对",)
        assert hub_ctx.store.conn.execute(
            "SELECT deleted, notes FROM households WHERE id = ?", (h2,)
        ).fetchone() == (1, "刚刚走访过")  # kept deleted, edit kept
        assert hub_ctx.store.count("households") == 30 - 1 + 9
        assert all(to_review(ctx) == [] for ctx in contexts)
    finally:
        for ctx in contexts:
            ctx.close()
