"""``backup``: the copies of the database kept beside it, and putting one back.

backup list
backup restore NAME     (close the app first; the database as it is is kept aside)
backup undo-import      (the last sync import, while nothing was written since)
"""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.core.clock import SYSTEM
from desktop.core.context import Context
from desktop.core.sync import backups, undo

KIND_LABELS = {
    "migration": "升级前",
    "import": "导入同步包前",
    "restore": "恢复备份前",
    "other": "其他",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="数据库备份：查看、恢复")
    actions = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="列出本机的数据库备份")
    listing.set_defaults(func=run_list)
    r = actions.add_parser("restore", help="用一份备份替换现在的数据库（请先关闭社工站工作台）")
    r.add_argument("name", help="备份的文件名（见 backup list）")
    r.set_defaults(func=run_restore)
    u = actions.add_parser(
        "undo-import", help="撤销最近一次导入的同步包（导入后本机还没有别的改动时）"
    )
    u.set_defaults(func=run_undo)


def _db(args: argparse.Namespace):
    from desktop.cli.common import data_dir

    return paths.database_path(data_dir(args))


def run_list(args: argparse.Namespace) -> int:
    db = _db(args)
    found = backups.list_backups(db)
    if not found:
        print(f"还没有备份（备份保存在 {db.parent}）。")
    else:
        print(f"备份保存在 {db.parent}：")
    for b in found:
        print(
            f"  {b.name}  {KIND_LABELS.get(b.kind, b.kind)}  {b.made}  {b.size / 1024 / 1024:.1f} MB"
        )
    if db.exists():
        ctx = Context.open(db)
        try:
            records = undo.records(ctx)
        finally:
            ctx.close()
        if records:
            print("可撤销的导入（记录在数据库里，最近的一次可以用 backup undo-import 撤销）：")
        for r in records:
            state = "可以撤销" if r.can_undo else "之后已有改动，不能单独撤销"
            print(f"  {r.imported_at}  {r.file_name}（来自 {r.computer}）  {state}")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    ctx = Context.open(_db(args))
    try:
        done = undo.undo_last(ctx)
    finally:
        ctx.close()
    print(
        f"已撤销 {done.imported_at} 导入的同步包 {done.file_name}（来自 {done.computer}），"
        "本机数据回到了导入前的样子。"
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    found = backups.restore(_db(args), args.name, SYSTEM)
    print(
        f"已恢复备份 {found.name}（{found.made}）。恢复前的数据库也留了一份备份（见 backup list）。"
    )
    print(
        "本机从这份备份继续工作，编号已更新：之后的同步包不会和以前的混淆。"
        "备份之后在本机录入、但还没有同步出去的内容不在其中，请核对。"
    )
    return 0
