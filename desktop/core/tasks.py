"""TaskState: how long-running core work reports progress and learns it was cancelled.

Plain Python; the UI passes a subclass that forwards progress to a Qt signal.
"""

from __future__ import annotations


class Cancelled(Exception):
    """Raised inside a task when the user pressed cancel; work done so far is committed."""


class TaskState:
    def __init__(self) -> None:
        self.cancel_requested = False
        self.done = 0
        self.total = 0

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def check(self) -> None:
        if self.cancel_requested:
            raise Cancelled()
