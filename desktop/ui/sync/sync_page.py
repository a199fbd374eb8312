"""同步 page: hand records over by file (U 盘) — export a bundle, import one after a preview,
review conflicts, and see the station's other computers.

The file dialogs are thin wrappers (``choose_export_folder``, ``choose_import_file``) around
``export_to(folder)`` and ``import_file(path)``, which tests call directly. Both run in the
background through ``perform_in_background`` (desktop/ui/shell/operations.py) with plain values
(paths and the passphrase), never widgets.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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
from desktop.core.sync import backups, sync_keys, undo
from desktop.core.sync.applying import ImportSummary
from desktop.core.sync.conflicts import Conflict, to_review
from desktop.core.sync.export import ExportResult, export
from desktop.core.sync.importing import (
    Preview,
    after_import_in_background,
    daily_copy_due,
    import_bundle,
    inspect,
)
from desktop.core.sync.status import peer_list
from desktop.core.tasks import TaskState
from desktop.ui.common.follow import ReloadWhenShown
from desktop.ui.common.forms import confirm, run_modal
from desktop.ui.common.labels import error_text
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.crash import show_crash
from desktop.ui.shell.operations import background_running, perform_in_background
from desktop.ui.sync import sync_notes
from desktop.ui.sync.restore_dialog import RestoreDialog
from desktop.ui.sync.sync_conflicts import ConflictDialog
from desktop.ui.sync.sync_passphrase import PassphraseDialog
from desktop.ui.sync.sync_texts import (
    counts_words,
    field_label,
    item_text,
    one_line,
    record_text,
    value_text,
    when_text,
    who_text,
)

FOLDER_KEY = "sync/last_folder"
IMPORT_KEY = "sync/last_import_folder"
EVERYTHING = "__all__"


class SyncPage(ReloadWhenShown, QWidget):
    copied = Signal(str)  # the day's copy after an import is made ("" or why not)
    WATCHED = None  # every change: what there is to export, the peers, the conflicts

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.after_import: threading.Thread | None = None  # checkpoint, day's copy
        self.copied.connect(self._copied)
        self.app = app
        self.last_summary: ImportSummary | None = None
        self.last_export: ExportResult | None = None
        self.last_message = ""
        self._conflicts: list[Conflict] = []
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("同步口令：")))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("本次使用，不会保存"))
        top.addWidget(self.passphrase, 1)
        self.passphrase_note = QLabel()
        self.passphrase_note.setObjectName("passphrase_note")
        self.passphrase_note.setWordWrap(True)
        top.addWidget(self.passphrase_note, 2)
        self.set_passphrase_button = QPushButton(self.tr("设置同步口令…"))
        self.set_passphrase_button.setObjectName("set_passphrase")
        self.set_passphrase_button.clicked.connect(self.open_passphrase_dialog)
        top.addWidget(self.set_passphrase_button)
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
        self.undo_button = QPushButton(self.tr("撤销上次导入…"))
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(self.undo_last_import)
        actions.addWidget(self.undo_button)
        self.restore_button = QPushButton(self.tr("恢复备份…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.choose_backup)
        actions.addWidget(self.restore_button)
        layout.addLayout(actions)
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.backup_label = QLabel()  # where the database's backups are (issue 14)
        self.backup_label.setObjectName("backups")
        self.backup_label.setWordWrap(True)
        layout.addWidget(self.backup_label)

        self.conflict_box = box = QGroupBox(self.tr("待核对的冲突"))
        column = QVBoxLayout(box)
        self.conflict_table = self._table(
            "conflicts", [self.tr("记录"), self.tr("项目"), self.tr("各台电脑上的值")]
        )
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.setColumnWidth(0, 260)
        self.conflict_table.setWordWrap(True)
        self.conflict_table.doubleClicked.connect(lambda index: self.review(index.row()))
        self.conflict_table.itemSelectionChanged.connect(self._selection_changed)
        # rows as high as their wrapped values, whatever the width
        header.sectionResized.connect(lambda *_: self.conflict_table.resizeRowsToContents())
        column.addWidget(self.conflict_table)
        buttons = QHBoxLayout()
        self.conflict_hint = QLabel()
        self.conflict_hint.setObjectName("conflict_hint")
        self.conflict_hint.setWordWrap(True)
        buttons.addWidget(self.conflict_hint, 1)
        self.review_button = QPushButton(self.tr("核对并处理…"))
        self.review_button.setObjectName("review_conflict")
        self.review_button.clicked.connect(lambda: self.review(self.conflict_table.currentRow()))
        buttons.addWidget(self.review_button)
        column.addLayout(buttons)
        layout.addWidget(box, 2)

        box = QGroupBox(self.tr("本站的其他电脑"))
        column = QVBoxLayout(box)
        self.peer_table = self._table(
            "peers", [self.tr("电脑"), self.tr("社工"), self.tr("最近交换"), self.tr("状态")]
        )
        column.addWidget(self.peer_table)
        layout.addWidget(box, 1)

        app.changed.connect(self.on_changed)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.conflict_table.resizeRowsToContents()

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
    def reload(self) -> None:
        self.dirty = False
        ctx = self.app.ctx
        has_passphrase = sync_keys.has_passphrase(ctx)
        self.backup_label.setText(sync_notes.backups_note(self.app.db_path))
        records = undo.records(ctx)
        self.undo_button.setEnabled(bool(records) and records[0].can_undo)
        self.undo_button.setToolTip(
            self.tr("撤销 {0} 导入的 {1}（来自 {2}）").format(
                records[0].imported_at, records[0].file_name, records[0].computer
            )
            if records and records[0].can_undo
            else self.tr("导入同步包之后本机还没有别的改动时，可以撤销那次导入。")
        )
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("全部"), EVERYTHING)
        peers = peer_list(ctx)
        for p in peers:
            self.scope.addItem(
                self.tr("“{0}”还没确认收到的").format(p.computer or p.replica_id[:8]), p.replica_id
            )
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
        self.passphrase_note.setText(
            ""
            if has_passphrase
            else self.tr(
                "本机还没有同步口令：如果本站其他电脑已有口令，请导入站点主机导出的同步包；"
                "否则请站长在这里设置口令。"
            )
        )
        self.set_passphrase_button.setVisible(not has_passphrase)
        self._conflicts = to_review(ctx)
        self.conflict_box.setTitle(
            self.tr("待核对的冲突（{0}）").format(len(self._conflicts))
            if self._conflicts
            else self.tr("待核对的冲突")
        )
        self.conflict_hint.setText(
            self.tr(
                "同一项在几台电脑上被改成了不同的值，或者记录删除后又被修改。请逐条核对，决定保留哪个值。"
            )
            if self._conflicts
            else self.tr("没有待核对的冲突。")
        )
        self.conflict_table.setRowCount(len(self._conflicts))
        for r, conflict in enumerate(self._conflicts):
            texts = (record_text(conflict), item_text(conflict), self.values_text(conflict))
            for c, text in enumerate(texts):
                self.conflict_table.setItem(r, c, QTableWidgetItem(text))
        self.conflict_table.resizeRowsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.review_button.setEnabled(0 <= self.conflict_table.currentRow() < len(self._conflicts))

    def values_text(self, conflict: Conflict) -> str:
        """Every alive value on a line of its own, with who wrote it where and when."""
        c = conflict
        if c.kind == "deleted":
            lines = [self.tr("已删除：{0}").format(who_text(v)) for v in c.values]
            for name, values in c.edits.items():
                for v in values:
                    lines.append(
                        self.tr("删除前未看到的修改：{0} 改为 {1}（{2}）").format(
                            field_label(c.table, name),
                            one_line(value_text(c.table, name, v.value, c.names, masked=True), 40),
                            who_text(v),
                        )
                    )
            return "\n".join(lines)
        return "\n".join(
            self.tr("{0}. {1}（{2}）").format(
                n,
                one_line(value_text(c.table, c.field, v.value, c.names, masked=True)),
                who_text(v),
            )
            for n, v in enumerate(c.values, 1)
        )

    def review(self, row: int) -> None:
        """Open the decision for conflict ``row``; the list reloads when it is saved."""
        if not 0 <= row < len(self._conflicts):
            return
        dialog = ConflictDialog(self.app, self._conflicts[row], self)
        run_modal(dialog)
        self.reload()

    def open_passphrase_dialog(self) -> None:
        dialog = PassphraseDialog(self.app, self)
        if run_modal(dialog) == PassphraseDialog.DialogCode.Accepted:
            self.passphrase.setText(dialog.passphrase)
            self.result_label.setText(
                self.tr("已设置本站同步口令。请把口令告诉本站使用社工站工作台的同事，并妥善保管。")
            )
        self.reload()

    # -- errors -----------------------------------------------------------------------------------
    def show_error(self, error: object) -> None:
        if isinstance(error, StationDeskError):
            self.last_message = error_text(error)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("无法完成"), self.last_message, parent=self
            )
            run_modal(box)
        else:
            show_crash(self, str(error), self.app.data_dir / "logs")

    def _passphrase(self) -> str:
        return self.passphrase.text()

    # -- export -----------------------------------------------------------------------------------
    def choose_export_folder(self) -> None:
        start = str(self.app.settings.value(FOLDER_KEY, "") or "")
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择导出到的文件夹（如 U 盘）"), start
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Export into ``folder`` in the background: everything, or what the chosen peer lacks."""
        self.app.settings.setValue(FOLDER_KEY, str(folder))
        passphrase = self._passphrase()
        chosen = self.scope.currentData()
        full = chosen == EVERYTHING
        peer = None if full else str(chosen)

        def work(ctx: Context, state: TaskState) -> ExportResult:
            return export(ctx, folder, passphrase, full=full, peer=peer, state=state)

        self.last_export = None
        perform_in_background(
            self.app,
            self,
            self.tr("正在导出同步包"),
            work,
            self._exported,
            on_failure=self.show_error,
        )

    def _exported(self, result: ExportResult | None, cancelled: bool) -> None:
        if cancelled or result is None:
            return
        self.last_export = result
        self.result_label.setText(
            self.export_text(result)
            + "".join("\n" + n for n in [sync_notes.export_note(result)] if n)
        )
        self.reload()

    def export_text(self, result: ExportResult) -> str:
        """What was written, where, and what to do next, in plain words."""
        if result.full:
            what = self.tr("已导出全部数据：{0}。").format(counts_words(result.rows))
            whom = self.tr("要交换数据的电脑（如站里的电脑）")
        else:
            what = self.tr("已导出“{0}”还没有的更改：{1}。").format(
                result.peer, counts_words(result.rows)
            )
            whom = self.tr("“{0}”").format(result.peer)
        return "\n".join(
            (
                what,
                self.tr("文件：{0}").format(str(result.path)),
                self.tr(
                    "下一步：把 U 盘带到{0}，在那里打开“同步”页，点“导入同步包…”，选这个文件，"
                    "输入同一个同步口令。"
                ).format(whom),
            )
        )

    # -- import -----------------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        start = str(
            self.app.settings.value(IMPORT_KEY, "") or self.app.settings.value(FOLDER_KEY, "") or ""
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择同步包"), start, self.tr("同步包 (*.sdsync)")
        )
        if path:
            self.import_file(Path(path))

    def preview_text(self, preview: Preview) -> str:
        lines = [
            self.tr("来自：{0}（{1}）").format(preview.computer, preview.worker),
            self.tr("导出时间：{0}").format(when_text(preview.created_at)),
            self.tr("内容：{0}").format(counts_words(preview.rows)),
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
            preview = inspect(self.app.ctx, path, passphrase)
        except StationDeskError as exc:
            self.show_error(exc)
            return
        if not confirm(self, self.tr("导入同步包"), self.preview_text(preview), self.tr("导入")):
            return

        def work(ctx: Context, state: TaskState) -> ImportSummary:
            return import_bundle(ctx, path, passphrase, state)

        self.last_summary = None
        perform_in_background(
            self.app,
            self,
            self.tr("正在导入同步包"),
            work,
            self._imported,
            writes=True,  # through the task's own connection: every page reloads
            on_failure=self.show_error,
        )

    # -- undo the last import -----------------------------------------------------------------
    def undo_last_import(self) -> None:
        """Put the database back as it was before the last import (issue 14), after asking."""
        records = undo.records(self.app.ctx)
        if not records or not records[0].can_undo:
            return
        last = records[0]
        question = self.tr(
            "撤销 {0} 导入的同步包 {1}（来自 {2}）？\n"
            "本机数据会回到导入前的样子；对方电脑上的数据不受影响，以后可以再导入。"
        ).format(last.imported_at, last.file_name, last.computer)
        if not confirm(self, self.tr("撤销上次导入"), question, self.tr("撤销导入")):
            return
        perform_in_background(
            self.app,
            self,
            self.tr("正在撤销导入"),
            lambda ctx, state: undo.undo_last(ctx),
            self._undone,
            writes=True,  # through the task's own connection: every page reloads
            on_failure=self.show_error,
        )

    def choose_backup(self) -> None:
        """恢复备份…: choose a copy; the program closes, puts it back and opens again."""
        if background_running():
            warn_text = self.tr("还有工作在后台进行（导入、导出或打印），请等它完成后再恢复备份。")
            run_modal(
                QMessageBox(
                    QMessageBox.Icon.Information, self.tr("恢复备份"), warn_text, parent=self
                )
            )
            return
        found = backups.list_backups(self.app.db_path)
        if not found:
            none_text = self.tr(
                "还没有备份：每天第一次导入同步包后、升级程序前，都会自动备份一份。"
            )
            run_modal(
                QMessageBox(
                    QMessageBox.Icon.Information, self.tr("恢复备份"), none_text, parent=self
                )
            )
            return
        dialog = RestoreDialog(found, self)
        if run_modal(dialog) == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.app.close_to_restore(dialog.chosen.name)

    def _undone(self, done: undo.UndoRecord | None, cancelled: bool) -> None:
        if done is not None:
            self.result_label.setText(
                self.tr(
                    "已撤销 {0} 导入的同步包 {1}（来自 {2}），本机数据回到了导入前的样子。"
                ).format(done.imported_at, done.file_name, done.computer)
            )
        self.reload()

    def summary_text(self, s: ImportSummary) -> str:
        if s.kind == "receipt":
            return self.tr("已读取 {0} 的回执。").format(s.computer)
        if s.already_imported:
            return self.tr("这个同步包之前已经导入过，本次没有改动（来自 {0}）。").format(
                s.computer
            )
        text = self.tr("已导入 {0}（{1}）的同步包。").format(s.computer, s.worker)
        text += "\n" + self.tr("新加入本机：{0}。").format(counts_words(s.new))
        if s.updated_total:
            text += "\n" + self.tr("更新了本机已有的：{0}。").format(counts_words(s.updated))
        if s.refused:
            text += "\n" + self.tr("有 {0} 条更改没有收下（编号重复，详见导入报告）。").format(
                s.refused
            )
        if s.pending:
            text += self.tr("\n有 {0} 条更改要等更早的同步包到了才能导入。").format(s.pending)
        if s.conflicts:
            text += self.tr("\n有冲突需要核对：请在下方列表逐条确认。")
        if s.receipt_error:
            text += self.tr("\n回执没有写成：{0}").format(s.receipt_error)
        if s.undo:
            text += self.tr("\n这次导入可以撤销（本机还没有别的改动时）：点“撤销上次导入…”。")
        text += "".join("\n" + n for n in [sync_notes.import_note(s)] if n)
        text += "\n" + self.tr(
            "下一步：如果{0}也要本机的新数据，在这里点“导出到文件夹…”，再把 U 盘带回去导入。"
        ).format(s.computer)
        return text

    def _copied_in_thread(self, _made: Path | None, error: str) -> None:
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            self.copied.emit(error)  # queued to the GUI thread

    def _copied(self, error: str) -> None:
        self.backup_label.setText(sync_notes.backups_note(self.app.db_path))
        if error:
            self.result_label.setText(self.result_label.text() + "\n" + error)

    def _imported(self, summary: ImportSummary | None, cancelled: bool) -> None:
        if summary is not None:
            self.last_summary = summary
            self.result_label.setText(self.summary_text(summary))
        self.reload()  # its peers and conflicts, shown or not (the page is where this started)
        if summary is not None and not cancelled and daily_copy_due(summary):
            # the checkpoint the import left, then the day's full copy if there is none yet,
            # while the worker reads the result (issue 14): never inside the import
            self.after_import = after_import_in_background(
                self.app.db_path, self.app.ctx.clock, self._copied_in_thread
            )
        if summary is not None and not cancelled:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("导入完成"),
                self.summary_text(summary),
                parent=self,
            )
            run_modal(box)
