"""Bundle files: build, seal (compress + encrypt), write safely, open and verify.

A bundle is one file (``.sdsync``; a receipt ``.sdreceipt`` has the same form and no changes):
the crypto header (plaintext: format, kind, station id, bundle id, KDF parameters, passphrase
verifier, nonce; no personal data) and the encrypted, zlib-compressed bytes of a SQLite database
with three tables:

- ``manifest``: format, kind, schema version, bundle id, station id and name, the sender's replica,
  origin, computer and worker, when it was made, the sender's vector (what it holds), ``since``
  (what it assumed the receiver holds; empty for a full bundle), per origin the run of counters
  included, rows per table, the number of changes and a SHA-256 of them;
- ``changes``: the sync log rows, exactly as in the sender's log;
- ``peers``: the sender's peer list (what every replica it heard of reported holding).

The plaintext database only ever exists in a private temporary folder on the computer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.clock import Clock
from desktop.core.errors import BundleError, SyncError
from desktop.core.store import bundle_sql, sync_sql
from desktop.core.store.base import Store
from desktop.core.store.schema import JSON_FIELDS, SYNCED_FIELDS
from desktop.core.sync import crypto, formats

FORMAT = 1
EXT = ".sdsync"
RECEIPT_EXT = ".sdreceipt"
KINDS = ("bundle", "receipt")
BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Manifest:
    kind: str
    bundle_id: str
    station_id: str
    station_name: str
    schema_version: int
    replica_id: str
    origin: str
    computer: str
    worker: str
    created_at: str
    vector: dict[str, int]
    since: dict[str, int]
    full: bool
    ranges: dict[str, tuple[int, int]]
    rows: dict[str, int]
    changes: int
    content_sha256: str
    in_reply_to: str = ""
    app_version: str = ""
    format: int = FORMAT
    sync_format: int = 1  # which synced fields its writer knew (see formats.py)

    def to_items(self) -> dict[str, str]:
        return {
            "format": str(self.format),
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "station_id": self.station_id,
            "station_name": self.station_name,
            "schema_version": str(self.schema_version),
            "replica_id": self.replica_id,
            "origin": self.origin,
            "computer": self.computer,
            "worker": self.worker,
            "created_at": self.created_at,
            "vector": _dumps(self.vector),
            "since": _dumps(self.since),
            "full": "1" if self.full else "0",
            "ranges": _dumps({k: list(v) for k, v in self.ranges.items()}),
            "rows": _dumps(self.rows),
            "changes": str(self.changes),
            "content_sha256": self.content_sha256,
            "in_reply_to": self.in_reply_to,
            "app_version": self.app_version,
            "sync_format": str(self.sync_format),
        }


@dataclass
class Opened:
    """A decrypted, verified bundle in a private temporary folder (``close`` removes it)."""

    path: Path
    header: dict[str, Any]
    manifest: Manifest
    peers: list[dict[str, Any]] = field(default_factory=list)
    workdir: Path | None = None
    contents_verified: bool = True  # False: only the manifest is checked yet (see ContentCheck)
    unknown: dict[str, list[str]] = field(default_factory=dict)  # fields this program does not know

    def close(self) -> None:
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def new_id() -> str:
    return str(uuid.uuid4())


def now_text(clock: Clock) -> str:
    """The time with its UTC offset, as bundles and receipts carry it."""
    return clock.now().astimezone().isoformat(timespec="seconds")


_LIVE: set[str] = set()  # this process's own folders (a task on another thread may be using one)


def remove_leftovers(folder: Path) -> int:
    """Remove the private folders of plaintext that a killed or crashed process left in the data
    folder (whenever the database is opened, before anything else; not this process's own, which
    a task on another thread may be using). Returns how many."""
    removed = 0
    for old in folder.glob(".sync-*"):
        with contextlib.suppress(OSError):
            if old.is_dir() and str(old.resolve()) not in _LIVE:
                shutil.rmtree(old)
                removed += 1
    return removed


def workdir_for(store: Store) -> Path:
    """A private temporary folder for plaintext: beside the database (which is plaintext too).
    The caller removes it as soon as it is done; what a killed process left goes at the next start."""
    parent = store.path.parent if store.path is not None else None
    made = Path(tempfile.mkdtemp(prefix=".sync-", dir=str(parent) if parent else None))
    _LIVE.add(str(made.resolve()))
    return made


# -- content hash -----------------------------------------------------------------------------
def content_hash(conn: Any) -> tuple[str, int]:
    """SHA-256 over the changes in (origin, counter) order, each row a line of SQL literals, and
    their number."""
    digest = hashlib.sha256()
    count = 0
    for lines in bundle_sql.iter_change_lines(conn):
        digest.update(b"".join(lines))
        count += len(lines)
    return digest.hexdigest(), count


# -- building ---------------------------------------------------------------------------------
def build(
    store: Store,
    path: Path,
    *,
    kind: str,
    since: dict[str, int] | None,
    identity: dict[str, str],
    peers: list[tuple[str, str, str, str, str, str | None]],
    in_reply_to: str = "",
) -> Manifest:
    """Build the plaintext bundle database at ``path``: the changes not covered by ``since``
    (all of them for None; none for a receipt), with the manifest and the peer list."""
    conn = bundle_sql.create(path)
    conn.close()
    bundle_sql.attach(store, path, "bx")
    try:
        with bundle_sql.snapshot(store):  # one read snapshot: the vector and the rows agree
            vector = sync_sql.vector(store)
            if kind == "bundle":
                bundle_sql.copy_changes(store, path, since or {})
    finally:
        bundle_sql.detach(store, "bx")
    conn = bundle_sql.open_write(path)
    try:
        sha, count = content_hash(conn)
        ranges = {o: (lo, hi) for o, (lo, hi, _) in bundle_sql.ranges(conn).items()}
        manifest = Manifest(
            kind=kind,
            bundle_id=identity["bundle_id"],
            station_id=identity["station_id"],
            station_name=identity.get("station_name", ""),
            schema_version=store.schema_version(),
            replica_id=identity["replica_id"],
            origin=identity["origin"],
            computer=identity.get("computer", ""),
            worker=identity.get("worker", ""),
            created_at=now_text(store.clock),
            vector=vector,
            since=dict(since or {}),
            full=since is None,
            ranges=ranges,
            rows=bundle_sql.row_counts(conn),
            changes=count,
            content_sha256=sha,
            in_reply_to=in_reply_to,
            app_version=__version__,
            sync_format=formats.CURRENT,
        )
        bundle_sql.write_manifest(conn, manifest.to_items())
        bundle_sql.write_peers(conn, peers)
    finally:
        conn.close()
    return manifest


# -- sealing and writing ----------------------------------------------------------------------
def _compressed(path: Path, digest: Any) -> Iterator[bytes]:
    packer = zlib.compressobj(6)
    with open(path, "rb") as src:
        while True:
            block = src.read(BLOCK)
            if not block:
                break
            digest.update(block)
            out = packer.compress(block)
            if out:
                yield out
    yield packer.flush()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; the file itself was flushed
    with contextlib.suppress(OSError):
        fd = os.open(str(folder), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def seal(
    plain: Path, target: Path, header_fields: dict[str, Any], key: bytes, params: crypto.KdfParams
) -> int:
    """Encrypt ``plain`` into ``target``: a temporary name in the same folder, flushed to the
    device, renamed, then read back and checked against the plaintext. Returns the file size."""
    header = crypto.make_header(header_fields, params, key)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    digest = hashlib.sha256()
    try:
        with open(temp, "wb") as out:
            size = crypto.encrypt_stream(out, header, key, _compressed(plain, digest))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SyncError(
            "sync.folder", path=str(target.parent), reason=exc.strerror or str(exc)
        ) from exc
    try:
        check = hashlib.sha256()
        with open(target, "rb") as src:
            found, prefix = crypto.read_header(src)
            for block in _inflate(crypto.decrypt_stream(src, found, prefix, key)):
                check.update(block)
        ok = found == header and check.digest() == digest.digest()
    except (OSError, crypto.BadHeader, crypto.DecryptionFailed, zlib.error):
        ok = False
    if not ok:
        with contextlib.suppress(OSError):
            target.unlink()
        raise SyncError("sync.verify_write", path=str(target))
    return size


def _inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
    unpacker = zlib.decompressobj()
    for chunk in chunks:
        out = unpacker.decompress(chunk)
        if out:
            yield out
    tail = unpacker.flush()
    if tail:
        yield tail
    if not unpacker.eof or unpacker.unused_data:
        raise zlib.error("compressed stream incomplete or followed by data")


# -- opening ----------------------------------------------------------------------------------
def read_header(path: Path) -> dict[str, Any]:
    """The plaintext header of a bundle or receipt file; BundleError if it is not one."""
    try:
        with open(path, "rb") as src:
            header, _ = crypto.read_header(src)
    except OSError as exc:
        raise SyncError("sync.read", path=str(path), reason=exc.strerror or str(exc)) from exc
    except crypto.BadHeader as exc:
        raise BundleError("bundle.not_bundle", name=path.name) from exc
    fmt = header.get("format")
    if not isinstance(fmt, int):
        raise BundleError("bundle.not_bundle", name=path.name)
    if fmt > FORMAT:
        raise BundleError(
            "bundle.format", name=path.name, found=fmt, version=_newer(header.get("app"))
        )
    if (
        header.get("kind") not in KINDS
        or not isinstance(header.get("station"), str)
        or not isinstance(header.get("bundle"), str)
    ):
        raise BundleError("bundle.not_bundle", name=path.name)
    return header


def decrypt_to(path: Path, key: bytes, plain: Path) -> dict[str, Any]:
    """Decrypt and decompress the file into ``plain``. BundleError if anything fails to verify."""
    try:
        with open(path, "rb") as src, open(plain, "wb") as out:
            header, prefix = crypto.read_header(src)
            for block in _inflate(crypto.decrypt_stream(src, header, prefix, key)):
                out.write(block)
    except OSError as exc:
        raise SyncError("sync.read", path=str(path), reason=exc.strerror or str(exc)) from exc
    except (crypto.BadHeader, crypto.DecryptionFailed, zlib.error) as exc:
        raise BundleError("bundle.damaged", name=path.name) from exc
    return header


def _json_map(text: str, value_type: type) -> dict[str, Any]:
    data = json.loads(text)
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValueError("not a map")
    for v in data.values():
        if value_type is int and not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
            raise ValueError("not a count")
        if value_type is list and not (
            isinstance(v, list) and len(v) == 2 and all(isinstance(n, int) and n >= 1 for n in v)
        ):
            raise ValueError("not a range")
    return data


def _manifest(items: dict[str, str]) -> Manifest:
    ranges = {o: (v[0], v[1]) for o, v in _json_map(items["ranges"], list).items()}
    return Manifest(
        kind=items["kind"],
        bundle_id=items["bundle_id"],
        station_id=items["station_id"],
        station_name=items.get("station_name", ""),
        schema_version=int(items["schema_version"]),
        replica_id=items["replica_id"],
        origin=items["origin"],
        computer=items.get("computer", ""),
        worker=items.get("worker", ""),
        created_at=items.get("created_at", ""),
        vector=_json_map(items["vector"], int),
        since=_json_map(items["since"], int),
        full=items["full"] == "1",
        ranges=ranges,
        rows=_json_map(items["rows"], int),
        changes=int(items["changes"]),
        content_sha256=items["content_sha256"],
        in_reply_to=items.get("in_reply_to", ""),
        app_version=items.get("app_version", ""),
        format=int(items["format"]),
        sync_format=int(items.get("sync_format", "1")),
    )


def _newer(app: Any) -> str:
    """The program version a newer file names (to install), or a plain "the newest"."""
    text = str(app or "")
    return (
        text
        if text and len(text) <= 20 and all(c.isalnum() or c in ".-+" for c in text)
        else "最新"
    )


def verify(plain: Path, header: dict[str, Any], name: str) -> tuple[Manifest, list[dict[str, Any]]]:
    """Check the decrypted database completely: ``verify_manifest`` and ``verify_contents``.
    BundleError otherwise (nothing has been written yet)."""
    manifest, peers = verify_manifest(plain, header, name)
    verify_contents(plain, manifest, name)
    return manifest, peers


def _opened_plain(plain: Path, name: str) -> sqlite3.Connection:
    try:
        return bundle_sql.open_plain(plain)
    except Exception as exc:  # sqlite3 raises its own errors for a file that is not a database
        raise BundleError("bundle.damaged", name=name) from exc


def verify_manifest(
    plain: Path, header: dict[str, Any], name: str
) -> tuple[Manifest, list[dict[str, Any]]]:
    """The quick checks: the manifest against the header, the format and schema version, each
    origin's run complete and consistent with the sender's vector, the peer list."""
    damaged = BundleError("bundle.damaged", name=name)
    conn = _opened_plain(plain, name)
    try:
        try:
            foreign = bundle_sql.foreign_objects(conn)  # before anything in it is read
            if foreign:
                raise BundleError("bundle.schema", name=name, what="、".join(foreign[:3]))
            items = bundle_sql.read_manifest(conn)
        except sqlite3.DatabaseError as exc:
            raise damaged from exc
        try:
            manifest = _manifest(items)
        except (KeyError, ValueError, TypeError) as exc:
            raise damaged from exc
        if manifest.format > FORMAT:  # a newer schema or sync format alone is readable
            raise BundleError(
                "bundle.format",
                name=name,
                found=manifest.format,
                version=_newer(manifest.app_version),
            )
        if (manifest.kind, manifest.bundle_id, manifest.station_id, manifest.format) != (
            header.get("kind"),
            header.get("bundle"),
            header.get("station"),
            header.get("format"),
        ):
            raise damaged
        try:
            found = bundle_sql.ranges(conn)
            if {o: (lo, hi) for o, (lo, hi, _) in found.items()} != manifest.ranges:
                raise damaged
            for origin, (lo, hi, n) in found.items():
                # a contiguous run, from just above what the receiver was assumed to hold, up to
                # all the sender holds
                if (
                    n != hi - lo + 1
                    or lo != manifest.since.get(origin, 0) + 1
                    or hi != manifest.vector.get(origin)
                ):
                    raise damaged
            if sum(n for _, _, n in found.values()) != manifest.changes:
                raise damaged
            if manifest.kind == "receipt" and manifest.changes:
                raise damaged
            peers = bundle_sql.read_peers(conn)
            for p in peers:
                _json_map(p["vector"], int)
        except BundleError:
            raise
        except Exception as exc:  # a value the checks themselves choke on
            raise damaged from exc
    finally:
        conn.close()
    return manifest, peers


def verify_contents(
    plain: Path,
    manifest: Manifest,
    name: str,
    started: Callable[[sqlite3.Connection], None] | None = None,
) -> dict[str, list[str]]:
    """The thorough checks, a pass over every change: the content hash, and every change well
    formed (types, JSON shapes, tables and fields named plainly). Returns the tables and fields
    this program does not know (a newer one wrote them: they are kept, not shown). ``started``
    gets the connection (to interrupt it from another thread)."""
    damaged = BundleError("bundle.damaged", name=name)
    conn = _opened_plain(plain, name)
    try:
        if started is not None:
            started(conn)
        try:
            sha, count = content_hash(conn)
            if sha != manifest.content_sha256 or count != manifest.changes:
                raise damaged
            fields = {t: names for t, names in SYNCED_FIELDS.items()}
            bad, unknown = bundle_sql.malformed(conn, fields, set(JSON_FIELDS))
            if bad:
                raise damaged
        except BundleError:
            raise
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise
            raise damaged from exc
        except Exception as exc:  # a JSON path or value the checks themselves choke on
            raise damaged from exc
    finally:
        conn.close()
    return unknown


class ContentCheck:
    """``verify_contents`` on a thread of its own, with its own connection: a large bundle is
    checked while it is applied in a transaction that commits only once the check has passed
    (``wait`` raises what the check found). ``stop`` interrupts it."""

    def __init__(self, plain: Path, manifest: Manifest, name: str) -> None:
        self._error: BaseException | None = None
        self._conn: sqlite3.Connection | None = None
        self._stopped = False
        self.unknown: dict[str, list[str]] = {}
        self._thread = threading.Thread(
            target=self._run, args=(plain, manifest, name), name="bundle-check", daemon=True
        )
        self._thread.start()

    def _started(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        if self._stopped:
            conn.interrupt()

    def _run(self, plain: Path, manifest: Manifest, name: str) -> None:
        try:
            self.unknown = verify_contents(plain, manifest, name, self._started)
        except BaseException as exc:  # handed to the waiting thread
            self._error = exc
        finally:
            self._conn = None

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        self._stopped = True
        conn = self._conn
        if conn is not None:
            conn.interrupt()
        self._thread.join()


def open_verified(
    path: Path, key_for: Callable[[dict[str, Any]], bytes], workdir: Path, *, contents: bool = True
) -> Opened:
    """Read the header, get the key for it (``key_for`` checks station and passphrase), decrypt
    into ``workdir`` and verify: completely, or with ``contents=False`` only the manifest (the
    caller then checks the contents with ``ContentCheck`` before it commits anything). The caller
    closes the result."""
    plain = workdir / "bundle.db"
    try:
        header = read_header(path)
        decrypt_to(path, key_for(header), plain)
        manifest, peers = verify_manifest(plain, header, path.name)
        unknown = verify_contents(plain, manifest, path.name) if contents else {}
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return Opened(
        plain, header, manifest, peers, workdir, contents_verified=contents, unknown=unknown
    )
