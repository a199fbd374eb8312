"""Sync by file (同步): the service calls behind the sync page and the ``sync`` command.

- ``set_passphrase`` once per station (stored only as a verifier);
- ``export`` everything, or what a chosen peer has not reported holding, to a folder;
- ``inspect`` a bundle (who, when, how many records of each kind) and ``import_bundle`` it:
  verified first, the database backed up, applied in one transaction, a receipt written back;
- ``conflicts`` to review and ``resolve_conflict`` (a new write that syncs like any other);
- ``peers`` and ``status``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.context import Context, new_incarnation
from desktop.core.errors import BundleError, FieldError, SyncError
from desktop.core.register import search
from desktop.core.store import bundle_sql, sync_sql
from desktop.core.sync import backups, bundle, crypto, formats, instance, merge, peers
from desktop.core.sync.bundle import EXT, RECEIPT_EXT
from desktop.core.sync.recorder import ChangeSet, hlc_text
from desktop.core.sync.sync_keys import (  # noqa: F401 (the passphrase calls are the service's too)
    KDF_KEY,
    VERIFIER_KEY,
    _key_for,
    _store_secret,
    check_new_passphrase,
    has_passphrase,
    passphrase_problem,
    set_passphrase,
    station_key,
)
from desktop.core.tasks import Cancelled, TaskState
from desktop.core.text import clean

# The passphrase of the demo station that ``demo`` creates on an empty folder, when none is given.
DEMO_PASSPHRASE = "qingshan-demo"
HLC_AHEAD_MS = 24 * 3600 * 1000  # a remote clock further ahead than this does not pull ours along


# -- results ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    full: bool
    peer: str  # the peer it was made for ("" for everything / every known peer)
    changes: int
    rows: dict[str, int]
    size: int
    receipts_read: int
    unknown_peer: bool = False  # the peer named has never reported what it holds: everything sent


@dataclass(frozen=True)
class Preview:
    path: Path
    kind: str
    bundle_id: str
    station: str
    computer: str
    worker: str
    created_at: str
    full: bool
    rows: dict[str, int]  # records per table in the bundle
    changes: int
    new_changes: int  # changes this computer does not hold yet
    already_imported: bool
    joins_station: bool  # importing it makes this (empty) computer part of the station


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    kind: str
    bundle_id: str
    computer: str
    worker: str
    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    pending: int = 0  # changes held back until an earlier bundle arrives
    refused: int = 0  # changes refused: their number was used twice (see the report)
    known: int = 0  # changes already held here
    applied: int = 0
    already_imported: bool = False
    joined: bool = False
    new_incarnation: bool = False
    backup: Path | None = None
    receipt: Path | None = None
    receipt_error: str = ""
    receipts_read: int = 0
    unknown_fields: dict[str, list[str]] = field(
        default_factory=dict
    )  # kept, shown by a newer version
    upgrade_to: str = ""  # the version that shows them ("" when the bundle does not say)

    @property
    def new_total(self) -> int:
        return sum(self.new.values())

    @property
    def updated_total(self) -> int:
        return sum(self.updated.values())


@dataclass(frozen=True)
class ConflictValue:
    value: Any
    author: str
    computer: str
    when: str
    origin: str
    counter: int
    shown: bool  # the value the record shows now (the provisional winner)


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    field: str  # "deleted" for a record edited while deleted
    kind: str  # "value": concurrent values of one field; "deleted": edited while deleted
    label: str
    values: list[ConflictValue]  # the concurrent values; for "deleted", the delete(s)
    # "deleted": edits unseen
    edits: dict[str, list[ConflictValue]] = dataclasses.field(default_factory=dict)
    context: str = ""  # where the record belongs: its household (for a household, its head's name)
    names: dict[str, str] = dataclasses.field(
        default_factory=dict
    )  # ids in the values (village, person…) -> names
    free_text: bool = False  # a new value may be typed; otherwise one of the values is kept


@dataclass(frozen=True)
class Status:
    station: str
    replica_id: str
    origin: str
    computer: str
    worker: str
    passphrase_set: bool
    changes: int
    pending: int
    conflicts: int
    peers: list[peers.Peer]
    backups: list[backups.Backup] = field(default_factory=list)  # beside the database, newest first


# -- identity ---------------------------------------------------------------------------------
def _identity(ctx: Context, bundle_id: str) -> dict[str, str]:
    store = ctx.store
    info = sync_sql.read_row(store, "station", store.meta_get("station_id") or "") or {}
    return {
        "bundle_id": bundle_id,
        "station_id": store.meta_get("station_id") or "",
        "station_name": info.get("name") or "",
        "replica_id": ctx.replica_id,
        "origin": store.meta_get("origin") or "",
        "computer": ctx.computer,
        "worker": ctx.worker,
    }


def _safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._") or "computer"


def _target(to: Path, prefix: str, computer: str, ext: str, stamp: str) -> Path:
    if to.suffix.lower() == ext:
        return to
    name = f"{prefix}-{_safe_name(computer)}-{stamp}{ext}"
    target = to / name
    n = 1
    while target.exists():
        n += 1
        target = to / f"{prefix}-{_safe_name(computer)}-{stamp}-{n}{ext}"
    return target


def _seal(
    ctx: Context,
    manifest: bundle.Manifest,
    plain: Path,
    target: Path,
    key: bytes,
    params: crypto.KdfParams,
) -> int:
    header = {
        "format": bundle.FORMAT,
        "kind": manifest.kind,
        "station": manifest.station_id,
        "bundle": manifest.bundle_id,
        "app": manifest.app_version,
    }
    size = bundle.seal(plain, target, header, key, params)
    with ctx.store.transaction():
        sync_sql.record_bundle(
            ctx.store,
            {
                "bundle_id": manifest.bundle_id,
                "direction": "out",
                "kind": manifest.kind,
                "origin": manifest.origin,
                "computer": manifest.computer,
                "worker": manifest.worker,
                "created_at": manifest.created_at,
                "handled_at": bundle.now_text(ctx.clock),
                "file_name": target.name,
                "full": int(manifest.full),
                "summary": json.dumps(
                    {"changes": manifest.changes, "rows": manifest.rows, "size": size},
                    ensure_ascii=False,
                ),
            },
        )
    return size


# -- export -----------------------------------------------------------------------------------
def export(
    ctx: Context,
    to: Path | str,
    passphrase: str,
    *,
    full: bool = False,
    peer: str | None = None,
    state: TaskState | None = None,
) -> ExportResult:
    """Write a bundle into the folder ``to`` (or to the ``.sdsync`` file ``to``): everything
    (``full``), what the peer named ``peer`` has not reported holding, or by default what some
    known peer may lack. Receipts found in the folder are read first."""
    state = state or TaskState()
    store = ctx.store
    if not store.meta_get("station_id"):
        raise SyncError("station.missing")
    key, params = station_key(ctx, passphrase)
    to = Path(to)
    folder = to.parent if to.suffix.lower() == EXT else to
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SyncError("sync.folder", path=str(folder), reason=exc.strerror or str(exc)) from exc
    receipts = read_receipts(ctx, folder, passphrase)
    state.progress(1, 4)
    chosen, unknown = "", False
    if full:
        since = None
    elif peer:
        try:
            target_peer = peers.find(store, peer, ctx.replica_id)
        except SyncError as exc:
            if exc.code != "sync.peer_unknown":
                raise
            since, chosen, unknown = None, peer.strip(), True  # it cannot be known to have anything
        else:
            since, chosen = target_peer.vector, target_peer.computer or target_peer.replica_id
    else:
        since = peers.default_since(store, ctx.replica_id)
    workdir = bundle.workdir_for(store)
    try:
        bundle_id = bundle.new_id()
        plain = workdir / "bundle.db"
        manifest = bundle.build(
            store,
            plain,
            kind="bundle",
            since=since,
            identity=_identity(ctx, bundle_id),
            peers=peers.report_rows(store, _identity(ctx, bundle_id), bundle.now_text(ctx.clock)),
        )
        state.progress(2, 4)
        state.check()
        target = _target(to, "同步包", ctx.computer, EXT, ctx.clock.stamp())
        size = _seal(ctx, manifest, plain, target, key, params)
        state.progress(4, 4)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return ExportResult(
        target,
        bundle_id,
        since is None,
        chosen,
        manifest.changes,
        manifest.rows,
        size,
        receipts,
        unknown,
    )


# -- receipts ---------------------------------------------------------------------------------
def receipt_path(ctx: Context, beside: Path) -> Path:
    return beside.with_name(f"{beside.stem}.receipt-{ctx.replica_id[:8]}{RECEIPT_EXT}")


def write_receipt(
    ctx: Context, beside: Path, in_reply_to: str, key: bytes, params: crypto.KdfParams
) -> Path:
    """A receipt next to a bundle: this replica's vector and peer list, authenticated."""
    store = ctx.store
    workdir = bundle.workdir_for(store)
    try:
        receipt_id = bundle.new_id()
        identity = _identity(ctx, receipt_id)
        manifest = bundle.build(
            store,
            workdir / "receipt.db",
            kind="receipt",
            since=None,
            identity=identity,
            peers=peers.report_rows(store, identity, bundle.now_text(ctx.clock)),
            in_reply_to=in_reply_to,
        )
        target = receipt_path(ctx, beside)
        _seal(ctx, manifest, workdir / "receipt.db", target, key, params)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return target


def read_receipts(ctx: Context, folder: Path | str, passphrase: str) -> int:
    """Learn from every receipt of this station in ``folder`` not read before what its writer
    holds. Damaged or foreign receipts are skipped. Returns how many were read."""
    folder = Path(folder)
    if not ctx.store.meta_get("station_id") or not folder.is_dir():
        return 0
    read = 0
    for path in sorted(folder.glob(f"*{RECEIPT_EXT}")):
        try:
            header = bundle.read_header(path)
            if header.get("kind") != "receipt" or sync_sql.bundle_known(
                ctx.store, str(header.get("bundle"))
            ):
                continue
            opened = bundle.open_verified(
                path, _key_for(ctx, passphrase, path.name), bundle.workdir_for(ctx.store)
            )
        except SyncError:
            continue
        try:
            if opened.manifest.kind == "receipt":
                apply_verified(ctx, opened, source=path)
                read += 1
        finally:
            opened.close()
    return read


def _hear(ctx: Context, opened: bundle.Opened, via: str) -> None:
    m = opened.manifest
    own = ctx.store.meta_get("origin") or ""
    now = bundle.now_text(ctx.clock)
    if m.origin != own:
        peers.hear(
            ctx.store,
            origin=m.origin,
            replica_id=m.replica_id,
            computer=m.computer,
            worker=m.worker,
            vector=m.vector,
            reported_at=m.created_at,
            heard_at=now,
            via=via,
            bundle_id=m.bundle_id,
        )
    for p in opened.peers:
        if p["origin"] in (own, m.origin):
            continue
        peers.hear(
            ctx.store,
            origin=p["origin"],
            replica_id=p["replica_id"],
            computer=p["computer"],
            worker=p["worker"],
            vector=json.loads(p["vector"]),
            reported_at=p["reported_at"] or "",
            heard_at=now,
            via="relay",
        )


def _record_in(ctx: Context, opened: bundle.Opened, path: Path, summary: dict[str, Any]) -> None:
    m = opened.manifest
    sync_sql.record_bundle(
        ctx.store,
        {
            "bundle_id": m.bundle_id,
            "direction": "in",
            "kind": m.kind,
            "origin": m.origin,
            "computer": m.computer,
            "worker": m.worker,
            "created_at": m.created_at,
            "handled_at": bundle.now_text(ctx.clock),
            "file_name": path.name,
            "full": int(m.full),
            "summary": json.dumps(summary, ensure_ascii=False, sort_keys=True),
        },
    )


# -- inspect and import -----------------------------------------------------------------------
def _open(ctx: Context, path: Path, key_for: Any) -> bundle.Opened:
    """Decrypt and check the manifest; every change is checked when the bundle is applied."""
    return bundle.open_verified(path, key_for, bundle.workdir_for(ctx.store), contents=False)


def inspect(ctx: Context, path: Path | str, passphrase: str) -> Preview:
    """What a bundle holds, without changing anything: decrypted (so authentic and complete) and
    its manifest checked. Every change in it is checked when it is imported."""
    path = Path(path)
    opened = _open(ctx, path, _key_for(ctx, passphrase, path.name))
    try:
        m = opened.manifest
        return Preview(
            path,
            m.kind,
            m.bundle_id,
            m.station_name,
            m.computer,
            m.worker,
            m.created_at,
            m.full,
            dict(m.rows),
            m.changes,
            _new_changes(ctx, m),
            sync_sql.bundle_known(ctx.store, m.bundle_id),
            not ctx.store.meta_get("station_id"),
        )
    finally:
        opened.close()


def _new_changes(ctx: Context, m: bundle.Manifest) -> int:
    """How many of the bundle's changes this computer does not hold yet."""
    ours = sync_sql.vector(ctx.store)
    return sum(max(0, hi - max(lo - 1, ours.get(o, 0))) for o, (lo, hi) in m.ranges.items())


def _backup(ctx: Context) -> Path | None:
    """The day's copy of the database before its first import of the day (None: made already)."""
    path = ctx.store.path
    return None if path is None else backups.before_import(ctx.store.conn, path, ctx.clock)


def import_bundle(
    ctx: Context,
    path: Path | str,
    passphrase: str,
    state: TaskState | None = None,
    *,
    computer: str = "",
    worker: str = "",
) -> ImportSummary:
    """Take in a bundle: verify everything, back up the database, apply it in one transaction,
    then write a receipt beside it. An empty StationDesk (no station yet) joins the station of a
    full bundle, as ``computer`` used by ``worker``. Importing a bundle again changes nothing."""
    state = state or TaskState()
    store = ctx.store
    path = Path(path)
    joining = not store.meta_get("station_id")
    if joining and not (clean(computer) and clean(worker)):
        raise SyncError("sync.join_names")
    state.progress(0, 100)
    key_for = _key_for(ctx, passphrase, path.name)
    opened = _open(ctx, path, key_for)
    try:
        m = opened.manifest
        key = key_for(opened.header)
        params = crypto.KdfParams.from_json(opened.header["kdf"])
        if m.kind == "receipt":
            return apply_verified(ctx, opened, source=path)
        if joining and not m.full:
            raise BundleError("bundle.join_full", name=path.name)
        state.progress(30, 100)
        if sync_sql.bundle_known(store, m.bundle_id):
            _finish_join(ctx)  # a join cut short by an older version: repaired now
            summary = ImportSummary(
                path, m.kind, m.bundle_id, m.computer, m.worker, already_imported=True
            )
        else:
            state.check()
            # a backup first, unless this computer is empty or the bundle brings nothing new
            backup = None if joining or not _new_changes(ctx, m) else _backup(ctx)
            join = {"computer": clean(computer), "worker": clean(worker)} if joining else None
            try:
                summary = _apply(ctx, opened, path, state, join, (key, params), backup)
            except (BundleError, Cancelled):
                if backup is not None:  # refused or cancelled: rolled back, the copy is not needed
                    backup.unlink(missing_ok=True)
                raise
    finally:
        opened.close()
    receipt: Path | None  # None: the receipt could not be written
    receipt, error = receipt_path(ctx, path), ""
    if not (summary.already_imported and receipt.exists()):  # taking it again changes nothing
        try:
            write_receipt(ctx, path, m.bundle_id, key, params)
        except SyncError as exc:
            receipt, error = None, exc.message
    read = read_receipts(ctx, path.parent, passphrase)
    if store.path is not None:
        instance.record(store, store.path)
    state.progress(100, 100)
    return dataclasses.replace(summary, receipt=receipt, receipt_error=error, receipts_read=read)


def apply_verified(
    ctx: Context, opened: bundle.Opened, state: TaskState | None = None, source: Path | None = None
) -> ImportSummary:
    """Apply an opened, verified bundle (read from ``source``) in one transaction: the heart of
    ``import_bundle`` without the backup and the receipts. Applying it again changes nothing."""
    m = opened.manifest
    path = source or opened.path
    if sync_sql.bundle_known(ctx.store, m.bundle_id):
        return ImportSummary(path, m.kind, m.bundle_id, m.computer, m.worker, already_imported=True)
    if m.kind == "receipt":
        with ctx.store.transaction():
            _hear(ctx, opened, via="receipt")
            _record_in(ctx, opened, path, {"receipt": True})
        return ImportSummary(path, m.kind, m.bundle_id, m.computer, m.worker, receipts_read=1)
    return _apply(ctx, opened, path, state or TaskState(), None, None, None)


def _apply(
    ctx: Context,
    opened: bundle.Opened,
    path: Path,
    state: TaskState,
    join: dict[str, str] | None,
    secret: tuple[bytes, crypto.KdfParams] | None,
    backup: Path | None,
) -> ImportSummary:
    """``join``: the computer and worker names when this empty database joins the station (with
    ``secret``, the station key and KDF parameters, to keep as its verifier)."""
    store = ctx.store
    m = opened.manifest

    def tick(done: int, total: int) -> None:
        state.progress(30 + int(60 * done / max(total, 1)), 100)

    restarted = False
    # A bundle whose contents are not checked yet is checked on a second thread while it is
    # applied; the transaction commits only after the check passed.
    check = None if opened.contents_verified else bundle.ContentCheck(opened.path, m, path.name)
    # the pinyin of the names it brings, for the search index, on a thread of its own meanwhile
    spelled = search.KeysInAdvance(lambda: bundle_sql.person_names(opened.path))
    bundle_sql.attach(store, opened.path, "b", readonly=True)
    try:
        with sync_sql.roomy_cache(store), store.transaction(), _checked(check):
            if join is not None:
                store.meta_set("station_id", m.station_id)
                store.meta_set("computer_name", join["computer"])
                store.meta_set("worker_name", join["worker"])
            if secret is not None and not has_passphrase(ctx):
                _store_secret(ctx, secret[1], secret[0])  # the station's passphrase, as a verifier
            own = store.meta_get("origin") or ""
            applied = merge.apply_attached(store, own, tick, state.check)
            if applied.own_origin_ahead:
                # This database is older than changes it once wrote (restored without notice):
                # continue under a new origin, and take the old origin's changes like any other's.
                new_incarnation(store)
                restarted = True
                applied = merge.apply_attached(
                    store, store.meta_get("origin") or "", tick, state.check
                )
            search.reindex_touched(store, applied.touched, applied.moved_from, spelled.keys())
            sync_sql.drop_stale_pending(store)
            _hear(ctx, opened, via="bundle")
            if join is not None:
                _finish_join(ctx)  # the joining worker, in the same transaction
            hlc = int(store.meta_get("hlc", "0") or 0)
            store.meta_set(
                "hlc",
                max(
                    hlc,
                    min(sync_sql.max_attached_hlc(store), store.clock.epoch_ms() + HLC_AHEAD_MS),
                ),
            )
            summary = ImportSummary(
                path,
                m.kind,
                m.bundle_id,
                m.computer,
                m.worker,
                new={t: n for t, n in applied.new.items() if n},
                updated={t: n for t, n in applied.updated.items() if n},
                conflicts=applied.conflicts,
                pending=applied.pending,
                refused=applied.refused,
                known=applied.known,
                applied=applied.applied,
                joined=join is not None,
                new_incarnation=restarted,
                backup=backup,
                upgrade_to=formats.app_for(m.sync_format, m.app_version)
                if m.sync_format > formats.CURRENT
                else "",
            )
            _record_in(
                ctx,
                opened,
                path,
                {
                    "new": summary.new,
                    "updated": summary.updated,
                    "conflicts": summary.conflicts,
                    "pending": summary.pending,
                    "refused": summary.refused,
                    "known": summary.known,
                },
            )
    finally:
        if check is not None:
            check.stop()  # at once if it has finished; interrupted on cancel or error
        spelled.stop()
        bundle_sql.detach(store, "b")
    return dataclasses.replace(
        summary, unknown_fields=check.unknown if check is not None else opened.unknown
    )


def _finish_join(ctx: Context) -> None:
    """The worker who joined this computer to the station is one of its workers (their name is
    the default worker of new households): added if missing, in the caller's transaction if any."""
    from desktop.core.station import station

    name = ctx.worker
    if (
        ctx.store.meta_get("station_id")
        and name
        and not sync_sql.ever_named(ctx.store, "workers", name)
    ):
        station.add_worker(ctx, name)


@contextlib.contextmanager
def _checked(check: bundle.ContentCheck | None) -> Iterator[None]:
    """Wait for the content check at the end of the block (its error wins: whatever a damaged
    bundle did to the apply, it is reported as damaged); on cancel, don't wait."""
    if check is None:
        yield
        return
    try:
        yield
    except Cancelled:
        raise
    except Exception:
        check.wait()
        raise
    check.wait()


# -- conflicts --------------------------------------------------------------------------------
def _value(c: merge.Change, name: str, shown: merge.Change) -> ConflictValue:
    return ConflictValue(
        c.fields[name],
        c.author or "",
        c.computer or "",
        hlc_text(c.hlc),
        c.origin,
        c.counter,
        c.dot == shown.dot,
    )


# The fields that name a record in the review list (the first one filled), per table; "name" otherwise.
_NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "households": ("address",),
    "visits": ("visit_date",),
    "visit_followups": ("action",),
    "crisis_alerts": ("summary", "raised_on"),
    "cases": ("title",),
    "case_events": ("event_date",),
    "assessments": ("assess_date",),
    "plans": ("overall_goal", "start_date"),
    "plan_reviews": ("review_date",),
    "evaluations": ("eval_date",),
    "approvals": ("subject", "requested_on"),
    "referrals": ("need", "referred_on"),
    "referral_events": ("event_date",),
    "visit_rules": ("value", "interval"),
    "station_settings": ("key",),
}
# Fields holding the id of another record (or a list of ids): the table of that record.
REFERENCES: dict[str, str] = {
    "village_id": "villages",
    "household_id": "households",
    "head_id": "persons",
    "person_id": "persons",
    "members_met": "persons",
    "resource_id": "resources",
    "case_id": "cases",
    "visit_id": "visits",
    "plan_id": "plans",
    "referral_id": "referrals",
}
_TABLE_REFERENCES: dict[tuple[str, str], str] = {
    ("resources", "villages"): "villages",
    ("visits", "replaces"): "visits",
    ("plans", "replaces"): "plans",
    ("approvals", "replaces"): "approvals",
    ("referral_events", "corrects"): "referral_events",
}
# Fields the forms take as free text: a conflict on one of them may be settled with a new value.
FREE_TEXT: dict[str, frozenset[str]] = {
    t: frozenset(names)
    for t, names in {
        "station": ("name", "county", "township"),
        "villages": ("name",),
        "workers": ("name", "phone"),
        "tag_types": ("name",),
        "observation_domains": ("name",),
        "households": ("house_no", "address", "phone", "notes"),
        "persons": ("name", "phone", "guardian_name", "guardian_phone", "health_notes"),
        "visits": (
            "services_note",
            "crisis_note",
            "report_to",
            "report_note",
            "signed_by",
            "notes",
            "correction_reason",
        ),
        "visit_followups": ("action", "done_note"),
        "crisis_alerts": ("summary", "resolution"),
        "cases": ("title", "problem", "source_note", "closure_note"),
        "assessments": ("strengths", "summary", "priorities"),
        "plans": (
            "overall_goal",
            "problems",
            "strategy",
            "worker_role",
            "client_role",
            "agreed_by",
            "change_reason",
        ),
        "plan_reviews": ("summary",),
        "evaluations": ("summary", "client_feedback"),
        "approvals": ("comment",),
        "resources": ("name", "contact", "phone", "address", "notes"),
        "referrals": ("reason", "documents", "contact", "outcome"),
        "referral_events": ("note", "outcome"),
    }.items()
}
_PHONE_FIELDS = frozenset({"phone", "guardian_phone"})
_ONE_LINE = frozenset(
    {
        "name",
        "county",
        "township",
        "house_no",
        "address",
        "phone",
        "guardian_name",
        "guardian_phone",
        "report_to",
        "signed_by",
        "title",
        "source_note",
        "agreed_by",
        "documents",
        "contact",
    }
)
_REQUIRED = frozenset({"name", "title", "action", "overall_goal"})
_CUT = 40  # a record's name in the list is cut to this many characters


def _short(value: Any) -> str:
    text = clean(value)
    return text if len(text) <= _CUT else text[: _CUT - 1] + "…"


def _place(ctx: Context, household_id: str) -> str:
    """A household as a social worker knows it: its address, or village, group and house number."""
    row = sync_sql.read_row(ctx.store, "households", household_id) if household_id else None
    if row is None:
        return ""
    if clean(row.get("address")):
        return _short(row["address"])
    village = sync_sql.read_row(ctx.store, "villages", row.get("village_id") or "") or {}
    house = f"{row['house_no']}号" if clean(row.get("house_no")) else ""
    return _short("".join(clean(x) for x in (village.get("name"), row.get("group_name"), house)))


def _name(ctx: Context, table: str, row_id: str) -> str:
    """The name of a record (a person's name, a household's address, a visit's date…), or ""."""
    row = sync_sql.read_row(ctx.store, table, row_id) if row_id else None
    if row is None:
        return ""
    if table == "households":
        return _place(ctx, row_id) or _name(ctx, "persons", row.get("head_id") or "")
    for key in _NAME_FIELDS.get(table, ("name",)):
        if clean(row.get(key)):
            return _short(row[key])
    return ""


def _label(ctx: Context, table: str, row_id: str) -> str:
    return _name(ctx, table, row_id) or row_id[:8]


def _context(ctx: Context, table: str, row_id: str) -> str:
    """Where a record belongs: its household, case or referral; for a household, its head's name."""
    row = sync_sql.read_row(ctx.store, table, row_id) or {}
    if table == "households":
        return _name(ctx, "persons", row.get("head_id") or "")
    for key, target in (
        ("household_id", "households"),
        ("case_id", "cases"),
        ("referral_id", "referrals"),
    ):
        if row.get(key):
            return _name(ctx, target, str(row[key]))
    return ""


def reference_table(table: str, field_name: str) -> str | None:
    """The table whose ids ``field_name`` of ``table`` holds, or None for a field holding values."""
    return _TABLE_REFERENCES.get((table, field_name)) or REFERENCES.get(field_name)


def _names(ctx: Context, table: str, values: list[tuple[str, Any]]) -> dict[str, str]:
    """The names of the records that the values (field, value) refer to, by id."""
    out: dict[str, str] = {}
    for name, value in values:
        target = reference_table(table, name)
        if target is None:
            continue
        for ref in value if isinstance(value, list) else [value]:
            if isinstance(ref, str) and ref and ref not in out:
                out[ref] = _name(ctx, target, ref)
    return {k: v for k, v in out.items() if v}


def can_type(table: str, field_name: str) -> bool:
    """Whether a conflict on this field may be settled with a value the user types."""
    return field_name in FREE_TEXT.get(table, frozenset())


def _typed_value(table: str, field_name: str, value: Any) -> str | None:
    """A new value typed to settle a conflict, cleaned and checked like the forms do."""
    from desktop.core import phone
    from desktop.core.errors import ValidationError
    from desktop.core.register.validation import NAME_MAX, NOTE_MAX

    if not can_type(table, field_name) or not (value is None or isinstance(value, str)):
        raise SyncError("sync.conflict_choose")
    text = clean(value) if field_name in _ONE_LINE else (value or "").strip()
    if not text and field_name in _REQUIRED:
        raise ValidationError([FieldError(field_name, "sync.value_required")])
    if text and field_name in _PHONE_FIELDS:
        text = phone.normalize(text)
        if not phone.is_valid(text):
            raise ValidationError([FieldError(field_name, "phone.format")])
    limit = NAME_MAX if field_name in ("name", "guardian_name") else NOTE_MAX
    if len(text) > limit:
        raise ValidationError([FieldError(field_name, "sync.value_too_long", {"max": limit})])
    return text or None


def conflicts(ctx: Context) -> list[Conflict]:
    """The review list, recomputed from the changes (hints no longer in conflict are dropped)."""
    out: list[Conflict] = []
    settled: list[tuple[str, str]] = []
    for table, row_id in sync_sql.conflict_hints(ctx.store):
        state = merge.row_state(ctx.store, table, row_id)
        if state is None or not state.needs_review:
            settled.append((table, row_id))
            continue
        label, where = _label(ctx, table, row_id), _context(ctx, table, row_id)
        for name in state.conflicted_fields():
            st = state.fields[name]
            values = [_value(c, name, st.winner) for c in st.alive]
            out.append(
                Conflict(
                    table,
                    row_id,
                    name,
                    "value",
                    label,
                    values,
                    context=where,
                    names=_names(ctx, table, [(name, v.value) for v in values]),
                    free_text=can_type(table, name),
                )
            )
        if state.edited_while_deleted:
            st = state.fields["deleted"]
            deletes = [_value(c, "deleted", st.winner) for c in st.alive if c.fields["deleted"]]
            edits = {
                name: [_value(c, name, state.fields[name].winner) for c in cs]
                for name, cs in state.edited_while_deleted.items()
            }
            refs = [(name, v.value) for name, vs in edits.items() for v in vs]
            out.append(
                Conflict(
                    table,
                    row_id,
                    "deleted",
                    "deleted",
                    label,
                    deletes,
                    edits,
                    context=where,
                    names=_names(ctx, table, refs),
                )
            )
    if settled:
        with ctx.store.transaction():
            sync_sql.remove_conflict_hints(ctx.store, settled)
    return out


def resolve_conflict(
    ctx: Context, table: str, row_id: str, field_name: str, value: Any
) -> ChangeSet:
    """Settle a conflict with ``value`` (one of the values, or a new one): a new write whose
    context covers every concurrent value. For a record edited while deleted, ``field_name`` is
    "deleted" and ``value`` 1 keeps it deleted, 0 restores it (with the edits). A value that is
    none of the concurrent ones is taken only for a free-text field (``can_type``), cleaned and
    checked like the forms do."""
    state = merge.row_state(ctx.store, table, row_id)
    if state is None or not (
        field_name in state.conflicted_fields()
        or (field_name == "deleted" and state.edited_while_deleted)
    ):
        raise SyncError("sync.conflict_gone")
    if field_name == "deleted":
        if value not in (0, 1):
            raise SyncError("sync.conflict_choose")
        value = int(value)
    elif not any(
        merge.same_value(value, c.fields[field_name]) for c in state.fields[field_name].alive
    ):
        value = _typed_value(table, field_name, value)
    with ctx.write() as w:
        if (
            field_name == "deleted" and value == 0
        ):  # restored: so that it shows (its household back)
            from desktop.core.register import removed

            removed.bring_back(ctx, w, table, row_id)
        w.put(table, row_id, {field_name: value}, force=True)
        after = merge.row_state(ctx.store, table, row_id)
        if after is not None and not after.needs_review:
            sync_sql.remove_conflict_hints(ctx.store, [(table, row_id)])
    return w.result


# -- peers and status -------------------------------------------------------------------------
def peer_list(ctx: Context) -> list[peers.Peer]:
    """Every other computer heard of (its latest incarnation), with whether it is in step."""
    return peers.latest_per_replica(peers.all_peers(ctx.store, ctx.replica_id))


def history(ctx: Context, limit: int = 50) -> list[dict[str, Any]]:
    """Bundles and receipts made or taken here, newest first."""
    return sync_sql.bundle_log(ctx.store, limit)


def status(ctx: Context) -> Status:
    store = ctx.store
    info = sync_sql.read_row(store, "station", store.meta_get("station_id") or "") or {}
    return Status(
        station=info.get("name") or "",
        replica_id=ctx.replica_id,
        origin=store.meta_get("origin") or "",
        computer=ctx.computer,
        worker=ctx.worker,
        passphrase_set=has_passphrase(ctx),
        changes=store.count("changes", "1"),
        pending=sync_sql.pending_count(store),
        conflicts=len(conflicts(ctx)),
        peers=peer_list(ctx),
        backups=backups.list_backups(store.path) if store.path is not None else [],
    )
