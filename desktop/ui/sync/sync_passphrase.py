"""设置同步口令: the station passphrase for a computer set up without one (as ``sync passphrase``
does on the command line). Set once: only a verifier is kept, and every bundle of the station is
sealed with the key it gives, so it cannot be changed afterwards — the same as the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import FieldError, StationDeskError
from desktop.core.sync import strength
from desktop.core.sync.sync_keys import passphrase_problem, set_passphrase
from desktop.ui.common.forms import FieldForm, dialog_buttons, line
from desktop.ui.common.labels import error_text
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.operations import perform

WARN_STYLE = "color: #8a4b00;"


def passphrase_hint(parent: QWidget) -> QLabel:
    """Why the passphrase must be hard to guess, and an example of a good one (also on the set-up dialog)."""
    hint = QLabel(
        QCoreApplication.translate(
            "PassphraseDialog",
            "U 盘可能丢失：捡到的人可以在自己的电脑上不停地试口令。请用至少 {0} 个字符"
            "（一个汉字算 2 个），把几个不相干的词、数字和符号连起来，不要用生日、电话、123456、"
            "连续或重复的字符。例如：{1}",
        ).format(strength.MIN_LENGTH, strength.EXAMPLE),
        parent,
    )
    hint.setObjectName("passphrase_hint")
    hint.setWordWrap(True)
    return hint


class PassphraseDialog(QDialog):
    """Accepted once the passphrase is set; ``passphrase`` then holds it (for this session only)."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.passphrase = ""
        self.setWindowTitle(self.tr("设置同步口令"))
        intro = QLabel(
            self.tr(
                "U 盘上的同步包用这个口令加密，本站所有电脑使用同一个口令。口令设置后不能更改，"
                "请妥善保管，并当面告诉本站使用社工站工作台的同事。"
            )
        )
        intro.setWordWrap(True)
        warning = QLabel(
            self.tr(
                "如果本站其他电脑已经在用同步口令，请不要在这里新设口令，而是导入那台电脑导出的同步包："
                "本机会随之使用本站的口令。"
            )
        )
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARN_STYLE)
        form = self.form = FieldForm()
        self.first = form.add(
            "passphrase",
            self.tr("同步口令"),
            line("", self.tr("至少 {0} 个字符，一个汉字算 2 个").format(strength.MIN_LENGTH)),
        )
        self.again = form.add("passphrase_again", self.tr("再输一次口令"), line())
        for edit in (self.first, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(self.tr("显示口令"))
        self.show_text.setObjectName("show_passphrase")
        self.show_text.toggled.connect(self._show)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(passphrase_hint(self))
        layout.addStretch(1)
        layout.addWidget(dialog_buttons(self, self.tr("设置口令"), self.tr("取消")))
        self.setMinimumWidth(480)
        self.resize(520, self.sizeHint().height() + 60)  # room for a message under a field

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors(errors)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.first, self.again):
            edit.setEchoMode(mode)

    def accept(self) -> None:
        first, again = self.first.text(), self.again.text()
        problem = passphrase_problem(first)
        if problem is not None:
            self._show_errors([problem])
            return
        if first != again:
            self._show_errors([FieldError("passphrase_again", "sync.passphrase_mismatch")])
            return
        self.form.clear_errors()
        QApplication.setOverrideCursor(
            Qt.CursorShape.WaitCursor
        )  # the key derivation takes a moment
        failed: list[StationDeskError] = []
        perform(self.app, self, set_passphrase, first, on_failure=failed.append)
        QApplication.restoreOverrideCursor()
        if failed:
            QMessageBox.warning(self, self.tr("无法设置口令"), error_text(failed[0]))
            return
        self.passphrase = first
        super().accept()
