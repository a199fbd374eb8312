"""Telling a database from its copies and from older versions of itself.

A dot (origin, counter) must never name two different writes. That breaks if a database file is
copied (two computers then write the same counters) or restored from a backup (the counters after
the backup are written again). So each database keeps a stamp of itself outside the file: its
origin, the highest counter it has written, the computer and the path. The stamp lives twice:

- in a sidecar file beside the database (``stationdesk.db.instance``): a copied or moved database
  finds the sidecar of another computer or path, or none at all. The path is compared below its
  drive or mount point (``place``), with the volume's serial number where the system has a stable
  one (Windows): a portable install on a stick that gets another drive letter (or mount point)
  is still the same database, a copy into another folder or onto another disk is not;
- in a per-user state folder outside the data folder (STATIONDESK_STATE_DIR to redirect it): a
  data folder restored whole from a backup, sidecar included, finds a higher counter there.

When the stamp disagrees with the database, it starts afresh before anything is written: a copy
(another computer or folder, or no sidecar) becomes a new replica, with a new replica id; a
restored database keeps its replica id and starts a new incarnation. Either way its origin is
new and its counters start from 1. A false alarm only costs a new origin; a missed one could
lose data, so every doubt counts as a disagreement.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop import APP_NAME
from desktop.core.store.base import Store

STATE_ENV = "STATIONDESK_STATE_DIR"
SIDECAR_SUFFIX = ".instance"
TRACKED = "instance_tracked"


@dataclass(frozen=True)
class Stamp:
    replica_id: str
    origin: str
    counter: int
    host: str
    path: str
    place: str = ""  # the path below its drive or mount point, and the volume: see ``_place``


def _where(db_path: Path) -> str:
    return os.path.normcase(str(Path(db_path).resolve()))


def mount_root(path: Path) -> Path:
    """The drive (Windows: ``E:\\``) or mount point (``/media/user/STICK``) holding ``path``."""
    if os.name == "nt":
        return Path(path.anchor)
    current = path
    while not os.path.ismount(current) and current.parent != current:
        current = current.parent
    return current


def _place(db_path: Path) -> str:
    """Where the database is, whatever letter or mount point its drive got: the path relative to
    the drive's root, plus the volume serial on Windows (st_dev there; elsewhere st_dev changes
    from one plug-in to the next, so it is left out)."""
    full = Path(db_path).resolve()
    root = mount_root(full)
    try:
        below = full.relative_to(root)
    except ValueError:
        below = full
    volume = ""
    if os.name == "nt":
        try:
            volume = f"{os.stat(root).st_dev:x}"
        except OSError:
            volume = ""
    return f"{volume}:{os.path.normcase(str(below))}"


def stamp_of(store: Store, db_path: Path, meta: dict[str, str] | None = None) -> Stamp:
    """``meta``: the replica_id, origin and counter values if already read."""
    if meta is None:
        meta = store.meta_many("replica_id", "origin", "counter")
    return Stamp(
        replica_id=meta.get("replica_id") or "",
        origin=meta.get("origin") or "",
        counter=int(meta.get("counter") or 0),
        host=socket.gethostname(),
        path=_where(db_path),
        place=_place(db_path),
    )


def sidecar_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SIDECAR_SUFFIX)


def state_dir() -> Path | None:
    env = os.environ.get(STATE_ENV)
    if env:
        return Path(env)
    try:
        from platformdirs import user_state_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    # A folder of its own: not inside the data folder, so a backup of that folder leaves it out.
    return Path(user_state_dir(f"{APP_NAME}-instances", appauthor=False, roaming=False))


def registry_path(db_path: Path) -> Path | None:
    folder = state_dir()
    if folder is None:
        return None
    name = hashlib.sha256(_place(db_path).encode("utf-8")).hexdigest()[:32]
    return folder / f"{name}.json"


def _read(path: Path | None) -> Stamp | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Stamp(
            str(data["replica_id"]),
            str(data["origin"]),
            int(data["counter"]),
            str(data["host"]),
            str(data["path"]),
            str(data.get("place", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(path: Path | None, stamp: Stamp) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(json.dumps(asdict(stamp), ensure_ascii=False), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        pass  # best effort: a missing stamp only causes a new incarnation later


COPIED, RESTORED = "copied", "restored"


def disagreement(store: Store, db_path: Path) -> str | None:
    """COPIED or RESTORED when this database is not the one its stamps describe, else None."""
    if store.meta_get(TRACKED) != "1":
        return None  # first open by a version that stamps: nothing to compare with yet
    now = stamp_of(store, db_path)
    side = _read(sidecar_path(db_path))
    if side is None or side.host != now.host or not _same_place(side, now):
        return COPIED  # no sidecar, or one written on another computer or in another folder
    if side.origin != now.origin or side.counter > now.counter:
        return RESTORED  # the database is older than its sidecar
    kept = _read(registry_path(db_path))
    if (
        kept is not None
        and kept.replica_id == now.replica_id
        and _same_place(kept, now)
        and (kept.origin != now.origin or kept.counter > now.counter)
    ):
        return RESTORED  # older than this computer's own record of it (folder restored whole)
    return None


def _same_place(old: Stamp, now: Stamp) -> bool:
    """The same database file's place (a stamp of an older version has only the full path)."""
    return old.place == now.place if old.place else old.path == now.path


def record(store: Store, db_path: Path) -> None:
    """Write both stamps for the database as it is now (after opening, after each write)."""
    meta = store.meta_many(TRACKED, "replica_id", "origin", "counter")  # one read per write
    if meta.get(TRACKED) != "1":
        with store.transaction():
            store.meta_set(TRACKED, "1")
    now = stamp_of(store, db_path, meta)
    _write(sidecar_path(db_path), now)
    _write(registry_path(db_path), now)
