"""SQL for the station settings shared by the station's computers (table station_settings)."""

from __future__ import annotations

from desktop.core.store.base import Store


def values(store: Store) -> dict[str, str]:
    """key -> value (JSON text) of the live settings."""
    return {
        k: v
        for k, v in store.conn.execute("SELECT key, value FROM station_settings WHERE deleted = 0")
    }
