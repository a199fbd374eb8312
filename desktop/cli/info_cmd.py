"""``info``: what this database holds."""

from __future__ import annotations

import argparse
import json

from desktop import __version__, paths
from desktop.core.context import Context
from desktop.core.station import info


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("info", help="显示数据库概况（--json 输出一个 JSON 对象）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import data_dir

    path = paths.database_path(data_dir(args))
    ctx = Context.open(path)
    try:
        summary = info.summary(ctx)
    finally:
        ctx.close()
    summary["version"] = __version__
    summary["database"] = str(path)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    labels = {
        "station": "站点",
        "replica_id": "本机标识",
        "schema_version": "数据结构版本",
        "households": "户数",
        "persons": "人数",
        "visits": "走访记录",
        "database": "数据库",
        "version": "程序版本",
    }
    for key, label in labels.items():
        print(f"{label}：{summary.get(key) if summary.get(key) is not None else '（未设置）'}")
    return 0
