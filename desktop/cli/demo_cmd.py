"""``demo``: load demo households (creating a demo station on an empty folder)."""

from __future__ import annotations

import argparse
import sys
import time

from desktop import paths
from desktop.cli import sync_cmd
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.station import station
from desktop.core.sync.sync_keys import DEMO_PASSPHRASE
from desktop.core.tasks import TaskState


class _Printer(TaskState):
    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        if sys.stderr.isatty() or done == total:
            print(
                f"\r已生成 {done}/{total} 户",
                end="\n" if done == total else "",
                file=sys.stderr,
                flush=True,
            )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="载入演示数据（空文件夹会先建立演示站点）")
    p.add_argument("--households", type=int, default=200, help="户数（默认 200）")
    p.add_argument("--seed", type=int, default=1, help="随机种子：同一种子生成同样的数据（默认 1）")
    sync_cmd.add_passphrase_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import data_dir

    ctx = Context.open(paths.database_path(data_dir(args)))
    try:
        if station.current(ctx) is None and 1 <= args.households <= 200_000:  # a new demo station
            passphrase = sync_cmd.given_passphrase(args)
            if passphrase is None:
                passphrase = DEMO_PASSPHRASE
                print(
                    f"演示站点的同步口令：{passphrase}（可用 --passphrase-file 或环境变量 "
                    f"{sync_cmd.PASSPHRASE_ENV} 指定）",
                    file=sys.stderr,
                )
            station.setup_station(ctx, demo.DEMO_STATION, passphrase=passphrase)
        start = time.perf_counter()
        written = demo.generate(ctx, args.households, seed=args.seed, state=_Printer())
        print(f"已载入 {written} 户演示数据，用时 {time.perf_counter() - start:.1f} 秒。")
    finally:
        ctx.close()
    return 0
