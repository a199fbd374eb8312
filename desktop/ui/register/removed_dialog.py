"""已删除的户和人员: the removed households and people, who removed them and when, and 恢复."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.register import removed
from desktop.ui.common.forms import button, hrow
from desktop.ui.common.list_model import RowTableModel
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform

HOUSEHOLDS, PERSONS = "households", "persons"


class RemovedModel(RowTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("name", "household", "removed_by", "computer", "removed_on"), parent)


class RemovedDialog(QDialog):
    """Opened from the register page (已删除…); restoring announces the change to every page."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("已删除的户和人员"))
        self.kind = QComboBox()
        self.kind.setObjectName("removed_kind")
        self.kind.addItem(self.tr("已删除的户"), HOUSEHOLDS)
        self.kind.addItem(self.tr("已删除的人员"), PERSONS)
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        self.model = RemovedModel(self)
        self.view = QTableView()
        self.view.setObjectName("removed_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 300, 80, 90)):
            self.view.setColumnWidth(column, width)
        self.note = QLabel()
        self.note.setObjectName("removed_note")
        self.note.setWordWrap(True)
        self.restore_button = button(self.tr("恢复"), "restore", self.restore)
        self.close_button = button(self.tr("关闭"), "close", self.accept)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "删除的记录都保留着。恢复一个人时，他所在的户如果也已删除，会一起恢复；"
                "恢复一户时，和它一起删除的成员也会恢复。恢复的内容会同步到本站其他电脑。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(hrow(self.kind, None))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addLayout(hrow(None, self.restore_button, self.close_button))
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        persons = self.kind.currentData() == PERSONS
        found = (
            removed.removed_persons(self.app.ctx)
            if persons
            else removed.removed_households(self.app.ctx)
        )
        self.model.headers = [
            self.tr("姓名") if persons else self.tr("户"),
            self.tr("所在的户") if persons else self.tr("户主"),
            self.tr("删除人"),
            self.tr("电脑"),
            self.tr("删除时间"),
        ]
        rows = []
        for r in found:
            where = r.household
            if persons and r.household_removed:
                where = self.tr("{0}（这户也已删除）").format(where)
            rows.append(
                {
                    "id": r.id,
                    "name": r.name,
                    "household": where,
                    "removed_by": r.removed_by,
                    "computer": r.computer,
                    "removed_on": r.removed_on,
                }
            )
        self.model.set_rows(rows)
        self.restore_button.setEnabled(bool(rows))
        if rows:
            self.view.selectRow(0)
        elif not self.note.text():
            self.note.setText(self.tr("没有已删除的记录。"))

    def restore(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.row(index.row())
        persons = self.kind.currentData() == PERSONS
        fn = removed.restore_person if persons else removed.restore_household
        changes = perform(self.app, self, fn, row["id"])
        if changes is None:
            return
        again = (
            len(changes.rows.get(HOUSEHOLDS, ())) if persons else len(changes.rows.get(PERSONS, ()))
        )
        if persons:
            text = self.tr("已恢复 {0}，所在的户也已恢复。") if again else self.tr("已恢复 {0}。")
        else:
            text = (
                self.tr("已恢复 {0}，连同一起删除的 {1} 名成员。")
                if again
                else self.tr("已恢复 {0}。")
            )
        self.note.setText(text.format(row["name"], again))
        self.reload()
