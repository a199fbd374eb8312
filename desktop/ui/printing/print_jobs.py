"""Making a document off the GUI thread, then showing it in the preview.

One document or a batch (many records of one kind into one PDF) runs as a background task
(desktop.ui.shell.operations.perform_in_background) with progress and cancel: gathering the data from the database, then
laying out the pages. A character the font cannot draw stops it with a message naming record,
field and character.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.tasks import TaskState
from desktop.ui.common.forms import run_modal
from desktop.ui.common.labels import error_text
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.crash import show_crash
from desktop.ui.shell.operations import perform_in_background


def file_name(app: AppContext, kind_title: str, record_id: str = "", *, code: str = "") -> str:
    """The name a saved PDF is offered under: the title, the record's short code (or ``code``,
    such as a village) and the day, "家庭档案-1A2B3C4D-20261129.pdf"."""
    code = code or (record_id.replace("-", "")[:8].upper() if record_id else "")
    stamp = app.ctx.today().strftime("%Y%m%d")
    return f"{kind_title}{'-' + code if code else ''}-{stamp}.pdf"


def make_pdf(
    ctx: Context, state: TaskState, kind: str, ids: list[str] | None, **options: Any
) -> bytes:
    """Runs in the task thread: ``ids`` None makes the one document ``options`` describe
    (a route list, a blank form); otherwise one document per id, into one PDF."""
    from desktop import printing
    from desktop.core.documents import documents

    printed = printing.printed_line(ctx.worker, ctx.now())
    if ids is None:
        return printing.pdf(
            kind, [documents.gather(ctx, kind, options.pop("record_id", None), **options)], printed
        )
    n = len(ids)
    items = documents.gather_many(ctx, kind, ids, state, 2 * n, **options)

    def on_document(i: int) -> None:
        state.check()
        state.progress(n + i, 2 * n)

    return printing.pdf(kind, items, printed, on_document)


def show_error(parent: QWidget, app: AppContext, error: object) -> None:
    from desktop.printing import MissingGlyphError

    if isinstance(error, StationDeskError):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("print_jobs", "无法打印"),
            error_text(error),
            parent=parent,
        )
        if isinstance(error, MissingGlyphError) and len(error.problems) > 1:
            box.setDetailedText(
                "\n".join(f"{p.record}　{p.field}　“{p.char}”（{p.code}）" for p in error.problems)
            )
        run_modal(box)
    else:
        show_crash(parent, str(error), app.data_dir / "logs")


def print_preview(
    parent: QWidget,
    app: AppContext,
    kind: str,
    title: str,
    name: str,
    ids: list[str] | None = None,
    ids_of: Callable[[Context], list[str]] | None = None,
    **options: Any,
) -> None:
    """Make the document(s) in the background, then open the preview. ``ids_of(ctx)`` finds the
    ids in the task thread (a batch chosen by village, month…)."""

    def work(ctx: Context, state: TaskState) -> bytes | None:
        chosen = ids_of(ctx) if ids_of is not None else ids
        if chosen is not None and not chosen:
            raise StationDeskError("print.nothing")
        return make_pdf(ctx, state, kind, chosen, **options)

    def done(data: bytes | None, cancelled: bool) -> None:
        if cancelled or not data:
            return
        from desktop.ui.printing.print_preview import PrintPreviewDialog

        run_modal(PrintPreviewDialog(data, title, name, parent, app.settings))

    perform_in_background(
        app,
        parent,
        QCoreApplication.translate("print_jobs", "正在生成“{0}”…").format(title),
        work,
        done,
        on_failure=lambda error: show_error(parent, app, error),
    )
