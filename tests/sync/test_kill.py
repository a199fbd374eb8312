"""A real process importing a bundle, killed with SIGKILL: the database is as before the import,
or as after it; never in between. Importing again then finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from tests.sync.helpers import PASSPHRASE, content

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.register import households
from desktop.core.station import station
from desktop.core.sync import importing, merge
target = {target!r}
if target == "apply":  # inside the import's transaction, once every row is written
    real = merge.apply_attached
    def hook(*args, **kwargs):
        result = real(*args, **kwargs)
        print("REACHED", flush=True)
        time.sleep(120)
        return result
    merge.apply_attached = hook
else:  # after the commit, while the receipt is being written
    def hook(*args, **kwargs):
        print("REACHED", flush=True)
        time.sleep(120)
    importing.write_receipt = hook
from desktop.cli import main
sys.exit(main(["--data-dir", {folder!r}, "sync", "import", {bundle!r}, *{extra!r}]))
"""


def kill_during_import(
    folder: Path, bundle: Path, target: str, extra: tuple[str, ...] = ()
) -> None:
    code = CHILD.format(
        root=str(ROOT), target=target, folder=str(folder), bundle=str(bundle), extra=list(extra)
    )
    env = {**os.environ, "STATIONDESK_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "REACHED", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


@pytest.mark.parametrize("target", ["apply", "receipt"])
def test_killed_mid_import_leaves_before_or_after(make_replica, tmp_path, target):
    hub, laptop = make_replica("站点主机"), make_replica("笔记本1")
    demo.generate(hub, 40, seed=7)
    path = export(hub, tmp_path / "stick", PASSPHRASE, full=True).path
    folder = laptop.store.path.parent
    before = content(laptop)
    laptop.close()

    kill_during_import(folder, path, target)

    assert any(p.name.startswith(".sync-") for p in folder.iterdir()) == (target == "apply")
    ctx = Context.open(paths.database_path(folder))
    assert not any(
        p.name.startswith(".sync-") for p in folder.iterdir()
    )  # no plaintext left behind
    try:
        after = content(ctx)
        expected = before if target == "apply" else content(hub)
        assert after == expected
        assert ctx.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        summary = import_bundle(ctx, path, PASSPHRASE)
        assert summary.already_imported == (target == "receipt")
        assert content(ctx) == content(hub)
    finally:
        ctx.close()


def test_a_join_killed_after_its_commit_has_its_worker_and_can_be_finished(make_replica, tmp_path):
    hub = make_replica("站点主机")
    demo.generate(hub, 5, seed=2)
    path = export(hub, tmp_path / "stick", PASSPHRASE, full=True).path
    folder = tmp_path / "new-laptop"
    folder.mkdir()

    kill_during_import(folder, path, "receipt", ("--computer", "笔记本2", "--worker", "王芳"))

    ctx = Context.open(paths.database_path(folder))
    try:
        assert "王芳" in station.worker_names(ctx)  # written with the import, in one transaction
        again = import_bundle(ctx, path, PASSPHRASE)
        assert again.already_imported and again.receipt is not None and again.receipt.exists()
        head = PersonInput(name="新户主", relation="户主", sex="女", birth_date="1960-01-01")
        hid = households.save_household(
            ctx,
            HouseholdInput(
                village_id=station.villages(ctx)[0]["id"], address="新登记", worker=ctx.worker
            ),
            [head],
        ).household_id
        assert households.household(ctx, hid)["worker"] == "王芳"
    finally:
        ctx.close()


def test_a_redo_repairs_a_join_an_older_version_left_without_its_worker(make_replica, tmp_path):
    hub = make_replica("站点主机")
    path = export(hub, tmp_path / "stick", PASSPHRASE, full=True).path
    ctx = Context.open(paths.database_path(tmp_path / "laptop"))
    try:
        import_bundle(ctx, path, PASSPHRASE, computer="笔记本2", worker="王芳")
        # as the old version left it when killed before adding the worker
        own = ctx.store.meta_get("origin")
        with ctx.store.transaction():
            ctx.store.conn.execute("DELETE FROM workers WHERE name = '王芳'")
            ctx.store.conn.execute("DELETE FROM changes WHERE origin = ?", (own,))
            ctx.store.meta_set("counter", 0)
        assert "王芳" not in station.worker_names(ctx)
        assert import_bundle(ctx, path, PASSPHRASE).already_imported
        assert "王芳" in station.worker_names(ctx)
    finally:
        ctx.close()
