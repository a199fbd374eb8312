"""Shared fixtures: a data folder in tmp_path, and a template station database built once."""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Database stamps (copy/restore detection) and a quick KDF: never the real user folders.
if "STATIONDESK_STATE_DIR" not in os.environ:
    os.environ["STATIONDESK_STATE_DIR"] = tempfile.mkdtemp(prefix="stationdesk-state-")
    atexit.register(shutil.rmtree, os.environ["STATIONDESK_STATE_DIR"], True)
os.environ.setdefault("STATIONDESK_KDF_LOG_N", "14")

from desktop import paths  # noqa: E402
from desktop.core.context import Context  # noqa: E402
from desktop.core.register.records import StationSetup  # noqa: E402
from desktop.core.station import station  # noqa: E402
from desktop.core.sync import crypto  # noqa: E402

crypto.allow_test_cost()  # STATIONDESK_KDF_LOG_N above: honoured in this process only

TODAY = dt.date(2026, 11, 29)
NOW = dt.datetime(2026, 11, 29, 10, 0).astimezone()  # local time, 10:00 on TODAY
SETUP = StationSetup(
    station="青山镇社工站",
    county="武陵县",
    township="青山镇",
    villages=[("青山村", ["一组", "二组"]), ("桃源村", ["一组"])],
    computer="笔记本1",
    worker="李明",
)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    ctx = Context.open(paths.database_path(folder))
    station.setup_station(ctx, SETUP)
    ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.close()
    return paths.database_path(folder)


@pytest.fixture
def data_dir(tmp_path: Path, template_db: Path) -> Path:
    """A data folder holding a set-up station (青山村 with 一组/二组, 桃源村), no households."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(template_db, paths.database_path(folder))
    return folder


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[Context]:
    context = Context.open(paths.database_path(data_dir))
    yield context
    context.close()


DATA = Path(__file__).parent / "data"


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    """The whole program at 10:00 on TODAY (time ticks on from there). Tests that depend on the
    date take this fixture; every other test must pass on any date. ``clock.move_to(...)`` and
    ``clock.shift(...)`` move it."""
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller
