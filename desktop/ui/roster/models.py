"""Table models of the wizard: the rows to fix (errors, repeated, candidates), drawn on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import idcard
from desktop.core.roster.plan import CANDIDATE, ERROR, REPEATED, Plan
from desktop.ui.roster.texts import problem_text

Index = QModelIndex | QPersistentModelIndex


class ProblemModel(QAbstractTableModel):
    """One line per row that is not imported as it is: row number, name, kind, what to do."""

    def __init__(self, plan: Plan | None = None) -> None:
        super().__init__()
        self.plan: Plan | None = None
        self.actions: list[Any] = []
        self.set_plan(plan)

    def set_plan(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.actions = (
            [a for a in plan.actions if a.kind in (ERROR, REPEATED, CANDIDATE)] if plan else []
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("行号"), self.tr("姓名"), self.tr("情况"), self.tr("说明"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        a = self.actions[index.row()]
        col = index.column()
        if col == 0:
            return a.row.number
        if col == 1:
            number = idcard.mask(a.row.person.id_number) if a.row.person.id_number else ""
            return f"{a.row.person.name} {number}".strip()
        if col == 2:
            return {
                ERROR: self.tr("错误"),
                REPEATED: self.tr("重复"),
                CANDIDATE: self.tr("待确认"),
            }[a.kind]
        problems = a.row.problems if a.kind == ERROR else [a.note] if a.note else []
        return "；".join(problem_text(p) for p in problems)
