"""``backup``: the copies of the database kept beside it, and putting one back.

backup list
backup restore NAME     (close the app first; the database as it is is kept aside)
"""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.core.clock import SYSTEM
from desktop.core.sync import backups

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


def _db(args: argparse.Namespace):
    from desktop.cli.common import data_dir

    return paths.database_path(data_dir(args))


def run_list(args: argparse.Namespace) -> int:
    db = _db(args)
    found = backups.list_backups(db)
    if not found:
        print(f"还没有备份（备份保存在 {db.parent}）。")
        return 0
    print(f"备份保存在 {db.parent}：")
    for b in found:
        print(
            f"  {b.name}  {KIND_LABELS.get(b.kind, b.kind)}  {b.made}  {b.size / 1024 / 1024:.1f} MB"
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
