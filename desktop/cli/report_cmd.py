"""``report``: the reports without the app (the same core as the 报表 page).

    report ledger --month 2026-11 --out 台账.xlsx [--full-numbers]
    report monthly --month 2026-11 --out 月报.pdf
    report indicators --month 2026-11 --json
    report definitions --out indicators.json

``--quarter 2026Q4`` or ``--year 2026`` instead of ``--month`` for a quarter or a year.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths
from desktop.core.context import Context
from desktop.core.tasks import TaskState

KINDS = ("ledger", "monthly", "indicators", "definitions")


class _Progress(TaskState):
    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="报表与台账：月度台账工作簿 (.xlsx)、报表 PDF、指标数值 (JSON)"
    )
    p.add_argument(
        "kind",
        choices=KINDS,
        help="ledger 台账工作簿；monthly 报表 PDF；indicators 指标数值；"
        "definitions 写出程序自带的指标定义（可修改后放到数据文件夹）",
    )
    when = p.add_mutually_exclusive_group()
    when.add_argument("--month", help="月份，例如 2026-11")
    when.add_argument("--quarter", help="季度，例如 2026Q4")
    when.add_argument("--year", help="年度，例如 2026")
    p.add_argument("--out", type=Path, help="保存为这个文件")
    p.add_argument(
        "--json",
        action="store_true",
        help="indicators：输出 JSON（指标代码 → 名称、单位、本期、上期）",
    )
    p.add_argument(
        "--full-numbers",
        action="store_true",
        help="ledger：导出完整的身份证号和电话号码（默认只显示部分号码；导出人和时间会被记录）",
    )
    p.set_defaults(func=run)


def _period(args: argparse.Namespace):
    from desktop.core.reports import periods

    text = args.month or args.quarter or args.year
    if not text:
        raise SystemExit(
            "错误：请用 --month 2026-11（或 --quarter 2026Q4、--year 2026）指定报表期间。"
        )
    return periods.parse(text)


def run(args: argparse.Namespace) -> int:
    from desktop.cli.common import data_dir
    from desktop.core.reports import catalogue

    if args.kind == "definitions":
        if not args.out:
            raise SystemExit("错误：请用 --out 指定要写出的文件，例如 --out indicators.json。")
        args.out.write_text(
            json.dumps(catalogue.shipped_document(), ensure_ascii=False, indent=2), encoding="utf-8"
        )
        print(f"已写出 {args.out}。修改后命名为 {catalogue.OVERRIDE_FILE} 放到数据文件夹即可生效。")
        return 0
    if args.kind in ("ledger", "monthly") and not args.out:
        raise SystemExit(
            f"错误：请用 --out 指定保存的文件（report {args.kind} --month 2026-11 --out 文件）。"
        )
    period = _period(args)
    ctx = Context.open(paths.database_path(data_dir(args)))
    state = _Progress()
    try:
        if args.kind == "ledger":
            from desktop.core.reports.exports import export_ledger

            result = export_ledger(ctx, period, args.out, args.full_numbers, state)
            _done_line()
            counts = "，".join(f"{k} {v} 条" for k, v in result.counts.items())
            print(f"已保存 {result.path}（{period.label}：{counts}）。")
            if args.full_numbers:
                print(f"已按要求导出完整号码；导出人 {ctx.worker or '（未设置）'}、时间已记录。")
        elif args.kind == "monthly":
            from desktop import printing
            from desktop.core.reports.exports import signed
            from desktop.core.reports.report import build
            from desktop.printing.reports import monthly_pdf

            report = build(ctx, period, state)
            data = monthly_pdf(report, signed(ctx), printing.printed_line(ctx.worker, ctx.now()))
            target = printing.write_pdf(data, args.out)
            _done_line()
            print(f"已保存 {target}（{period.label}报表，{len(data) // 1024} KB）。")
        else:
            from desktop.core.reports.report import build, change_text, number_text

            report = build(ctx, period, state, charts=False)
            _done_line()
            if args.json:
                values = {
                    code: {k: v[k] for k in ("name", "unit", "value", "previous")}
                    for code, v in report.values().items()
                }
                print(json.dumps(values, ensure_ascii=False, indent=2))
            else:
                print(f"{report.station} {period.label}（与{report.previous.label}相比）")
                for r in report.rows:
                    unit = r.indicator.unit
                    print(
                        f"{r.indicator.name}\t{number_text(r.value, unit)}\t{number_text(r.previous, unit)}"
                        f"\t{change_text(r)}\t{unit}"
                    )
    finally:
        ctx.close()
    return 0


def _done_line() -> None:
    if sys.stderr.isatty():
        print("", file=sys.stderr)
