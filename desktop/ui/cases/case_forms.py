"""A dialog that saves through one core service call: field errors appear under their fields,
other errors in a message box, and the dialog closes only when the call succeeded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QVBoxLayout, QWidget

from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.ui.cases.case_common import warn
from desktop.ui.common.forms import ErrorLabel, FieldForm, dialog_buttons
from desktop.ui.common.labels import error_text
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform


class ServiceDialog(QDialog):
    """OK calls ``save()`` — the service call, usually a method of the subclass that reads its
    fields — and ``saved`` holds what it returned. Subclasses build ``self.form`` (and further
    forms from ``extra_form``) and give fields without a form row an ``error_line``."""

    def __init__(
        self,
        app: AppContext,
        title: str,
        save: Callable[[], Any],
        parent: QWidget | None = None,
        place_form: bool = True,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self._save = save
        self.saved: Any = None
        self.setWindowTitle(title)
        self.form = FieldForm()
        self.forms = [self.form]
        self._error_lines: list[tuple[tuple[str, ...], ErrorLabel]] = []
        self.layout_ = QVBoxLayout(self)
        if place_form:
            self.layout_.addLayout(self.form)

    def extra_form(self) -> FieldForm:
        """Another form (placed by the caller) whose fields show their errors too."""
        form = FieldForm()
        self.forms.append(form)
        return form

    def error_line(self, *fields: str) -> ErrorLabel:
        """An error line (placed by the caller) for fields without a form row, such as a table."""
        line = ErrorLabel()
        line.setObjectName(f"error_{fields[0]}")
        self._error_lines.append((fields, line))
        return line

    def add_buttons(self, ok_text: str, cancel_text: str) -> None:
        self.buttons = dialog_buttons(self, ok_text, cancel_text)
        self.layout_.addWidget(self.buttons)

    def accept(self) -> None:
        self.form.clear_errors()
        failed: list[StationDeskError] = []
        result = perform(self.app, self, lambda _ctx: self._save(), on_failure=failed.append)
        if failed:
            exc = failed[0]
            warn(self, self.show_errors(exc) if isinstance(exc, ValidationError) else exc)
            return
        self.saved = result
        super().accept()

    def show_errors(self, exc: ValidationError) -> list[FieldError]:
        """Show each error under its field or on its error line; return those shown nowhere here."""
        rest = exc.errors
        for form in self.forms:
            rest = form.show_errors(rest)
        for fields, line in self._error_lines:
            line.show_message(
                "\n".join(dict.fromkeys(error_text(e) for e in rest if e.field in fields))
            )
            rest = [e for e in rest if e.field not in fields]
        return rest


class CaseStepDialog(ServiceDialog):
    """A step of a case's work (review, evaluation, closure): the case and the day it is done."""

    def __init__(
        self,
        app: AppContext,
        case_id: str,
        save: Callable[[], Any],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(app, "", save, parent)
        self.case_id = case_id
        self.today = today or app.ctx.today()


def cell_table(
    rows: int, headers: Sequence[str], name: str, stretch: int, widths: dict[int, int] | None = None
) -> QTableWidget:
    """A table of ``rows`` rows to fill in cell by cell; column ``stretch`` takes the spare width."""
    table = QTableWidget(rows, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in (widths or {}).items():
        table.setColumnWidth(col, width)
    table.verticalHeader().setVisible(False)
    return table
