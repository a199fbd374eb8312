"""设置: this computer (language, the worker at the keyboard), the station (its details, villages and
their groups), the tag list and workers, and which case stages wait for supervision (synced)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.core.station import station
from desktop.ui.common.forms import dialog_buttons
from desktop.ui.common.labels import label
from desktop.ui.shell import i18n
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform, touching_everything

ID_ROLE = Qt.ItemDataRole.UserRole


class AddLine(QLineEdit):
    """The name field under a list: Enter adds what was typed and must not also press 确定
    (QLineEdit leaves Return to the dialog, which would accept and close 设置)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class SettingsDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("设置"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self._computer_tab(), self.tr("本机"))
        self.tabs.addTab(self._station_tab(), self.tr("站点与行政村"))
        self.tabs.addTab(self._lists_tab(), self.tr("人员类别与社工"))
        self.tabs.addTab(self._approval_tab(), self.tr("督导审批"))
        buttons = dialog_buttons(self, self.tr("确定"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.reload()
        self.resize(720, 560)

    # -- tabs -------------------------------------------------------------------------------------
    def _computer_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("本机名称"), QLabel(self.app.ctx.computer))
        self.worker = QComboBox()
        self.worker.setObjectName("current_worker")
        form.addRow(self.tr("当前社工"), self.worker)
        hint = QLabel(
            self.tr("之后的记录都记在当前社工名下。同一台电脑上，督导可切换为自己来审批。")
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("数据文件夹"), QLabel(str(self.app.data_dir)))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(i18n.saved_language(self.app.settings)), 0)
        )
        form.addRow(self.tr("界面语言（重新启动后生效）"), self.language)
        return tab

    def _station_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        details = QGroupBox(self.tr("本站"))
        form = QFormLayout(details)
        info = station.current(self.app.ctx) or {}
        self.station_name = self._edit("station_name", info.get("name") or "")
        self.county = self._edit("county", info.get("county") or "")
        self.township = self._edit("township", info.get("township") or "")
        form.addRow(self.tr("站点名称"), self.station_name)
        form.addRow(self.tr("县（市、区）"), self.county)
        form.addRow(self.tr("乡镇（街道）"), self.township)
        column.addWidget(details)
        places = QHBoxLayout()
        villages, self.village_list, self.village_edit, self.village_buttons = self._ordered_editor(
            "village",
            self.tr("行政村"),
            self.tr("行政村名称，如 青山村"),
            {
                "add": self.add_village,
                "rename": self.rename_village,
                "up": lambda: self.move_village(-1),
                "down": lambda: self.move_village(1),
                "remove": self.remove_village,
            },
        )
        groups, self.group_list, self.group_edit, self.group_buttons = self._ordered_editor(
            "group",
            self.tr("所选行政村的村民小组"),
            self.tr("小组名称，如 三组"),
            {
                "add": self.add_group,
                "rename": self.rename_group,
                "up": lambda: self.move_group(-1),
                "down": lambda: self.move_group(1),
                "remove": self.remove_group,
            },
        )
        self.village_list.currentRowChanged.connect(lambda _: self._show_groups())
        self.group_list.currentRowChanged.connect(lambda _: self._update_buttons())
        places.addWidget(villages)
        places.addWidget(groups)
        column.addLayout(places, 1)
        return tab

    def _lists_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        tags, self.tag_list, self.new_tag = self._list_editor(
            self.tr("人员类别（本站可增加）"),
            self.tr("新类别名称，如 高龄老年人"),
            self.tr("增加类别"),
            self.add_tag,
        )
        workers, self.worker_list, self.new_worker = self._list_editor(
            self.tr("本站社工"), self.tr("社工姓名"), self.tr("增加社工"), self.add_worker
        )
        self.new_worker.setObjectName("new_worker")
        row.addWidget(tags)
        row.addWidget(workers)
        return tab

    def _approval_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "选择哪些环节要等督导批准后才能继续（全站电脑共用，同步后生效）。"
                "不需要等待的环节，社工仍可以点“提交审批”请督导查看。"
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        texts = {
            "approval.assessment": self.tr("需求评估经督导批准后才能确认服务计划"),
            "approval.plan": self.tr("服务计划经督导批准后才能开始介入"),
            "approval.closure": self.tr("结案须经督导批准"),
        }
        self.approval_boxes: dict[str, QCheckBox] = {}
        current = settings.values(self.app.ctx)
        for key, text in texts.items():
            box = QCheckBox(text)
            box.setObjectName(key.replace(".", "_"))
            box.setChecked(bool(current[key]))
            self.approval_boxes[key] = box
            column.addWidget(box)
        column.addStretch(1)
        return tab

    # -- building blocks --------------------------------------------------------------------------
    @staticmethod
    def _edit(name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        return edit

    def _ordered_editor(
        self, name: str, title: str, placeholder: str, actions: dict[str, Callable[[], None]]
    ) -> tuple[QGroupBox, QListWidget, QLineEdit, dict[str, QPushButton]]:
        """A list with a name field and 增加 / 改名 / 上移 / 下移 / 删除 under it."""
        group = QGroupBox(title)
        column = QVBoxLayout(group)
        items = QListWidget()
        items.setObjectName(f"{name}_list")
        edit = AddLine()
        edit.setObjectName(f"{name}_name")
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(actions["add"])
        texts = {
            "add": self.tr("增加"),
            "rename": self.tr("改名"),
            "up": self.tr("上移"),
            "down": self.tr("下移"),
            "remove": self.tr("删除"),
        }
        buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, (key, text) in enumerate(texts.items()):
            b = QPushButton(text)
            b.setObjectName(f"{name}_{key}")
            b.clicked.connect(actions[key])
            buttons[key] = b
            grid.addWidget(b, 0, i)
        column.addWidget(items, 1)
        column.addWidget(edit)
        column.addLayout(grid)
        return group, items, edit, buttons

    @staticmethod
    def _list_editor(
        title: str, placeholder: str, button_text: str, on_add: Callable[[], None]
    ) -> tuple[QGroupBox, QListWidget, QLineEdit]:
        """A list with a line edit and an add button under it."""
        group = QGroupBox(title)
        column = QVBoxLayout(group)
        items = QListWidget()
        edit = AddLine()
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

    # -- showing ----------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.app.ctx
        self.tag_list.clear()
        self.tag_list.addItems([label(t) for t in station.tag_names(ctx)])
        workers = station.worker_names(ctx)
        self.worker_list.clear()
        self.worker_list.addItems(workers)
        chosen = self.worker.currentData() or ctx.worker
        self.worker.clear()
        for name in workers:
            self.worker.addItem(name, name)
        self.worker.setCurrentIndex(max(self.worker.findData(chosen), 0))
        self._show_villages()

    def _show_villages(self, select: str | None = None) -> None:
        current = select or self._village_id()
        self.village_list.blockSignals(True)
        self.village_list.clear()
        for v in station.villages(self.app.ctx):
            item = QListWidgetItem(self.tr("{0}（{1} 个小组）").format(v["name"], len(v["groups"])))
            item.setData(ID_ROLE, v["id"])
            self.village_list.addItem(item)
            if v["id"] == current:
                self.village_list.setCurrentItem(item)
        if self.village_list.currentRow() < 0 and self.village_list.count():
            self.village_list.setCurrentRow(0)
        self.village_list.blockSignals(False)
        self._show_groups()

    def _show_groups(self, select: str | None = None) -> None:
        current = select or self._group()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        village = self._village()
        for g in village["groups"] if village else []:
            self.group_list.addItem(g)
            if g == current:
                self.group_list.setCurrentRow(self.group_list.count() - 1)
        self.group_list.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_village = self._village() is not None
        for key in ("rename", "up", "down", "remove"):
            self.village_buttons[key].setEnabled(has_village)
            self.group_buttons[key].setEnabled(has_village and self._group() is not None)
        self.group_buttons["add"].setEnabled(has_village)

    def _village_id(self) -> str | None:
        item = self.village_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _village(self) -> dict[str, Any] | None:
        vid = self._village_id()
        return (
            next((v for v in station.villages(self.app.ctx) if v["id"] == vid), None)
            if vid
            else None
        )

    def _group(self) -> str | None:
        item = self.group_list.currentItem()
        return item.text() if item is not None else None

    # -- villages and groups (each a core call, written at once) -----------------------------------
    def _did(self, result: object, edit: QLineEdit | None = None) -> bool:
        if result is None:
            return False
        if edit is not None:
            edit.clear()
        return True

    def add_village(self) -> None:
        name = self.village_edit.text()
        if self._did(perform(self.app, self, station.add_village, name), self.village_edit):
            added = next(
                (v["id"] for v in station.villages(self.app.ctx) if v["name"] == name.strip()), None
            )
            self._show_villages(added)

    def rename_village(self) -> None:
        vid = self._village_id()
        if vid and self._did(
            perform(self.app, self, station.rename_village, vid, self.village_edit.text()),
            self.village_edit,
        ):
            self._show_villages(vid)

    def move_village(self, step: int) -> None:
        vid = self._village_id()
        if vid and self._did(perform(self.app, self, station.move_village, vid, step)):
            self._show_villages(vid)

    def remove_village(self) -> None:
        vid = self._village_id()
        if vid and self._did(perform(self.app, self, station.remove_village, vid)):
            self._show_villages()

    def add_group(self) -> None:
        vid, name = self._village_id(), self.group_edit.text().strip()
        if vid and self._did(
            perform(self.app, self, station.add_group, vid, name), self.group_edit
        ):
            self._show_villages(vid)
            self._show_groups(name)

    def rename_group(self) -> None:
        vid, old, name = self._village_id(), self._group(), self.group_edit.text().strip()
        if (
            vid
            and old
            and self._did(
                perform(self.app, self, station.rename_group, vid, old, name), self.group_edit
            )
        ):
            self._show_groups(name)

    def move_group(self, step: int) -> None:
        vid, name = self._village_id(), self._group()
        if vid and name and self._did(perform(self.app, self, station.move_group, vid, name, step)):
            self._show_groups(name)

    def remove_group(self) -> None:
        vid, name = self._village_id(), self._group()
        if vid and name and self._did(perform(self.app, self, station.remove_group, vid, name)):
            self._show_villages(vid)

    # -- lists ------------------------------------------------------------------------------------
    def add_tag(self) -> None:
        if perform(self.app, self, station.add_tag, self.new_tag.text()) is not None:
            self.new_tag.clear()
            self.reload()

    def add_worker(self) -> None:
        if perform(self.app, self, station.add_worker, self.new_worker.text()) is not None:
            self.new_worker.clear()
            self.reload()

    # -- 确定 ---------------------------------------------------------------------------------------
    def accept(self) -> None:
        ctx = self.app.ctx
        info = station.current(ctx) or {}
        typed = (
            self.station_name.text().strip(),
            self.county.text().strip(),
            self.township.text().strip(),
        )
        changed = info and typed != (info.get("name"), info.get("county"), info.get("township"))
        if changed and perform(self.app, self, station.update_station, *typed) is None:
            self.tabs.setCurrentIndex(1)
            return
        current = settings.values(ctx)
        for key, box in self.approval_boxes.items():
            if box.isChecked() != bool(current[key]):
                perform(self.app, self, settings.set_value, key, box.isChecked())
        worker = self.worker.currentData()
        switch = touching_everything(station.switch_worker)  # the status line, "mine" lists
        if worker and worker != ctx.worker and perform(self.app, self, switch, worker) is None:
            return
        i18n.save_language(self.app.settings, str(self.language.currentData()))
        super().accept()
