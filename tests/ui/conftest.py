"""UI fixtures: an AppContext on a copied station database, and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.shell.app import make_application, open_app_context
from desktop.ui.shell.appcontext import AppContext


@pytest.fixture(scope="session")
def qapp_cls():
    make_application()  # installs the bundled font on the one QApplication
    return type(QApplication.instance())


@pytest.fixture
def app(qapp, data_dir: Path) -> Iterator[AppContext]:
    appctx = open_app_context(data_dir)
    yield appctx
    appctx.ctx.close()


class ModalAnswerer:
    """Schedules ``handler(dialog)`` for the next modal dialog of a type, while exec() blocks."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.handled: set[int] = set()  # ids only: holding wrappers outlives the widgets
        self.pending = 0

    def next(self, kind: type, handler: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
        self.pending += 1
        waited = [0]

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and id(widget) not in self.handled:
                self.handled.add(id(widget))
                self.pending -= 1
                try:
                    handler(widget)
                except BaseException:
                    close_modals()  # exec() returns: the test fails here, the run goes on
                    raise
                return
            waited[0] += 20
            if waited[0] > timeout_ms:
                self.pending -= 1
                close_modals()  # whatever is open instead would block exec() until the run's timeout
                raise AssertionError(f"no {kind.__name__} appeared")
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)


def close_modals() -> None:
    """Close every modal dialog still open, innermost first."""
    from PySide6.QtWidgets import QDialog

    for _ in range(10):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        widget.reject() if isinstance(widget, QDialog) else widget.close()
        QApplication.processEvents()


@pytest.fixture
def modal(qtbot) -> Iterator[ModalAnswerer]:
    answerer = ModalAnswerer(qtbot)
    yield answerer
    close_modals()  # a dialog a test left open must not block the next one


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it."""
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
