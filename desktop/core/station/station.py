"""Setting up the station (站点设置) and its reference lists."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.core.register.records import StationSetup
from desktop.core.register.validation import LABELS
from desktop.core.store import station as sql
from desktop.core.sync import sync_keys
from desktop.core.sync.recorder import ChangeSet
from desktop.core.text import clean


def new_id() -> str:
    return str(uuid.uuid4())


def current(ctx: Context) -> dict[str, Any] | None:
    return sql.station(ctx.store)


def require(ctx: Context) -> dict[str, Any]:
    found = sql.station(ctx.store)
    if found is None:
        raise StationDeskError("station.missing")
    return found


def parse_villages(text: str) -> list[tuple[str, list[str]]]:
    """ "甲村(一组 二组),乙村" -> [("甲村", ["一组", "二组"]), ("乙村", [])]; 、，, separate villages."""
    out: list[tuple[str, list[str]]] = []
    depth, item = 0, ""
    for ch in text.replace("（", "(").replace("）", ")") + ",":
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and ch in ",，、;；":
            item = item.strip()
            if item:
                name, _, rest = item.partition("(")
                groups = [
                    g
                    for g in rest.rstrip(")")
                    .replace(",", " ")
                    .replace("，", " ")
                    .replace("、", " ")
                    .split()
                    if g
                ]
                out.append((clean(name), groups))
            item = ""
        else:
            item += ch
    return out


def setup_station(ctx: Context, setup: StationSetup, passphrase: str | None = None) -> ChangeSet:
    """Create the station; ``passphrase`` (if given) becomes the station's sync passphrase."""
    existing = sql.station(ctx.store)
    if existing is not None:
        raise StationDeskError("station.exists", name=existing["name"])
    errors: list[FieldError] = []
    for name in ("station", "county", "township", "computer", "worker"):
        if not clean(getattr(setup, name)):
            label = LABELS["worker_name" if name == "worker" else name]
            errors.append(FieldError(name, "required", {"label": label}))
    villages = [
        (clean(n), [clean(g) for g in gs if clean(g)]) for n, gs in setup.villages if clean(n)
    ]
    if not villages:
        errors.append(FieldError("villages", "station.villages"))
    if passphrase is not None:
        problem = sync_keys.passphrase_problem(passphrase)
        if problem is not None:
            errors.append(problem)
    if errors:
        raise ValidationError(errors)
    with ctx.store.transaction():
        if passphrase is not None:
            sync_keys.set_passphrase(ctx, passphrase)
        ctx.store.meta_set("computer_name", clean(setup.computer))
        ctx.store.meta_set("worker_name", clean(setup.worker))
        with ctx.write() as w:
            station_id = new_id()
            ctx.store.meta_set("station_id", station_id)
            w.put(
                "station",
                station_id,
                {
                    "name": clean(setup.station),
                    "county": clean(setup.county),
                    "township": clean(setup.township),
                    "county_code": clean(setup.county_code),
                },
                new=True,
            )
            for i, (name, groups) in enumerate(villages):
                w.put(
                    "villages", new_id(), {"name": name, "groups": groups, "sort": i + 1}, new=True
                )
            w.put("workers", new_id(), {"name": clean(setup.worker), "role": "社工"}, new=True)
            for i, tag in enumerate(refdata.DEFAULT_TAGS):
                w.put("tag_types", new_id(), {"name": tag, "sort": i + 1, "builtin": 1}, new=True)
            from desktop.core.visits import visit_setup  # visit schedule defaults (issue 3)

            visit_setup.seed_defaults(w, station_id)
    return w.result


def add_tag(ctx: Context, name: str) -> ChangeSet:
    name = clean(name)
    if not name:
        raise ValidationError([FieldError("name", "required", {"label": LABELS["tag_name"]})])
    if name in sql.tag_names(ctx.store):
        raise ValidationError([FieldError("name", "tag.exists", {"name": name})])
    with ctx.write() as w:
        w.put(
            "tag_types",
            new_id(),
            {"name": name, "sort": 100 + len(sql.tag_names(ctx.store)), "builtin": 0},
            new=True,
        )
    return w.result


def add_worker(ctx: Context, name: str) -> ChangeSet:
    name = clean(name)
    if not name:
        raise ValidationError([FieldError("name", "required", {"label": LABELS["worker_name"]})])
    with ctx.write() as w:
        if name not in sql.worker_names(ctx.store):
            w.put("workers", new_id(), {"name": name, "role": "社工"}, new=True)
    return w.result


def villages(ctx: Context) -> list[dict[str, Any]]:
    return sql.villages(ctx.store)


def tag_names(ctx: Context) -> list[str]:
    return sql.tag_names(ctx.store)


def worker_names(ctx: Context) -> list[str]:
    return sql.worker_names(ctx.store)


def parse_village_lines(text: str) -> list[tuple[str, list[str]]]:
    """One village a line, its groups after a colon: "甲村：一组 二组 三组"."""
    out: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        name, _, rest = line.replace("：", ":").partition(":")
        name = clean(name)
        if name:
            groups = [
                g for g in rest.replace("、", " ").replace(",", " ").replace("，", " ").split() if g
            ]
            out.append((name, groups))
    return out


def switch_worker(ctx: Context, name: str) -> None:
    """The worker at this computer (until named accounts exist): one of the station's workers.
    Local to this computer, not synced; work written from now on is attributed to them."""
    name = clean(name)
    if name not in sql.worker_names(ctx.store):
        raise StationDeskError("worker.unknown", name=name)
    with ctx.store.transaction():
        ctx.store.meta_set("worker_name", name)


# -- editing the station in 设置 ------------------------------------------------------------------
def update_station(ctx: Context, name: str, county: str, township: str) -> ChangeSet:
    """The station's name, county and township."""
    found = require(ctx)
    values = {"station": clean(name), "county": clean(county), "township": clean(township)}
    errors = [FieldError(k, "required", {"label": LABELS[k]}) for k, v in values.items() if not v]
    if errors:
        raise ValidationError(errors)
    with ctx.write() as w:
        w.put(
            "station",
            found["id"],
            {"name": values["station"], "county": values["county"], "township": values["township"]},
        )
    return w.result


def _village(ctx: Context, village_id: str) -> dict[str, Any]:
    found = next((v for v in sql.villages(ctx.store) if v["id"] == village_id), None)
    if found is None:
        raise StationDeskError("not_found")
    return found


def _village_name(ctx: Context, name: str, village_id: str | None = None) -> str:
    name = clean(name)
    if not name:
        raise ValidationError([FieldError("village", "required", {"label": LABELS["village_id"]})])
    if any(v["name"] == name and v["id"] != village_id for v in sql.villages(ctx.store)):
        raise ValidationError([FieldError("village", "village.exists", {"name": name})])
    return name


def add_village(ctx: Context, name: str, groups: list[str] | None = None) -> ChangeSet:
    name = _village_name(ctx, name)
    existing = sql.villages(ctx.store)
    with ctx.write() as w:
        w.put(
            "villages",
            new_id(),
            {
                "name": name,
                "groups": [clean(g) for g in groups or [] if clean(g)],
                "sort": max((v["sort"] or 0 for v in existing), default=0) + 1,
            },
            new=True,
        )
    return w.result


def rename_village(ctx: Context, village_id: str, name: str) -> ChangeSet:
    _village(ctx, village_id)
    name = _village_name(ctx, name, village_id)
    with ctx.write() as w:
        w.put("villages", village_id, {"name": name})
    return w.result


def move_village(ctx: Context, village_id: str, step: int) -> ChangeSet:
    """Up (-1) or down (+1) in the station's order (lists, forms, reports)."""
    order = sql.villages(ctx.store)
    ids = [v["id"] for v in order]
    i = ids.index(_village(ctx, village_id)["id"])
    j = max(0, min(len(ids) - 1, i + step))
    ids.insert(j, ids.pop(i))
    with ctx.write() as w:
        for rank, vid in enumerate(ids):
            w.put("villages", vid, {"sort": rank + 1})
    return w.result


def remove_village(ctx: Context, village_id: str) -> ChangeSet:
    """Only a village no household belongs to (otherwise the message says how many do)."""
    found = _village(ctx, village_id)
    used = len(sql.households_in_village(ctx.store, village_id))
    if used:
        raise StationDeskError("village.in_use", name=found["name"], count=used)
    with ctx.write() as w:
        w.delete("villages", village_id)
    return w.result


def _group_name(found: dict[str, Any], name: str, old: str | None = None) -> str:
    name = clean(name)
    if not name:
        raise ValidationError([FieldError("group", "required", {"label": LABELS["group_name"]})])
    if name != old and name in found["groups"]:
        raise ValidationError(
            [FieldError("group", "group.exists", {"name": name, "village": found["name"]})]
        )
    return name


def add_group(ctx: Context, village_id: str, name: str) -> ChangeSet:
    found = _village(ctx, village_id)
    name = _group_name(found, name)
    with ctx.write() as w:
        w.put("villages", village_id, {"groups": [*found["groups"], name]})
    return w.result


def rename_group(ctx: Context, village_id: str, old: str, name: str) -> ChangeSet:
    """Rename a group; its households move with it (one write each, in the same transaction)."""
    found = _village(ctx, village_id)
    if old not in found["groups"]:
        raise StationDeskError("not_found")
    name = _group_name(found, name, old)
    with ctx.write() as w:
        w.put(
            "villages", village_id, {"groups": [name if g == old else g for g in found["groups"]]}
        )
        for hid in sql.households_in_village(ctx.store, village_id, old):
            w.put("households", hid, {"group_name": name})
    return w.result


def move_group(ctx: Context, village_id: str, name: str, step: int) -> ChangeSet:
    found = _village(ctx, village_id)
    groups = list(found["groups"])
    if name not in groups:
        raise StationDeskError("not_found")
    i = groups.index(name)
    groups.insert(max(0, min(len(groups) - 1, i + step)), groups.pop(i))
    with ctx.write() as w:
        w.put("villages", village_id, {"groups": groups})
    return w.result


def remove_group(ctx: Context, village_id: str, name: str) -> ChangeSet:
    found = _village(ctx, village_id)
    if name not in found["groups"]:
        raise StationDeskError("not_found")
    used = len(sql.households_in_village(ctx.store, village_id, name))
    if used:
        raise StationDeskError("group.in_use", name=name, village=found["name"], count=used)
    with ctx.write() as w:
        w.put("villages", village_id, {"groups": [g for g in found["groups"] if g != name]})
    return w.result
