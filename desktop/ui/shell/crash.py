"""Unexpected failures: a calm message with the option to save a report, never a traceback."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.core.clock import SYSTEM


def save_report(text: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    now = SYSTEM.now()  # a crash may come before any database is open: the clock itself
    path = folder / f"crash-{now:%Y%m%d-%H%M%S}.txt"
    path.write_text(f"StationDesk {__version__}\n{now.isoformat()}\n\n{text}", encoding="utf-8")
    return path


def show_crash(parent: QWidget | None, text: str, folder: Path) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "程序出现意外错误"))
    box.setText(
        QCoreApplication.translate(
            "crash",
            "刚才的操作没有完成，已保存的数据不受影响。\n可以保存一份错误报告，交给技术支持人员。",
        )
    )
    save = box.addButton(
        QCoreApplication.translate("crash", "保存错误报告"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("crash", "关闭"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is save:
        path = save_report(text, folder)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("crash", "已保存"),
            QCoreApplication.translate("crash", "错误报告已保存到：\n{0}").format(path),
        )


def install_excepthook(folder: Path) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        sys.__stderr__.write(text)
        if QApplication.instance() is not None:
            show_crash(QApplication.activeWindow(), text, folder)

    sys.excepthook = hook
