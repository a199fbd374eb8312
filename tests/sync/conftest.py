"""Fixtures for sync tests: a station template with a passphrase, and replicas made from it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.context import Context
from desktop.core.station import station
from tests.conftest import SETUP
from tests.sync.helpers import PASSPHRASE


@pytest.fixture(scope="session")
def station_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up station (青山村, 桃源村) with the sync passphrase, no households."""
    folder = tmp_path_factory.mktemp("sync-station")
    ctx = Context.open(paths.database_path(folder))
    station.setup_station(ctx, SETUP, passphrase=PASSPHRASE)
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return paths.database_path(folder)


@pytest.fixture
def make_replica(tmp_path: Path, station_db: Path) -> Iterator[Callable[[str], Context]]:
    """``make_replica(name)``: a computer of the station called ``name`` (a copy of the station
    database: opened elsewhere it becomes a replica of its own)."""
    opened: list[Context] = []

    def make(name: str) -> Context:
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(station_db, paths.database_path(folder))
        ctx = Context.open(paths.database_path(folder))
        with ctx.store.transaction():
            ctx.store.meta_set("computer_name", name)
            ctx.store.meta_set(
                "worker_name", SETUP.worker
            )  # a worker of the station, as on a real one
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()
