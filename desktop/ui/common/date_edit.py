"""A date field typed quickly, as on paper: "11-28", "1128", "28" are completed when it is left.
Used by the register, visit and case forms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.core.visits import visit_validation


class DateEdit(QLineEdit):
    """A date typed quickly: "11-28", "1128", "28" are completed when the field is left."""

    def __init__(self, text: str = "", *, today: dt.date, parent: QWidget | None = None) -> None:
        """``today``: the day short dates are completed from (the dialog's, from the clock)."""
        super().__init__(text, parent)
        self.today = today
        self.setPlaceholderText(self.tr("如 2026-11-28 或 1128"))
        self.setMaximumWidth(150)
        self.editingFinished.connect(self.expand)

    def expand(self) -> None:
        expanded = visit_validation.expand_date(self.text(), self.today)
        if expanded != self.text():
            self.setText(expanded)
