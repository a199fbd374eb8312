"""UI fixtures: an AppContext on a copied station database, and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.app import make_application, open_app_context
from desktop.ui.appcontext import AppContext


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
                handler(widget)
                return
            waited[0] += 20
            if waited[0] > timeout_ms:
                self.pending -= 1
                raise AssertionError(f"no {kind.__name__} appeared")
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)


@pytest.fixture
def modal(qtbot) -> ModalAnswerer:
    return ModalAnswerer(qtbot)


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
