"""First start: set up the station (站点设置), or start from a demo station."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.core.register.records import StationSetup
from desktop.core.register.validation import LABELS
from desktop.core.station import station
from desktop.core.sync.importing import checkpoint_in_background, import_bundle
from desktop.ui.common.forms import ErrorLabel, FieldForm, dialog_buttons, line, notes
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform, perform_in_background, warn
from desktop.ui.sync.sync_passphrase import passphrase_hint


class SetupDialog(QDialog):
    """Accepted with ``wants_demo`` False after the station is saved, True to load the demo."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.wants_demo = False
        self.joined = False
        self.checkpoint: threading.Thread | None = None  # after a join (issue 14)
        self.setWindowTitle(self.tr("站点设置"))
        intro = QLabel(self.tr("欢迎使用社工站工作台。请先填写本站信息，之后可以在“设置”中补充。"))
        intro.setWordWrap(True)
        form = self.form = FieldForm()
        self.station_name = form.add(
            "station", self.tr("站点名称"), line("", self.tr("如 青山镇社工站"))
        )
        self.county = form.add("county", self.tr("县（市、区）"), line())
        self.township = form.add("township", self.tr("乡镇（街道）"), line())
        self.villages = form.add("villages", self.tr("行政村及村民小组"), notes())
        self.villages.setPlaceholderText(
            self.tr(
                "每行一个行政村，冒号后写村民小组，例如：\n青山村：一组 二组 三组\n桃源村：一组 二组"
            )
        )
        # room for the three lines of the example, so the message under it never covers them
        self.villages.setFixedHeight(self.villages.fontMetrics().lineSpacing() * 4 + 16)
        # a one-line message: a wrapped label under a growing field is given too little height by
        # the form and was drawn over the example
        self.form.errors["villages"].setWordWrap(False)
        self.computer = form.add(
            "computer", self.tr("本机名称"), line("", self.tr("如 站点主机、笔记本1"))
        )
        self.worker = form.add("worker", self.tr("社工姓名"), line())
        self.passphrase = form.add(
            "passphrase",
            self.tr("站点同步口令"),
            line("", self.tr("U 盘同步文件用它加密，全站电脑使用同一口令")),
        )
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = form.add("passphrase_again", self.tr("再输一次口令"), line())
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("", passphrase_hint(self))  # how hard to guess it must be, with an example
        self.general_error = ErrorLabel()
        buttons = dialog_buttons(self, self.tr("保存并开始"), self.tr("退出"))
        self.demo_button = QPushButton(self.tr("先看看演示数据"))
        self.demo_button.setObjectName("use_demo")
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.clicked.connect(self.use_demo)
        self.join_button = QPushButton(self.tr("从 U 盘加入已有站点…"))
        self.join_button.setObjectName("join_station")
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.clicked.connect(self.choose_bundle)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _fit(self) -> None:
        """Grow to make room for the messages under the fields (no message covers a field)."""
        for error in self.form.errors.values():
            box = error.parentWidget()
            if (
                box is not None and box.layout() is not None
            ):  # the field and its message, both whole
                box.setMinimumHeight(
                    box.layout().sizeHint().height() if error.isVisibleTo(self) else 0
                )
        self.layout().activate()
        needed = self.layout().totalMinimumSize().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def setup(self) -> StationSetup:
        return StationSetup(
            station=self.station_name.text(),
            county=self.county.text(),
            township=self.township.text(),
            villages=station.parse_village_lines(self.villages.toPlainText()),
            computer=self.computer.text(),
            worker=self.worker.text(),
        )

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择站点主机导出的完整同步包"), "", self.tr("同步包 (*.sdsync)")
        )
        if path:
            self.join_from(Path(path))

    def join_from(self, bundle: Path) -> None:
        """A new laptop joins the station: import the hub's full bundle as this computer and worker.

        Needs 本机名称, 社工姓名 and the station passphrase from the form; runs in the background."""
        self.form.clear_errors()
        missing = [
            FieldError(name, "required", {"label": LABELS[label]})
            for name, label in (
                ("computer", "computer"),
                ("worker", "worker_name"),
                ("passphrase", "passphrase"),
            )
            if not getattr(self, name).text().strip()
        ]
        if missing:
            self.form.show_errors(missing)
            self._fit()
            return
        computer, worker, passphrase = (
            self.computer.text(),
            self.worker.text(),
            self.passphrase.text(),
        )

        def work(ctx, state):  # in the task thread, with its own connection
            return import_bundle(ctx, bundle, passphrase, state, computer=computer, worker=worker)

        def done(_summary: object, _cancelled: bool) -> None:
            self.joined = station.current(self.app.ctx) is not None
            if self.joined:
                # the checkpoint the import left, while the main window opens (issue 14)
                self.checkpoint = checkpoint_in_background(self.app.db_path)
                super(SetupDialog, self).accept()

        self.join_task = perform_in_background(
            self.app,
            self,
            self.tr("正在导入站点数据…"),
            work,
            done,
            writes=True,
            on_failure=lambda error: warn(self, error, self.tr("无法加入站点")),
        )

    def use_demo(self) -> None:
        self.wants_demo = True
        super().accept()

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        if passphrase != self.passphrase_again.text():
            self.form.clear_errors()
            self.form.errors["passphrase_again"].show_message(
                self.tr("两次输入的口令不一致，请重新输入。")
            )
            self._fit()
            return
        failed: list[StationDeskError] = []
        perform(
            self.app,
            self,
            station.setup_station,
            self.setup(),
            passphrase,
            on_failure=failed.append,
        )
        if failed and isinstance(failed[0], ValidationError):
            self.form.show_errors(failed[0].errors)
            self._fit()
            return
        if failed:
            warn(self, failed[0])
            return
        super().accept()
