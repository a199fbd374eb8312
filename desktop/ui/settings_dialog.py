"""设置: interface language (this computer), the station's tag list and workers (synced)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

        tags = QGroupBox(self.tr("人员类别（本站可增加）"))
        tag_layout = QVBoxLayout(tags)
        self.tag_list = QListWidget()
        self.tag_list.setObjectName("tag_list")
        self.new_tag = QLineEdit()
        self.new_tag.setObjectName("new_tag")
        self.new_tag.setPlaceholderText(self.tr("新类别名称，如 高龄老年人"))
        add_tag = QPushButton(self.tr("增加类别"))
        add_tag.setObjectName("add_tag")
        add_tag.clicked.connect(self.add_tag)
        row = QHBoxLayout()
        row.addWidget(self.new_tag)
        row.addWidget(add_tag)
        tag_layout.addWidget(self.tag_list)
        tag_layout.addLayout(row)

        workers = QGroupBox(self.tr("本站社工"))
        worker_layout = QVBoxLayout(workers)
        self.worker_list = QListWidget()
        self.new_worker = QLineEdit()
        self.new_worker.setPlaceholderText(self.tr("社工姓名"))
        add_worker = QPushButton(self.tr("增加社工"))
        add_worker.clicked.connect(self.add_worker)
        row2 = QHBoxLayout()
        row2.addWidget(self.new_worker)
        row2.addWidget(add_worker)
        worker_layout.addWidget(self.worker_list)
        worker_layout.addLayout(row2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        lists = QHBoxLayout()
        lists.addWidget(tags)
        lists.addWidget(workers)
        layout.addLayout(lists)
        layout.addWidget(buttons)
        self.reload()
        self.resize(640, 560)

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
