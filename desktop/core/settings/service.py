"""Reading and writing station settings (each write one transaction through the sync log)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from desktop.core.context import Context
from desktop.core.errors import StationDeskError
from desktop.core.settings.declared import SETTINGS, Setting
from desktop.core.store import settings as sql
from desktop.core.sync.recorder import ChangeSet

NAMESPACE = uuid.UUID("2b7c9e14-5a3d-4f6e-8b21-0c9d7e5f3a48")


def row_id(ctx: Context, key: str) -> str:
    """One row per key and station: two computers setting one key write the same row."""
    return str(uuid.uuid5(NAMESPACE, f"{ctx.store.meta_get('station_id') or ''}/{key}"))


def _setting(key: str) -> Setting:
    found = SETTINGS.get(key)
    if found is None:
        raise StationDeskError("settings.unknown", key=key)
    return found


def values(ctx: Context) -> dict[str, Any]:
    """Every declared setting: its stored value, or its default."""
    stored = sql.values(ctx.store)
    out: dict[str, Any] = {}
    for key, setting in SETTINGS.items():
        try:
            out[key] = setting.parse(json.loads(stored[key])) if key in stored else setting.default
        except (TypeError, ValueError):
            out[key] = setting.default
    return out


def get(ctx: Context, setting: Setting | str) -> Any:
    key = setting if isinstance(setting, str) else setting.key
    _setting(key)
    return values(ctx)[key]


def set_value(ctx: Context, key: str, value: Any) -> ChangeSet:
    setting = _setting(key)
    value = setting.parse(value)
    with ctx.write() as w:
        w.put(
            "station_settings",
            row_id(ctx, key),
            {"key": key, "value": json.dumps(value), "deleted": 0},
        )
    return w.result
