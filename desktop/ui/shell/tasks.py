"""One way to run long work off the GUI thread, with a progress dialog and a cancel button.

The work is a plain function ``fn(ctx, state)`` from the core. It runs in a QThread that opens
its own database connection (one connection per thread); it never touches widgets. Progress and
the result come back by signal.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.tasks import Cancelled, TaskState


class _State(TaskState):
    def __init__(self, thread: TaskThread) -> None:
        super().__init__()
        self._thread = thread

    def progress(self, done: int, total: int) -> None:
        super().progress(done, total)
        self._thread.progressed.emit(done, total)


class TaskThread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # a StationDeskError, or a traceback text for a bug

    def __init__(self, db_path: Path, fn: Callable[[Context, TaskState], Any]) -> None:
        super().__init__()
        self.db_path = db_path
        self.fn = fn
        self.state = _State(self)
        self.cancelled = False

    def run(self) -> None:
        ctx = None
        try:
            ctx = Context.open(self.db_path)
            result = self.fn(ctx, self.state)
        except Cancelled:
            self.cancelled = True
            self.succeeded.emit(None)
        except StationDeskError as exc:
            self.failed.emit(exc)
        except Exception:  # a bug: reported by the GUI thread's crash dialog
            self.failed.emit(traceback.format_exc())
        else:
            self.cancelled = self.state.cancel_requested
            self.succeeded.emit(result)
        finally:
            if ctx is not None:
                ctx.close()

    def cancel(self) -> None:
        self.state.cancel_requested = True


_RUNNING: set[TaskThread] = set()  # started and not finished yet


def _alive(thread: TaskThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # deleted once finished
        return False


def running() -> bool:
    """Whether any background work started here is still running."""
    return any(_alive(t) for t in list(_RUNNING))


def wait_all() -> None:
    """Wait until every background work started here has ended (before the program's own
    database is put away: a backup restored)."""
    for thread in list(_RUNNING):
        if _alive(thread):
            thread.wait()


def run_task(
    parent: QWidget,
    title: str,
    db_path: Path,
    fn: Callable[[Context, TaskState], Any],
    on_done: Callable[[Any, bool], None],
    on_error: Callable[[object], None],
) -> TaskThread:
    """Start ``fn`` in the background; a progress dialog appears if it takes over half a second.

    ``on_done(result, cancelled)`` or ``on_error(error)`` is called on the GUI thread.
    """
    thread = TaskThread(db_path, fn)
    dialog = QProgressDialog(title, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(thread.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()

    thread.progressed.connect(progressed)
    thread.succeeded.connect(lambda result: (finish(), on_done(result, thread.cancelled)))
    thread.failed.connect(lambda error: (finish(), on_error(error)))
    _RUNNING.add(thread)  # also keeps a reference while it runs
    thread.finished.connect(lambda: _RUNNING.discard(thread))
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
