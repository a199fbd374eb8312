"""``sync``: hand records over by file (U 盘) between this computer and the station's others.

    sync export --to PATH [--full] [--peer NAME]
    sync import PATH [--computer NAME --worker NAME]   (the two names only to join a station)
    sync status [--json]
    sync passphrase                                    (set the station passphrase once)

The passphrase comes from ``--passphrase-file FILE``, the environment variable
STATIONDESK_PASSPHRASE, or a prompt.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.core.context import Context
from desktop.core.errors import SyncError
from desktop.core.sync import status as sync_status
from desktop.core.sync.applying import ImportSummary
from desktop.core.sync.conflicts import Conflict, to_review
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle, with_daily_copy
from desktop.core.sync.status import Status
from desktop.core.sync.sync_keys import has_passphrase, set_passphrase
from desktop.core.tasks import TaskState

PASSPHRASE_ENV = "STATIONDESK_PASSPHRASE"
TABLE_LABELS = {
    "households": "户",
    "persons": "人员",
    "visits": "走访记录",
    "visit_followups": "跟进事项",
    "crisis_alerts": "危机提示",
    "villages": "行政村",
    "workers": "社工",
    "tag_types": "标签",
    "station": "站点",
    "observation_domains": "观察项",
    "visit_rules": "走访周期规则",
}


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        help=f"从文件第一行读取同步口令（也可用环境变量 {PASSPHRASE_ENV}，否则提示输入）",
    )


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or the environment, if either is given."""
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except OSError as exc:
            raise SyncError("sync.read", path=str(path), reason=exc.strerror or str(exc)) from exc
        return lines[0] if lines else ""
    return os.environ.get(PASSPHRASE_ENV) or None


def read_passphrase(
    args: argparse.Namespace, *, confirm: bool = False, required: bool = True
) -> str | None:
    """From the file, the environment, or a prompt on a terminal (twice when setting one)."""
    given = given_passphrase(args)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        if required:
            raise SyncError("sync.passphrase_needed")
        return None
    first = getpass.getpass("同步口令：")
    if confirm and getpass.getpass("再次输入同步口令：") != first:
        raise SyncError("sync.passphrase_mismatch")
    return first


class _Printer(TaskState):
    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what

    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        if sys.stderr.isatty():
            print(
                f"\r{self.what} {int(100 * done / max(total, 1))}%",
                end="",
                file=sys.stderr,
                flush=True,
            )


def _counts(rows: dict[str, int]) -> str:
    return "，".join(f"{TABLE_LABELS.get(t, t)} {n}" for t, n in sorted(rows.items())) or "无"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="用 U 盘同步：导出、导入同步包，查看同步状态")
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)

    e = actions.add_parser("export", help="导出同步包到文件夹（如 U 盘）")
    e.add_argument("--to", type=Path, required=True, help="目标文件夹，或以 .sdsync 结尾的文件名")
    group = e.add_mutually_exclusive_group()
    group.add_argument("--full", action="store_true", help="导出全部数据（新电脑加入站点时用）")
    group.add_argument(
        "--peer", default=None, help="只导出这台电脑（名称或编号）还没有确认收到的内容"
    )
    add_passphrase_option(e)
    e.set_defaults(func=run_export)

    i = actions.add_parser("import", help="导入同步包（先核对，再备份，再一次性导入）")
    i.add_argument("path", type=Path, help="同步包文件（.sdsync）")
    i.add_argument("--computer", default="", help="加入站点时：本机名称，如 笔记本2")
    i.add_argument("--worker", default="", help="加入站点时：使用本机的社工姓名")
    i.add_argument("--json", action="store_true", help="以 JSON 输出导入结果")
    add_passphrase_option(i)
    i.set_defaults(func=run_import)

    s = actions.add_parser("status", help="本机同步状态、冲突和已知的电脑")
    s.add_argument("--json", action="store_true", help="以 JSON 输出")
    s.set_defaults(func=run_status)

    w = actions.add_parser("passphrase", help="设置本站同步口令（只能设置一次）")
    add_passphrase_option(w)
    w.set_defaults(func=run_passphrase)


def _open(args: argparse.Namespace) -> Context:
    from desktop.cli.common import data_dir

    return Context.open(paths.database_path(data_dir(args)))


def run_export(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        passphrase = read_passphrase(args) or ""
        result = export(
            ctx, args.to, passphrase, full=args.full, peer=args.peer, state=_Printer("正在导出")
        )
    finally:
        ctx.close()
    what = (
        "全部数据"
        if result.full
        else (f"“{result.peer}”尚未确认的更改" if result.peer else "新的更改")
    )
    print(
        f"\r已导出{what}：{result.changes} 条更改（{_counts(result.rows)}），"
        f"{result.size / 1024:.0f} KB → {result.path}"
    )
    if result.unknown_peer:
        print(
            f"本机还没有收到过“{result.peer}”的同步包或回执，不知道它已有哪些内容，所以导出了全部数据。"
        )
    if result.receipts_read:
        print(f"读取了 {result.receipts_read} 份回执。")
    return 0


def _print_after(summary: ImportSummary) -> None:
    """The undo, the day's copy and the receipt, after an import."""
    if summary.undo:
        print("这次导入可以撤销：backup undo-import（导入后本机还没有别的改动时）。")
    if summary.daily_copy is not None:
        print(f"今天的数据库备份：{summary.daily_copy}")
    elif summary.daily_error:
        print(summary.daily_error)
    if summary.receipt is not None:
        print(f"回执已写到 {summary.receipt}")
    elif summary.receipt_error:
        print(f"回执没有写成：{summary.receipt_error}")


def run_import(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        passphrase = read_passphrase(args) or ""
        summary = import_bundle(
            ctx,
            args.path,
            passphrase,
            _Printer("正在导入"),
            computer=args.computer,
            worker=args.worker,
        )
        summary = with_daily_copy(ctx, summary)
    finally:
        ctx.close()
    if args.json:
        data = {
            k: (str(v) if isinstance(v, Path) else v)
            for k, v in dataclasses.asdict(summary).items()
        }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    if summary.kind == "receipt":
        print(f"\r已读取 {summary.computer} 的回执。")
        return 0
    if summary.already_imported:
        print(f"\r这个同步包之前已经导入过，本次没有改动（来自 {summary.computer}）。")
    else:
        print(
            f"\r已导入 {summary.computer}（{summary.worker}）的同步包："
            f"新增 {summary.new_total}（{_counts(summary.new)}），更新 {summary.updated_total}，"
            f"冲突 {summary.conflicts}，暂缓 {summary.pending}，拒收 {summary.refused}。"
        )
        if summary.joined:
            print("本机已加入站点。")
        if summary.pending:
            print("有更改要等更早的同步包到了才能导入：请让对方导出给本机的同步包。")
        if summary.conflicts:
            print("有冲突需要核对：请在“同步”页面逐条确认。")
        if summary.unknown_fields:
            fields = "；".join(
                f"{TABLE_LABELS.get(t, t)}：{'、'.join(names)}"
                for t, names in summary.unknown_fields.items()
            )
            print(
                f"同步包里有本机版本还不认识的内容（{fields}），已原样保存，并会转交给其他电脑。"
                f"要在本机看到它们，请升级到 {summary.upgrade_to or '最新'} 或更高版本。"
            )
    _print_after(summary)
    return 0


def _status_data(status: Status, conflicts: list[Conflict]) -> dict[str, Any]:
    data = dataclasses.asdict(status)
    data["backups"] = [{**dataclasses.asdict(b), "path": str(b.path)} for b in status.backups]
    data["peers"] = [{**dataclasses.asdict(p), "in_step": p.in_step} for p in status.peers]
    data["conflict_list"] = [
        {
            "table": c.table,
            "row_id": c.row_id,
            "field": c.field,
            "kind": c.kind,
            "label": c.label,
            "values": [v.value for v in c.values],
        }
        for c in conflicts
    ]
    return data


def run_status(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        status = sync_status.status(ctx)
        conflicts = to_review(ctx)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(_status_data(status, conflicts), ensure_ascii=False))
        return 0
    print(f"站点：{status.station or '（未设置）'}")
    print(f"本机：{status.computer}（{status.worker}），编号 {status.origin}")
    print(f"同步口令：{'已设置' if status.passphrase_set else '未设置'}")
    print(
        f"更改记录 {status.changes} 条，暂缓 {status.pending} 条，待核对冲突 {status.conflicts} 条"
    )
    if status.backups:
        print(
            f"备份 {len(status.backups)} 份，保存在 {status.backups[0].path.parent}"
            f"（最近一份：{status.backups[0].name}；恢复：backup list / backup restore 名称）"
        )
    if not status.peers:
        print("还没有和其他电脑交换过同步包。")
    for p in status.peers:
        state = (
            "已同步"
            if p.in_step
            else (
                f"对方缺本机 {p.missing_there} 条"
                + (f"，本机缺对方 {p.missing_here} 条" if p.missing_here else "")
                if p.missing_there
                else f"本机缺对方 {p.missing_here} 条"
            )
        )
        print(f"  {p.label} {p.worker}：最近交换 {p.heard_at[:16].replace('T', ' ')}，{state}")
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        if has_passphrase(ctx):
            raise SyncError("sync.passphrase_exists")
        passphrase = read_passphrase(args, confirm=True) or ""
        set_passphrase(ctx, passphrase)
    finally:
        ctx.close()
    print("已设置本站同步口令。请把口令告诉本站使用社工站工作台的同事，并妥善保管。")
    return 0
