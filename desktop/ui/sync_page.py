"""同步 page: hand records over by file (U 盘) — export a bundle, import one after a preview,
review conflicts, and see the station's other computers.

The file dialogs are thin wrappers (``choose_export_folder``, ``choose_import_file``) around
``export_to(folder)`` and ``import_file(path)``, which tests call directly. Both run in the
background through ``run_task`` with plain values (paths and the passphrase), never widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.services import sync
from desktop.core.sync.recorder import ChangeSet
from desktop.core.tasks import TaskState
from desktop.ui.appcontext import AppContext
from desktop.ui.crash import show_crash
from desktop.ui.forms import run_modal
from desktop.ui.labels import error_text
from desktop.ui.tasks import run_task

FOLDER_KEY = "sync/last_folder"
IMPORT_KEY = "sync/last_import_folder"
EVERYTHING = "__all__"


def table_label(table: str) -> str:
    names = {
        "households": QCoreApplication.translate("SyncPage", "户"),
        "persons": QCoreApplication.translate("SyncPage", "人员"),
        "visits": QCoreApplication.translate("SyncPage", "走访记录"),
        "visit_followups": QCoreApplication.translate("SyncPage", "跟进事项"),
        "crisis_alerts": QCoreApplication.translate("SyncPage", "危机提示"),
        "villages": QCoreApplication.translate("SyncPage", "行政村"),
        "workers": QCoreApplication.translate("SyncPage", "社工"),
        "tag_types": QCoreApplication.translate("SyncPage", "标签"),
        "station": QCoreApplication.translate("SyncPage", "站点"),
        "observation_domains": QCoreApplication.translate("SyncPage", "观察项"),
        "visit_rules": QCoreApplication.translate("SyncPage", "走访周期规则"),
    }
    return names.get(table, table)


def counts_text(rows: dict[str, int]) -> str:
    sep = QCoreApplication.translate("SyncPage", "，")
    parts = [f"{table_label(t)} {n}" for t, n in sorted(rows.items()) if n]
    return sep.join(parts) or QCoreApplication.translate("SyncPage", "无")


def when_text(stamp: str) -> str:
    return stamp[:16].replace("T", " ") if stamp else ""


class SyncPage(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.last_summary: sync.ImportSummary | None = None
        self.last_export: sync.ExportResult | None = None
        self.last_message = ""
        self._conflicts: list[sync.Conflict] = []
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("同步口令：")))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("本次使用，不会保存"))
        top.addWidget(self.passphrase, 1)
        self.passphrase_note = QLabel()
        self.passphrase_note.setWordWrap(True)
        top.addWidget(self.passphrase_note, 2)
        layout.addLayout(top)

        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("导出内容：")))
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        actions.addWidget(self.scope, 1)
        self.export_button = QPushButton(self.tr("导出到文件夹…"))
        self.export_button.clicked.connect(self.choose_export_folder)
        actions.addWidget(self.export_button)
        self.import_button = QPushButton(self.tr("导入同步包…"))
        self.import_button.clicked.connect(self.choose_import_file)
        actions.addWidget(self.import_button)
        layout.addLayout(actions)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        box = QGroupBox(self.tr("待核对的冲突"))
        column = QVBoxLayout(box)
        self.conflict_table = self._table("conflicts", [self.tr("记录"), self.tr("项目"), self.tr("值一"),
                                                        self.tr("值二")])
        column.addWidget(self.conflict_table)
        buttons = QHBoxLayout()
        self.keep_first = QPushButton(self.tr("保留值一"))
        self.keep_first.clicked.connect(lambda: self.keep_value(self.conflict_table.currentRow(), 0))
        self.keep_second = QPushButton(self.tr("保留值二"))
        self.keep_second.clicked.connect(lambda: self.keep_value(self.conflict_table.currentRow(), 1))
        buttons.addWidget(self.keep_first)
        buttons.addWidget(self.keep_second)
        buttons.addStretch(1)
        column.addLayout(buttons)
        layout.addWidget(box, 2)

        box = QGroupBox(self.tr("本站的其他电脑"))
        column = QVBoxLayout(box)
        self.peer_table = self._table("peers", [self.tr("电脑"), self.tr("社工"), self.tr("最近交换"),
                                                self.tr("状态")])
        column.addWidget(self.peer_table)
        layout.addWidget(box, 1)

        app.changed.connect(self.on_changed)
        self.reload()

    def page_title(self) -> str:
        return self.tr("同步")

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    # -- lists ----------------------------------------------------------------------------------
    def on_changed(self, changes: ChangeSet) -> None:
        self.reload()

    def reload(self) -> None:
        ctx = self.app.ctx
        self.passphrase_note.setText(
            "" if sync.has_passphrase(ctx)
            else self.tr("本机还没有同步口令：先导入站点主机导出的同步包，或请站长设置口令。"))
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("全部"), EVERYTHING)
        peers = sync.peer_list(ctx)
        for p in peers:
            self.scope.addItem(self.tr("“{0}”还没确认收到的").format(p.computer or p.replica_id[:8]), p.replica_id)
        index = self.scope.findData(chosen)
        self.scope.setCurrentIndex(max(index, 0))
        self.peer_table.setRowCount(len(peers))
        for r, p in enumerate(peers):
            if p.in_step:
                state = self.tr("已同步")
            else:
                parts = []
                if p.missing_there:
                    parts.append(self.tr("对方缺本机 {0} 条").format(p.missing_there))
                if p.missing_here:
                    parts.append(self.tr("本机缺对方 {0} 条").format(p.missing_here))
                state = self.tr("，").join(parts)
            for c, text in enumerate((p.label, p.worker, when_text(p.heard_at), state)):
                self.peer_table.setItem(r, c, QTableWidgetItem(text))
        self._conflicts = sync.conflicts(ctx)
        self.conflict_table.setRowCount(len(self._conflicts))
        for r, conflict in enumerate(self._conflicts):
            first, second = self._choices(conflict)
            texts = (conflict.label, table_label(conflict.table) + " · " + conflict.field, first[1], second[1])
            for c, text in enumerate(texts):
                self.conflict_table.setItem(r, c, QTableWidgetItem(text))
        self.conflict_table.resizeRowsToContents()

    def _who(self, v: sync.ConflictValue) -> str:
        return self.tr("{0}（{1}，{2}）").format(v.author or "?", v.computer or "?", when_text(v.when))

    def _choices(self, conflict: sync.Conflict) -> tuple[tuple[Any, str], tuple[Any, str]]:
        """The two values a conflict row offers: (value to keep, text shown)."""
        if conflict.kind == "deleted":
            who = self._who(conflict.values[0]) if conflict.values else ""
            edits = [v for vs in conflict.edits.values() for v in vs]
            by = self._who(edits[0]) if edits else ""
            return (1, self.tr("已删除") + "\n" + who), (0, self.tr("恢复并保留修改") + "\n" + by)
        values = list(conflict.values) + [None, None]
        out = []
        for v in values[:2]:
            if v is None:
                out.append((None, ""))
            else:
                shown = "" if v.value is None else str(v.value)
                out.append((v.value, f"{shown}\n{self._who(v)}"))
        return out[0], out[1]

    def keep_value(self, row: int, which: int) -> None:
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]
        value, text = self._choices(conflict)[which]
        if not text:
            return
        result = self.app.run(self, sync.resolve_conflict, conflict.table, conflict.row_id, conflict.field, value)
        if result is None:
            self.reload()

    # -- errors -----------------------------------------------------------------------------------
    def show_error(self, error: object) -> None:
        if isinstance(error, StationDeskError):
            self.last_message = error_text(error)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("无法完成"), self.last_message, parent=self)
            run_modal(box)
        else:
            show_crash(self, str(error), self.app.data_dir / "logs")

    def _passphrase(self) -> str:
        return self.passphrase.text()

    # -- export -----------------------------------------------------------------------------------
    def choose_export_folder(self) -> None:
        start = str(self.app.settings.value(FOLDER_KEY, "") or "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出到的文件夹（如 U 盘）"), start)
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Export into ``folder`` in the background: everything, or what the chosen peer lacks."""
        self.app.settings.setValue(FOLDER_KEY, str(folder))
        passphrase = self._passphrase()
        chosen = self.scope.currentData()
        full = chosen == EVERYTHING
        peer = None if full else str(chosen)

        def work(ctx: Context, state: TaskState) -> sync.ExportResult:
            return sync.export(ctx, folder, passphrase, full=full, peer=peer, state=state)

        self.last_export = None
        run_task(self, self.tr("正在导出同步包"), self.app.db_path, work, self._exported, self.show_error)

    def _exported(self, result: sync.ExportResult | None, cancelled: bool) -> None:
        if cancelled or result is None:
            return
        self.last_export = result
        what = self.tr("全部数据") if result.full else self.tr("“{0}”尚未确认的更改").format(result.peer)
        self.result_label.setText(self.tr("已导出{0}：{1} 条更改（{2}），保存在 {3}").format(
            what, result.changes, counts_text(result.rows), str(result.path)))
        self.reload()

    # -- import -----------------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        start = str(self.app.settings.value(IMPORT_KEY, "") or self.app.settings.value(FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择同步包"), start,
                                              self.tr("同步包 (*.sdsync)"))
        if path:
            self.import_file(Path(path))

    def preview_text(self, preview: sync.Preview) -> str:
        lines = [
            self.tr("来自：{0}（{1}）").format(preview.computer, preview.worker),
            self.tr("导出时间：{0}").format(when_text(preview.created_at)),
            self.tr("内容：{0}").format(counts_text(preview.rows)),
            self.tr("其中本机还没有的更改：{0} 条").format(preview.new_changes),
        ]
        if preview.already_imported:
            lines.append(self.tr("这个同步包之前已经导入过，再次导入不会有改动。"))
        return "\n".join(lines)

    def import_file(self, path: Path) -> None:
        """Preview ``path``, ask, then import it in the background."""
        self.app.settings.setValue(IMPORT_KEY, str(path.parent))
        passphrase = self._passphrase()
        try:
            preview = sync.inspect(self.app.ctx, path, passphrase)
        except StationDeskError as exc:
            self.show_error(exc)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("导入同步包"), self.preview_text(preview),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("导入"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if run_modal(box) != QMessageBox.StandardButton.Yes:
            return

        def work(ctx: Context, state: TaskState) -> sync.ImportSummary:
            return sync.import_bundle(ctx, path, passphrase, state)

        self.last_summary = None
        run_task(self, self.tr("正在导入同步包"), self.app.db_path, work, self._imported, self.show_error)

    def summary_text(self, s: sync.ImportSummary) -> str:
        if s.kind == "receipt":
            return self.tr("已读取 {0} 的回执。").format(s.computer)
        if s.already_imported:
            return self.tr("这个同步包之前已经导入过，本次没有改动（来自 {0}）。").format(s.computer)
        text = self.tr("已导入 {0}（{1}）的同步包：新增 {2}（{3}），更新 {4}，冲突 {5}，拒收 {6}。").format(
            s.computer, s.worker, s.new_total, counts_text(s.new), s.updated_total, s.conflicts, s.refused)
        if s.pending:
            text += self.tr("\n有 {0} 条更改要等更早的同步包到了才能导入。").format(s.pending)
        if s.conflicts:
            text += self.tr("\n有冲突需要核对：请在下方列表逐条确认。")
        if s.receipt_error:
            text += self.tr("\n回执没有写成：{0}").format(s.receipt_error)
        return text

    def _imported(self, summary: sync.ImportSummary | None, cancelled: bool) -> None:
        if summary is not None:
            self.last_summary = summary
            self.result_label.setText(self.summary_text(summary))
        # the background thread wrote through its own connection: every page reloads
        self.app.everything_changed()
        if summary is not None and not cancelled:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("导入完成"), self.summary_text(summary),
                              parent=self)
            run_modal(box)
