"""``import roster``: import a station's roster (.xlsx/.xls/.csv) into the register; also
``import history`` and ``import undo``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths
from desktop.core.context import Context
from desktop.core.roster import apply, error_book, mappings
from desktop.core.roster.fields import FIELDS
from desktop.core.roster.plan import Options, make_plan
from desktop.core.station import station
from desktop.core.tasks import TaskState

JSON_KEYS = (
    "created_households",
    "added_members",
    "updated",
    "tagged",
    "errors",
    "missing_from_roster",
    "unchanged",
)
LINES = (
    ("created_households", "新建户"),
    ("added_members", "新增成员"),
    ("updated", "更新已有人员"),
    ("tagged", "只加标签"),
    ("unchanged", "无变化"),
    ("repeated", "文件中重复的行"),
    ("candidates", "待确认（可能已登记、无身份证号）"),
    ("errors", "有错误的行"),
    ("missing_from_roster", "可能已退出（有此标签但不在名册中）"),
)


class _Progress(TaskState):
    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        if sys.stderr.isatty() and total:
            print(
                f"\r{done * 100 // total}%",
                end="\n" if done >= total else "",
                file=sys.stderr,
                flush=True,
            )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="导入名册（Excel/CSV）到户档案")
    actions = p.add_subparsers(dest="import_action", metavar="ACTION", required=True)
    r = actions.add_parser("roster", help="导入一份名册：先核对（--dry-run 只核对），再一次性写入")
    r.add_argument(
        "file", type=Path, metavar="FILE", help="名册文件：.xlsx、.xls 或 .csv（UTF-8 或 GBK）"
    )
    r.add_argument("--sheet", default=None, metavar="NAME", help="工作表名称（默认第一个）")
    r.add_argument(
        "--tag", default="", metavar="TAG", help="名册中每个人都加上的人员类别，例如 低保对象"
    )
    r.add_argument(
        "--roster-date", default="", metavar="YYYY-MM", help="名册日期，年-月，例如 2026-11"
    )
    r.add_argument(
        "--mapping",
        default="",
        metavar="NAME",
        help="名册来源：按来源记住列的对应关系，例如 县民政局低保名册",
    )
    r.add_argument("--dry-run", action="store_true", help="只核对并报告，不写入")
    r.add_argument(
        "--errors",
        type=Path,
        default=None,
        metavar="OUT.xlsx",
        help="把有错误的行写成 Excel 错误清单（.xlsx）",
    )
    r.add_argument("--json", action="store_true", help="以 JSON 输出统计")
    r.set_defaults(func=run_roster)
    h = actions.add_parser("history", help="以往的名册导入")
    h.set_defaults(func=run_history)
    u = actions.add_parser("undo", help="整体撤销一次导入（其记录之后未被修改时）")
    u.add_argument("import_id", help="导入编号（见 import history）")
    u.set_defaults(func=run_undo)


def _open(args: argparse.Namespace) -> Context:
    from desktop.cli.common import data_dir

    ctx = Context.open(paths.database_path(data_dir(args)))
    station.require(ctx)
    return ctx


def run_roster(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        opened = mappings.open_roster(ctx, args.file, args.sheet, args.mapping)
        if args.mapping and not opened.remembered:
            mappings.remember(ctx, args.mapping, opened.header.headings, opened.mapping, args.tag)
        options = Options(
            tag=args.tag or opened.tag, roster_date=args.roster_date, source=args.mapping
        )
        if args.dry_run:
            plan = make_plan(ctx, opened.table, opened.header, opened.mapping, options, _Progress())
            import_id = None
        else:
            result = apply.apply(
                ctx, opened.table, opened.header, opened.mapping, options, _Progress()
            )
            plan, import_id = result.plan, result.import_id
        written = error_book.write(plan, args.errors) if args.errors else 0
        counts = plan.counts
        if args.json:
            out = {k: counts[k] for k in JSON_KEYS}
            out.update(
                repeated=counts["repeated"],
                candidates=counts["candidates"],
                rows=counts["rows"],
                dry_run=bool(args.dry_run),
                import_id=import_id,
            )
            print(json.dumps(out, ensure_ascii=False))
            return 0
        print(
            f"名册：{opened.table.file_name}（工作表“{opened.table.sheet}”，表头在第 {opened.header.first_row + 1} 行）"
        )
        print(
            "列的对应："
            + "，".join(
                f"{h}→{FIELDS[m]}"
                for h, m in zip(opened.header.headings, opened.mapping, strict=True)
                if m
            )
        )
        for key, label in LINES:
            print(f"  {label}：{counts[key]}")
        for a in plan.actions:
            problems = a.row.problems if a.kind == "error" else []
            for p in problems:
                print(f"  第 {a.row.number} 行 {p.text}")
        for p in plan.missing:
            print(f"  可能已退出：{p['name']}（{p['village'] or ''}{p['group_name'] or ''}）")
        if args.errors:
            print(f"错误清单（{written} 行）已保存到 {args.errors}")
        if args.dry_run:
            print("只做了核对，没有写入。去掉 --dry-run 即可导入。")
        elif import_id:
            print(f"已导入。导入编号 {import_id}（可用 import undo {import_id} 整体撤销）。")
        else:
            print("没有需要写入的内容（这份名册已经导入过）。")
    finally:
        ctx.close()
    return 0


def run_history(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        for r in apply.history(ctx):
            state = f"已撤销（{r['undone_at']}）" if r["undone_at"] else ""
            c = r["counts"]
            print(
                f"{r['id']}  {r['imported_at']}  {r['file_name']}  {r['tag']}  {r['worker']}@{r['computer']}"
                f"  新建户 {c.get('created_households', 0)}  新增成员 {c.get('added_members', 0)}"
                f"  更新 {c.get('updated', 0)}  加标签 {c.get('tagged', 0)}  {state}"
            )
    finally:
        ctx.close()
    return 0


def run_undo(args: argparse.Namespace) -> int:
    ctx = _open(args)
    try:
        apply.undo(ctx, args.import_id)
        print("已撤销这次导入。")
    finally:
        ctx.close()
    return 0
