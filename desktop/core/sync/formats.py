"""The sync format: which synced tables and fields a bundle's changes may hold, by version.

The database schema changes with every migration; most migrations are local (indexes, triggers,
caches) and never concern another computer. The sync format changes only when a synced table or
field is added (``SYNCED_FIELDS`` in desktop/core/store/schema.py), and only by adding: a
computer on an older format takes a newer one's bundles, keeps the fields it does not know in its
change log (so they are relayed unchanged) and shows the rest. A change that an older computer
could not safely take (a field whose meaning changes, a table removed) needs a new major format:
``bundle.FORMAT`` in the file header, which older computers refuse with a message.

When you add a synced field: add the next format with the fields it adds to ``ADDED``, the
fingerprint of the new SYNCED_FIELDS to ``FINGERPRINTS`` and the program version that first
writes it to ``APP_VERSIONS``. tests/sync/test_safety.py fails until you do.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from desktop.core.store.schema import SYNCED_FIELDS

CURRENT = 4
# format -> the synced fields it added, per table (format 1: everything up to schema 6)
ADDED: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"households": ("registered_on",)},  # schema 7: 登记日期
    3: {
        "export_log": (
            "kind",
            "period",
            "full_numbers",
            "file_name",
            "exported_at",
            "exported_by",
            "computer",
            "deleted",
        )
    },  # schema 9: who exported personal data, when
    4: {
        "station_settings": ("key", "value", "deleted")
    },  # schema 10: which stages wait for approval
}
FINGERPRINTS: dict[int, str] = {2: "dc78461dfd0431ee", 3: "9fd28497015586d3", 4: "74ee52b2bf63b05b"}
APP_VERSIONS: dict[int, str] = {1: "0.1.0", 2: "0.2.0", 3: "0.2.0", 4: "0.2.0"}


def fingerprint(fields: Mapping[str, tuple[str, ...]]) -> str:
    text = json.dumps({t: list(f) for t, f in sorted(fields.items())}, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def fields_of(version: int) -> dict[str, tuple[str, ...]]:
    """The synced tables and fields of a format this program knows (up to CURRENT)."""
    later = {
        (t, f)
        for v, tables in ADDED.items()
        if v > version
        for t, names in tables.items()
        for f in names
    }
    out = {t: tuple(f for f in names if (t, f) not in later) for t, names in SYNCED_FIELDS.items()}
    return {t: names for t, names in out.items() if names}


def app_for(version: int, named: str = "") -> str:
    """The program version to install to read a format: the one a bundle names, or ours."""
    return named or APP_VERSIONS.get(version, "")
