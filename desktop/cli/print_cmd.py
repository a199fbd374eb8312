"""``print``: write printed documents (A4 PDF) without the app.

print blank-visit-form --out F.pdf [--household ID | --village 青山村]
print household --id ID [--id ID …] [--full-ids] --out F.pdf
print visit --id ID | --month 2026-11 --out F.pdf
print plan --id ID | --due-review --out F.pdf
print referral --id ID --out F.pdf
print route-list [--village 青山村] [--days 7] [--worker 张丽] --out F.pdf
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import sys
from pathlib import Path

from desktop import paths
from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.tasks import TaskState

KINDS = ("blank-visit-form", "household", "visit", "plan", "referral", "route-list")


class _Progress(TaskState):
    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "print",
        help="打印文书为 A4 PDF：空白走访记录表、家庭档案、走访记录、服务计划书、转介单、待走访户清单",
    )
    p.add_argument("kind", choices=KINDS, help="文书种类")
    p.add_argument("--out", required=True, type=Path, help="保存为这个 PDF 文件")
    p.add_argument(
        "--id",
        action="append",
        default=[],
        help="记录编号（完整 id；户也可用 8 位档案编号），可重复",
    )
    p.add_argument("--village", help="行政村名称：该村所有户的空白走访记录表，或该村的待走访户清单")
    p.add_argument("--household", help="空白走访记录表：预先印上这一户的信息")
    p.add_argument("--month", help="走访记录：打印这个月（YYYY-MM）的全部走访记录")
    p.add_argument(
        "--due-review", action="store_true", help="服务计划书：打印 30 天内到期回顾的全部计划"
    )
    p.add_argument(
        "--days",
        type=int,
        default=0,
        help="待走访户清单：包括今后几天内到期的户（默认 0：今天及逾期）",
    )
    p.add_argument("--worker", help="待走访户清单：只列这位社工负责的户")
    p.add_argument(
        "--full-ids",
        action="store_true",
        help="家庭档案：打印完整身份证号（默认只印前 6 位和后 4 位）",
    )
    p.set_defaults(func=run)


def _village_id(ctx: Context, name: str | None) -> str | None:
    from desktop.core.station import station

    if not name:
        return None
    for v in station.villages(ctx):
        if v["name"] == name.strip():
            return v["id"]
    raise SystemExit(f"错误：没有名为“{name}”的行政村。")


def _month(text: str) -> tuple[dt.date, dt.date]:
    try:
        year, month = (int(x) for x in text.split("-"))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        raise SystemExit("错误：--month 应写成 年-月，例如 2026-11。") from None


def _items(
    ctx: Context, args: argparse.Namespace, state: TaskState
) -> tuple[list[dict], list[str]]:
    from desktop.core.documents import documents

    kind = args.kind
    if kind == "route-list":
        return [
            documents.route_list(
                ctx,
                within_days=max(args.days, 0),
                village_id=_village_id(ctx, args.village),
                worker=args.worker or None,
            )
        ], []
    ids: list[str] = list(args.id)
    if kind == "blank-visit-form":
        if args.village:
            ids = documents.village_household_ids(ctx, _village_id(ctx, args.village))
        elif args.household:
            ids = [documents.resolve_household(ctx, args.household)]
        else:
            return [documents.blank_visit_form(ctx)], []
    elif kind == "visit" and args.month:
        ids = documents.visit_ids_between(ctx, *_month(args.month))
    elif kind == "plan" and args.due_review:
        ids = documents.plans_due_for_review(ctx, ctx.today() + dt.timedelta(days=30))
    if not ids:
        if kind in ("household", "visit", "plan", "referral") and not (
            args.month or args.due_review
        ):
            raise SystemExit(
                f"错误：请用 --id 指定要打印的记录（print {kind} --id ID --out 文件.pdf）。"
            )
        raise StationDeskError("print.nothing")
    total = 2 * len(ids)
    return documents.gather_many(ctx, kind, ids, state, total, full_ids=args.full_ids), ids


def run(args: argparse.Namespace) -> int:
    from desktop import printing
    from desktop.cli.common import data_dir

    ctx = Context.open(paths.database_path(data_dir(args)))
    state = _Progress()
    try:
        items, ids = _items(ctx, args, state)
        printed = printing.printed_line(ctx.worker, ctx.now())
        n = len(items)

        def on_document(i: int) -> None:
            state.progress(n + i, 2 * n)

        data = printing.pdf(args.kind, items, printed, on_document if ids else None)
    finally:
        ctx.close()
    target = printing.write_pdf(data, args.out)
    if sys.stderr.isatty():
        print("", file=sys.stderr)
    print(f"已保存 {target}（{len(items)} 份，{len(data) // 1024} KB）。")
    return 0
