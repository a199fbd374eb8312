"""Small pieces shared by the visit screens: interval and status texts, the household picker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.core.context import Context
from desktop.core.register import households
from desktop.core.visits.intervals import Interval
from desktop.ui.common.labels import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RATING_COLORS = {"正常": "#2e7d32", "需关注": "#b26a00", "有风险": "#b3261e"}
CRISIS_COLOR = "#b3261e"


class VisitTexts(QObject):
    """Translated texts built from core values (one QObject so lupdate sees one context)."""

    def interval(self, interval: Interval | None) -> str:
        if interval is None or interval.none:
            return self.tr("不定期")
        if interval.unit == "m":
            return (
                self.tr("每月")
                if interval.count == 1
                else self.tr("每 {0} 个月").format(interval.count)
            )
        if interval.unit == "w":
            return (
                self.tr("每周")
                if interval.count == 1
                else self.tr("每 {0} 周").format(interval.count)
            )
        return self.tr("每 {0} 天").format(interval.count)

    def status(self, status: str, void: bool = False) -> str:
        if void:
            return self.tr("已作废")
        return {"draft": self.tr("草稿"), "submitted": self.tr("已提交")}.get(status, status)

    def followup_status(self, status: str) -> str:
        return {
            "open": self.tr("待办"),
            "done": self.tr("已完成"),
            "cancelled": self.tr("已取消"),
        }.get(status, status)

    def crisis_status(self, status: str) -> str:
        return {
            "open": self.tr("未处置"),
            "resolved": self.tr("已处置"),
            "withdrawn": self.tr("已撤销（更正后不再标记危机）"),
        }.get(status, status)

    def overdue(self, days: int) -> str:
        if days > 0:
            return self.tr("逾期 {0} 天").format(days)
        if days == 0:
            return self.tr("今天到期")
        return self.tr("{0} 天后到期").format(-days)

    def date(self, day: dt.date | str | None) -> str:
        if day is None or day == "":
            return ""
        return day.isoformat() if isinstance(day, dt.date) else str(day)


TEXTS: VisitTexts | None = None


def texts() -> VisitTexts:
    global TEXTS
    if TEXTS is None:
        TEXTS = VisitTexts()
    return TEXTS


def household_line(row: dict) -> str:
    """ "单大山　青山村 二组 18号　留守老年人、留守儿童" for pickers and titles."""
    place = " ".join(
        x
        for x in (
            row.get("village"),
            row.get("group_name"),
            f"{row['house_no']}号" if row.get("house_no") else "",
        )
        if x
    )
    tags = labels(row.get("tags") or [])
    return "　".join(x for x in (row.get("head_name") or "", place, tags) if x)


class HouseholdPicker(QLineEdit):
    """Type a name, pinyin initials, ID or phone fragment; pick the household from the list.

    Enter takes the first match when the popup is not open. ``picked`` carries the household id.
    """

    picked = Signal(str)
    LIMIT = 30

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: str | None = None
        self._matches: list[str] = []
        self.setPlaceholderText(self.tr("户主或成员姓名、拼音首字母（如 sds）、身份证号或电话"))
        self.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)

    def _edited(self, _text: str) -> None:
        self.household_id = None
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        self.model.clear()
        self._matches = households.find(self.ctx, text)[: self.LIMIT] if text else []
        rows = households.rows(self.ctx, self._matches)
        for hid in self._matches:
            row = rows.get(hid)
            if row is None:
                continue
            item = QStandardItem(household_line(row))
            item.setData(hid, ID_ROLE)
            self.model.appendRow(item)
        if self._matches and self.hasFocus() and self.household_id is None:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        hid = index.data(ID_ROLE)
        if hid:
            self.set_household(hid)

    def _enter(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer takes the highlighted row: picking the top match first is wrong
        if self.household_id is None:
            self.refresh()
            if self._matches:
                self.set_household(self._matches[0])

    def reset(self) -> None:
        """No household: an empty field, ready for the next name."""
        self._timer.stop()
        self.completer_.popup().hide()
        self.household_id = None
        self._matches = []
        self.model.clear()
        self.clear()

    def set_household(self, household_id: str | None) -> None:
        self._timer.stop()  # a search still pending from the typing must not open the list again
        self.completer_.popup().hide()
        self.household_id = household_id
        if household_id:
            row = households.rows(self.ctx, [household_id]).get(household_id)
            self.blockSignals(True)
            self.setText(household_line(row) if row else "")
            self.blockSignals(False)
            self.picked.emit(household_id)
