"""Command line: ``python main.py [--data-dir DIR] [COMMAND]``. No command starts the app.

The commands use the same core as the app and never import Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli import (
    backup_cmd,
    demo_cmd,
    info_cmd,
    init_cmd,
    print_cmd,
    report_cmd,
    roster_cmd,
    sync_cmd,
)
from desktop.cli.common import data_dir
from desktop.core.errors import StationDeskError

# Each module adds its sub-command: register(subparsers) sets ``func(args) -> int``.
COMMANDS = [init_cmd, demo_cmd, info_cmd, sync_cmd, backup_cmd, print_cmd, roster_cmd, report_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="StationDesk",
        description="社工站工作台 StationDesk：乡镇社工站离线工作台。不带命令时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"StationDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="数据文件夹（默认：本用户的应用数据文件夹；便携模式下为程序旁的 data 文件夹）",
    )
    parser.add_argument(
        "--lang", choices=["zh", "en"], default=None, help="界面语言（默认按设置，初始为中文）"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    gui = sub.add_parser("gui", help="启动图形界面（默认）")
    gui.set_defaults(func=None)
    for module in COMMANDS:
        module.register(sub)
    return parser


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from desktop.ui.shell.app import run_gui  # Qt only when the app is started

        return run_gui(data_dir(args), args.lang)
    try:
        return int(func(args) or 0)
    except StationDeskError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
