"""The main window's size, position and maximised state: fitted to the screen's available area
(a 1366×768 laptop with a taskbar) on first start, remembered per computer in QSettings after.

A saved position that is off every screen now (a second monitor unplugged) is brought back onto
the primary screen; a saved size larger than the screen is shrunk to it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

KEY = "main_window/geometry"
PREFERRED = QSize(1280, 760)  # what the pages are laid out for; less on a smaller screen
FRAME_ALLOWANCE = QSize(16, 40)  # title bar and borders, before the window manager has told us


def available() -> QRect:
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted(area: QRect) -> QRect:
    """The first-start geometry (client area): the preferred size, no larger than ``area`` less the
    frame, centred in it."""
    width = min(PREFERRED.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(PREFERRED.height(), area.height() - FRAME_ALLOWANCE.height())
    rect = QRect(0, 0, max(width, 400), max(height, 300))
    rect.moveCenter(area.center())
    rect.moveTop(max(rect.top(), area.top() + FRAME_ALLOWANCE.height() - 8))
    return rect


def on_some_screen(rect: QRect) -> bool:
    """Whether enough of ``rect`` (its title bar's middle) is on one of the screens to grab it."""
    probe = QRect(rect.center().x() - 50, rect.top(), 100, 30)
    return any(s.availableGeometry().intersects(probe) for s in QGuiApplication.screens())


def restore(window: QWidget, settings: QSettings) -> None:
    """Put the window where it was last closed, or fit it to the screen on first start."""
    saved = settings.value(KEY)
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if window.isMaximized() or window.isFullScreen():
            return
        if not on_some_screen(window.geometry()):
            window.setGeometry(fitted(available()))
            return
        least = window.minimumSizeHint()
        if window.width() > max(area.width(), least.width()) or window.height() > max(
            area.height(), least.height()
        ):
            window.setGeometry(fitted(area))
        return
    window.setGeometry(fitted(available()))


def save(window: QWidget, settings: QSettings) -> None:
    settings.setValue(KEY, window.saveGeometry())
    settings.sync()
