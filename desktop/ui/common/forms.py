"""Form helpers: each field with an inline error line under it, filled from a ValidationError;
small builders for rows, buttons and the read-only list table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError
from desktop.ui.common.labels import error_text, label

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
        self.captions: dict[str, QLabel] = {}
        self._check: Callable[[], list[FieldError]] | None = None

    def add(
        self, name: str, caption: str, widget: QWidget, field: QWidget | None = None
    ) -> QWidget:
        """A row: ``caption``, then ``widget`` over its error line. ``field`` is the input within
        ``widget`` (a row of several) that is named ``name`` and takes the focus on an error."""
        field = field or widget
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = ErrorLabel()
        error.setObjectName(f"error_{name}")
        column.addWidget(error)
        caption_label = QLabel(caption)
        caption_label.setBuddy(field)
        self.addRow(caption_label, box)
        field.setObjectName(name)
        self.captions[name] = caption_label
        self.widgets[name] = field
        self.errors[name] = error
        return widget

    def share_error_line(self, name: str, widget: QWidget, row: str) -> None:
        """Field ``name`` (``widget``, placed within row ``row``) shows its errors on that row's line."""
        self.widgets[name] = widget
        self.errors[name] = self.errors[row]

    def revalidate_with(self, check: Callable[[], list[FieldError]]) -> None:
        """Clear a message as soon as its field becomes valid: while any message shows, each edit
        re-runs ``check`` (the core's validation of the whole form, nothing saved) and the messages
        of fields that are now valid go. Connect after every field was added."""
        self._check = check
        for widget in self.widgets.values():
            for signal in _change_signals(widget):
                signal.connect(lambda *_: self.recheck())

    def recheck(self) -> None:
        if self._check is None or not any(e.text() for e in self.errors.values()):
            return
        bad = {e.field for e in self._check()}
        for error in {id(e): e for e in self.errors.values()}.values():
            names = [n for n, e in self.errors.items() if e is error]
            if error.text() and not bad.intersection(names):
                error.show_message("")

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show each error under its field; return those that belong to no field here."""
        self.clear_errors()
        rest: list[FieldError] = []
        first: str | None = None
        for e in errors:
            if e.field in self.errors:
                self.errors[e.field].show_message(error_text(e))
                first = first or (e.field if e.field in self.widgets else None)
            else:
                rest.append(e)
        if first is not None:
            reveal(self.widgets[first], self.errors[first])
        return rest


def reveal(widget: QWidget, message: QWidget | None = None) -> None:
    """Focus ``widget`` and scroll every scroll area it sits in so that it and its error line
    (``message``) are in view: an error below the fold must not look as if 确定 did nothing."""
    widget.setFocus()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            if message is not None:
                parent.ensureWidgetVisible(message, 20, 20)
            parent.ensureWidgetVisible(widget, 20, 20)
        parent = parent.parentWidget()


def _change_signals(widget: QWidget) -> list:
    from PySide6.QtWidgets import QAbstractButton, QListWidget

    picked = getattr(widget, "picked", None)  # a picker (the household) says when a choice is made
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.textChanged] + ([picked] if picked is not None else [])
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QListWidget):
        return [widget.itemChanged]
    return []


def combo(
    values: list[str] | tuple[str, ...], blank: bool = True, editable: bool = False
) -> QComboBox:
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


RowItem = QWidget | tuple[QWidget, int] | None


def hrow(*items: RowItem) -> QHBoxLayout:
    """A row of widgets: ``(widget, stretch)`` to share the spare width, ``None`` for a gap that takes it."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        elif isinstance(item, tuple):
            row.addWidget(*item)
        else:
            row.addWidget(item)
    return row


def stack(*parts: QWidget | QLayout, grow: QWidget) -> QWidget:
    """A widget holding ``parts`` one under another without margins; ``grow`` takes the spare height."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if part is grow else 0)
    return box


def boxed(layout: QLayout) -> QWidget:
    """A widget holding ``layout`` without margins: several fields on one form row."""
    box = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


def button(text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
    """A push button with an object name (for tests and style sheets) that calls ``slot`` when clicked."""
    push = QPushButton(text)
    push.setObjectName(name)
    push.clicked.connect(lambda _=False: slot())
    return push


def dialog_buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK and Cancel with the dialog's own (translated) texts, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
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


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    yes: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """Ask before a step that is not lightly taken back: the button ``yes`` takes it, 取消 (the
    default, so Enter does not) does not."""
    box = QMessageBox(
        icon, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent
    )
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("forms", "取消"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return run_modal(box) == QMessageBox.StandardButton.Yes


def list_view(
    model: QAbstractItemModel, name: str, widths: tuple[int, ...] = (), stretch: int | None = None
) -> QTableView:
    """A read-only, single-row-selection table over a model, as every register list uses.

    ``widths`` are the first columns' widths in pixels; a column is never narrower than its
    (translated) header. Column ``stretch`` takes the spare width (by default the last one).
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
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
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
