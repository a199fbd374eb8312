"""Household list model: the ids a search returned, display rows fetched a page at a time."""

from __future__ import annotations

from typing import Any

from desktop.core import phone
from desktop.core.context import Context
from desktop.core.register import households
from desktop.ui.common.labels import label, labels
from desktop.ui.common.list_model import IdTableModel

COLUMNS = (
    "head_name",
    "village",
    "group_name",
    "house_no",
    "size",
    "tags",
    "risk_level",
    "worker",
    "phone",
)


class HouseholdTableModel(IdTableModel):
    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda ids: households.rows(ctx, ids, self.query), parent)
        self.ctx = ctx
        self.query = (
            ""  # the search text the ids came from: the head cell names the member it matched
        )
        self.headers = [
            self.tr("户主"),
            self.tr("行政村"),
            self.tr("村民小组"),
            self.tr("门牌号"),
            self.tr("人数"),
            self.tr("人员类别"),
            self.tr("风险等级"),
            self.tr("负责社工"),
            self.tr("联系电话"),
        ]

    def search(self, text: str = "", village_id: str | None = None, tag: str | None = None) -> None:
        self.query = text
        self.load(households.matches(self.ctx, text, village_id, tag))

    def text(self, row: int, key: str) -> str:
        value = self.row(row).get(key)
        if key == "tags":
            return labels(value or [])
        if key == "risk_level":
            return label(value or "")
        if key == "phone":
            return phone.mask(value or "")
        if key == "head_name" and self.row(row).get("matched"):
            return self.tr("{0}（匹配：{1}）").format(value or "", self.row(row)["matched"])
        return super().text(row, key)
