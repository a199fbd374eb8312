"""Build tests/data/schema_v1.db: a database as schema version 1 of StationDesk saved it.

Kept in the repository so that upgrades from every released schema are tested. Run once per new
schema version (copy this pattern); the committed file must not be regenerated afterwards.
"""

from __future__ import annotations

import sqlite3
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlite_utils  # noqa: E402

from desktop.core.store.base import Store  # noqa: E402
from desktop.core.store.connection import migrate  # noqa: E402
from desktop.core.sync.recorder import Writer  # noqa: E402


def make_v1(path: Path) -> None:
    path.unlink(missing_ok=True)
    store = Store(sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None)), path)
    migrate(store, 1)
    with store.transaction():
        for key, value in {
            "replica_id": "0ldv1replica",
            "incarnation": 1,
            "origin": "0ldv1replica.1",
            "counter": 0,
            "hlc": 0,
            "computer_name": "旧电脑",
            "worker_name": "王芳",
        }.items():
            store.meta_set(key, value)
        w = Writer(store, "王芳", "旧电脑")
        village = str(uuid.UUID(int=1))
        w.put(
            "station",
            str(uuid.UUID(int=2)),
            {"name": "白岩乡社工站", "county": "武陵县", "township": "白岩乡"},
            new=True,
        )
        w.put(
            "villages", village, {"name": "白岩村", "groups": ["一组", "二组"], "sort": 1}, new=True
        )
        w.put("workers", str(uuid.UUID(int=3)), {"name": "王芳", "role": "社工"}, new=True)
        w.put(
            "tag_types",
            str(uuid.UUID(int=4)),
            {"name": "独居老年人", "sort": 1, "builtin": 1},
            new=True,
        )
        hid, pid = str(uuid.UUID(int=10)), str(uuid.UUID(int=11))
        w.put(
            "persons",
            pid,
            {
                "household_id": hid,
                "relation": "户主",
                "name": "单龑",
                "sex": "男",
                "birth_date": "1945-03-08",
                "id_number": "433127194503080011",
                "tags": ["独居老年人"],
            },
            new=True,
        )
        w.put(
            "households",
            hid,
            {
                "village_id": village,
                "group_name": "二组",
                "house_no": "7",
                "head_id": pid,
                "risk_level": "重点",
                "worker": "王芳",
            },
            new=True,
        )
        w.finish()
    store.conn.execute("PRAGMA journal_mode = DELETE")
    store.close()


if __name__ == "__main__":
    make_v1(Path(__file__).with_name("schema_v1.db"))
