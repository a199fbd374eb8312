"""The coverage page's 导出 Excel… and 打印…: the month's coverage as a workbook with its chart,
or as a printed page, made in the background."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.context import Context
from desktop.core.tasks import TaskState
from desktop.ui.common.forms import run_modal
from desktop.ui.printing.print_jobs import show_error
from desktop.ui.reports.export_dialog import ExportDialog
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform_in_background


def _tr(text: str) -> str:
    """Translated in the context "coverage_actions" (each literal is listed with QT_TRANSLATE_NOOP below)."""
    return QCoreApplication.translate("coverage_actions", text)


STRINGS = [
    QT_TRANSLATE_NOOP("coverage_actions", "探访率-{0}.xlsx"),
    QT_TRANSLATE_NOOP("coverage_actions", "导出探访率"),
    QT_TRANSLATE_NOOP("coverage_actions", "已保存 {0}"),
    QT_TRANSLATE_NOOP("coverage_actions", "正在导出探访率…"),
    QT_TRANSLATE_NOOP("coverage_actions", "{0} 年 {1} 月探访率"),
    QT_TRANSLATE_NOOP("coverage_actions", "正在生成“{0}”…"),
]


def export(parent: QWidget, app: AppContext, year: int, month: int) -> None:
    name = _tr("探访率-{0}.xlsx").format(f"{year}-{month:02d}")
    dialog = ExportDialog(_tr("导出探访率"), name, app.settings, personal=False, parent=parent)
    try:
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        path = dialog.path()
    finally:
        dialog.deleteLater()

    def work(ctx: Context, state: TaskState):
        from desktop.core.reports import coverage

        return coverage.export(ctx, year, month, path)

    def done(result, cancelled: bool) -> None:
        if cancelled or result is None:
            return
        target, _changes = result
        run_modal(
            QMessageBox(
                QMessageBox.Icon.Information,
                _tr("导出探访率"),
                _tr("已保存 {0}").format(target),
                parent=parent,
            )
        )

    perform_in_background(
        app,
        parent,
        _tr("正在导出探访率…"),
        work,
        done,
        on_failure=lambda error: show_error(parent, app, error),
    )


def print_preview(parent: QWidget, app: AppContext, year: int, month: int) -> None:
    title = _tr("{0} 年 {1} 月探访率").format(year, month)

    def work(ctx: Context, state: TaskState) -> bytes:
        from desktop import printing
        from desktop.core.reports import coverage
        from desktop.printing.reports import coverage_pdf

        return coverage_pdf(
            coverage.data(ctx, year, month), printing.printed_line(ctx.worker, ctx.now())
        )

    def done(data: bytes | None, cancelled: bool) -> None:
        if cancelled or not data:
            return
        from desktop.ui.printing.print_preview import PrintPreviewDialog

        run_modal(
            PrintPreviewDialog(data, title, f"探访率-{year}-{month:02d}.pdf", parent, app.settings)
        )

    perform_in_background(
        app,
        parent,
        _tr("正在生成“{0}”…").format(title),
        work,
        done,
        on_failure=lambda error: show_error(parent, app, error),
    )
