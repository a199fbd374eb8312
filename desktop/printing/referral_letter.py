"""转介单 with its 回执: the letter that goes with the client to the receiving unit, and a return slip
below a cut line that the unit fills in, signs and sends back (its QR code matches it to the record).

Data (desktop.core.documents.documents.referral_letter): {"station", "referral" (referrals.referral()),
"resource" (resources.resource()), "household" (with members), "client", "case"}.
Only what the receiving unit needs is printed (minimum necessary): the ID number stays masked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

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
from desktop.printing.fonts import BOLD
from desktop.printing.page import CONTENT_W, Document, Header
from desktop.printing.parts import (
    BODY,
    CELL,
    NOTE,
    SMALL,
    Builder,
    Choices,
    CutLine,
    DateBlank,
    QrCode,
    WritingLines,
    gap,
    kv_rows,
    label,
    section_table,
    signature_block,
    table_style,
)

TITLE = "转介单"
L = 30 * mm
V = (CONTENT_W - 2 * L) / 2
FOUR = [L, V, L, V]
REPLY_DAYS = 5  # working days the receiving unit is asked to send the slip back within
SLIP_PAD = 8
INDENTED = ParagraphStyle("indented", parent=NOTE, firstLineIndent=20)
TIGHT = [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
INNER_W = CONTENT_W - 2 * SLIP_PAD
SLIP_TITLE = ParagraphStyle(
    "slip_title", parent=CELL, fontName=BOLD, fontSize=14, leading=18, alignment=TA_CENTER
)


def _keep(flowable: Flowable) -> KeepTogether:
    return KeepTogether([flowable])


def referral_document(data: dict[str, Any], check=None) -> Document:
    r = data["referral"]
    res = data.get("resource") or {}
    h = data.get("household") or {}
    client = data.get("client") or head_of(h) or {}
    code = short_code(r["id"])
    b = Builder(f"转介单 {code}（{r.get('client_name') or client.get('name') or ''}）", check)
    station = b.text(station_name(data.get("station")), "站点名称")
    header = Header(
        station=station,
        title=TITLE,
        number=f"转介编号：{code}",
        code=code,
        qr=qr_payload("referral", r["id"]),
        subtitle=b.text(station_subtitle(data.get("station")), "站点所在地"),
        footer_note=f"转介单 {code}",
    )
    unit = b.text(res.get("name") or r.get("resource_name"), "接收单位")
    story: list[Flowable] = [
        label(f"{unit or '＿＿＿＿＿＿'}：", BODY),
        gap(1),
        label(
            f"经服务对象同意，{station}现将以下服务对象转介贵单位，请协助提供{b.text(r.get('need'), '转介需求') or '相关'}"
            f"方面的服务，并于收到本单后 {REPLY_DAYS} 个工作日内将下方回执填写后交回我站。谢谢支持！",
            INDENTED,
        ),
        gap(2),
    ]
    pairs: list[tuple[str, Any]] = [
        ("单位名称", b.p(unit, "接收单位")),
        ("统一社会信用代码", b.p(res.get("credit_code") or "—", "统一社会信用代码")),
        (
            "联系人",
            b.p(
                r.get("contact") or res.get("contact") or r.get("resource_contact"),
                "接收单位联系人",
            ),
        ),
        ("联系电话", b.p(res.get("phone") or r.get("resource_phone"), "接收单位电话")),
    ]
    rows, cells = kv_rows(pairs, 2)
    rows.append([label("地址"), b.p(res.get("address"), "接收单位地址"), "", ""])
    cells.append((0, len(rows) - 1))
    story.append(
        _keep(
            section_table("一、接收单位", rows, FOUR, cells, spans=[((1, 2), (3, 2))], extra=TIGHT)
        )
    )

    born = client.get("birth_date") or ""
    years = age(born, dt.date.fromisoformat(data["today"][:10]))
    phone = b.text(client.get("phone") or h.get("phone"), "服务对象电话")
    guardian = ""
    if client.get("guardian_name"):
        guardian = b.text(client["guardian_name"], "监护人") + (
            f"（{b.text(client.get('guardian_relation'), '监护人关系')}）"
            if client.get("guardian_relation")
            else ""
        )
        if client.get("guardian_phone"):
            guardian += " " + b.text(client["guardian_phone"], "监护人电话")
    pairs = [
        ("姓名", b.p(client.get("name") or r.get("client_name"), "服务对象姓名")),
        (
            "性别 / 年龄",
            b.p(
                " / ".join(
                    x for x in (client.get("sex") or "", f"{years} 岁" if years else "") if x
                ),
                "性别",
            ),
        ),
        ("身份证号", b.p(idcard.mask(b.text(client.get("id_number"), "身份证号")), "身份证号")),
        ("联系电话", b.p(phone, "服务对象电话")),
    ]
    rows, cells = kv_rows(pairs, 2)
    rows.append([label("住址"), b.p(address(b, h) if h else "", "住址"), "", ""])
    cells.append((0, len(rows) - 1))
    spans = [((1, 2), (3, 2))]
    if guardian:
        rows.append([label("监护人"), b.p(guardian, "监护人"), "", ""])
        cells.append((0, len(rows) - 1))
        spans.append(((1, 3), (3, 3)))
    story.append(
        _keep(
            section_table(
                "二、服务对象",
                rows,
                FOUR,
                cells,
                spans=spans,
                extra=TIGHT,
                hint="本单所含个人信息仅用于本次转介，请妥善保管，不得用于其他用途",
            )
        )
    )

    consent = b.text(r.get("consent"), "同意情况")
    if r.get("consent_on"):
        consent += f"（{cn_date(r['consent_on'])}）"
    rows = [
        [
            label("转介需求"),
            b.p(r.get("need"), "转介需求"),
            label("转介日期"),
            b.p(cn_date(r.get("referred_on")), "转介日期"),
        ],
        [label("转介原因"), b.p(r.get("reason"), "转介原因"), "", ""],
        [label("随附材料"), b.p(r.get("documents") or "无", "随附材料"), "", ""],
        [label("服务对象意愿"), b.p(consent or "（未记录）", "同意情况"), "", ""],
        [
            label("转出单位"),
            b.p(station, "站点名称"),
            label("经办社工"),
            b.p(r.get("referred_by"), "经办社工"),
        ],
        [
            label("相关个案"),
            b.p((data.get("case") or {}).get("title") or r.get("case_title") or "—", "相关个案"),
            label("计划跟进"),
            b.p(cn_date(r.get("follow_up")), "跟进日期"),
        ],
    ]
    cells = [(0, i) for i in range(len(rows))] + [(2, 0), (2, 4), (2, 5)]
    story.append(
        _keep(
            section_table(
                "三、转介事由",
                rows,
                FOUR,
                cells,
                spans=[((1, 1), (3, 1)), ((1, 2), (3, 2)), ((1, 3), (3, 3))],
                extra=TIGHT,
            )
        )
    )
    story.append(gap(1))
    story.append(
        KeepTogether(
            [
                signature_block(
                    [
                        ("经办社工", b.text(r.get("referred_by"), "经办社工")),
                        ("社工站负责人（盖章）", ""),
                    ]
                )
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                gap(2),
                CutLine("请沿此线剪下回执，填写后交回社工站"),
                gap(1),
                _return_slip(b, r, station, unit, client, code),
            ]
        )
    )
    return Document(header, story)


def _return_slip(
    b: Builder, r: dict[str, Any], station: str, unit: str, client: dict[str, Any], code: str
) -> Flowable:
    """回执: to be filled in by the receiving unit and returned; carries the code and QR code."""
    who = b.text(client.get("name") or r.get("client_name"), "服务对象姓名")
    place = "".join(b.text(r.get(k), k) for k in ("village", "group_name") if r.get(k))
    heading = Table(
        [
            [
                label(f"转介编号：{code}", SMALL),
                label("转 介 回 执", SLIP_TITLE),
                QrCode(qr_payload("referral", r["id"]), 15 * mm),
            ]
        ],
        colWidths=[40 * mm, INNER_W - 58 * mm, 18 * mm],
        hAlign="LEFT",
    )
    heading.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    text = (
        f"贵站于 {cn_date(r.get('referred_on'))} 转介的服务对象 {who}"
        + (f"（{place}）" if place else "")
        + f"，转介需求：{b.text(r.get('need'), '转介需求')}。经研究："
    )
    accept = Table(
        [[Choices(["同意接收，计划开始服务日期："], size=9.5), DateBlank(lead=12 * mm)]],
        colWidths=[62 * mm, INNER_W - 62 * mm],
        hAlign="LEFT",
    )
    accept.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    rows = [
        [label(f"{station}：", NOTE)],
        [label(text, INDENTED)],
        [accept],
        [Choices(["暂不能接收，原因及建议："], size=9.5)],
        [WritingLines(1, 7 * mm)],
    ]
    body = Table(rows, colWidths=[INNER_W], hAlign="LEFT")
    body.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    signs = signature_block(
        [("接收单位经办人", ""), ("接收单位（盖章）", "")],
        width=INNER_W,
        note="接收单位联系电话：＿＿＿＿＿＿＿＿＿＿＿＿",
    )
    box = Table([[heading], [body], [signs]], colWidths=[CONTENT_W], hAlign="LEFT")
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1, (0, 0, 0)),
                ("LEFTPADDING", (0, 0), (-1, -1), SLIP_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), SLIP_PAD),
                ("TOPPADDING", (0, 0), (0, 0), 5),
                ("BOTTOMPADDING", (0, -1), (0, -1), 5),
            ]
        )
    )
    return box
