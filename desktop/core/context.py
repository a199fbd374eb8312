"""Context: an open database plus who is working on which computer. Services take one."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core import upgrades
from desktop.core.clock import Clock
from desktop.core.register import search
from desktop.core.store import Store, open_store
from desktop.core.sync import bundle, instance
from desktop.core.sync.recorder import Writer


def ensure_identity(store: Store) -> None:
    """Give a new database its replica id (random) and first incarnation."""
    if store.meta_get("replica_id"):
        return
    with store.transaction():
        replica = uuid.uuid4().hex[:12]
        store.meta_set("replica_id", replica)
        store.meta_set("incarnation", 1)
        store.meta_set("origin", f"{replica}.1")
        store.meta_set("counter", 0)
        store.meta_set("hlc", 0)


def new_incarnation(store: Store, new_replica: bool = False) -> str:
    """After a restore from backup or a copy: a fresh origin so no counter is ever reused.

    The incarnation is a sequence number and a random part, so two copies of one database that
    each start a new incarnation still get different origins. A copy living on elsewhere is a
    replica of its own (``new_replica``): a new replica id, first incarnation."""
    with store.transaction():
        replica = store.meta_get("replica_id") or uuid.uuid4().hex[:12]
        sequence = str(store.meta_get("incarnation", "0") or "0").split("-")[0]
        incarnation = f"{int(sequence) + 1 if sequence.isdigit() else 2}-{uuid.uuid4().hex[:6]}"
        if new_replica:
            replica, incarnation = uuid.uuid4().hex[:12], "1"
            store.meta_set("replica_id", replica)
        origin = f"{replica}.{incarnation}"
        store.meta_set("incarnation", incarnation)
        store.meta_set("origin", origin)
        store.meta_set("counter", 0)
    return origin


class Context:
    def __init__(self, store: Store) -> None:
        self.store = store
        ensure_identity(store)

    @classmethod
    def open(cls, path: Path | str) -> Context:
        bundle.remove_leftovers(Path(path).parent)  # plaintext a killed import left behind
        ctx = cls(open_store(path))
        found = instance.disagreement(ctx.store, Path(path))
        if found is not None:  # a copy (a new replica), or restored from a backup
            new_incarnation(ctx.store, new_replica=found == instance.COPIED)
        instance.record(ctx.store, Path(path))
        upgrades.run_pending(ctx.store)  # the data steps of the migrations just applied
        search.upgrade_format(ctx.store)  # once after an update that changed the index's format
        return ctx

    def close(self) -> None:
        self.store.close()

    # -- the one clock ---------------------------------------------------------------------------
    @property
    def clock(self) -> Clock:
        return self.store.clock

    def today(self) -> dt.date:
        return self.store.clock.today()

    def now(self) -> dt.datetime:
        return self.store.clock.now()

    @property
    def worker(self) -> str:
        return self.store.meta_get("worker_name", "") or ""

    @property
    def computer(self) -> str:
        return self.store.meta_get("computer_name", "") or ""

    @property
    def replica_id(self) -> str:
        return self.store.meta_get("replica_id", "") or ""

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction for one service call; the change is logged and the search index kept."""
        with self.store.transaction():
            who = self.store.meta_many("worker_name", "computer_name")
            writer = Writer(
                self.store, who.get("worker_name") or "", who.get("computer_name") or ""
            )
            yield writer
            search.reindex_touched(self.store, writer.touched, writer.before)
            writer.result = writer.finish()
        if self.store.path is not None and not self.store.in_transaction:
            instance.record(self.store, self.store.path)  # the highest counter written, outside
