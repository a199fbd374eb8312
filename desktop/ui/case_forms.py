"""A dialog that saves through one core service call: field errors appear under their fields,
other errors in a message box, and the dialog closes only when the call succeeded."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.core.errors import StationDeskError, ValidationError
from desktop.ui.appcontext import AppContext
from desktop.ui.case_common import warn
from desktop.ui.forms import FieldForm, dialog_buttons


class ServiceDialog(QDialog):
    """Subclasses build ``self.form`` (and more) and implement ``call()``; ``saved`` holds what
    the service returned once accepted."""

    def __init__(self, app: AppContext, title: str, parent: QWidget | None = None, place_form: bool = True) -> None:
        super().__init__(parent)
        self.app = app
        self.saved: Any = None
        self.setWindowTitle(title)
        self.form = FieldForm()
        self.layout_ = QVBoxLayout(self)
        if place_form:
            self.layout_.addLayout(self.form)

    def add_buttons(self, ok_text: str, cancel_text: str) -> None:
        self.buttons = dialog_buttons(self, ok_text, cancel_text)
        self.layout_.addWidget(self.buttons)

    def call(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            result = self.call()
        except ValidationError as exc:
            warn(self, self.show_errors(exc))
            return
        except StationDeskError as exc:
            warn(self, exc)
            return
        self.saved = result
        self.app.announce(result)
        super().accept()

    def show_errors(self, exc: ValidationError) -> list:
        """Show field errors; return those no field here shows."""
        return self.form.show_errors(exc.errors)
