"""设置: interface language (this computer), the station's tag list and workers (synced)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.services import station
from desktop.ui import i18n
from desktop.ui.appcontext import AppContext
from desktop.ui.forms import dialog_buttons
from desktop.ui.labels import label


class SettingsDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("设置"))
        info = station.current(app.ctx) or {}
        general = QGroupBox(self.tr("本机"))
        form = QFormLayout(general)
        form.addRow(self.tr("站点"), QLabel(f"{info.get('name', '')}（{info.get('county', '')}{info.get('township', '')}）"))
        form.addRow(self.tr("本机名称"), QLabel(app.ctx.computer))
        form.addRow(self.tr("当前社工"), QLabel(app.ctx.worker))
        form.addRow(self.tr("数据文件夹"), QLabel(str(app.data_dir)))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(i18n.saved_language(app.settings)), 0))
        form.addRow(self.tr("界面语言（重新启动后生效）"), self.language)

        tags, self.tag_list, self.new_tag = self._list_editor(
            self.tr("人员类别（本站可增加）"), self.tr("新类别名称，如 高龄老年人"), self.tr("增加类别"), self.add_tag)
        workers, self.worker_list, self.new_worker = self._list_editor(
            self.tr("本站社工"), self.tr("社工姓名"), self.tr("增加社工"), self.add_worker)

        buttons = dialog_buttons(self, self.tr("确定"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        lists = QHBoxLayout()
        lists.addWidget(tags)
        lists.addWidget(workers)
        layout.addLayout(lists)
        layout.addWidget(buttons)
        self.reload()
        self.resize(640, 560)

    @staticmethod
    def _list_editor(title: str, placeholder: str, button_text: str,
                     on_add: Callable[[], None]) -> tuple[QGroupBox, QListWidget, QLineEdit]:
        """A list with a line edit and an add button under it."""
        group = QGroupBox(title)
        column = QVBoxLayout(group)
        items = QListWidget()
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(on_add)
        add = QPushButton(button_text)
        add.clicked.connect(on_add)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(add)
        column.addWidget(items)
        column.addLayout(row)
        return group, items, edit

    def reload(self) -> None:
        self.tag_list.clear()
        self.tag_list.addItems([label(t) for t in station.tag_names(self.app.ctx)])
        self.worker_list.clear()
        self.worker_list.addItems(station.worker_names(self.app.ctx))

    def add_tag(self) -> None:
        if self.app.run(self, station.add_tag, self.new_tag.text()) is not None:
            self.new_tag.clear()
            self.reload()

    def add_worker(self) -> None:
        if self.app.run(self, station.add_worker, self.new_worker.text()) is not None:
            self.new_worker.clear()
            self.reload()

    def accept(self) -> None:
        i18n.save_language(self.app.settings, str(self.language.currentData()))
        super().accept()
