"""待走访户清单: the households due for a visit, village by village in group and house order, to
carry on the road — address, phone, last visit, why each is due, and boxes to tick on the way.

Data (desktop.core.documents.documents.route_list): {"station", "today", "within_days", "village",
"worker", "tag", "count", "villages": [{"village", "items": [{household fields…}]}]}.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from desktop.printing.common import cn_date, short_code, station_name, station_subtitle
from desktop.printing.page import CONTENT_W, Document, Header
from desktop.printing.parts import (
    CELL,
    LABEL_C,
    SMALL,
    Builder,
    gap,
    label,
    markup,
    rich,
    section_table,
    signature_block,
)

TITLE = "待走访户清单"
ROW = ParagraphStyle("route", parent=CELL, fontSize=8.5, leading=11.5)
ROW_C = ParagraphStyle("route_c", parent=ROW, alignment=1)
WIDTHS = [7 * mm, 22 * mm, 16 * mm, 21 * mm, 12 * mm, 18.5 * mm, 18.5 * mm, 36 * mm, 22 * mm]


def _short(day: str) -> str:
    return day[:10] if day else ""


def _reasons(b: Builder, item: dict[str, Any]) -> str:
    parts: list[str] = []
    if item.get("crisis"):
        parts.append("有未处理的危机")
    tags = b.join(item.get("tags") or [], "人员类别")
    if tags:
        parts.append(tags)
    if item.get("interval"):
        parts.append(b.text(item["interval"], "走访周期"))
    overdue = item.get("overdue_days") or 0
    if not item.get("last_visit"):
        parts.append("尚未走访过")
    elif overdue > 0:
        parts.append(f"逾期 {overdue} 天")
    if item.get("planned"):
        parts.append(f"上次约定 {_short(item['planned'])} 回访")
    if item.get("last_attempt"):
        parts.append(f"{_short(item['last_attempt'])} 入户未遇")
    return "；".join(parts)


def route_list_document(data: dict[str, Any], check=None) -> Document:
    b = Builder("待走访户清单", check)
    today = data["today"]
    scope = f"应访日期在 {cn_date(today)} 及以前"
    if data.get("within_days"):
        until = dt.date.fromisoformat(today[:10]) + dt.timedelta(days=int(data["within_days"]))
        scope = f"应访日期在 {cn_date(until.isoformat())} 及以前"
    filters = [
        x
        for x in (
            b.text(data.get("village"), "行政村"),
            b.text(data.get("tag"), "人员类别"),
            f"社工：{b.text(data['worker'], '负责社工')}" if data.get("worker") else "",
        )
        if x
    ]
    number = f"清单日期：{cn_date(today)}　共 {data.get('count', 0)} 户"
    header = Header(
        station=b.text(station_name(data.get("station")), "站点名称"),
        title=TITLE,
        number=number,
        subtitle=b.text(station_subtitle(data.get("station")), "站点所在地"),
        footer_note="待走访户清单（含个人信息，用后请交回站点或销毁）",
    )
    story: list[Flowable] = [
        label(
            f"范围：{scope}"
            + (f"；{'，'.join(filters)}" if filters else "")
            + "。结果栏填写：√ 已访　○ 入户未遇　△ 电话联系；回站后及时录入走访记录。",
            SMALL,
        ),
        gap(2),
    ]
    head = [
        label(t, LABEL_C)
        for t in (
            "序",
            "户主 / 编号",
            "组·门牌",
            "联系电话",
            "风险",
            "上次走访",
            "应访日期",
            "应访原因",
            "结果 / 备注",
        )
    ]
    n = 0
    for group in data.get("villages") or []:
        items = group.get("items") or []
        rows: list[list] = [head]
        for item in items:
            n += 1
            who = b.text(item.get("head_name"), "户主姓名") or "（无户主）"
            code = short_code(item.get("household_id") or "")
            place = "".join(
                x
                for x in (
                    b.text(item.get("group_name"), "村民小组"),
                    f"{b.text(item['house_no'], '门牌号')}号" if item.get("house_no") else "",
                )
                if x
            )
            rows.append(
                [
                    label(str(n), ROW_C),
                    rich(
                        f"{markup(who)}<br/><font size=7 color='#555555'>{code}　{item.get('size') or ''}人</font>",
                        ROW,
                    ),
                    label(place or b.text(item.get("address"), "详细地址"), ROW),
                    label(b.text(item.get("phone"), "联系电话"), ROW),
                    label(b.text(item.get("risk_level"), "风险等级"), ROW_C),
                    label(_short(item.get("last_visit") or "") or "—", ROW_C),
                    label(_short(item.get("due_date") or ""), ROW_C),
                    label(_reasons(b, item), ROW),
                    "",
                ]
            )
        extra = [
            ("TOPPADDING", (0, 1), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]
        title = f"{b.text(group.get('village'), '行政村') or '未分村'}（{len(items)} 户）"
        table = section_table(
            title,
            rows,
            WIDTHS,
            [(c, 0) for c in range(len(WIDTHS))],
            extra=extra,
            split_in_row=False,
        )
        table.repeatRows = 2
        story += [table, gap(3)]
    if n == 0:
        story.append(section_table(None, [[label("没有需要走访的户。", CELL)]], [CONTENT_W]))
    story.append(
        KeepTogether(
            [gap(2), signature_block([("走访社工", b.text(data.get("worker"), "负责社工"))])]
        )
    )
    return Document(header, story)
