"""Bundle files end to end through the services: round trip, join, receipts, re-import, and
every kind of bad file refused before anything is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop import paths
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.errors import BundleError, SyncError
from desktop.core.register import households
from desktop.core.register.records import StationSetup
from desktop.core.station import station
from desktop.core.sync import applying, bundle, crypto
from desktop.core.sync.applying import apply_verified
from desktop.core.sync.conflicts import resolve_conflict, to_review
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle, inspect
from desktop.core.sync.status import peer_list, status
from desktop.core.sync.sync_keys import has_passphrase, set_passphrase, station_key
from tests.sync.helpers import PASSPHRASE, content, db_digest, known_vector, origin, plain_bundle


@pytest.fixture
def hub(make_replica):
    ctx = make_replica("站点主机")
    demo.generate(ctx, 25, seed=3)
    return ctx


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def db_path(ctx: Context) -> Path:
    assert ctx.store.path is not None
    return ctx.store.path


def backups(ctx: Context) -> list[Path]:
    return sorted(db_path(ctx).parent.glob("*.bak"))


def test_full_round_trip_and_reimport_is_a_no_op(hub, make_replica, stick):
    laptop = make_replica("笔记本1")
    result = export(hub, stick, PASSPHRASE, full=True)
    assert result.full and result.changes > 0 and result.path.suffix == ".sdsync"
    assert [p.name for p in stick.iterdir()] == [result.path.name]  # no temporary file left

    preview = inspect(laptop, result.path, PASSPHRASE)
    assert preview.computer == "站点主机" and preview.rows["households"] == 25
    assert preview.new_changes > 0 and not preview.already_imported
    summary = import_bundle(laptop, result.path, PASSPHRASE)
    assert summary.new["households"] == 25 and summary.conflicts == 0 and summary.pending == 0
    assert summary.undo  # what it changed is recorded, to undo it
    assert summary.receipt is not None and summary.receipt.exists()
    assert content(laptop) == content(hub)
    # the search index was built for the new households
    assert households.find(laptop, "") and len(households.find(laptop, "")) == 25

    before = db_digest(db_path(laptop))
    again = import_bundle(laptop, result.path, PASSPHRASE)
    assert again.already_imported and db_digest(db_path(laptop)) == before
    assert inspect(laptop, result.path, PASSPHRASE).already_imported


def test_the_stick_never_holds_plaintext(hub, stick):
    result = export(hub, stick, PASSPHRASE, full=True)
    data = result.path.read_bytes()
    names = [r[0] for r in hub.store.conn.execute("SELECT name FROM persons LIMIT 20")]
    assert b"SQLite format 3" not in data
    assert not any(name.encode("utf-8") in data for name in names)
    assert not any(
        p.name.startswith(".sync-") for p in db_path(hub).parent.iterdir()
    )  # workdir gone


def test_export_for_a_peer_sends_only_what_it_has_not_reported(hub, make_replica, stick):
    laptop = make_replica("笔记本1")
    import_bundle(laptop, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    # the hub learns the laptop's holdings from the laptop's bundle, not from its own export
    back = export(laptop, stick, PASSPHRASE, peer="站点主机")
    assert back.changes == 0  # the laptop knows the hub holds all it has
    import_bundle(hub, back.path, PASSPHRASE)
    with hub.write() as w:
        w.put("workers", "00000000-0000-4000-8000-000000000001", {"name": "新同事"})
    delta = export(hub, stick, PASSPHRASE, peer="笔记本1")
    assert delta.changes == 1 and delta.rows == {"workers": 1}
    assert export(hub, stick, PASSPHRASE).changes == 1  # default: what any known peer lacks
    unknown = export(hub, stick, PASSPHRASE, peer="不存在")  # never heard from: everything
    assert unknown.full and unknown.unknown_peer and unknown.peer == "不存在"


def test_receipts_tell_the_laptop_what_the_hub_holds(hub, make_replica, stick):
    laptop = make_replica("笔记本1")
    import_bundle(laptop, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    with laptop.write() as w:
        w.put("workers", "00000000-0000-4000-8000-000000000002", {"name": "走访员"})
    sent = export(laptop, stick, PASSPHRASE, peer="站点主机")
    assert sent.changes == 1
    summary = import_bundle(hub, sent.path, PASSPHRASE)
    assert summary.receipt is not None and summary.receipt.suffix == ".sdreceipt"
    hub_peer = peer_list(laptop)[0]
    assert not hub_peer.in_step and hub_peer.missing_there == 1  # not yet: nothing assumed
    # next time the laptop sees the stick it reads the receipt: the hub holds it all
    rows_before = content(laptop)
    again = export(laptop, stick, PASSPHRASE, peer="站点主机")
    assert again.receipts_read >= 1 and again.changes == 0
    assert peer_list(laptop)[0].in_step
    assert content(laptop) == rows_before  # a receipt never removes anything
    with pytest.raises(BundleError) if False else _no_error():
        receipt_summary = import_bundle(laptop, summary.receipt, PASSPHRASE)
    assert receipt_summary.kind == "receipt"


class _no_error:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_new_laptop_joins_from_a_full_bundle(hub, tmp_path, stick):
    empty = Context.open(paths.database_path(tmp_path / "新笔记本"))
    try:
        full = export(hub, stick, PASSPHRASE, full=True)
        with pytest.raises(SyncError) as err:
            import_bundle(empty, full.path, PASSPHRASE)
        assert err.value.code == "sync.join_names"
        with pytest.raises(BundleError) as bad:
            import_bundle(empty, full.path, "错误的口令", computer="笔记本3", worker="王五")
        assert bad.value.code == "bundle.passphrase"
        summary = import_bundle(empty, full.path, PASSPHRASE, computer="笔记本3", worker="王五")
        assert summary.joined and not summary.undo  # an empty computer: nothing to undo
        assert station.current(empty)["name"] == "青山镇社工站"
        assert empty.replica_id != hub.replica_id and empty.computer == "笔记本3"
        assert "王五" in station.worker_names(empty)
        assert has_passphrase(empty)
        station_key(empty, PASSPHRASE)  # the passphrase is now this computer's too
        for table in ("households", "persons", "visits", "villages"):
            assert content(empty, (table,)) == content(hub, (table,))
    finally:
        empty.close()


def test_a_joined_laptop_holds_every_column_exactly_as_written(hub, tmp_path, stick):
    """Rows new to the laptop are materialised from their one change in SQL, the others through
    the merge: both must give the very row the writer stored, column for column, stamps included."""
    home, person, visit = (station.new_id() for _ in range(3))
    odd = "引号\"与\\反斜杠'单引号 𠮷 😀 ﹃"
    with hub.write() as w:  # one change per row: new on the laptop with a single change
        w.put(
            "households",
            home,
            {
                "village_id": hub.store.conn.execute("SELECT id FROM villages LIMIT 1").fetchone()[
                    0
                ],
                "address": odd,
                "house_no": "7",
            },
            new=True,
        )
        w.put(
            "persons",
            person,
            {
                "household_id": home,
                "name": "单于𠮷",
                "tags": ["留守老人", odd],
                "birth_date": "1950-01-01",
                "sex": "女",
            },
            new=True,
        )
        w.put(
            "visits",
            visit,
            {
                "household_id": home,
                "record_id": visit,
                "version": 1,
                "crisis": True,
                "duration_min": 45,
                "observations": [{"domain": "居住安全", "note": odd, "rating": None, "n": 1.5}],
                "workers": ["李晓梅"],
                "visit_date": "2026-11-01",
            },
            new=True,
        )
    touched = hub.store.conn.execute("SELECT id FROM persons LIMIT 3").fetchall()
    with hub.write() as w:  # rows with several changes go through the merge
        for (pid,) in touched:
            w.put("persons", pid, {"health_notes": odd, "tags": [], "phone": None})
    empty = Context.open(paths.database_path(tmp_path / "新笔记本"))
    try:
        full = export(hub, stick, PASSPHRASE, full=True)
        import_bundle(empty, full.path, PASSPHRASE, computer="笔记本3", worker="王五")
        for table, ids in (
            ("households", [home]),
            ("persons", [person, *(r[0] for r in touched)]),
            ("visits", [visit]),
        ):
            for row_id in ids:
                query = f"SELECT * FROM {table} WHERE id = ?"
                assert (
                    empty.store.conn.execute(query, (row_id,)).fetchall()
                    == hub.store.conn.execute(query, (row_id,)).fetchall()
                )
        for table in ("households", "persons", "visits", "villages"):  # workers: 王五 joined
            query = f"SELECT * FROM {table} ORDER BY id"
            assert (
                empty.store.conn.execute(query).fetchall()
                == hub.store.conn.execute(query).fetchall()
            )
        schema = (
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"  # indexes built again
        )
        assert (
            empty.store.conn.execute(schema).fetchall() == hub.store.conn.execute(schema).fetchall()
        )
    finally:
        empty.close()


def test_cancelling_an_import_changes_nothing_and_leaves_nothing_behind(hub, make_replica, stick):
    import threading

    from desktop.core.tasks import Cancelled, TaskState

    class CancelMidway(TaskState):
        def progress(self, done: int, total: int) -> None:
            super().progress(done, total)
            if (
                done >= 30
            ):  # the bundle is open: cancel as the apply begins (contents being checked)
                self.cancel_requested = True

    laptop = make_replica("笔记本1")
    import_bundle(laptop, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    demo.generate(hub, 40, seed=9)
    bundle_path = export(hub, stick, PASSPHRASE, peer="笔记本1").path
    before, copies = db_digest(db_path(laptop)), backups(laptop)
    with pytest.raises(Cancelled):
        import_bundle(laptop, bundle_path, PASSPHRASE, CancelMidway())
    assert db_digest(db_path(laptop)) == before
    assert backups(laptop) == copies and list(db_path(laptop).parent.glob(".sync-*")) == []
    assert not [t for t in threading.enumerate() if t.name in ("bundle-check", "pinyin-keys")]
    summary = import_bundle(laptop, bundle_path, PASSPHRASE)  # and it can be taken afterwards
    assert summary.new.get("households") == 40


def test_joining_needs_a_full_bundle(hub, make_replica, tmp_path, stick):
    laptop = make_replica("笔记本1")
    import_bundle(hub, export(laptop, stick, PASSPHRASE).path, PASSPHRASE)
    partial = export(hub, stick, PASSPHRASE, peer="笔记本1")
    empty = Context.open(paths.database_path(tmp_path / "空"))
    try:
        with pytest.raises(BundleError) as err:
            import_bundle(empty, partial.path, PASSPHRASE, computer="x", worker="y")
        assert err.value.code == "bundle.join_full"
        assert station.current(empty) is None
    finally:
        empty.close()


# -- refused before any write -------------------------------------------------------------------
def refused(ctx: Context, path: Path, passphrase: str = PASSPHRASE) -> BundleError | SyncError:
    before = db_digest(db_path(ctx))
    with pytest.raises((BundleError, SyncError)) as err:
        import_bundle(ctx, path, passphrase)
    assert db_digest(db_path(ctx)) == before
    assert backups(ctx) == []
    return err.value


def test_truncated_bundles_are_refused_at_any_length(hub, make_replica, stick, tmp_path):
    laptop = make_replica("笔记本1")
    demo.generate(hub, 60, seed=4)  # enough for several chunks
    good = export(hub, stick, PASSPHRASE, full=True).path
    data = good.read_bytes()
    assert len(data) > 2 * crypto.CHUNK  # several chunks
    header_end = len(crypto.MAGIC) + 4 + int.from_bytes(data[8:12], "big")
    cuts = {
        0,
        1,
        7,
        8,
        11,
        12,
        header_end - 1,
        header_end,
        header_end + 1,
        header_end + 16,
        header_end + crypto.CHUNK + crypto.TAG,
        header_end + crypto.CHUNK + crypto.TAG + 1,
        len(data) // 2,
        len(data) - 17,
        len(data) - 16,
        len(data) - 1,
    }
    cuts |= set(range(header_end, len(data), max(1, len(data) // 25)))
    codes = set()
    for cut in sorted(c for c in cuts if 0 <= c < len(data)):
        bad = tmp_path / "cut.sdsync"
        bad.write_bytes(data[:cut])
        codes.add(refused(laptop, bad).code)
    assert codes <= {"bundle.not_bundle", "bundle.damaged"} and "bundle.damaged" in codes
    extended = tmp_path / "longer.sdsync"
    extended.write_bytes(data + b"\x00")
    assert refused(laptop, extended).code == "bundle.damaged"


def test_bit_flips_anywhere_are_refused(hub, make_replica, stick, tmp_path):
    laptop = make_replica("笔记本1")
    data = export(hub, stick, PASSPHRASE, full=True).path.read_bytes()
    positions = sorted(
        {0, 5, 9, 20, 60, 120}
        | set(range(150, len(data), max(1, len(data) // 30)))
        | {len(data) - 1}
    )
    for pos in positions:
        for bit in (0, 7):
            flipped = bytearray(data)
            flipped[pos] ^= 1 << bit
            bad = tmp_path / "flip.sdsync"
            bad.write_bytes(bytes(flipped))
            assert refused(laptop, bad).code.startswith("bundle.")


def test_wrong_passphrase_is_refused(hub, make_replica, stick):
    laptop = make_replica("笔记本1")
    path = export(hub, stick, PASSPHRASE, full=True).path
    assert refused(laptop, path, "青山镇-同步口今").code == "sync.passphrase_wrong"
    with pytest.raises(SyncError) as err:
        export(hub, stick, "wrong-passphrase")
    assert err.value.code == "sync.passphrase_wrong"


def test_a_bundle_of_another_station_is_refused(hub, tmp_path, stick):
    other = Context.open(paths.database_path(tmp_path / "其他站"))
    try:
        station.setup_station(
            other,
            StationSetup(
                station="白沙镇社工站",
                county="武陵县",
                township="白沙镇",
                villages=[("白沙村", [])],
                computer="主机",
                worker="赵六",
            ),
            passphrase=PASSPHRASE,
        )
        path = export(other, stick, PASSPHRASE, full=True).path
        assert refused(hub, path).code == "bundle.other_station"
    finally:
        other.close()


def reseal(
    ctx: Context, plain: Path, target: Path, kind: str = "bundle", fmt: int = bundle.FORMAT
) -> Path:
    """Encrypt a (tampered) plaintext bundle with the real station key: as if a sender wrote it."""
    key, params = station_key(ctx, PASSPHRASE)
    manifest = dict(
        sqlite3.connect(str(plain)).execute("SELECT key, value FROM manifest").fetchall()
    )
    header = {
        "format": fmt,
        "kind": kind,
        "station": manifest["station_id"],
        "bundle": manifest["bundle_id"],
    }
    bundle.seal(plain, target, header, key, params)
    return target


def tamper(plain: Path, *statements: str) -> None:
    conn = sqlite3.connect(str(plain), isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_a_bundle_of_a_newer_format_is_refused_an_older_schema_taken(hub, make_replica, tmp_path):
    laptop = make_replica("笔记本1")
    # a newer schema alone is taken (tests/sync/test_safety.py); a newer file format is not
    future = plain_bundle(hub, tmp_path, None).path
    err = refused(laptop, reseal(hub, future, tmp_path / "future.sdsync", fmt=bundle.FORMAT + 1))
    assert err.code == "bundle.format"
    older = plain_bundle(hub, tmp_path, None).path
    tamper(older, "UPDATE manifest SET value = '2' WHERE key = 'schema_version'")
    summary = import_bundle(laptop, reseal(hub, older, tmp_path / "older.sdsync"), PASSPHRASE)
    assert summary.new["households"] == 25


def test_inconsistent_contents_are_refused_even_when_authentic(hub, make_replica, tmp_path):
    laptop = make_replica("笔记本1")
    cases = [
        "UPDATE changes SET fields = '{\"name\":\"改\"}' WHERE tbl = 'workers'",
        "DELETE FROM changes WHERE counter = 3",  # a hole in a run
        "UPDATE manifest SET value = '{}' WHERE key = 'vector'",  # claims less than it carries
    ]
    for i, statement in enumerate(cases):
        plain = plain_bundle(hub, tmp_path, None).path
        tamper(plain, statement)
        assert (
            refused(laptop, reseal(hub, plain, tmp_path / f"t{i}.sdsync")).code == "bundle.damaged"
        )
    # a field of no format (not plainly named, or an object), a list where a text belongs, text
    # that is not JSON (the apply chokes on it while the contents are still being checked: still
    # reported as damaged); a plainly named unknown field is a newer version's, and kept
    for i, fields in enumerate(
        ['{"Shoe Size":"42"}', '{"shoe_size":{"eu":42}}', '{"name":["a"]}', '{"name":']
    ):
        plain = plain_bundle(hub, tmp_path, None).path
        tamper(plain, f"UPDATE changes SET fields = '{fields}' WHERE tbl = 'workers'")
        conn = sqlite3.connect(str(plain))
        sha, count = bundle.content_hash(conn)
        conn.close()
        tamper(plain, f"UPDATE manifest SET value = '{sha}' WHERE key = 'content_sha256'")
        assert (
            refused(laptop, reseal(hub, plain, tmp_path / f"f{i}.sdsync")).code == "bundle.damaged"
        )


def test_a_child_may_arrive_before_its_parent(hub, make_replica, stick):
    laptop, other = make_replica("笔记本1"), make_replica("笔记本2")
    import_bundle(laptop, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    household_id = "00000000-0000-4000-8000-0000000000cc"
    with hub.write() as w:
        w.put(
            "households", household_id, {"address": "青山村一组8号", "village_id": None}, new=True
        )
    import_bundle(laptop, export(hub, stick, PASSPHRASE, peer="笔记本1").path, PASSPHRASE)
    with laptop.write() as w:
        w.put(
            "persons",
            "00000000-0000-4000-8000-0000000000dd",
            {"household_id": household_id, "name": "龑堃", "relation": "户主"},
            new=True,
        )
    # the other laptop gets the laptop's own changes first (a bundle made for the hub) ...
    for_hub = plain_bundle(laptop, stick, known_vector(laptop, hub))
    summary = apply_verified(other, for_hub)
    assert summary.new.get("persons") == 1 and "households" not in summary.new
    assert other.store.count("households", f"id = '{household_id}'") == 0
    # ... and the household later: the member is then found through it
    import_bundle(other, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    found = households.find(other, "龑堃")
    assert found == [household_id]


def test_concurrent_delete_and_edit_surface_and_resolve(hub, make_replica, stick):
    laptop = make_replica("笔记本1")
    import_bundle(laptop, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    worker_id = hub.store.conn.execute("SELECT id FROM workers WHERE name = '王建华'").fetchone()[0]
    with hub.write() as w:
        w.delete("workers", worker_id)
    with laptop.write() as w:
        w.put("workers", worker_id, {"phone": "13912345678"})
    import_bundle(hub, export(laptop, stick, PASSPHRASE, peer="站点主机").path, PASSPHRASE)
    import_bundle(laptop, export(hub, stick, PASSPHRASE, peer="笔记本1").path, PASSPHRASE)
    for ctx in (hub, laptop):
        [conflict] = to_review(ctx)
        assert conflict.kind == "deleted" and conflict.label == "王建华"
        assert [v.value for v in conflict.edits["phone"]] == ["13912345678"]
    resolve_conflict(laptop, "workers", worker_id, "deleted", 0)  # keep the worker, with the edit
    with pytest.raises(SyncError):
        resolve_conflict(laptop, "workers", worker_id, "deleted", 0)
    import_bundle(hub, export(laptop, stick, PASSPHRASE, peer="站点主机").path, PASSPHRASE)
    for ctx in (hub, laptop):
        assert to_review(ctx) == []
        row = ctx.store.conn.execute(
            "SELECT deleted, phone FROM workers WHERE id = ?", (worker_id,)
        ).fetchone()
        assert row == (0, "13912345678")
    assert status(hub).conflicts == 0


def test_passphrase_is_set_once_and_kept_only_as_a_verifier(hub, tmp_path):
    with pytest.raises(SyncError):
        set_passphrase(hub, "another-one")
    stored = [r[0] for r in hub.store.conn.execute("SELECT value FROM meta")]
    assert PASSPHRASE not in stored and not any(PASSPHRASE in v for v in stored)
    fresh = Context.open(paths.database_path(tmp_path / "新站"))
    try:
        with pytest.raises(SyncError) as err:
            set_passphrase(fresh, "短")
        assert err.value.code == "sync.passphrase_short"
        assert not has_passphrase(fresh)
    finally:
        fresh.close()
    assert origin(hub)


def test_a_computer_without_the_passphrase_takes_it_from_the_first_bundle(hub, make_replica, stick):
    laptop = make_replica("笔记本1")  # as if copied before the station had a passphrase
    with laptop.store.transaction():
        laptop.store.conn.execute("DELETE FROM meta WHERE key IN ('sync_kdf', 'sync_verifier')")
    assert not has_passphrase(laptop)
    with pytest.raises(SyncError) as err:
        export(laptop, stick, PASSPHRASE)
    assert err.value.code == "sync.passphrase_missing"
    import_bundle(laptop, export(hub, stick, PASSPHRASE, full=True).path, PASSPHRASE)
    assert has_passphrase(laptop)
    assert export(laptop, stick, PASSPHRASE, peer="站点主机").changes == 0


def test_the_joining_worker_is_committed_by_the_import_itself(make_replica, tmp_path, monkeypatch):
    """Right after the import's transaction commits (before anything else runs), another
    connection already sees the station joined and the joining worker: one transaction."""
    hub = make_replica("站点主机")
    demo.generate(hub, 3, seed=4)
    path = export(hub, tmp_path / "stick", PASSPHRASE, full=True).path
    db = paths.database_path(tmp_path / "new-laptop")
    ctx = Context.open(db)
    seen: list[tuple[Any, ...]] = []
    real_detach = applying.bundle_sql.detach

    def detach(store: Any, alias: str) -> None:  # the first thing after the commit
        other = sqlite3.connect(str(db))
        try:
            station_id = other.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()
            workers = other.execute("SELECT name FROM workers WHERE deleted = 0").fetchall()
            seen.append((station_id is not None, ("王芳",) in workers))
        finally:
            other.close()
        real_detach(store, alias)

    monkeypatch.setattr(applying.bundle_sql, "detach", detach)
    try:
        summary = import_bundle(ctx, path, PASSPHRASE, computer="笔记本2", worker="王芳")
        assert summary.joined
        assert seen[0] == (True, True)
    finally:
        ctx.close()


def test_a_handover_reindexes_only_what_search_reads_and_finds_renamed_people(
    hub, make_replica, tmp_path
):
    laptop = make_replica("笔记本1")
    import_bundle(laptop, export(hub, tmp_path / "s0", PASSPHRASE).path, PASSPHRASE)
    hid = households.find(hub, "")[0]
    pid = households.household(hub, hid)["members"][0]["id"]
    with hub.write() as w:
        w.put("persons", pid, {"health_notes": "只改了备注"})
    index = "SELECT * FROM household_search ORDER BY household_id"
    before = laptop.store.conn.execute(index).fetchall()
    import_bundle(laptop, export(hub, tmp_path / "s1", PASSPHRASE).path, PASSPHRASE)
    assert laptop.store.conn.execute(index).fetchall() == before  # notes are not searched
    with hub.write() as w:
        w.put("persons", pid, {"name": "欧阳新名"})
    import_bundle(laptop, export(hub, tmp_path / "s2", PASSPHRASE).path, PASSPHRASE)
    assert households.find(laptop, "欧阳新名") == [hid]
    assert households.find(laptop, "oyxm") == [hid]  # and by the pinyin of the new name
