"""The one place that finds files: bundled resources and the per-user data folder.

Works from the source tree and from a PyInstaller bundle (``sys._MEIPASS``). No Qt here, so the
CLI and the core can use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import APP_NAME

DB_FILENAME = "stationdesk.db"
PORTABLE_MARKER = "portable.txt"
DATA_DIR_ENV = "STATIONDESK_DATA_DIR"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    """Folder that holds ``resources/``: the bundle's temp folder, or the source checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def executable_dir() -> Path:
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return app_root()


def portable_data_dir() -> Path | None:
    """A marker file beside the executable turns on portable mode: data lives beside it."""
    if (executable_dir() / PORTABLE_MARKER).exists():
        return executable_dir() / "data"
    return None


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME
