"""The one way the UI changes data: ``perform(app, parent, operation)``.

An operation is a core call taking the Context: ``operation(ctx, *args, **kwargs)`` returns a
ChangeSet, or a result carrying one (``result.changes``, or a tuple holding one). ``perform`` runs
it on the GUI thread (a quick write: one transaction), shows an expected failure
(StationDeskError) as a Chinese message box, and emits the change once on ``app.changed``, which
the pages refresh from (row by row where they can). ``perform_in_background`` is the same for long
work: ``operation(ctx, state)`` runs in a QThread with its own connection behind a progress dialog
with 取消 (desktop/ui/shell/tasks.py); a background write (``writes=True``) committed through that
other connection, so every page refreshes afterwards, also after a cancel or a failure (what was
done stays done). A bug's traceback opens the crash dialog.

Nothing else in desktop/ui calls ``run_task`` or emits ``app.changed``
(tests/unit/test_operations.py checks it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.store.schema import SYNCED_FIELDS
from desktop.core.sync.recorder import ChangeSet
from desktop.core.tasks import TaskState
from desktop.ui.common.labels import error_text
from desktop.ui.shell import tasks
from desktop.ui.shell.appcontext import AppContext
from desktop.ui.shell.crash import show_crash
from desktop.ui.shell.tasks import TaskThread, run_task

T = TypeVar("T")

Failure = Callable[[StationDeskError], None]


def changes_of(result: object) -> ChangeSet | None:
    """The ChangeSet a core call returned: itself, its ``changes``, or one in a returned tuple."""
    if isinstance(result, ChangeSet):
        return result
    found = getattr(result, "changes", None)
    if isinstance(found, ChangeSet):
        return found
    if isinstance(result, tuple):
        return next((r for r in result if isinstance(r, ChangeSet)), None)
    return None


def everything() -> ChangeSet:
    """A change of every table in ways not told (a background write, a sync import)."""
    return ChangeSet({t: frozenset() for t in SYNCED_FIELDS})


def touching_everything(operation: Callable[..., Any]) -> Callable[..., ChangeSet]:
    """An operation whose change is not told row by row (the worker at this computer, which every
    "mine" list and the status line read): every page refreshes after it."""

    def run(ctx: Context, *args: Any, **kwargs: Any) -> ChangeSet:
        operation(ctx, *args, **kwargs)
        return everything()

    return run


def emit(app: AppContext, changes: ChangeSet | None) -> None:
    """Tell the pages once; an operation that changed nothing tells nobody."""
    if changes is not None and changes.rows:
        app.changed.emit(changes)


def warn(parent: QWidget | None, error: StationDeskError, title: str = "") -> None:
    """An expected failure in words the user can act on."""
    title = title or QCoreApplication.translate("operations", "无法完成")
    QMessageBox.warning(parent, title, error_text(error))


def perform(
    app: AppContext,
    parent: QWidget | None,
    operation: Callable[..., T],
    *args: Any,
    on_failure: Failure | None = None,
    **kwargs: Any,
) -> T | None:
    """Run ``operation(app.ctx, *args, **kwargs)`` now; its change goes out once. An expected
    failure goes to ``on_failure`` (a dialog showing it under its field) or a message box, and
    gives None."""
    try:
        result = operation(app.ctx, *args, **kwargs)
    except StationDeskError as exc:
        if on_failure is not None:
            on_failure(exc)
        else:
            warn(parent, exc)
        return None
    emit(app, changes_of(result))
    return result


def perform_in_background(
    app: AppContext,
    parent: QWidget,
    title: str,
    operation: Callable[[Context, TaskState], T],
    on_done: Callable[[T | None, bool], None] | None = None,
    *,
    writes: bool = False,
    on_failure: Failure | None = None,
    on_finished: Callable[[], None] | None = None,
) -> TaskThread:
    """Run ``operation(ctx, state)`` off the GUI thread (progress dialog ``title``, 取消).

    ``on_done(result, cancelled)`` follows success or a cancel, after the change went out;
    ``on_failure(error)`` an expected failure (default: a message box); ``on_finished()`` comes
    first whatever the outcome (to enable a button again)."""

    def done(result: Any, cancelled: bool) -> None:
        if on_finished is not None:
            on_finished()
        emit(app, everything() if writes else changes_of(result))
        if on_done is not None:
            on_done(result, cancelled)

    def failed(error: object) -> None:
        if on_finished is not None:
            on_finished()
        if writes:
            emit(app, everything())  # a failure after some committed steps
        if isinstance(error, StationDeskError):
            if on_failure is not None:
                on_failure(error)
            else:
                warn(parent, error)
        else:
            show_crash(parent, str(error), app.data_dir / "logs")

    return run_task(parent, title, app.db_path, operation, done, failed)


def background_running() -> bool:
    """Whether an operation started with ``perform_in_background`` is still running."""
    return tasks.running()


def wait_for_background() -> None:
    """Until every operation started with ``perform_in_background`` has ended."""
    tasks.wait_all()
