"""The one place for SQL: schema, migrations and queries over SQLite (through sqlite-utils)."""

from desktop.core.store.base import Store
from desktop.core.store.connection import open_store

__all__ = ["Store", "open_store"]
