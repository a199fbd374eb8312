"""Journey fixtures: the real main window on a real data folder, driven only as a person drives it.

Helpers here press keys, click the widgets a user sees (found by their visible text or object
name), open menus through the menu bar, and answer modal dialogs while exec() blocks. They never
call a slot or a service to get past a step. A step that fails leaves PNG screenshots of the
window and of the dialog that was open under ``tests/journeys/out/`` (gitignored).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from desktop import paths
from desktop.ui.shell.app import make_application, open_app_context
from desktop.ui.shell.appcontext import AppContext

OUT = Path(__file__).parent / "out"
LEFT = Qt.MouseButton.LeftButton
DIALOG_TIMEOUT_MS = 4000  # a dialog that does not come in this long is a failure, not a hang
SEEN = "journey_answered"
STRAY_MS, WATCH_MS, SETTLE_MS = 6000, 250, 120  # a modal dialog nobody answers this long is closed


@pytest.fixture(scope="session")
def qapp_cls():
    make_application()  # the bundled font on the one QApplication
    return type(QApplication.instance())


# -- screenshots ------------------------------------------------------------------------------------
_shot_counter = [0]


def screenshot(name: str, widget: QWidget | None = None) -> list[Path]:
    """Save PNGs of ``widget`` (or every visible top-level window) and of the active modal dialog."""
    OUT.mkdir(exist_ok=True)
    shown: list[QWidget] = (
        [widget]
        if widget is not None
        else [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    )
    modal = QApplication.activeModalWidget()
    if modal is not None and modal not in shown:
        shown.append(modal)
    saved = []
    safe = re.sub(r"[^\w.-]+", "_", name)[:80]
    for w in shown:
        _shot_counter[0] += 1
        path = OUT / f"{safe}-{_shot_counter[0]:02d}-{type(w).__name__}.png"
        if w.grab().save(str(path)):
            saved.append(path)
    return saved


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed and QApplication.instance() is not None:
        files = screenshot(item.name)
        report.sections.append(("journey screenshots", "\n".join(str(f) for f in files)))


# -- dialogs --------------------------------------------------------------------------------------
class Dialogs:
    """Answer modal dialogs as they come, failing fast: a dialog that does not appear within a few
    seconds, or a handler that fails, is recorded, shot, and every open modal dialog is closed so
    exec() returns and the run goes on. ``check()`` raises the first problem."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.pending = 0
        self.busy: list[int] = []  # dialogs whose handler is running
        self._stray: tuple[int, int] = (0, 0)  # (id of the modal dialog on top, for how many ms)
        self.watchdog = QTimer()
        self.watchdog.setInterval(WATCH_MS)
        self.watchdog.timeout.connect(self._watch)
        self.watchdog.start()

    def _watch(self) -> None:
        """A modal dialog nobody answers (an unexpected message box, a handler that left its
        dialog open) is shot and closed after STRAY_MS, so exec() returns and the test fails."""
        widget = QApplication.activeModalWidget()
        if widget is None or id(widget) in self.busy:
            self._stray = (0, 0)
            return
        key = id(widget)
        waited = self._stray[1] + WATCH_MS if self._stray[0] == key else 0
        self._stray = (key, waited)
        if waited >= STRAY_MS and (self.pending == 0 or widget.property(SEEN)):
            text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
            screenshot(f"stray-{type(widget).__name__}", widget)
            self.errors.append(
                AssertionError(f"{type(widget).__name__} left open, nobody answered: {text!r}")
            )
            self._stray = (0, 0)
            close_modals()

    def expect(
        self, kind: type, handler: Callable[[QWidget], None], timeout_ms: int = DIALOG_TIMEOUT_MS
    ) -> None:
        self.pending += 1
        waited = [0]

        def answer(widget: QWidget) -> None:
            self.pending -= 1
            try:
                handler(widget)
            except BaseException as exc:  # noqa: BLE001 (raised again by check())
                screenshot(f"handler-{kind.__name__}", widget)
                self.errors.append(exc)
                close_modals()
            finally:
                self.busy.remove(id(widget))

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind) and not widget.property(SEEN) and widget.isVisible():
                widget.setProperty(SEEN, True)  # not id(): a later wrapper may get the same id
                self.busy.append(id(widget))
                # A person looks before typing; dialogs (the file dialog) finish setting up first.
                QTimer.singleShot(SETTLE_MS, lambda: answer(widget))
                return
            waited[0] += 25
            if waited[0] > timeout_ms:
                self.pending -= 1
                screenshot(f"missing-{kind.__name__}")
                found = type(widget).__name__ if widget is not None else "nothing"
                self.errors.append(
                    AssertionError(
                        f"no {kind.__name__} appeared within {timeout_ms} ms ({found} was open)"
                    )
                )
                close_modals()
                return
            QTimer.singleShot(25, poll)

        QTimer.singleShot(0, poll)

    def choose(self, item: str, timeout_ms: int = DIALOG_TIMEOUT_MS) -> None:
        """Click ``item`` in the next popup menu (a button's menu opens with exec() and blocks)."""
        self.pending += 1
        waited = [0]

        def poll() -> None:
            popup = QApplication.activePopupWidget()
            if isinstance(popup, QMenu) and popup.isVisible():
                self.pending -= 1
                action = next((a for a in popup.actions() if plain(a.text()) == plain(item)), None)
                if action is None:
                    self.errors.append(
                        AssertionError(f"no {item!r} in {[a.text() for a in popup.actions()]}")
                    )
                    popup.close()
                    return
                QTest.mouseClick(popup, LEFT, pos=popup.actionGeometry(action).center())
                return
            waited[0] += 25
            if waited[0] > timeout_ms:
                self.pending -= 1
                self.errors.append(AssertionError(f"no menu with {item!r} opened"))
                return
            QTimer.singleShot(25, poll)

        QTimer.singleShot(0, poll)

    def wait(self, timeout_ms: int = 15000) -> None:
        """Until every expected dialog was answered (or given up on)."""
        self.qtbot.waitUntil(lambda: self.pending == 0, timeout=timeout_ms)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert self.pending == 0, f"{self.pending} expected dialog(s) never came"


def close_modals() -> None:
    """Close every modal dialog still open (innermost first), so no exec() is left blocking."""
    for _ in range(10):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        QApplication.processEvents()


@pytest.fixture
def dialogs(qtbot) -> Iterator[Dialogs]:
    answerer = Dialogs(qtbot)
    yield answerer
    answerer.watchdog.stop()
    strays = [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible()
    ]
    close_modals()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()
    answerer.check()
    assert not strays, f"dialogs left open: {strays}"


# -- windows --------------------------------------------------------------------------------------
@pytest.fixture
def station_dir(data_dir: Path) -> Path:
    """A data folder holding a set-up station (青山村 with 一组/二组, 桃源村), no households."""
    return data_dir


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


@pytest.fixture
def appctx(qapp, station_dir: Path) -> Iterator[AppContext]:
    app = open_app_context(station_dir)
    yield app
    app.ctx.close()


@pytest.fixture
def window(qtbot, appctx: AppContext) -> Iterator[QMainWindow]:
    from desktop.ui.shell.main_window import MainWindow

    main = MainWindow(appctx)
    qtbot.addWidget(main)
    main.show()
    focus(qtbot, main)
    yield main
    close_modals()


def focus(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window (offscreen, keyboard shortcuts need it)."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def db_rows(data_dir: Path, sql: str, *args) -> list[sqlite3.Row]:
    """Read what was stored, from the real SQLite file (a second connection, read only)."""
    conn = sqlite3.connect(f"file:{paths.database_path(data_dir)}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


# -- finding and pressing -------------------------------------------------------------------------
def plain(text: str) -> str:
    """A button's text as the user reads it: no mnemonic "&", no "(&P)", no trailing "…"."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "")
    return text.rstrip("…").strip()


def find_button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button showing ``text`` (or named ``text``)."""
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.isVisible() and (plain(b.text()) == plain(text) or b.objectName() == text)
    ]
    assert found, f"no visible button {text!r} in {type(parent).__name__}: " + ", ".join(
        sorted(
            {
                plain(b.text())
                for b in parent.findChildren(QAbstractButton)
                if b.isVisible() and b.text()
            }
        )
    )
    return found[0]


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is disabled"
    if pos is None and isinstance(widget, QCheckBox | QRadioButton):
        pos = QPoint(
            8, widget.height() // 2
        )  # on the box: a check box takes clicks on its box and text only
    if pos is None:
        qtbot.mouseClick(widget, LEFT)
    else:
        qtbot.mouseClick(widget, LEFT, pos=pos)


def click_button(qtbot, parent: QWidget, text: str) -> None:
    click(qtbot, find_button(parent, text))


def menu(qtbot, window: QMainWindow, title: str, item: str) -> None:
    """Click ``title`` in the menu bar, then ``item`` in the menu that opens."""
    bar = window.menuBar()
    top = next((a for a in bar.actions() if plain(a.text()).startswith(title)), None)
    assert top is not None, f"no menu {title!r}: {[a.text() for a in bar.actions()]}"
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(top).center())
    popup: QMenu = top.menu()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    action = next((a for a in popup.actions() if plain(a.text()) == plain(item)), None)
    assert action is not None, f"no {item!r} in {title}: {[a.text() for a in popup.actions()]}"
    assert action.isEnabled(), f"{item!r} is disabled"
    qtbot.mouseClick(popup, LEFT, pos=popup.actionGeometry(action).center())


def nav(qtbot, window: QMainWindow, title: str) -> QWidget:
    """Click a page in the navigation list on the left; return the page shown."""
    from PySide6.QtWidgets import QListWidget

    lst: QListWidget = window.findChild(QListWidget, "nav")
    items = [lst.item(i) for i in range(lst.count())]
    item = next((i for i in items if i.text() == title), None)
    assert item is not None, f"no page {title!r}: {[i.text() for i in items]}"
    rect = lst.visualItemRect(item)
    qtbot.mouseClick(lst.viewport(), LEFT, pos=rect.center())
    from PySide6.QtWidgets import QStackedWidget

    stack: QStackedWidget = window.findChild(QStackedWidget)
    return stack.currentWidget()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it."""
    if not widget.hasFocus():
        widget.setFocus(Qt.FocusReason.MouseFocusReason)  # the user clicked into it
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def click_in(dialog: QWidget, text: str) -> None:
    """Click the button showing ``text`` in a dialog (from a dialog handler, which has no qtbot)."""
    click(QTest, find_button(dialog, text))
