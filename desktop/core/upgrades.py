"""Data upgrades: the steps a schema migration needs done to the data (building the search index,
seeding the visit settings). Migrations stay schema-only and record the step as pending; the core
runs pending steps after opening, each in its own transaction, and takes it off the list in the
same transaction, so a crash in between only means it runs at the next start."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.register import search
from desktop.core.store import households
from desktop.core.store.base import Store
from desktop.core.store.connection import pending_upgrades, set_pending_upgrades
from desktop.core.visits import visit_setup


def _search_index(store: Store) -> None:
    search.reindex(store, households.live_ids(store))  # the index text is the core's (pinyin)
    store.meta_set("search_index_format", search.INDEX_FORMAT)


UPGRADES: dict[str, Callable[[Store], None]] = {
    "search_index": _search_index,  # migration 2
    "visit_settings": visit_setup.seed_existing_station,  # migration 4
}


def run_pending(store: Store) -> list[str]:
    """Run what migrations left to do, oldest first; returns the names of the steps run."""
    done = []
    for name in pending_upgrades(store):
        with store.transaction():
            UPGRADES[name](store)
            set_pending_upgrades(store, [n for n in pending_upgrades(store) if n != name])
        done.append(name)
    return done
