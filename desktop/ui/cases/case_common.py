"""Small pieces shared by the case-work screens: translated texts built from core values, date
fields, and the message shown for an error that belongs to no field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import refdata
from desktop.core.errors import FieldError, StationDeskError
from desktop.core.visits.visit_validation import expand_date
from desktop.ui.common.date_edit import DateEdit
from desktop.ui.common.labels import error_text, label

OVERDUE_COLOR = "#b3261e"
WARN_COLOR = "#8a4b00"
DONE_COLOR = "#2e7d32"


class CaseTexts(QObject):
    """Translated texts built from core values (one QObject so lupdate sees one context)."""

    def need_level(self, level: int | None) -> str:
        if level is None:
            return self.tr("未评")
        return f"{level} {label(refdata.NEED_LEVELS[level])}"

    def gas(self, score: int | None) -> str:
        if score is None:
            return self.tr("未评")
        return (
            f"{score:+d} {label(refdata.GAS_LABELS[score + 2])}"
            if score
            else f"0 {label(refdata.GAS_LABELS[2])}"
        )

    def delta(self, delta: int | None) -> str:
        if delta is None:
            return ""
        if delta < 0:
            return self.tr("↓ 减少 {0}").format(-delta)
        if delta > 0:
            return self.tr("↑ 增加 {0}").format(delta)
        return self.tr("无变化")

    def plan_status(self, plan: dict[str, Any]) -> str:
        if plan["status"] == "draft":
            return self.tr("草稿（未确认）")
        if plan.get("superseded"):
            return self.tr("已确认，已被新版本取代")
        return self.tr("已确认（当前版本）")

    def event(self, kind: str) -> str:
        return {
            "stage": self.tr("进入阶段"),
            "close": self.tr("结案"),
            "reopen": self.tr("重新开案"),
            "returned": self.tr("督导退回结案"),
            "close_requested": self.tr("申请结案"),
        }.get(kind, kind)

    def version(self, n: int) -> str:
        return self.tr("第 {0} 版").format(n)

    def overdue(self, days: int) -> str:
        return self.tr("逾期 {0} 天").format(days)

    def cannot_save(self) -> str:
        return self.tr("无法保存")

    def whole_township(self) -> str:
        return self.tr("全镇")

    def capacity(self, load: int, capacity: int | None) -> str:
        if capacity is None:
            return self.tr("在办 {0}，不限人数").format(load)
        return self.tr("在办 {0}/{1}").format(load, capacity)

    def match(self, m: Any) -> str:
        """Why a resource is suggested: "本村 · 在办 2/10 · 已完成 3 次转介"."""
        parts = [self.tr("覆盖本村") if m.local else self.tr("全镇服务")]
        parts.append(self.capacity(m.load, m.capacity))
        if m.full:
            parts.append(self.tr("已满"))
        if m.completed or m.declined:
            parts.append(self.tr("完成 {0} 次，未接收 {1} 次").format(m.completed, m.declined))
        return " · ".join(parts)


TEXTS: CaseTexts | None = None


def texts() -> CaseTexts:
    global TEXTS
    if TEXTS is None:
        TEXTS = CaseTexts()
    return TEXTS


def date_edit(text: str, today: dt.date, ahead: bool = False) -> DateEdit:
    """A date field; ``ahead`` completes short dates forwards (due and follow-up dates)."""
    edit = DateEdit(text, today=today)
    if ahead:
        edit.today = today + dt.timedelta(days=366)
    return edit


def date_value(edit: DateEdit) -> str:
    return expand_date(edit.text(), edit.today)


def warn(parent: QWidget | None, errors: list[FieldError] | StationDeskError) -> None:
    """Errors that belong to no field of a form, in one message box."""
    items = errors if isinstance(errors, list) else [errors]
    if items:
        QMessageBox.warning(
            parent, texts().cannot_save(), "\n".join(dict.fromkeys(error_text(e) for e in items))
        )
