"""Case list model: the ids a search returned, display rows fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from desktop.core.cases import cases
from desktop.core.context import Context
from desktop.ui.common.labels import label
from desktop.ui.common.list_model import IdTableModel

COLUMNS = ("title", "client_name", "village", "stage", "worker", "intake_date", "pending")
CLOSED_COLOR = QColor("#777777")


class CaseTableModel(IdTableModel):
    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(COLUMNS, lambda ids: cases.rows(ctx, ids), parent)
        self.ctx = ctx
        self.headers = [
            self.tr("个案名称"),
            self.tr("服务对象"),
            self.tr("行政村"),
            self.tr("阶段"),
            self.tr("负责社工"),
            self.tr("接案日期"),
            self.tr("待审批"),
        ]

    def search(self, text: str = "", stage: str | None = None, worker: str | None = None) -> None:
        self.load(cases.find(self.ctx, text, stage, worker))

    def text(self, row: int, key: str) -> str:
        value = self.row(row).get(key)
        if key == "stage":
            return label(value or "")
        if key == "pending":
            return str(value) if value else ""
        return super().text(row, key)

    def foreground(self, row: int, key: str) -> QColor | None:
        return CLOSED_COLOR if self.row(row).get("stage") == "结案" else None
