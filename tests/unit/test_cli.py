"""The command line, run as a user runs it: a real process on a real data folder."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("init", "demo", "info", "--data-dir"):
        assert command in result.stdout


def test_init_then_info_json(tmp_path):
    folder = str(tmp_path / "站点数据")
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
        "甲村(一组 二组),乙村",
        "--computer",
        "笔记本1",
        "--worker",
        "李明",
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(run("--data-dir", folder, "info", "--json").stdout)
    assert info["station"] == "青山镇社工站"
    assert info["villages"] == 2
    assert info["households"] == 0 and info["persons"] == 0 and info["visits"] == 0
    assert info["schema_version"] >= 2 and len(info["replica_id"]) == 12
    again = run(
        "--data-dir",
        folder,
        "init",
        "--station",
        "x",
        "--county",
        "x",
        "--township",
        "x",
        "--villages",
        "x",
        "--computer",
        "x",
        "--worker",
        "x",
    )
    assert again.returncode == 2
    assert "已设置站点" in again.stderr and "Traceback" not in again.stderr


def test_demo_on_an_empty_folder(tmp_path):
    folder = str(tmp_path / "demo")
    result = run("--data-dir", folder, "demo", "--households", "40", "--seed", "5")
    assert result.returncode == 0, result.stderr
    info = json.loads(run("--data-dir", folder, "info", "--json").stdout)
    assert info["station"] == "青山镇社工站"
    assert info["households"] == 40 and info["persons"] >= 40


def test_bad_count_is_a_message_not_a_traceback(tmp_path):
    result = run("--data-dir", str(tmp_path), "demo", "--households", "0")
    assert result.returncode == 2
    assert "户数" in result.stderr and "Traceback" not in result.stderr


def test_default_data_dir_can_be_redirected(tmp_path):
    result = run("info", "--json", env={"STATIONDESK_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0
    assert json.loads(result.stdout)["database"].startswith(str(tmp_path / "env"))
