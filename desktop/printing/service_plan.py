"""服务计划书: one version of a case's service plan — the problems, the overall and specific goals,
each goal's actions with the responsible party (五社联动) and dates, the strategy, the roles, the
reviews so far — to be agreed and signed by the client (or guardian), the worker and supervisor.

Data (desktop.core.documents.documents.service_plan): {"station", "plan" (plans.plan(), with
"goals", "resource_names", "approval"), "case", "household" (with members), "client", "reviews"}.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from desktop.printing.common import (
    address,
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
    NOTE,
    SMALL,
    Builder,
    WritingLines,
    gap,
    kv_rows,
    label,
    markup,
    rich,
    section_table,
    signature_block,
)

TITLE = "服务计划书"
L = 24 * mm
V = (CONTENT_W - 2 * L) / 2
FOUR = [L, V, L, V]
STATUS = {"draft": "草稿（未确认）", "agreed": "已确认"}


def _keep(flowable: Flowable) -> KeepTogether:
    return KeepTogether([flowable])


def _text_section(b: Builder, title: str, text: str | None, field: str) -> Flowable:
    """A titled block of free text; long text continues on the next page."""
    parts = [p for p in (b.text(text, field) or "").replace("\r\n", "\n").split("\n")]
    rows = (
        [[b.p(p, field, NOTE, blank="&nbsp;")] for p in parts]
        if any(parts)
        else [[label("（未填写）", NOTE)]]
    )
    return section_table(
        title,
        rows,
        [CONTENT_W],
        extra=[("LINEBELOW", (0, 0), (0, -2), 0, (1, 1, 1)), ("TOPPADDING", (0, 1), (0, -1), 1)]
        if len(rows) > 1
        else [],
    )


def plan_document(data: dict[str, Any], check=None) -> Document:
    plan = data["plan"]
    case = data.get("case") or {}
    h = data.get("household") or {}
    client = data.get("client") or head_of(h) or {}
    code = short_code(plan.get("record_id") or plan["id"])
    version = int(plan.get("version") or 1)
    b = Builder(f"服务计划 {code}（{case.get('title') or client.get('name') or ''}）", check)
    status = STATUS.get(plan.get("status") or "", plan.get("status") or "")
    header = Header(
        station=b.text(station_name(data.get("station")), "站点名称"),
        title=TITLE,
        number=f"计划编号：{code}　第 {version} 版　{status}",
        code=code,
        qr=qr_payload("plan", plan["id"]),
        subtitle=b.text(station_subtitle(data.get("station")), "站点所在地"),
        watermark="草稿" if plan.get("status") == "draft" else "",
        footer_note=f"服务计划 {code}",
    )
    period = " 至 ".join(
        x for x in (cn_date(plan.get("start_date")), cn_date(plan.get("end_date"))) if x
    )
    reviews_planned = "、".join(cn_date(d) for d in plan.get("review_dates") or [])
    pairs: list[tuple[str, Any]] = [
        ("服务对象", b.p(client.get("name"), "服务对象")),
        ("个案编号", b.p(short_code(case.get("id") or ""), "个案编号")),
        ("个案名称", b.p(case.get("title"), "个案名称")),
        ("负责社工", b.p(case.get("worker") or plan.get("author"), "负责社工")),
        ("计划期限", b.p(period, "计划期限")),
        ("督导", b.p(case.get("supervisor"), "督导")),
    ]
    rows, cells = kv_rows(pairs, 2)
    rows.insert(1, [label("住址"), b.p(address(b, h) if h else "", "住址"), "", ""])
    cells = [(c, r + (1 if r >= 1 else 0)) for c, r in cells] + [(0, 1)]
    rows.append([label("回顾日期"), b.p(reviews_planned or "（未定）", "回顾日期"), "", ""])
    cells.append((0, len(rows) - 1))
    spans = [((1, 1), (3, 1)), ((1, len(rows) - 1), (3, len(rows) - 1))]
    if version > 1:
        rows.append(
            [
                label("修订说明"),
                b.p(
                    f"本计划为第 {version} 版，修订原因：{b.text(plan.get('change_reason'), '修订原因')}",
                    "修订原因",
                ),
                "",
                "",
            ]
        )
        cells.append((0, len(rows) - 1))
        spans.append(((1, len(rows) - 1), (3, len(rows) - 1)))
    story: list[Flowable] = [_keep(section_table("一、基本情况", rows, FOUR, cells, spans=spans))]
    story.append(_text_section(b, "二、需要解决的问题", plan.get("problems"), "需要解决的问题"))
    story.append(_text_section(b, "三、总目标", plan.get("overall_goal"), "总目标"))
    story += _goals(b, plan)
    story.append(_text_section(b, "五、介入策略", plan.get("strategy"), "介入策略"))
    roles = [
        [label("社工"), b.p(plan.get("worker_role"), "社工的角色")],
        [label("服务对象"), b.p(plan.get("client_role"), "服务对象的角色")],
    ]
    story.append(
        _keep(section_table("六、角色与分工", roles, [L, CONTENT_W - L], [(0, 0), (0, 1)]))
    )
    story.append(_reviews(b, plan, data.get("reviews") or []))
    opinion = [[label("督导对本计划的意见（签字见下方）：", SMALL)], [WritingLines(3, 7 * mm)]]
    story.append(
        _keep(
            section_table(
                "八、督导意见",
                opinion,
                [CONTENT_W],
                extra=[
                    ("LINEBELOW", (0, 0), (0, 0), 0, (1, 1, 1)),
                    ("BOTTOMPADDING", (0, 0), (0, 0), 0),
                ],
            )
        )
    )
    agreed = ""
    if plan.get("status") == "agreed" and plan.get("agreed_by"):
        agreed = f"本计划已于 {cn_date(plan.get('agreed_on'))} 经 {b.text(plan['agreed_by'], '确认人')} 确认。"
    story.append(gap(3))
    story.append(
        KeepTogether(
            [
                signature_block(
                    [
                        ("服务对象（或监护人）", ""),
                        ("负责社工", b.text(case.get("worker") or plan.get("author"), "负责社工")),
                        ("督导（站长）", b.text(case.get("supervisor"), "督导")),
                    ],
                    note=(agreed + "我已了解并同意以上服务计划。").strip(),
                )
            ]
        )
    )
    return Document(header, story)


def _party(b: Builder, plan: dict[str, Any], action: dict[str, Any], field: str) -> str:
    kind = b.text(action.get("party_kind"), field)
    names = plan.get("resource_names") or {}
    name = b.text(names.get(action.get("resource_id") or "", "") or action.get("party_name"), field)
    return f"{kind}：{name}" if kind and name else kind or name


def _goals(b: Builder, plan: dict[str, Any]) -> list[Flowable]:
    goals = plan.get("goals") or []
    widths = [9 * mm, CONTENT_W - 9 * mm - 41 * mm - 43 * mm - 16 * mm, 41 * mm, 43 * mm, 16 * mm]
    head = [label(t, LABEL_C) for t in ("序", "行动", "责任方（五社联动）", "时间", "状态")]
    out: list[Flowable] = []
    for i, g in enumerate(goals, start=1):
        goal = b.text(g.get("goal"), f"具体目标{i}")
        measure = b.text(g.get("measure"), f"具体目标{i}的衡量方式")
        text = f"<b>目标 {i}：</b>{markup(goal)}"
        if measure:
            text += f"<br/><font size=8.5 color='#444444'>衡量方式：{markup(measure)}</font>"
        rows: list[list] = [[rich(text, CELL), "", "", "", ""], head]
        for j, a in enumerate(g.get("actions") or [], start=1):
            field = f"目标{i}行动{j}"
            when = "—".join(x for x in (a.get("start") or "", a.get("due") or "") if x)
            rows.append(
                [
                    label(f"{i}.{j}", CELL_C),
                    b.p(a.get("action"), field),
                    b.p(_party(b, plan, a, f"{field}责任方"), f"{field}责任方"),
                    b.p(when, f"{field}时间", CELL_C),
                    b.p(a.get("status"), f"{field}状态", CELL_C),
                ]
            )
        if len(rows) == 2:
            rows.append([label("（未列行动）", CELL), "", "", "", ""])
        title = "四、具体目标与行动" if i == 1 else None
        table = section_table(
            title,
            rows,
            widths,
            [(c, 1) for c in range(5)],
            spans=[((0, 0), (-1, 0))]
            + ([((0, 2), (-1, 2))] if len(rows) == 3 and not g.get("actions") else []),
            extra=[("BACKGROUND", (0, 0), (-1, 0), (0.97, 0.97, 0.97))],
        )
        out.append(_keep(table))
    if not goals:
        out.append(
            section_table("四、具体目标与行动", [[label("（未填写具体目标）", NOTE)]], [CONTENT_W])
        )
    return out


def _reviews(b: Builder, plan: dict[str, Any], reviews: list[dict[str, Any]]) -> Flowable:
    if not reviews:
        return _keep(section_table("七、计划回顾", [[label("尚未回顾。", CELL)]], [CONTENT_W]))
    goals = {g.get("id"): i for i, g in enumerate(plan.get("goals") or [], start=1)}
    rows: list[list] = [[label(t, LABEL_C) for t in ("回顾日期", "回顾人", "进展与小结")]]
    for r in reviews:
        notes = [
            f"目标 {goals.get(p.get('goal_id'), '?')}：{b.text(p.get('note'), '回顾进展')}"
            for p in r.get("progress") or []
            if p.get("note")
        ]
        if r.get("summary"):
            notes.append("小结：" + b.text(r["summary"], "回顾小结"))
        if r.get("next_review"):
            notes.append(f"下次回顾：{cn_date(r['next_review'])}")
        rows.append(
            [
                b.p(cn_date(r.get("review_date")), "回顾日期", CELL_C),
                b.p(r.get("reviewer"), "回顾人", CELL_C),
                b.p("\n".join(notes), "回顾进展"),
            ]
        )
    return section_table(
        "七、计划回顾", rows, [30 * mm, 22 * mm, CONTENT_W - 52 * mm], [(0, 0), (1, 0), (2, 0)]
    )
