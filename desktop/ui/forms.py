"""Form helpers: each field with an inline error line under it, filled from a ValidationError."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError
from desktop.ui.labels import error_text, label

ERROR_STYLE = "color: #b3261e;"


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldForm(QFormLayout):
    """A QFormLayout whose rows know their field name and carry an error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}

    def add(self, name: str, caption: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        error.setObjectName(f"error_{name}")
        column.addWidget(error)
        caption_label = QLabel(caption)
        caption_label.setBuddy(widget)
        self.addRow(caption_label, box)
        widget.setObjectName(name)
        self.widgets[name] = widget
        self.errors[name] = error
        return widget

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show each error under its field; return those that belong to no field here."""
        self.clear_errors()
        rest: list[FieldError] = []
        first: QWidget | None = None
        for e in errors:
            if e.field in self.errors:
                self.errors[e.field].show_message(error_text(e))
                first = first or self.widgets[e.field]
            else:
                rest.append(e)
        if first is not None:
            first.setFocus()
        return rest


def combo(values: list[str] | tuple[str, ...], blank: bool = True, editable: bool = False) -> QComboBox:
    """A combo box showing translated labels and holding the stored (Chinese) values as data."""
    box = QComboBox()
    box.setEditable(editable)
    if blank:
        box.addItem("", "")
    for value in values:
        box.addItem(label(value), value)
    return box


def combo_value(box: QComboBox) -> str:
    if box.isEditable():
        index = box.findText(box.currentText())
        return str(box.itemData(index)) if index >= 0 else box.currentText().strip()
    return str(box.currentData() or "")


def set_combo(box: QComboBox, value: str) -> None:
    index = box.findData(value or "")
    if index < 0 and value:
        box.addItem(label(value), value)
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))


def line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


def notes(text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(60)
    return edit


def dialog_buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK and Cancel with the dialog's own (translated) texts, wired to accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def run_modal(dialog: QDialog) -> int:
    """exec() a dialog and delete it afterwards, so no hidden dialog lingers under its parent."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def list_view(model: QAbstractItemModel, name: str, widths: tuple[int, ...] = ()) -> QTableView:
    """A read-only, single-row-selection table over a model, as every register list uses.

    ``widths`` are the first columns' widths in pixels; a column is never narrower than its
    (translated) header.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
    return view


def debounced(parent: QWidget, edit: QLineEdit, slot: Callable[[], None], ms: int = 150) -> QTimer:
    """Call ``slot`` once typing in ``edit`` pauses: search as you type without a query per key."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    edit.textChanged.connect(lambda _: timer.start())
    return timer
