"""The ledger sheets of a period (台账): one row per visit, case, plan, referral, resource link
and person on the roster, as plain values. The workbook writes them; nothing here knows a file.

ID numbers and phones are masked (first 6 / last 4, 139****5678) unless ``full`` is asked for;
the caller records that choice (desktop/core/reports/exports.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from desktop.core import idcard, phone
from desktop.core.context import Context
from desktop.core.reports import measures
from desktop.core.reports.periods import Period
from desktop.core.reports.register import RegisterSource
from desktop.core.reports.report import Report
from desktop.core.store import reports as sql
from desktop.core.store.base import Store


@dataclass
class Sheet:
    name: str  # the sheet's tab
    title: str  # the title row above the header
    columns: list[tuple[str, float]]  # (header, width in characters)
    rows: Callable[[], Iterator[list[Any]]]  # produced while the sheet is written
    total_label: str = "合计"


class Masker:
    def __init__(self, full: bool) -> None:
        self.full = full

    def id_number(self, value: str | None) -> str:
        return (value or "") if self.full else idcard.mask(value or "")

    def phone(self, value: str | None) -> str:
        return (value or "") if self.full else phone.mask(value or "")


def _list(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            return json.loads(value or "[]")
        except ValueError:
            return []
    return list(value or [])


def _names(value: Any) -> str:
    """A list of plain values or of records ({"kind"/"name": …, "note": …}) as one line."""
    out = []
    for item in _list(value):
        if isinstance(item, dict):
            text = item.get("kind") or item.get("name") or item.get("type") or ""
            note = item.get("note") or ""
            out.append(f"{text}（{note}）" if text and note else text or note)
        elif item:
            out.append(str(item))
    return "、".join(x for x in out if x)


def _villages(store: Store) -> dict[str, str]:
    return {vid: name for vid, name, _g in sql.villages(store)}


def _with_names(
    store: Store, rows: Iterator[dict[str, Any]]
) -> Iterator[tuple[int, dict[str, Any], dict[str, str]]]:
    """(number, visit row, names of its members met), reading the names a batch of rows at a time."""
    n = 0
    batch: list[dict[str, Any]] = []

    def flush() -> Iterator[tuple[int, dict[str, Any], dict[str, str]]]:
        nonlocal n
        ids = sorted({p for r in batch for p in _list(r["members_met"])})
        names = sql.person_names(store, ids) if ids else {}
        for r in batch:
            n += 1
            yield n, r, names
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= 2000:
            yield from flush()
    yield from flush()


def visit_sheet(store: Store, period: Period, mask: Masker) -> Sheet:
    villages = _villages(store)

    def rows() -> Iterator[list[Any]]:
        start, end = period.start.isoformat(), period.end.isoformat()
        for n, r, names in _with_names(store, sql.visit_ledger(store, start, end)):
            partners = "、".join(
                p.get("name") or p.get("kind") or ""
                for p in _list(r["partners"])
                if isinstance(p, dict)
            )
            result = "入户未遇" if r["not_home"] else "已见到人"
            yield [
                n,
                r["visit_date"],
                r["visit_time"] or "",
                villages.get(r["village_id"] or "", ""),
                r["group_name"] or "",
                r["house_no"] or "",
                r["head_name"] or "",
                mask.phone(r["head_phone"] or r["household_phone"]),
                r["visit_type"] or "",
                result,
                "、".join(names.get(p, "") for p in _list(r["members_met"])),
                _names(r["workers"]),
                partners,
                r["duration_min"] or "",
                _names(r["needs"]),
                _names(r["services"]),
                r["risk_after"] or "",
                "是" if r["crisis"] else "",
                r["report_made"] or "",
                r["next_visit_date"] or "",
                f"第{r['version']}版：{r['correction_reason'] or ''}"
                if (r["version"] or 1) > 1
                else "",
            ]

    return Sheet(
        "走访台账",
        f"走访台账（{period.label}）",
        [
            ("序号", 6),
            ("走访日期", 11),
            ("时间", 7),
            ("行政村", 10),
            ("村民小组", 8),
            ("门牌号", 7),
            ("户主", 9),
            ("联系电话", 13),
            ("走访方式", 10),
            ("结果", 9),
            ("见到的成员", 14),
            ("走访社工", 10),
            ("同行人员", 12),
            ("时长(分钟)", 8),
            ("发现的需求", 16),
            ("提供的服务", 16),
            ("走访后风险", 9),
            ("危机", 5),
            ("强制报告", 8),
            ("下次走访", 11),
            ("更正", 18),
        ],
        rows,
    )


def case_sheet(store: Store, period: Period, mask: Masker) -> Sheet:
    villages = _villages(store)

    def rows() -> Iterator[list[Any]]:
        start, end = period.start.isoformat(), period.end.isoformat()
        stages = measures.stages_at(store, end)
        closed_before = {
            c
            for c, day, kind, stage in sql.case_stage_events(store, end)
            if stage == measures.CLOSED and kind == "close" and day < start
        }
        sessions: dict[str, int] = {}
        for case_id, _kind, _day in sql.case_records(store, start, end):
            sessions[case_id] = sessions.get(case_id, 0) + 1
        n = 0
        for c in sql.case_rows(store, end):
            stage = stages.get(c["id"], "")
            if stage == measures.CLOSED and c["id"] in closed_before and c["id"] not in sessions:
                continue  # closed before the period, nothing in it
            n += 1
            yield [
                n,
                c["id"][:8].upper(),
                c["client_name"] or "",
                mask.id_number(c["client_id_number"]),
                villages.get(c["village_id"] or "", ""),
                c["group_name"] or "",
                c["title"] or "",
                c["source"] or "",
                c["intake_date"] or "",
                stage,
                c["worker"] or "",
                c["supervisor"] or "",
                sessions.get(c["id"], 0),
                c["closed_on"] if stage == measures.CLOSED else "",
                c["closure_reason"] if stage == measures.CLOSED else "",
            ]

    return Sheet(
        "个案台账",
        f"个案台账（{period.label}，期内在案或有服务的个案）",
        [
            ("序号", 6),
            ("个案编号", 10),
            ("服务对象", 9),
            ("身份证号", 20),
            ("行政村", 10),
            ("村民小组", 8),
            ("个案名称", 20),
            ("来源", 12),
            ("接案日期", 11),
            ("期末阶段", 8),
            ("负责社工", 9),
            ("督导", 9),
            ("本期服务次数", 9),
            ("结案日期", 11),
            ("结案原因", 16),
        ],
        rows,
    )


def plan_sheet(store: Store, period: Period) -> Sheet:
    def rows() -> Iterator[list[Any]]:
        start, end = period.start.isoformat(), period.end.isoformat()
        versions = sql.plans(store, end)
        current: dict[str, dict[str, Any]] = {}
        for p in versions:
            current[p["case_id"]] = p  # the latest agreed version at the period's end
        evals: dict[str, dict[str, Any]] = {}
        for evaluation in sql.evaluations(store, start, end):
            evals[evaluation["case_id"]] = evaluation
        reviews = sql.last_reviews(store, end)
        stages = measures.stages_at(store, end)
        clients = sql.case_clients(store, list(current))
        n = 0
        for case_id, p in current.items():
            stage = stages.get(case_id, "")
            e = evals.get(case_id)
            if stage == measures.CLOSED and e is None and (p["agreed_on"] or "") < start:
                continue
            n += 1
            scores = [
                r.get("score") for r in (e["ratings"] if e else []) if r.get("score") is not None
            ]
            mean = sum(scores) / len(scores) if scores else None
            yield [
                n,
                case_id[:8].upper(),
                (clients.get(case_id) or {}).get("client_name") or "",
                p["version"],
                p["agreed_on"] or "",
                p["overall_goal"] or "",
                len(p["goals"] or []),
                f"{p['start_date'] or ''} 至 {p['end_date'] or ''}",
                reviews.get(case_id, ""),
                e["eval_date"] if e else "",
                "、".join(f"{s:+d}" if s else "0" for s in scores),
                round(mean, 2) if mean is not None else "",
                ("达成" if mean >= 0 else "未达成") if mean is not None else "",
                stage,
            ]

    return Sheet(
        "服务计划台账",
        f"服务计划台账（{period.label}）",
        [
            ("序号", 6),
            ("个案编号", 10),
            ("服务对象", 9),
            ("版本", 6),
            ("同意日期", 11),
            ("总目标", 30),
            ("具体目标数", 8),
            ("计划期限", 24),
            ("最近回顾", 11),
            ("本期评估日期", 11),
            ("各目标达成分(GAS)", 14),
            ("平均分", 7),
            ("目标达成", 8),
            ("期末阶段", 8),
        ],
        rows,
    )


def referral_sheet(store: Store, period: Period, today: Any) -> Sheet:
    villages = _villages(store)

    def rows() -> Iterator[list[Any]]:
        start, end = period.start.isoformat(), period.end.isoformat()
        states = measures.referral_states(store, end)
        on = min(end, today.isoformat())
        touched = {
            e["referral_id"] for e in sql.referral_events(store, end) if e["event_date"] >= start
        }
        n = 0
        for r in sql.referrals(store, end):
            status, follow = states.get(r["id"], ("已转介", r["follow_up"] or ""))
            if (
                status in ("已完成", "未接收")
                and r["referred_on"] < start
                and r["id"] not in touched
            ):
                continue
            n += 1
            overdue = status not in ("已完成", "未接收") and bool(follow) and follow < on
            yield [
                n,
                r["referred_on"],
                r["client_name"] or "",
                villages.get(r["village_id"] or "", ""),
                r["need"] or "",
                r["reason"] or "",
                r["resource_name"] or "",
                r["party_kind"] or "",
                r["consent"] or "",
                status,
                follow,
                "是" if overdue else "",
                r["outcome"] or "",
                r["referred_by"] or "",
            ]

    return Sheet(
        "转介台账",
        f"转介台账（{period.label}，期内在办或办结的转介）",
        [
            ("序号", 6),
            ("转介日期", 11),
            ("服务对象", 9),
            ("行政村", 10),
            ("需求", 12),
            ("转介原因", 24),
            ("接收单位/资源", 18),
            ("五社类别", 10),
            ("知情同意", 10),
            ("期末状态", 9),
            ("约定跟进", 11),
            ("逾期", 5),
            ("结果", 20),
            ("转介人", 9),
        ],
        rows,
    )


def resource_sheet(store: Store, period: Period) -> Sheet:
    def rows() -> Iterator[list[Any]]:
        start, end = period.start.isoformat(), period.end.isoformat()
        resources = sql.resources(store)
        links: list[list[Any]] = []
        for r in sql.referrals(store, end):
            if r["referred_on"] >= start and r.get("resource_id"):
                links.append(
                    [
                        r["referred_on"],
                        r["resource_name"] or "",
                        r["resource_kind"] or "",
                        r["party_kind"] or "",
                        r["client_name"] or "",
                        r["need"] or "",
                        "转介",
                    ]
                )
        plan_links = measures.plan_links(store, start, end)
        clients = sql.case_clients(store, sorted({a["case_id"] for a in plan_links}))
        for a in plan_links:
            res = resources.get(a["resource_id"]) or {}
            links.append(
                [
                    a["agreed_on"] or "",
                    res.get("name") or "",
                    res.get("kind") or "",
                    res.get("party_kind") or "",
                    (clients.get(a["case_id"]) or {}).get("client_name") or "",
                    a.get("need") or "",
                    f"服务计划：{a.get('action') or ''}",
                ]
            )
        links.sort(key=lambda x: x[0])
        for n, link in enumerate(links, start=1):
            yield [n, *link]

    return Sheet(
        "资源链接台账",
        f"资源链接台账（{period.label}）",
        [
            ("序号", 6),
            ("日期", 11),
            ("资源名称", 20),
            ("资源类别", 12),
            ("五社类别", 10),
            ("服务对象", 9),
            ("需求", 12),
            ("链接方式", 30),
        ],
        rows,
    )


def roster_sheet(store: Store, source: RegisterSource, report: Report, mask: Masker) -> Sheet:
    groups = report.catalogue.groups
    villages = _villages(store)
    end = report.period.end

    def rows() -> Iterator[list[Any]]:
        snap = source.at(end)
        wanted = [(g.name, frozenset(g.tags)) for g in groups]
        chosen = {
            pid: tags
            for pid, (_hid, tags) in snap.persons.items()
            if any(tags & w for _n, w in wanted)
        }
        last = report.period.end
        visited = measures.visited_people(store, last.replace(day=1), last, snap)
        details = {d["id"]: d for d in sql.register_details(store, list(chosen))}
        ordered = sorted(
            chosen,
            key=lambda pid: (
                snap.households[snap.persons[pid][0]][0],
                snap.households[snap.persons[pid][0]][1],
                (details.get(pid) or {}).get("house_no") or "",
                pid,
            ),
        )
        for n, pid in enumerate(ordered, start=1):
            d = details.get(pid) or {}
            hid = snap.persons[pid][0]
            vid, group = snap.households[hid]
            tags = chosen[pid]
            yield [
                n,
                d.get("name") or "",
                d.get("sex") or "",
                d.get("birth_date") or "",
                mask.id_number(d.get("id_number")),
                mask.phone(d.get("phone") or d.get("household_phone")),
                villages.get(vid, ""),
                group,
                d.get("house_no") or "",
                d.get("head_name") or "",
                d.get("relation") or "",
                "、".join(sorted(tags)),
                *["√" if tags & w else "" for _n, w in wanted],
                d.get("risk_level") or "",
                d.get("worker") or "",
                "是" if pid in visited else "否",
            ]

    month = f"{end.month}月"
    return Sheet(
        "服务对象名册",
        f"服务对象名册（{end.isoformat()} 在册的特殊群体人员）",
        [
            ("序号", 6),
            ("姓名", 9),
            ("性别", 5),
            ("出生日期", 11),
            ("身份证号", 20),
            ("联系电话", 13),
            ("行政村", 10),
            ("村民小组", 8),
            ("门牌号", 7),
            ("户主", 9),
            ("与户主关系", 9),
            ("人员类别", 22),
            *[(g.name, 7) for g in groups],
            ("风险等级", 8),
            ("负责社工", 9),
            (f"{month}是否探访", 9),
        ],
        rows,
    )


def sheets(
    ctx: Context, report: Report, full: bool, source: RegisterSource | None = None
) -> list[Sheet]:
    store = ctx.store
    mask = Masker(full)
    source = source or RegisterSource(store)
    period = report.period
    return [
        visit_sheet(store, period, mask),
        case_sheet(store, period, mask),
        plan_sheet(store, period),
        referral_sheet(store, period, report.today),
        resource_sheet(store, period),
        roster_sheet(store, source, report, mask),
    ]
