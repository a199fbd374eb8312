"""家庭档案: the household, its members, visit schedule and latest visits, open cases, referrals
in progress and open crises — the page that goes first into a household's paper file.

Data (desktop.core.documents.documents.household_profile): {"station", "household" (with
"members"), "today", "full_ids", "schedule", "visits", "crises", "cases", "referrals"}.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from desktop.core import idcard
from desktop.printing.common import (
    address,
    age,
    cn_date,
    head_of,
    qr_payload,
    short_code,
    station_name,
    station_subtitle,
)
from desktop.printing.page import CONTENT_W, Document, Header
from desktop.printing.parts import (
    CELL,
    CELL_C,
    LABEL_C,
    SMALL,
    Builder,
    gap,
    kv_rows,
    label,
    section_table,
    signature_block,
)

TITLE = "家庭档案"
L = 24 * mm
V = (CONTENT_W - 2 * L) / 2
FOUR = [L, V, L, V]


def _keep(flowable: Flowable) -> KeepTogether:
    return KeepTogether([flowable])


def household_document(data: dict[str, Any], check=None) -> Document:
    h = data["household"]
    today = dt.date.fromisoformat(data["today"][:10])
    code = short_code(h["id"])
    head = head_of(h) or {}
    b = Builder(f"家庭档案 {code}（{head.get('name') or '无户主'}户）", check)
    header = Header(
        station=b.text(station_name(data.get("station")), "站点名称"),
        title=TITLE,
        number=f"档案编号：{code}",
        code=code,
        qr=qr_payload("household", h["id"]),
        subtitle=b.text(station_subtitle(data.get("station")), "站点所在地"),
        footer_note=f"家庭档案 {code}",
    )
    members = h.get("members") or []
    tags: list[str] = []
    for m in members:
        tags += [t for t in m.get("tags") or [] if t not in tags]
    schedule = data.get("schedule") or {}
    due = cn_date(schedule.get("due_date"))
    if due and (schedule.get("overdue_days") or 0) > 0:
        due += f"（已逾期 {schedule['overdue_days']} 天）"
    interval = schedule.get("interval") or ""
    if interval and schedule.get("source"):
        interval += f"（{schedule['source']}）"
    pairs: list[tuple[str, Any]] = [
        ("户主", b.p(head.get("name"), "户主姓名")),
        ("档案编号", b.p(code, "档案编号")),
        ("联系电话", b.p(h.get("phone"), "联系电话")),
        ("负责社工", b.p(h.get("worker"), "负责社工")),
        ("风险等级", b.p(h.get("risk_level"), "风险等级")),
        ("家庭人数", b.p(f"{len(members)} 人", "家庭人数")),
        ("走访周期", b.p(interval, "走访周期")),
        ("最近走访", b.p(cn_date(schedule.get("last_visit")) or "尚无", "最近走访")),
        ("下次应访", b.p(due, "下次应访")),
        ("建档日期", b.p(cn_date(h.get("registered_on") or h.get("created_at")), "建档日期")),
    ]
    rows, cells = kv_rows(pairs, 2)
    rows.insert(1, [label("住址"), b.p(address(b, h), "住址"), "", ""])
    cells = [(c, r + (1 if r >= 1 else 0)) for c, r in cells] + [(0, 1)]
    rows.append([label("人员类别"), b.p(b.join(tags, "人员类别") or "无", "人员类别"), "", ""])
    cells.append((0, len(rows) - 1))
    spans = [((1, 1), (3, 1)), ((1, len(rows) - 1), (3, len(rows) - 1))]
    if h.get("notes"):
        rows.append([label("备注"), b.p(h["notes"], "备注"), "", ""])
        cells.append((0, len(rows) - 1))
        spans.append(((1, len(rows) - 1), (3, len(rows) - 1)))
    story: list[Flowable] = [
        _keep(section_table("一、家庭基本情况", rows, FOUR, cells, spans=spans))
    ]
    story.append(_members(b, members, today, bool(data.get("full_ids"))))
    story.append(_keep(_visits(b, data.get("visits") or [])))
    if data.get("crises"):
        story.append(_keep(_crises(b, data["crises"])))
    story.append(_keep(_cases(b, data.get("cases") or [])))
    story.append(_keep(_referrals(b, data.get("referrals") or [])))
    story.append(gap(4))
    story.append(
        KeepTogether(
            [
                signature_block(
                    [("填表社工", b.text(h.get("worker"), "负责社工")), ("审核（站长）", "")],
                    note="以上信息经核对无误。本档案含个人敏感信息，仅限工作使用，不得外传。",
                )
            ]
        )
    )
    return Document(header, story)


def _members(b: Builder, members: list[dict[str, Any]], today: dt.date, full_ids: bool) -> Flowable:
    head = [
        "序号",
        "姓名",
        "关系",
        "性别",
        "出生日期",
        "年龄",
        "身份证号",
        "联系电话",
        "人员类别、残疾等",
    ]
    widths = [9 * mm, 16 * mm, 12 * mm, 9 * mm, 21 * mm, 9 * mm, 37 * mm, 23 * mm]
    widths.append(CONTENT_W - sum(widths))
    rows: list[list] = [[label(t, LABEL_C) for t in head]]
    spans: list[tuple] = []
    for i, m in enumerate(members, start=1):
        born = m.get("birth_date") or ""
        years = age(born, today)
        number = b.text(m.get("id_number"), f"成员{i}身份证号")
        facts = list(m.get("tags") or [])
        if m.get("disability_type"):
            facts.append(f"{m['disability_type']}残疾{m.get('disability_grade') or ''}")
        if m.get("living_situation"):
            facts.append(m["living_situation"])
        rows.append(
            [
                label(str(i), CELL_C),
                b.p(m.get("name"), f"成员{i}姓名"),
                b.p(m.get("relation"), f"成员{i}与户主关系", CELL_C),
                b.p(m.get("sex"), f"成员{i}性别", CELL_C),
                b.p(born, f"成员{i}出生日期", CELL_C),
                label(years, CELL_C),
                b.p(number if full_ids else idcard.mask(number), f"成员{i}身份证号"),
                b.p(m.get("phone"), f"成员{i}联系电话"),
                b.p(b.join(facts, f"成员{i}人员类别"), f"成员{i}人员类别"),
            ]
        )
        extra = []
        if m.get("guardian_name"):
            guardian = b.text(m["guardian_name"], f"成员{i}监护人")
            relation = b.text(m.get("guardian_relation"), f"成员{i}监护人关系")
            phone = b.text(m.get("guardian_phone"), f"成员{i}监护人电话")
            extra.append(
                "监护人："
                + guardian
                + (f"（{relation}）" if relation else "")
                + (f" {phone}" if phone else "")
            )
        if m.get("health_notes"):
            extra.append("健康状况：" + b.text(m["health_notes"], f"成员{i}健康状况"))
        if extra:
            rows.append(["", b.p("；".join(extra), f"成员{i}监护人及健康状况", SMALL)] + [""] * 7)
            spans.append(((1, len(rows) - 1), (8, len(rows) - 1)))
    if len(rows) == 1:
        rows.append([label("（无成员）", CELL)] + [""] * 8)
        spans.append(((0, 1), (8, 1)))
    return section_table(
        f"二、家庭成员（{len(members)} 人）",
        rows,
        widths,
        [(c, 0) for c in range(9)],
        spans=spans,
        extra=[("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)],
    )


def _visits(b: Builder, visits: list[dict[str, Any]]) -> Flowable:
    rows: list[list] = [
        [label(t, LABEL_C) for t in ("走访日期", "走访方式", "走访社工", "结果", "记录编号")]
    ]
    for v in visits:
        outcome = "已作废" if v.get("void") else ("入户未遇" if v.get("not_home") else "已走访")
        rows.append(
            [
                b.p(cn_date(v.get("visit_date")), "走访日期", CELL_C),
                b.p(v.get("visit_type"), "走访方式", CELL_C),
                b.p(b.join(v.get("workers") or [], "走访社工"), "走访社工", CELL_C),
                label(outcome, CELL_C),
                label(
                    f"{short_code(v.get('record_id') or v.get('id') or '')}"
                    + (f" 第{v['version']}版" if (v.get("version") or 1) > 1 else ""),
                    CELL_C,
                ),
            ]
        )
    if len(rows) == 1:
        return section_table("三、近期走访", [[label("尚无走访记录", CELL)]], [CONTENT_W])
    widths = [32 * mm, 30 * mm, 45 * mm, 26 * mm]
    widths.append(CONTENT_W - sum(widths))
    return section_table("三、近期走访", rows, widths, [(c, 0) for c in range(5)])


def _crises(b: Builder, crises: list[dict[str, Any]]) -> Flowable:
    rows: list[list] = [[label("发现日期", LABEL_C), label("危机情况", LABEL_C)]]
    for c in crises:
        rows.append(
            [
                b.p(cn_date(c.get("raised_on")), "危机发现日期", CELL_C),
                b.p(c.get("summary"), "危机情况"),
            ]
        )
    return section_table("未处理的危机提示", rows, [32 * mm, CONTENT_W - 32 * mm], [(0, 0), (1, 0)])


def _cases(b: Builder, cases: list[dict[str, Any]]) -> Flowable:
    rows: list[list] = [
        [label(t, LABEL_C) for t in ("个案", "服务对象", "阶段", "接案日期", "负责社工")]
    ]
    for c in cases:
        rows.append(
            [
                b.p(c.get("title") or c.get("problem"), "个案名称"),
                b.p(c.get("client_name"), "服务对象", CELL_C),
                b.p(c.get("stage"), "个案阶段", CELL_C),
                b.p(cn_date(c.get("intake_date")), "接案日期", CELL_C),
                b.p(c.get("worker"), "负责社工", CELL_C),
            ]
        )
    if not cases:
        return section_table("四、在办个案", [[label("无在办个案", CELL)]], [CONTENT_W])
    widths = [CONTENT_W - 112 * mm, 26 * mm, 18 * mm, 36 * mm, 32 * mm]
    return section_table("四、在办个案", rows, widths, [(c, 0) for c in range(5)])


def _referrals(b: Builder, referrals: list[dict[str, Any]]) -> Flowable:
    rows: list[list] = [
        [label(t, LABEL_C) for t in ("转介单位", "需求", "转介日期", "状态", "下次跟进")]
    ]
    for r in referrals:
        rows.append(
            [
                b.p(r.get("resource_name"), "转介单位"),
                b.p(r.get("need"), "转介需求", CELL_C),
                b.p(cn_date(r.get("referred_on")), "转介日期", CELL_C),
                b.p(r.get("status"), "转介状态", CELL_C),
                b.p(cn_date(r.get("follow_up")), "跟进日期", CELL_C),
            ]
        )
    if not referrals:
        return section_table("五、进行中的转介", [[label("无进行中的转介", CELL)]], [CONTENT_W])
    widths = [CONTENT_W - 130 * mm, 30 * mm, 36 * mm, 28 * mm, 36 * mm]
    return section_table("五、进行中的转介", rows, widths, [(c, 0) for c in range(5)])
