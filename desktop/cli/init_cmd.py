"""``init``: set up the station from a script."""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.cli import sync_cmd
from desktop.core.context import Context
from desktop.core.register.records import StationSetup
from desktop.core.station import station


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="设置站点（站名、县、乡镇、行政村、本机名称、社工）")
    p.add_argument("--station", required=True, help="站点名称，如 青山镇社工站")
    p.add_argument("--county", required=True, help="县（市、区）")
    p.add_argument("--township", required=True, help="乡镇（街道）")
    p.add_argument(
        "--villages",
        required=True,
        help='行政村，逗号分隔；村民小组写在括号里，如 "甲村(一组 二组),乙村"',
    )
    p.add_argument("--computer", required=True, help="本机名称，如 站点主机、笔记本1")
    p.add_argument("--worker", required=True, help="使用本机的社工姓名")
    p.add_argument("--county-code", default="", help="6 位县级行政区划代码（可选）")
    sync_cmd.add_passphrase_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import data_dir

    folder = data_dir(args)
    passphrase = sync_cmd.read_passphrase(args, confirm=True, required=False)  # sync (issue 6)
    ctx = Context.open(paths.database_path(folder))
    try:
        station.setup_station(
            ctx,
            StationSetup(
                station=args.station,
                county=args.county,
                township=args.township,
                villages=station.parse_villages(args.villages),
                computer=args.computer,
                worker=args.worker,
                county_code=args.county_code,
            ),
            passphrase=passphrase,
        )
        print(
            f"已设置站点：{args.station}（{len(station.villages(ctx))} 个行政村），数据文件夹：{folder}"
        )
        if passphrase is None:
            print("注意：还没有设置同步口令，设置前不能用 U 盘同步（运行 sync passphrase 设置）。")
    finally:
        ctx.close()
    return 0
