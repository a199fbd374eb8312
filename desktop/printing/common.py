"""Small helpers shared by the documents: dates, addresses, the station line, the QR payload."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.register import search
from desktop.printing.parts import Builder


def cn_date(value: str | None) -> str:
    """ "2026-11-28" -> "2026年11月28日"; anything else as it is."""
    text = (value or "")[:10]
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return value or ""
    return f"{day.year}年{day.month}月{day.day}日"


def short_code(uuid_text: str) -> str:
    """The 8-character code printed on paper and typed back into the search."""
    return search.short_code(uuid_text or "")


def qr_payload(kind: str, record_id: str) -> str:
    """What the QR code holds: the kind of record and its id, e.g. "visit:0b1e…"."""
    return f"{kind}:{record_id}"


def station_name(station: dict[str, Any] | None) -> str:
    return (station or {}).get("name") or "社工站"


def station_subtitle(station: dict[str, Any] | None) -> str:
    s = station or {}
    return " ".join(x for x in (s.get("county"), s.get("township")) if x)


def address(b: Builder, h: dict[str, Any]) -> str:
    """村 组 门牌号, and the detailed address where it adds something."""
    house = f"{h['house_no']}号" if h.get("house_no") else ""
    parts = [
        b.text(h.get("village"), "行政村"),
        b.text(h.get("group_name"), "村民小组"),
        b.text(house, "门牌号"),
    ]
    short = "".join(p for p in parts if p)
    detail = b.text(h.get("address"), "详细地址")
    if detail and detail.replace(" ", "") != short:
        return f"{short}（{detail}）" if short else detail
    return short


def head_of(h: dict[str, Any]) -> dict[str, Any] | None:
    return next((m for m in h.get("members") or [] if m.get("id") == h.get("head_id")), None)


def age(birth: str | None, on: dt.date) -> str:
    try:
        born = dt.date.fromisoformat((birth or "")[:10])
    except ValueError:
        return ""
    return str(on.year - born.year - ((on.month, on.day) < (born.month, born.day)))
