"""Where to save an export, and (for exports with personal data) whether to write ID numbers and
phones in full — masked unless the user ticks the box and confirms; the choice is logged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.forms import run_modal

LAST_FOLDER = "reports/last_folder"


class ExportDialog(QDialog):
    def __init__(
        self,
        title: str,
        file_name: str,
        settings: QSettings | None,
        personal: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.settings = settings
        folder = str(settings.value(LAST_FOLDER, "")) if settings is not None else ""
        self.path_edit = QLineEdit(
            str(Path(folder) / file_name) if folder else str(Path.home() / file_name)
        )
        self.path_edit.setObjectName("export_path")
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("浏览…"))
        browse.setObjectName("browse")
        browse.clicked.connect(self.browse)
        self.full = QCheckBox(self.tr("导出完整的身份证号和电话号码（默认只显示部分号码）"))
        self.full.setObjectName("full_numbers")
        self.full.setVisible(personal)
        note = QLabel(
            self.tr(
                "导出的文件含有服务对象的个人信息，请妥善保管，用后及时删除。每次导出都会记录导出人和时间。"
            )
            if personal
            else self.tr("每次导出都会记录导出人和时间。")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导出"))
        self.ok_button.setObjectName("export_ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("保存为")))
        layout.addLayout(row)
        layout.addWidget(self.full)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存为"), self.path_edit.text(), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请填写要保存的文件名。"))
            return
        if self.full.isVisible() and self.full.isChecked():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("导出完整号码"),
                self.tr(
                    "导出的文件将含有完整的身份证号和电话号码。确定要导出完整号码吗？"
                    "（导出人和时间会被记录）"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if run_modal(box) != QMessageBox.StandardButton.Yes:
                return
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER, str(self.path().parent))
        super().accept()
