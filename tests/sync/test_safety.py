"""Sync a station relies on for years (issue 14): mixed versions, unknown peers, leftovers,
hostile headers and schema objects, passphrase strength, test-only KDF cost, drive letters."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import paths
from desktop.cli import main
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.errors import BundleError, SyncError
from desktop.core.register import households
from desktop.core.store import bundle_sql
from desktop.core.store.migrations import LATEST
from desktop.core.store.schema import SYNCED_FIELDS
from desktop.core.sync import bundle, crypto, formats, instance, strength
from desktop.core.sync.conflicts import to_review
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from desktop.core.sync.sync_keys import passphrase_problem, set_passphrase, station_key
from tests.sync.helpers import PASSPHRASE, content, db_digest, plain_bundle, sync_format
from tests.sync.test_bundles import refused, reseal, tamper


@pytest.fixture
def hub(make_replica):
    ctx = make_replica("站点主机")
    demo.generate(ctx, 6, seed=5)
    return ctx


# -- 1. mixed versions ------------------------------------------------------------------------
def test_the_sync_format_changes_exactly_when_synced_fields_change():
    assert formats.fields_of(formats.CURRENT) == SYNCED_FIELDS
    # a synced table or field added without a new format number (and its entry) fails here
    assert formats.fingerprint(SYNCED_FIELDS) == formats.FINGERPRINTS[formats.CURRENT]
    assert "registered_on" not in formats.fields_of(1)["households"]
    assert formats.fields_of(2)["households"][
        -1
    ] == "registered_on" and "export_log" not in formats.fields_of(2)
    assert "export_log" in formats.fields_of(3) and "station_settings" not in formats.fields_of(3)
    assert formats.CURRENT == 4 and "station_settings" in formats.fields_of(4)


def test_a_newer_schema_with_the_same_sync_format_is_taken(hub, make_replica, tmp_path):
    laptop = make_replica("笔记本1")
    newer = plain_bundle(hub, tmp_path, None).path
    tamper(newer, f"UPDATE manifest SET value = '{LATEST + 1}' WHERE key = 'schema_version'")
    summary = import_bundle(laptop, reseal(hub, newer, tmp_path / "newer.sdsync"), PASSPHRASE)
    assert summary.new["households"] == 6 and content(laptop) == content(hub)


def test_a_newer_major_format_is_refused_saying_which_version_to_install(
    hub, make_replica, tmp_path
):
    laptop = make_replica("笔记本1")
    plain = plain_bundle(hub, tmp_path, None).path
    key, params = station_key(hub, PASSPHRASE)
    items = dict(sqlite3.connect(str(plain)).execute("SELECT key, value FROM manifest").fetchall())
    header = {
        "format": bundle.FORMAT + 1,
        "kind": "bundle",
        "station": items["station_id"],
        "bundle": items["bundle_id"],
        "app": "3.1",
    }
    target = tmp_path / "future.sdsync"
    bundle.seal(plain, target, header, key, params)
    err = refused(laptop, target)
    assert err.code == "bundle.format" and "3.1" in err.message and "升级" in err.message


def test_fields_of_a_newer_version_are_kept_relayed_and_announced(
    hub, make_replica, tmp_path, monkeypatch
):
    newer, older, other = (
        make_replica("新版电脑"),
        make_replica("旧版电脑"),
        make_replica("另一台新版"),
    )
    hid = households.find(hub, "")[0]
    for ctx in (newer, older, other):
        import_bundle(ctx, export(hub, tmp_path / "s0", PASSPHRASE, full=True).path, PASSPHRASE)
    with sync_format(newer, add={"households": ("income_band",)}, app="2.9"):
        with newer.write() as w:
            w.put("households", hid, {"income_band": "低保边缘", "notes": "新版写的"})
        path = export(newer, tmp_path / "s1", PASSPHRASE).path
    summary = import_bundle(older, path, PASSPHRASE)
    assert summary.unknown_fields == {"households": ["income_band"]} and summary.upgrade_to == "2.9"
    row = older.store.conn.execute("SELECT notes FROM households WHERE id = ?", (hid,)).fetchone()
    assert row[0] == "新版写的"  # the known field shows
    kept = [
        json.loads(f)
        for (f,) in older.store.conn.execute(
            "SELECT fields FROM changes WHERE tbl = 'households' AND row_id = ?", (hid,)
        )
    ]
    assert {"income_band": "低保边缘", "notes": "新版写的"} in kept  # the unknown one is kept
    assert to_review(older) == []
    with older.write() as w:  # an edit on the old computer keeps the unknown field alive
        w.put("households", hid, {"phone": "13800000001"})
    with sync_format(other, add={"households": ("income_band",)}, app="2.9"):
        import_bundle(other, export(older, tmp_path / "s2", PASSPHRASE).path, PASSPHRASE)
        got = other.store.conn.execute(
            "SELECT income_band, notes, phone FROM households WHERE id = ?", (hid,)
        ).fetchone()
    assert tuple(got) == (
        "低保边缘",
        "新版写的",
        "13800000001",
    )  # relayed through the old one, unchanged


def test_the_cli_says_which_version_shows_new_fields(
    hub, make_replica, tmp_path, capsys, monkeypatch
):
    newer, older = make_replica("新版电脑"), make_replica("旧版电脑")
    hid = households.find(hub, "")[0]
    for ctx in (newer, older):
        import_bundle(ctx, export(hub, tmp_path / "s0", PASSPHRASE, full=True).path, PASSPHRASE)
    with sync_format(newer, add={"households": ("income_band",)}, app="2.9"):
        with newer.write() as w:
            w.put("households", hid, {"income_band": "低保边缘"})
        path = export(newer, tmp_path / "s1", PASSPHRASE).path
    folder = older.store.path.parent
    older.close()
    monkeypatch.setenv("STATIONDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(folder), "sync", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2.9" in out and "升级" in out


# -- 4. a peer never heard from -----------------------------------------------------------------
def test_exporting_for_a_peer_never_heard_from_sends_everything_and_says_so(hub, tmp_path, capsys):
    result = export(hub, tmp_path / "stick", PASSPHRASE, peer="笔记本9")
    assert (
        result.full
        and result.unknown_peer
        and result.changes == len(hub.store.conn.execute("SELECT 1 FROM changes").fetchall())
    )
    folder = hub.store.path.parent
    hub.close()
    import os

    os.environ["STATIONDESK_PASSPHRASE"] = PASSPHRASE
    try:
        assert (
            main(
                [
                    "--data-dir",
                    str(folder),
                    "sync",
                    "export",
                    "--to",
                    str(tmp_path / "s2"),
                    "--peer",
                    "笔记本9",
                ]
            )
            == 0
        )
    finally:
        del os.environ["STATIONDESK_PASSPHRASE"]
    out = capsys.readouterr().out
    assert "笔记本9" in out and "全部数据" in out and "还没有" in out


# -- 5. no decrypted data left behind ---------------------------------------------------------
def test_leftover_plaintext_is_removed_at_the_next_start(hub):
    folder = hub.store.path.parent
    hub.close()
    left = folder / ".sync-abc123"
    left.mkdir()
    (left / "bundle.db").write_bytes(b"plaintext personal data")
    Context.open(paths.database_path(folder)).close()
    assert not left.exists()


def test_a_folder_in_use_by_a_task_of_this_process_is_left_alone(hub):
    busy = bundle.workdir_for(hub.store)  # an import running on another thread
    other = Context.open(hub.store.path)  # a second task opens the database meanwhile
    try:
        assert busy.is_dir()
    finally:
        other.close()
        shutil.rmtree(busy)


# -- 6. hostile or careless files -------------------------------------------------------------
def test_a_header_asking_for_a_huge_kdf_cost_is_refused_before_any_work(hub, tmp_path, monkeypatch):
    plain = plain_bundle(hub, tmp_path, None).path
    items = dict(sqlite3.connect(str(plain)).execute("SELECT key, value FROM manifest").fetchall())
    greedy = crypto.KdfParams(b"s" * 16, 20)
    key = b"k" * 32
    header = {
        "format": bundle.FORMAT,
        "kind": "bundle",
        "station": items["station_id"],
        "bundle": items["bundle_id"],
    }
    target = tmp_path / "greedy.sdsync"
    bundle.seal(plain, target, header, key, greedy)
    costs: list[int] = []
    real = crypto.Scrypt

    def counting(*, salt, length, n, r, p):
        costs.append(n)
        return real(salt=salt, length=length, n=min(n, 2**14), r=r, p=p)

    monkeypatch.setattr(crypto, "Scrypt", counting)
    empty = tmp_path / "empty"
    ctx = Context.open(paths.database_path(empty))  # a new computer joining: no station cost yet
    try:
        with pytest.raises(BundleError) as err:
            import_bundle(ctx, target, PASSPHRASE, computer="笔记本2", worker="王芳")
        assert err.value.code == "bundle.kdf_cost"
        with pytest.raises(BundleError):  # a station with its passphrase: its own cost only
            import_bundle(hub, target, PASSPHRASE)
    finally:
        ctx.close()
    assert all(n <= 2**crypto.DEFAULT_LOG_N for n in costs)


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER evil AFTER INSERT ON peers BEGIN SELECT 1; END",
        "CREATE VIEW v AS SELECT * FROM changes",
        "CREATE TABLE extra (a)",
        "CREATE INDEX extra_ix ON changes (hlc)",
    ],
)
def test_schema_objects_the_format_does_not_define_are_refused(
    hub, make_replica, tmp_path, statement
):
    laptop = make_replica("笔记本1")
    plain = plain_bundle(hub, tmp_path, None).path
    tamper(plain, statement)
    before = db_digest(laptop.store.path)
    assert refused(laptop, reseal(hub, plain, tmp_path / "evil.sdsync")).code == "bundle.schema"
    assert db_digest(laptop.store.path) == before


def test_the_bundle_database_is_opened_read_only_and_untrusted(hub, tmp_path):
    plain = plain_bundle(hub, tmp_path, None).path
    conn = bundle_sql.open_plain(plain)
    try:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("CREATE TABLE x (a)")
    finally:
        conn.close()


@pytest.mark.parametrize(
    "weak",
    [
        "123456",
        "password12",
        "abcdefghij",
        "1234567890",
        "qwertyuiop",
        "aaaaaaaaaaaa",
        "13800000000",
        "woaini1314520",
        "短口令",
    ],
)
def test_a_guessable_passphrase_is_refused_with_an_explanation(weak, tmp_path):
    ctx = Context.open(paths.database_path(tmp_path / "d"))
    try:
        with pytest.raises(SyncError) as err:
            set_passphrase(ctx, weak)
        assert err.value.code in ("sync.passphrase_short", "sync.passphrase_weak")
        assert strength.EXAMPLE in err.value.message and "例如" in err.value.message
    finally:
        ctx.close()
    assert passphrase_problem(PASSPHRASE) is None and passphrase_problem(strength.EXAMPLE) is None


def test_the_cli_refuses_a_weak_passphrase_with_the_example(tmp_path, capsys):
    pfile = tmp_path / "p.txt"
    pfile.write_text("12345678ab", encoding="utf-8")
    code = main(
        ["--data-dir", str(tmp_path / "d"), "sync", "passphrase", "--passphrase-file", str(pfile)]
    )
    assert code != 0
    assert strength.EXAMPLE in capsys.readouterr().err


def test_the_kdf_cost_override_works_only_where_tests_allow_it(monkeypatch):
    monkeypatch.setenv(crypto.LOG_N_ENV, "14")
    assert crypto.KdfParams.new().log_n == 14  # tests/conftest.py allowed it
    monkeypatch.setitem(crypto._TEST_COST, "allowed", False)  # as in the shipped app
    assert crypto.KdfParams.new().log_n == crypto.DEFAULT_LOG_N
    monkeypatch.setitem(crypto._TEST_COST, "allowed", True)
    monkeypatch.setattr("sys.frozen", True, raising=False)  # the frozen app never honours it
    assert crypto.KdfParams.new().log_n == crypto.DEFAULT_LOG_N


# -- 8. portable installs ---------------------------------------------------------------------
def _roots(tmp_path: Path):
    def mount_root(path: Path) -> Path:
        for drive in ("D", "E", "F"):
            root = tmp_path / drive
            if root in path.parents or path == root:
                return root
        return Path(path.anchor)

    return mount_root


def test_a_stick_on_another_drive_letter_is_the_same_replica(template_db, tmp_path, monkeypatch):
    monkeypatch.setattr(instance, "mount_root", _roots(tmp_path), raising=False)
    folder = tmp_path / "D" / "StationDesk" / "data"
    folder.mkdir(parents=True)
    shutil.copy(template_db, paths.database_path(folder))
    ctx = Context.open(paths.database_path(folder))
    with ctx.write() as w:
        w.put("workers", "00000000-0000-4000-8000-00000000000e", {"name": "便携"})
    replica, origin = ctx.replica_id, ctx.store.meta_get("origin")
    ctx.close()
    (tmp_path / "E").mkdir()
    shutil.move(str(tmp_path / "D" / "StationDesk"), str(tmp_path / "E" / "StationDesk"))
    moved = Context.open(paths.database_path(tmp_path / "E" / "StationDesk" / "data"))
    try:
        assert (moved.replica_id, moved.store.meta_get("origin")) == (replica, origin)
    finally:
        moved.close()
    # a copy into another folder is still told apart
    shutil.copytree(tmp_path / "E" / "StationDesk", tmp_path / "E" / "Copy")
    copy = Context.open(paths.database_path(tmp_path / "E" / "Copy" / "data"))
    try:
        assert copy.replica_id != replica
    finally:
        copy.close()


def test_a_format_1_computer_relays_registered_on_to_a_format_2_one(hub, make_replica, tmp_path):
    old, new = make_replica("旧版笔记本"), make_replica("新版笔记本")
    hid = households.find(hub, "")[0]
    import_bundle(new, export(hub, tmp_path / "s0", PASSPHRASE, full=True).path, PASSPHRASE)
    with sync_format(old, remove={"households": ("registered_on",)}):
        import_bundle(old, export(hub, tmp_path / "s0", PASSPHRASE, full=True).path, PASSPHRASE)
    with hub.write() as w:
        w.put("households", hid, {"registered_on": "2025-03-08"})
    path = export(hub, tmp_path / "s1", PASSPHRASE).path
    with sync_format(old, remove={"households": ("registered_on",)}):
        summary = import_bundle(old, path, PASSPHRASE)
        relayed = export(old, tmp_path / "s2", PASSPHRASE, full=True).path
    assert summary.unknown_fields == {"households": ["registered_on"]} and summary.upgrade_to
    assert summary.conflicts == 0
    import_bundle(new, relayed, PASSPHRASE)
    got = new.store.conn.execute(
        "SELECT registered_on FROM households WHERE id = ?", (hid,)
    ).fetchone()
    assert got[0] == "2025-03-08"
    assert content(new) == content(hub)
