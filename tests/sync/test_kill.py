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
from desktop.core import demo
from desktop.core.context import Context
from desktop.core.services import sync
from tests.sync.helpers import PASSPHRASE, content

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from desktop.core.services import sync
from desktop.core.sync import merge
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
    sync.write_receipt = hook
from desktop.cli import main
sys.exit(main(["--data-dir", {folder!r}, "sync", "import", {bundle!r}]))
"""


def kill_during_import(folder: Path, bundle: Path, target: str) -> None:
    code = CHILD.format(root=str(ROOT), target=target, folder=str(folder), bundle=str(bundle))
    env = {**os.environ, "STATIONDESK_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
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
    path = sync.export(hub, tmp_path / "stick", PASSPHRASE, full=True).path
    folder = laptop.store.path.parent
    before = content(laptop)
    laptop.close()

    kill_during_import(folder, path, target)

    ctx = Context.open(paths.database_path(folder))
    try:
        after = content(ctx)
        expected = before if target == "apply" else content(hub)
        assert after == expected
        assert ctx.store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        summary = sync.import_bundle(ctx, path, PASSPHRASE)
        assert summary.already_imported == (target == "receipt")
        assert content(ctx) == content(hub)
    finally:
        ctx.close()
