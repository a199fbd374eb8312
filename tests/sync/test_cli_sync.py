"""The sync commands and the passphrase options, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k != "STATIONDESK_PASSPHRASE"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**base, **(env or {})},
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_init_takes_the_passphrase_from_a_file_and_status_shows_it(tmp_path):
    secret = tmp_path / "口令.txt"
    secret.write_text("青山镇站点口令\n", encoding="utf-8")
    folder = str(tmp_path / "hub")
    result = run(
        "--data-dir",
        folder,
        "init",
        "--station",
        "青山镇社工站",
        "--county",
        "武陵县",
        "--township",
        "青山镇",
        "--villages",
        "甲村,乙村",
        "--computer",
        "站点主机",
        "--worker",
        "李明",
        "--passphrase-file",
        str(secret),
    )
    assert result.returncode == 0, result.stderr
    assert "同步口令：已设置" in run("--data-dir", folder, "sync", "status").stdout
    wrong = run(
        "--data-dir",
        folder,
        "sync",
        "export",
        "--to",
        str(tmp_path / "stick"),
        env={"STATIONDESK_PASSPHRASE": "别的口令123"},
    )
    assert (
        wrong.returncode == 2 and "同步口令不对" in wrong.stderr and "Traceback" not in wrong.stderr
    )
    none = run("--data-dir", folder, "sync", "export", "--to", str(tmp_path / "stick"))
    assert none.returncode == 2 and "STATIONDESK_PASSPHRASE" in none.stderr
    ok = run(
        "--data-dir",
        folder,
        "sync",
        "export",
        "--to",
        str(tmp_path / "stick"),
        "--passphrase-file",
        str(secret),
    )
    assert ok.returncode == 0 and ".sdsync" in ok.stdout


def test_init_without_a_passphrase_and_setting_it_later(tmp_path):
    folder = str(tmp_path / "hub")
    result = run(
        "--data-dir",
        folder,
        "init",
        "--station",
        "站",
        "--county",
        "县",
        "--township",
        "镇",
        "--villages",
        "甲村",
        "--computer",
        "主机",
        "--worker",
        "李明",
    )
    assert result.returncode == 0 and "sync passphrase" in result.stdout, result.stderr
    export = run(
        "--data-dir",
        folder,
        "sync",
        "export",
        "--to",
        str(tmp_path / "s"),
        env={"STATIONDESK_PASSPHRASE": "whatever1"},
    )
    assert export.returncode == 2 and "还没有本站的同步口令" in export.stderr
    short = run("--data-dir", folder, "sync", "passphrase", env={"STATIONDESK_PASSPHRASE": "abc"})
    assert short.returncode == 2 and "至少 10 个字符" in short.stderr and "例如" in short.stderr
    weak = run(
        "--data-dir", folder, "sync", "passphrase", env={"STATIONDESK_PASSPHRASE": "abcdef123456"}
    )
    assert weak.returncode == 2 and "太容易被猜到" in weak.stderr
    good = "晒谷坪-Tq7#-桃源"
    assert (
        run(
            "--data-dir", folder, "sync", "passphrase", env={"STATIONDESK_PASSPHRASE": good}
        ).returncode
        == 0
    )
    again = run("--data-dir", folder, "sync", "passphrase", env={"STATIONDESK_PASSPHRASE": good})
    assert again.returncode == 2 and "已经设置" in again.stderr


def test_demo_on_an_empty_folder_uses_the_documented_demo_passphrase(tmp_path):
    folder = str(tmp_path / "demo")
    result = run("--data-dir", folder, "demo", "--households", "5")
    assert result.returncode == 0 and "qingshan-demo" in result.stderr, result.stderr
    export = run(
        "--data-dir",
        folder,
        "sync",
        "export",
        "--to",
        str(tmp_path / "stick"),
        "--full",
        env={"STATIONDESK_PASSPHRASE": "qingshan-demo"},
    )
    assert export.returncode == 0, export.stderr
    bundle = next((tmp_path / "stick").glob("*.sdsync"))
    bundle.write_bytes(bundle.read_bytes()[:-40])
    damaged = run(
        "--data-dir",
        str(tmp_path / "new"),
        "sync",
        "import",
        str(bundle),
        "--computer",
        "笔记本",
        "--worker",
        "张丽",
        env={"STATIONDESK_PASSPHRASE": "qingshan-demo"},
    )
    assert (
        damaged.returncode == 2 and "已损坏" in damaged.stderr and "Traceback" not in damaged.stderr
    ), damaged.stderr
