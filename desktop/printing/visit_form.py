"""入户走访记录表: the filled record of a visit, and the blank form for paper-first fieldwork.

Data (plain dicts, as desktop.core.documents.documents gathers them):
- ``visit_document(data)``: data = {"station", "visit": visits.visit() row (with "household",
  "head_name", "member_names"), "household": households.household() (with members),
  "lists": {...}}
- ``blank_visit_document(data)``: data = {"station", "household": households.household() or None,
  "lists": {"visit_types", "domains", "ratings", "need_types", "service_types", "partner_kinds",
  "risk_levels", "safeguarding"}}
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from desktop.core import refdata
from desktop.printing.common import (
    address,
    cn_date,
    qr_payload,
    short_code,
    station_name,
    station_subtitle,
)
from desktop.printing.page import CONTENT_W, Document, Header
from desktop.printing.parts import (
    CELL,
    NOTE,
    SMALL,
    Blank,
    Builder,
    Choices,
    DateBlank,
    WritingLines,
    gap,
    kv_rows,
    label,
    section_table,
    signature_block,
)

TITLE = "入户走访记录表"
L = 24 * mm  # label column
V = (CONTENT_W - 2 * L) / 2  # value column of a two-pair row
FOUR = [L, V, L, V]
SIGNERS_NOTE = "以上情况经本人（或监护人）确认属实。"
NOTE_LINES = 8  # ruled lines for the narrative on the blank form


def keep(flowable: Flowable) -> KeepTogether:
    """A section that fits on a page is not split over two."""
    return KeepTogether([flowable])


def _lists(data: dict[str, Any]) -> dict[str, list[str]]:
    given = data.get("lists") or {}
    return {
        "visit_types": list(given.get("visit_types") or refdata.VISIT_TYPES),
        "domains": list(given.get("domains") or refdata.OBSERVATION_DOMAINS),
        "ratings": list(given.get("ratings") or refdata.OBSERVATION_RATINGS),
        "need_types": list(given.get("need_types") or refdata.NEED_TYPES),
        "service_types": list(given.get("service_types") or refdata.SERVICE_TYPES),
        "partner_kinds": list(given.get("partner_kinds") or refdata.PARTNER_KINDS),
        "risk_levels": list(given.get("risk_levels") or refdata.RISK_LEVELS),
        "safeguarding": list(given.get("safeguarding") or refdata.SAFEGUARDING_KINDS),
    }


def _record_name(household: dict[str, Any] | None, head: str, code: str) -> str:
    who = f"（{head}户）" if head else ""
    return f"走访记录 {code}{who}" if code else f"空白走访记录表{who}"


# -- the filled record ----------------------------------------------------------------------------
def visit_document(data: dict[str, Any], check=None) -> Document:
    v = data["visit"]
    h = data.get("household") or v.get("household") or {}
    lists = _lists(data)
    record_id = v.get("record_id") or v["id"]
    code = short_code(record_id)
    b = Builder(_record_name(h, v.get("head_name") or "", code), check)
    head = b.text(v.get("head_name"), "户主姓名")
    version = int(v.get("version") or 1)
    number = f"记录编号：{code}　第 {version} 版"
    archive = (
        data.get("copy") == "archive"
    )  # an archive copy of a signed record; else the sheet to sign
    if v.get("status") == "draft":
        number += "（草稿，未提交）"
    elif archive:
        number += "（存档副本）"
    watermark = "已作废" if v.get("void") else ("草稿" if v.get("status") == "draft" else "")
    header = Header(
        station=b.text(station_name(data.get("station")), "站点名称"),
        title=TITLE,
        number=number,
        code=code,
        qr=qr_payload("visit", v["id"]),
        subtitle=b.text(station_subtitle(data.get("station")), "站点所在地"),
        watermark=watermark,
        footer_note=f"走访记录 {code}",
    )
    story: list[Flowable] = []
    if v.get("void"):
        story += [
            label(
                f"本记录已作废。作废原因：{b.text(v.get('correction_reason'), '作废原因')}", NOTE
            ),
            gap(2),
        ]

    names = v.get("member_names") or {}
    met = [b.text(names.get(pid, ""), "见到的成员") for pid in v.get("members_met") or []]
    partners = []
    for p in v.get("partners") or []:
        kind = b.text(p.get("kind"), "同行人员")
        name = b.text(p.get("name"), "同行人员")
        partners.append(f"{kind}（{name}）" if name and kind else kind or name)
    when = cn_date(v.get("visit_date"))
    if v.get("visit_time"):
        when += " " + b.text(v["visit_time"], "走访时间")
    duration = f"{v['duration_min']} 分钟" if v.get("duration_min") not in (None, "") else ""
    pairs: list[tuple[str, Any]] = [
        ("户主", b.p(head, "户主姓名")),
        ("档案编号", b.p(short_code(h.get("id") or v.get("household_id") or ""), "档案编号")),
        ("联系电话", b.p(h.get("phone"), "联系电话")),
        ("负责社工", b.p(h.get("worker"), "负责社工")),
        ("走访日期", b.p(when, "走访日期")),
        ("时长", b.p(duration, "时长")),
        ("走访社工", b.p(b.join(v.get("workers") or [], "走访社工"), "走访社工")),
        ("同行人员", b.p("、".join(partners) or "无", "同行人员")),
    ]
    rows, cells = kv_rows(pairs, 2)
    rows.insert(1, [label("住址"), b.p(address(b, h), "住址"), "", ""])
    cells = [(c, r + (1 if r >= 1 else 0)) for c, r in cells] + [(0, 1)]
    rows.append(
        [label("走访方式"), Choices(lists["visit_types"], [v.get("visit_type") or ""]), "", ""]
    )
    kind_row = len(rows) - 1
    met_text = "、".join(m for m in met if m) or (
        "入户未遇（未见到本人或家属）" if v.get("not_home") else ""
    )
    rows.append([label("见到的成员"), b.p(met_text, "见到的成员"), "", ""])
    cells += [(0, kind_row), (0, kind_row + 1)]
    story.append(
        keep(
            section_table(
                "一、基本情况",
                rows,
                FOUR,
                cells,
                spans=[
                    ((1, 1), (3, 1)),
                    ((1, kind_row), (3, kind_row)),
                    ((1, kind_row + 1), (3, kind_row + 1)),
                ],
            )
        )
    )

    if v.get("not_home"):
        story.append(
            section_table(
                "二、走访结果",
                [[b.p("入户未遇：本次未见到服务对象或其家人。", "走访结果", NOTE)]],
                [CONTENT_W],
            )
        )
    else:
        story += [keep(f) for f in _observations(b, v, lists)]
        story += [
            keep(_needs(b, v)),
            keep(_services(b, v)),
            keep(_followups(b, v)),
            keep(_risk(b, v)),
        ]
    notes = _notes(b, v.get("notes"), "走访记录")
    if archive:  # the status recorded when the signed sheet came back
        signed: Flowable = b.p(_signature_status(b, v), "签字情况")
    else:  # the sheet about to be signed: the worker ticks how it was signed, by hand
        signed = Choices(["本人", "代签", "拒绝", "无法签字"], size=8.5)
    closing = [
        [
            label("下次走访日期"),
            b.p(cn_date(v.get("next_visit_date")) or "未定", "下次走访日期"),
            label("签字情况"),
            signed,
        ]
    ]
    if version > 1 and not v.get("void"):
        closing.append(
            [
                label("更正说明"),
                b.p(
                    f"本记录为第 {version} 版，更正原因：{b.text(v.get('correction_reason'), '更正原因')}",
                    "更正原因",
                ),
                "",
                "",
            ]
        )
    # On the sheet to sign the four boxes take the width they need, on one line.
    widths = FOUR if archive else [FOUR[0], FOUR[1] * 0.55, FOUR[2], FOUR[3] + FOUR[1] * 0.45]
    closing_table = section_table(
        None,
        closing,
        widths,
        [(0, 0), (2, 0)] + ([(0, 1)] if len(closing) > 1 else []),
        spans=[((1, 1), (3, 1))] if len(closing) > 1 else [],
    )
    workers = b.join(v.get("workers") or [], "走访社工")
    if archive:
        signatures: Flowable = label("存档副本：签字原件另行存档，本副本不再签字。", NOTE)
    else:
        # The confirmation in the signer's own line, not a line of its own: a short record on one page.
        signatures = signature_block(
            [("服务对象（或监护人）确认属实并", ""), ("走访社工", workers)],
            row_height=8.5 * mm,
            label_width=64 * mm,
        )
    # The notes go with the closing rows and the signatures: never signatures alone on a page.
    story.append(KeepTogether([notes, closing_table, gap(1.5), signatures]))
    return Document(header, story)


def _signature_status(b: Builder, v: dict[str, Any]) -> str:
    status = b.text(v.get("signature"), "签字情况")
    if v.get("signed_by"):
        status += f"（{b.text(v['signed_by'], '代签人')}）"
    return status


def _observations(b: Builder, v: dict[str, Any], lists: dict[str, list[str]]) -> list[Flowable]:
    found = v.get("observations") or []
    if not found:
        return []
    rows = []
    for o in found:
        rows.append(
            [
                b.p(o.get("domain"), "观察项", CELL),
                Choices(lists["ratings"], [o.get("rating") or ""], size=9),
                b.p(o.get("note"), f"{o.get('domain') or ''}情况说明"),
            ]
        )
    header = [label("观察项"), label("评估"), label("情况说明")]
    widths = [L, 62 * mm, CONTENT_W - L - 62 * mm]
    return [
        section_table(
            "二、观察评估",
            [header, *rows],
            widths,
            [(0, r) for r in range(len(rows) + 1)] + [(1, 0), (2, 0)],
        )
    ]


def _needs(b: Builder, v: dict[str, Any]) -> Flowable:
    needs = v.get("needs") or []
    rows = [[b.p(n.get("type"), "需求类型"), b.p(n.get("note"), "需求说明")] for n in needs]
    if not rows:
        rows = [[label("无", CELL), ""]]
    return section_table(
        "三、发现的问题和需求",
        [[label("需求类型"), label("具体情况")], *rows],
        [L + 12 * mm, CONTENT_W - L - 12 * mm],
        [(0, 0), (1, 0)],
    )


def _services(b: Builder, v: dict[str, Any]) -> Flowable:
    services = b.join(v.get("services") or [], "本次服务") or "无"
    rows = [[label("服务内容"), b.p(services, "本次服务")]]
    if v.get("services_note"):
        rows.append([label("服务说明"), b.p(v["services_note"], "服务说明")])
    return section_table(
        "四、本次提供的服务",
        rows,
        [L + 12 * mm, CONTENT_W - L - 12 * mm],
        [(0, r) for r in range(len(rows))],
    )


def _followups(b: Builder, v: dict[str, Any]) -> Flowable:
    actions = v.get("actions") or []
    rows = [
        [
            b.p(a.get("action"), "跟进事项"),
            b.p(a.get("owner"), "跟进负责人"),
            b.p(cn_date(a.get("due")), "完成期限"),
        ]
        for a in actions
    ]
    if not rows:
        rows = [[label("无", CELL), "", ""]]
    widths = [CONTENT_W - 70 * mm, 32 * mm, 38 * mm]
    return section_table(
        "五、跟进事项",
        [[label("事项"), label("负责人"), label("完成期限")], *rows],
        widths,
        [(0, 0), (1, 0), (2, 0)],
    )


def _risk(b: Builder, v: dict[str, Any]) -> Flowable:
    before = b.text(v.get("risk_before"), "走访前风险等级") or "未定"
    after = b.text(v.get("risk_after"), "走访后风险等级") or before
    change = f"{before} → {after}" if after != before else f"{after}（无变化）"
    crisis = "是：" + b.text(v.get("crisis_note"), "危机情况") if v.get("crisis") else "否"
    rows = [
        [label("风险等级"), b.p(change, "风险等级"), label("危机情况"), b.p(crisis, "危机情况")]
    ]
    safeguarding = b.join(v.get("safeguarding") or [], "强制报告事项")
    if safeguarding:
        report = b.text(v.get("report_made"), "是否已报告")
        details = [
            x
            for x in (
                f"报告对象：{b.text(v.get('report_to'), '报告对象')}" if v.get("report_to") else "",
                f"报告时间：{b.text(v.get('report_at'), '报告时间')}" if v.get("report_at") else "",
                b.text(v.get("report_note"), "报告说明"),
            )
            if x
        ]
        rows.append(
            [
                label("强制报告"),
                b.p(
                    f"{safeguarding}；{report or '未填写是否报告'}"
                    + (f"。{'；'.join(details)}" if details else ""),
                    "强制报告",
                ),
                "",
                "",
            ]
        )
    cells = [(0, 0), (2, 0)] + ([(0, 1)] if len(rows) > 1 else [])
    return section_table(
        "六、风险与强制报告", rows, FOUR, cells, spans=[((1, 1), (3, 1))] if len(rows) > 1 else []
    )


def _notes(b: Builder, text: str | None, title: str) -> Flowable:
    """A free-text section; a long text continues on the next page (the row splits, never clips)."""
    paragraphs = [p for p in (b.text(text, title) or "").replace("\r\n", "\n").split("\n")]
    rows = (
        [[b.p(p, title, NOTE, blank="&nbsp;")] for p in paragraphs]
        if any(paragraphs)
        else [[label("无", NOTE)]]
    )
    table = section_table(
        f"七、{title}",
        rows,
        [CONTENT_W],
        extra=[
            ("LINEBELOW", (0, 0), (0, len(rows) - 2), 0, (1, 1, 1)),
            ("TOPPADDING", (0, 1), (0, len(rows) - 1), 1),
            ("BOTTOMPADDING", (0, 0), (0, len(rows) - 2), 1),
        ]
        if len(rows) > 1
        else [],
    )
    return table


# -- the blank form -------------------------------------------------------------------------------
def blank_visit_document(data: dict[str, Any], check=None) -> Document:
    h = data.get("household") or None
    lists = _lists(data)
    head = next(
        (m for m in (h or {}).get("members") or [] if m.get("id") == (h or {}).get("head_id")), None
    )
    b = Builder(_record_name(h, (head or {}).get("name") or "", ""), check)
    hcode = short_code(h["id"]) if h else ""
    header = Header(
        station=b.text(station_name(data.get("station")), "站点名称"),
        title=TITLE,
        number=f"档案编号：{hcode}　记录编号：________（录入后填写）"
        if h
        else "档案编号：__________　记录编号：__________",
        code=hcode,
        qr=qr_payload("household", h["id"]) if h else "",
        subtitle=b.text(station_subtitle(data.get("station")), "站点所在地"),
        footer_note=f"空白走访记录表　户 {hcode}" if h else "空白走访记录表",
    )
    line = Blank(V - 8)
    if h:
        head_name = b.p((head or {}).get("name"), "户主姓名")
        addr = b.p(address(b, h), "住址")
        phone = b.p(h.get("phone"), "联系电话")
        worker = b.p(h.get("worker"), "负责社工")
        risk = b.p(h.get("risk_level"), "风险等级")
    else:
        head_name, addr, phone, worker, risk = (
            Blank(V - 8),
            Blank(CONTENT_W - L - 8),
            line,
            line,
            Blank(V - 8),
        )
    rows = [
        [
            label("户主"),
            head_name,
            label("档案编号"),
            b.p(hcode, "档案编号") if h else Blank(V - 8),
        ],
        [label("住址"), addr, "", ""],
        [label("联系电话"), phone, label("负责社工"), worker],
        [
            label("走访日期"),
            DateBlank(("年", "月", "日", "时", "分"), lead=11 * mm, step=5.5 * mm),
            label("时长"),
            Blank(20 * mm, "分钟"),
        ],
        [label("走访方式"), Choices(lists["visit_types"]), "", ""],
        [label("走访社工"), Blank(V - 8), label("当前风险"), risk],
        [label("同行人员"), Choices(lists["partner_kinds"], other_line="姓名/单位："), "", ""],
    ]
    members = [b.text(m.get("name"), "成员姓名") for m in (h or {}).get("members") or []]
    rows.append(
        [
            label("见到的成员"),
            Choices(members, other_line="其他：") if members else Blank(CONTENT_W - L - 8),
            "",
            "",
        ]
    )
    rows.append([label("走访结果"), Choices(["见到本人或家属", "入户未遇"]), "", ""])
    cells = [(0, r) for r in range(len(rows))] + [(2, 0), (2, 2), (2, 3), (2, 5)]
    spans = [((1, r), (3, r)) for r in (1, 4, 6, 7, 8)]
    story: list[Flowable] = [keep(section_table("一、基本情况", rows, FOUR, cells, spans=spans))]

    domains = [b.text(d, "观察项") for d in lists["domains"]]
    obs = [[label(d, CELL), Choices(lists["ratings"], size=9), ""] for d in domains]
    widths = [L, 62 * mm, CONTENT_W - L - 62 * mm]
    story.append(
        keep(
            section_table(
                "二、观察评估",
                [[label("观察项"), label("评估（请勾选）"), label("情况说明")], *obs],
                widths,
                [(0, r) for r in range(len(obs) + 1)] + [(1, 0), (2, 0)],
                extra=[("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)],
                hint="正常 / 需关注 / 有风险；需关注和有风险的请写明情况",
            )
        )
    )
    story.append(
        keep(
            _choose_and_write(
                "三、发现的问题和需求",
                Choices(lists["need_types"], min_item=27 * mm),
                "具体情况：",
                3,
            )
        )
    )
    story.append(
        keep(
            _choose_and_write(
                "四、本次提供的服务",
                Choices(lists["service_types"], min_item=28.5 * mm),
                "服务说明：",
                1,
            )
        )
    )
    followups = [[label("事项"), label("负责人"), label("完成期限")]] + [
        ["", "", ""] for _ in range(3)
    ]
    story.append(
        keep(
            section_table(
                "五、跟进事项",
                followups,
                [CONTENT_W - 70 * mm, 32 * mm, 38 * mm],
                [(0, 0), (1, 0), (2, 0)],
                extra=[("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)],
            )
        )
    )
    risk_rows = [
        [label("走访后风险等级"), Choices(lists["risk_levels"])],
        [label("危机情况"), Choices(["无", "有（请写明并立即报告站长）"])],
        [label("强制报告事项"), Choices(lists["safeguarding"] + ["无"])],
        [label("是否已报告"), Choices(["已报告", "未报告"], other_line="报告对象及时间：")],
    ]
    story.append(
        keep(
            section_table(
                "六、风险与强制报告",
                risk_rows,
                [L + 10 * mm, CONTENT_W - L - 10 * mm],
                [(0, r) for r in range(len(risk_rows))],
            )
        )
    )
    story.append(
        keep(
            _choose_and_write(
                "七、走访记录",
                None,
                "先写看到、听到的事实，再写判断；写不下可写在背面。",
                NOTE_LINES,
            )
        )
    )
    story.append(
        keep(
            section_table(
                None,
                [
                    [
                        label("下次走访日期"),
                        DateBlank(),
                        label("签字情况"),
                        Choices(["本人", "代签", "拒绝", "无法签字"], size=8.5),
                    ]
                ],
                [L + 4 * mm, V - 4 * mm, L - 6 * mm, V + 6 * mm],
                [(0, 0), (2, 0)],
                extra=[("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)],
            )
        )
    )
    story.append(gap(2))
    story.append(
        KeepTogether(
            [signature_block([("服务对象（或监护人）", ""), ("走访社工", "")], note=SIGNERS_NOTE)]
        )
    )
    return Document(header, story)


def _choose_and_write(title: str, choices: Choices | None, caption: str, lines: int) -> Flowable:
    """A section of boxes to tick (if any), then ruled lines to write on under a small caption."""
    rows: list[list] = [[choices]] if choices is not None else []
    rows += [[label(caption, SMALL)], [WritingLines(lines)]]
    first = len(rows) - 2
    return section_table(
        title,
        rows,
        [CONTENT_W],
        extra=[
            ("LINEBELOW", (0, first), (0, first), 0, (1, 1, 1)),
            ("BOTTOMPADDING", (0, first), (0, first), 0),
            ("TOPPADDING", (0, first + 1), (0, first + 1), 0),
            ("TOPPADDING", (0, first), (0, first), 2),
        ],
    )
