"""核对冲突: one conflict of the 同步 page, every concurrent value with who/computer/when, and the
decision — keep one of them, type a new value (free-text fields), or for a record edited while
deleted keep it deleted or restore it with the edits. The decision is one core call
(``conflicts.resolve_conflict``) and syncs like any other edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import StationDeskError, ValidationError
from desktop.core.sync.conflicts import Conflict, resolve_conflict
from desktop.core.sync.recorder import ChangeSet
from desktop.ui.common.forms import ErrorLabel, dialog_buttons
from desktop.ui.common.labels import error_text
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform
from desktop.ui.sync.sync_texts import field_label, item_text, record_text, value_text, who_text

NOTE_STYLE = "color: #555;"
SHOWN_STYLE = "color: #1a5fb4;"
KEEP_DELETED, RESTORE = 1, 0


class Option(QFrame):
    """One choice: a radio button over the value and who wrote it; a click anywhere chooses it."""

    def __init__(self, caption: str, text: str, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setSpacing(2)
        self.radio = QRadioButton(caption)
        column.addWidget(self.radio)
        self.value_label = QLabel(text)
        self.value_label.setObjectName("value")
        self.value_label.setWordWrap(True)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value_label.setContentsMargins(22, 0, 0, 0)
        column.addWidget(self.value_label)
        self.who_label = QLabel(who)
        self.who_label.setObjectName("who")
        self.who_label.setWordWrap(True)
        self.who_label.setStyleSheet(NOTE_STYLE)
        self.who_label.setContentsMargins(22, 0, 0, 0)
        self.who_label.setVisible(bool(who))
        column.addWidget(self.who_label)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """Accepted after the decision was saved (``changes`` holds it)."""

    def __init__(self, app: AppContext, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.conflict = conflict
        self.changes: ChangeSet | None = None
        self.options: list[Option] = []
        self.choices: list[Any] = []  # the value each option keeps
        self.new_value: QPlainTextEdit | None = None
        self.new_option: QRadioButton | None = None
        self.group = QButtonGroup(self)
        self.setWindowTitle(self.tr("核对冲突"))

        layout = QVBoxLayout(self)
        record = QLabel(record_text(conflict))
        record.setObjectName("record")
        record.setWordWrap(True)
        record.setStyleSheet("font-weight: bold;")
        layout.addWidget(record)
        item = QLabel(self.tr("项目：{0}").format(item_text(conflict)))
        item.setObjectName("item")
        layout.addWidget(item)
        self.explain = QLabel()
        self.explain.setObjectName("explain")
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)

        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 0, 0)
        if conflict.kind == "deleted":
            self._deleted_options()
        else:
            self._value_options()
        self.body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        note = QLabel(self.tr("你的决定会记为一次修改，下次同步时带到本站的其他电脑。"))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)
        self.error = ErrorLabel()
        self.error.setObjectName("error")
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self, self.tr("保存决定"), self.tr("取消"))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.resize(620, min(660, max(360, body.sizeHint().height() + 190)))

    # -- the options ----------------------------------------------------------------------------
    def _add(self, caption: str, text: str, who: str, keep: Any) -> Option:
        option = Option(caption, text, who)
        option.setObjectName(f"option{len(self.options)}")
        self.group.addButton(option.radio, len(self.options))
        self.options.append(option)
        self.choices.append(keep)
        self.body.addWidget(option)
        return option

    def _value_options(self) -> None:
        c = self.conflict
        if c.free_text:
            text = self.tr(
                "几台电脑在没有互相同步的情况下都改了“{0}”，现在有 {1} 个不同的值。"
                "请选择要保留的值，或者填写新的值。"
            )
        else:
            text = self.tr(
                "几台电脑在没有互相同步的情况下都改了“{0}”，现在有 {1} 个不同的值。"
                "请选择要保留的值。"
            )
        self.explain.setText(text.format(field_label(c.table, c.field), len(c.values)))
        for n, v in enumerate(c.values, 1):
            caption = self.tr("值 {0}").format(n)
            if v.shown:
                caption += self.tr("（目前显示的值）")
            self._add(caption, value_text(c.table, c.field, v.value, c.names), who_text(v), v.value)
        if c.free_text:
            option = self._add(self.tr("填写新的值："), "", "", None)
            option.value_label.hide()
            self.new_option = option.radio
            self.new_value = QPlainTextEdit()
            self.new_value.setObjectName("new_value")
            self.new_value.setTabChangesFocus(True)
            self.new_value.setMaximumHeight(80)
            shown = next((v.value for v in c.values if v.shown), None)
            self.new_value.setPlainText(shown if isinstance(shown, str) else "")
            self.new_value.textChanged.connect(lambda: option.radio.setChecked(True))
            option.layout().addWidget(self.new_value)

    def _deleted_options(self) -> None:
        c = self.conflict
        deleted_by = self.tr("；").join(who_text(v) for v in c.values) or self.tr("另一台电脑")
        self.explain.setText(
            self.tr(
                "这条记录已被删除（{0}），但另一台电脑在删除前没有看到下面的修改。"
                "请决定：保持删除，还是恢复这条记录并保留这些修改。"
            ).format(deleted_by)
        )
        lines = []
        for name, values in c.edits.items():
            for v in values:
                lines.append(
                    self.tr("{0}：{1}（{2}）").format(
                        field_label(c.table, name),
                        value_text(c.table, name, v.value, c.names),
                        who_text(v),
                    )
                )
        edits = QLabel("\n".join(lines))
        edits.setObjectName("edits")
        edits.setWordWrap(True)
        edits.setTextFormat(Qt.TextFormat.PlainText)
        edits.setContentsMargins(12, 4, 0, 8)
        self.body.addWidget(edits)
        self._add(
            self.tr("保持删除"), self.tr("这些修改不再显示，记录仍保留在历史中。"), "", KEEP_DELETED
        )
        self._add(self.tr("恢复这条记录，并保留这些修改"), "", "", RESTORE).value_label.hide()

    # -- the decision ---------------------------------------------------------------------------
    def choose(self, index: int) -> None:
        """Choose option ``index`` (as a click on it would)."""
        self.options[index].radio.setChecked(True)

    def chosen(self) -> tuple[bool, Any]:
        """(whether something is chosen, the value to keep)."""
        index = self.group.checkedId()
        if index < 0:
            return False, None
        if self.new_option is not None and self.options[index].radio is self.new_option:
            return True, self.new_value.toPlainText() if self.new_value is not None else ""
        return True, self.choices[index]

    def accept(self) -> None:
        picked, value = self.chosen()
        if not picked:
            self.error.show_message(self.tr("请先选择要保留的值。"))
            return
        c = self.conflict
        failed: list[StationDeskError] = []
        changes = perform(
            self.app,
            self,
            resolve_conflict,
            c.table,
            c.row_id,
            c.field,
            value,
            on_failure=failed.append,
        )
        if failed and isinstance(failed[0], ValidationError):
            self.error.show_message(error_text(failed[0]))
            return
        if failed:
            QMessageBox.warning(self, self.tr("无法完成"), error_text(failed[0]))
            super().reject()
            return
        self.changes = changes
        super().accept()
