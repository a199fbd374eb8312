"""以往的导入: the roster imports made on this computer, each undoable as a whole while nothing
else has touched its records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roster import apply as roster_apply
from desktop.ui.common.forms import list_view
from desktop.ui.common.labels import label
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform

Index = QModelIndex | QPersistentModelIndex


class ImportModel(QAbstractTableModel):
    def __init__(self, rows: list[dict[str, Any]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("导入时间"),
                self.tr("文件"),
                self.tr("人员类别"),
                self.tr("导入人"),
                self.tr("结果"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        c = r["counts"]
        return (
            r["imported_at"],
            r["file_name"],
            label(r["tag"]),
            f"{r['worker'] or ''}@{r['computer'] or ''}",
            self.tr("已撤销")
            if r["undone_at"]
            else self.tr("新建户 {0}，新增成员 {1}，更新 {2}，加标签 {3}").format(
                c.get("created_households", 0),
                c.get("added_members", 0),
                c.get("updated", 0),
                c.get("tagged", 0),
            ),
        )[index.column()]


class ImportHistoryDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("以往的导入"))
        layout = QVBoxLayout(self)
        self.model = ImportModel(roster_apply.history(app.ctx))
        self.table = list_view(self.model, "import_history", (140, 200, 90, 120))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.undo_button = QPushButton(self.tr("撤销所选的导入"))
        self.undo_button.setObjectName("undo_selected")
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def undo(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("以往的导入"), self.tr("请先选择一次导入。"))
            return
        record = self.model.rows[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("撤销导入"),
            self.tr(
                "撤销“{0}”（{1}）的导入？这次导入新建的户和人员会被移除，更新过的人员恢复原样。"
            ).format(record["file_name"], record["imported_at"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if perform(self.app, self, roster_apply.undo, record["id"]) is not None:
            self.model.beginResetModel()
            self.model.rows = roster_apply.history(self.app.ctx)
            self.model.endResetModel()
