"""恢复备份… (issue 14): choose one of the database's copies to put back. The program closes,
puts it back with nothing holding the database (shell/restore.py) and opens again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync.backups import Backup
from desktop.ui.common.forms import confirm


def kind_text(kind: str) -> str:
    texts = {
        "daily": QCoreApplication.translate("RestoreDialog", "每天第一次导入后的备份"),
        "migration": QCoreApplication.translate("RestoreDialog", "升级程序前的备份"),
        "import": QCoreApplication.translate("RestoreDialog", "导入前的备份（旧版本）"),
        "restore": QCoreApplication.translate("RestoreDialog", "上次恢复前的数据库"),
    }
    return texts.get(kind, kind)


def size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(size // 1024, 1)} KB"


class RestoreDialog(QDialog):
    """The copies, newest first; 恢复… asks once more, then ``chosen`` holds the copy."""

    def __init__(self, found: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("恢复备份"))
        self.found = found
        self.chosen: Backup | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "选一份备份放回去：本机的数据会回到备份时的样子。现在的数据库会先另存一份"
                "（“上次恢复前的数据库”），不会丢。恢复时程序会关闭，然后自动重新打开。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = self.table = QTableWidget(len(found), 3)
        table.setObjectName("backups")
        table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("种类"), self.tr("大小")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, b in enumerate(found):
            for col, text in enumerate((b.made, kind_text(b.kind), size_text(b.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(b.name)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        if found:
            table.selectRow(0)
        table.doubleClicked.connect(lambda _: self.accept())
        layout.addWidget(table)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("恢复…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(bool(found))
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.found[rows[0].row()]
        question = self.tr(
            "把数据库恢复成 {0} 的样子（{1}）？\n\n"
            "那以后在本机录入的内容，如果已经导出给其他电脑，下次交换时会再传回来；"
            "还没导出的只留在另存的那一份里。其他电脑发来的改动，对方下次导出时会再发来。\n\n"
            "程序会关闭，恢复后自动重新打开。"
        ).format(chosen.made, kind_text(chosen.kind))
        restore = self.tr("恢复并重新打开")
        if not confirm(self, self.tr("恢复备份"), question, restore, QMessageBox.Icon.Warning):
            return
        self.chosen = chosen
        super().accept()
