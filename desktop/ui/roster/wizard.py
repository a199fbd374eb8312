"""文件 → 导入名册…: a wizard over the core's roster import. Reading, the dry run and the import run
in the background (desktop/ui/shell/tasks.py) with a progress bar and cancel; nothing is written before
the last step, and the import is one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from desktop.core.errors import StationDeskError
from desktop.core.roster import apply as roster_apply
from desktop.core.roster import error_book, mappings
from desktop.core.roster.plan import Options, Plan
from desktop.ui.common.labels import error_text
from desktop.ui.roster.pages import FilePage, MappingPage
from desktop.ui.roster.results import CheckPage, SummaryPage
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform_in_background, warn

FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, SUMMARY_PAGE = range(4)


class RosterWizard(QWizard):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("导入名册"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.opened: mappings.Opened | None = None
        self.plan: Plan | None = None
        self.result: roster_apply.Result | None = None
        self.busy = False
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.summary_page = SummaryPage(self)
        for i, page in enumerate(
            (self.file_page, self.mapping_page, self.check_page, self.summary_page)
        ):
            self.setPage(i, page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(900, 620)

    def reject(self) -> None:
        if self.busy:  # the task's own progress dialog has the cancel button
            return
        super().reject()

    # -- background work -------------------------------------------------------------------------
    def work(self, title: str, fn: Any, done: Any, writes: bool = False) -> None:
        """Run ``fn(ctx, state)`` in the background; ``done(result)`` unless cancelled or failed.
        ``writes``: it writes the register (every page refreshes afterwards)."""
        self.busy = True

        def finished(result: Any, cancelled: bool) -> None:
            if cancelled:
                QMessageBox.information(
                    self, self.tr("导入名册"), self.tr("已取消，没有写入任何内容。")
                )
                return
            done(result)

        def idle() -> None:
            self.busy = False

        perform_in_background(
            self.app,
            self,
            title,
            fn,
            finished,
            writes=writes,
            on_failure=lambda error: warn(self, error, self.tr("导入名册")),
            on_finished=idle,
        )

    def options(self) -> Options:
        return Options(
            tag=self.file_page.tag.currentData() or "",
            roster_date=self.file_page.roster_date.text().strip(),
            source=self.file_page.source.currentText().strip(),
            confirmed=self.check_page.confirmed(),
        )

    def save_errors(self) -> None:
        plan = self.result.plan if self.result else self.plan
        if plan is None:
            return
        dialog = QFileDialog(self, self.tr("保存错误清单"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel 工作簿 (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        stem = Path(plan.table.file_name).stem
        dialog.selectFile(str(Path(self.file_page.path.text()).with_name(f"{stem}-错误清单.xlsx")))
        if not dialog.exec():
            return
        target = dialog.selectedFiles()[0]
        try:
            rows = error_book.write(plan, target)
        except StationDeskError as exc:
            QMessageBox.warning(self, self.tr("导入名册"), error_text(exc))
            return
        self.last_error_book = target
        QMessageBox.information(
            self,
            self.tr("导入名册"),
            self.tr("错误清单（{0} 行）已保存到 {1}").format(rows, target),
        )
