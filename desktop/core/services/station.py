"""Setting up the station (站点设置) and its reference lists."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import FieldError, StationDeskError, ValidationError
from desktop.core.records import StationSetup
from desktop.core.store import station as sql
from desktop.core.sync.recorder import ChangeSet
from desktop.core.text import clean
from desktop.core.validation import LABELS


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
    """"甲村(一组 二组),乙村" -> [("甲村", ["一组", "二组"]), ("乙村", [])]; 、，, separate villages."""
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
                groups = [g for g in rest.rstrip(")").replace(",", " ").replace("，", " ").replace("、", " ").split() if g]
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
    villages = [(clean(n), [clean(g) for g in gs if clean(g)]) for n, gs in setup.villages if clean(n)]
    if not villages:
        errors.append(FieldError("villages", "station.villages"))
    if passphrase is not None:
        from desktop.core.services import sync  # the station sync passphrase (issue 6)

        problem = sync.passphrase_problem(passphrase)
        if problem is not None:
            errors.append(problem)
    if errors:
        raise ValidationError(errors)
    with ctx.store.transaction():
        if passphrase is not None:
            sync.set_passphrase(ctx, passphrase)
        ctx.store.meta_set("computer_name", clean(setup.computer))
        ctx.store.meta_set("worker_name", clean(setup.worker))
        with ctx.write() as w:
            station_id = new_id()
            ctx.store.meta_set("station_id", station_id)
            w.put("station", station_id, {"name": clean(setup.station), "county": clean(setup.county),
                                          "township": clean(setup.township), "county_code": clean(setup.county_code)}, new=True)
            for i, (name, groups) in enumerate(villages):
                w.put("villages", new_id(), {"name": name, "groups": groups, "sort": i + 1}, new=True)
            w.put("workers", new_id(), {"name": clean(setup.worker), "role": "社工"}, new=True)
            for i, tag in enumerate(refdata.DEFAULT_TAGS):
                w.put("tag_types", new_id(), {"name": tag, "sort": i + 1, "builtin": 1}, new=True)
            from desktop.core.services import visit_setup  # visit schedule defaults (issue 3)

            visit_setup.seed_defaults(w, station_id)
    return w.result


def add_tag(ctx: Context, name: str) -> ChangeSet:
    name = clean(name)
    if not name:
        raise ValidationError([FieldError("name", "required", {"label": LABELS["tag_name"]})])
    if name in sql.tag_names(ctx.store):
        raise ValidationError([FieldError("name", "tag.exists", {"name": name})])
    with ctx.write() as w:
        w.put("tag_types", new_id(), {"name": name, "sort": 100 + len(sql.tag_names(ctx.store)), "builtin": 0}, new=True)
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
            groups = [g for g in rest.replace("、", " ").replace(",", " ").replace("，", " ").split() if g]
            out.append((name, groups))
    return out
