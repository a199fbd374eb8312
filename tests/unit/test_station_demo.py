import pytest

from desktop import paths
from desktop.core import idcard
from desktop.core.context import Context
from desktop.core.demo import demo
from desktop.core.errors import StationDeskError, ValidationError
from desktop.core.register import households
from desktop.core.register.records import StationSetup
from desktop.core.station import station
from desktop.core.tasks import TaskState


def test_setup_refuses_missing_fields_and_a_second_station(tmp_path, ctx):
    empty = Context.open(tmp_path / "e.db")
    with pytest.raises(ValidationError) as info:
        station.setup_station(empty, StationSetup("", "武陵县", "青山镇", [], "本机", ""))
    assert {e.field for e in info.value.errors} == {"station", "worker", "villages"}
    assert station.current(empty) is None
    empty.close()
    with pytest.raises(StationDeskError) as info:
        station.setup_station(ctx, StationSetup("另一个站", "县", "镇", [("村", [])], "机", "人"))
    assert info.value.code == "station.exists"


def test_village_text_formats():
    assert station.parse_villages("甲村(一组 二组),乙村，丙村（一组）") == [
        ("甲村", ["一组", "二组"]),
        ("乙村", []),
        ("丙村", ["一组"]),
    ]
    assert station.parse_village_lines("青山村：一组 二组\n\n桃源村\n白岩村:一组、二组") == [
        ("青山村", ["一组", "二组"]),
        ("桃源村", []),
        ("白岩村", ["一组", "二组"]),
    ]


def _snapshot(ctx):
    return ctx.store.conn.execute(
        "SELECT p.name, p.id_number, p.tags, p.birth_date, h.house_no FROM persons p "
        "JOIN households h ON h.id = p.household_id ORDER BY h.house_no, p.name, p.id_number"
    ).fetchall()


def test_demo_on_an_empty_folder_creates_a_station_and_is_deterministic(tmp_path):
    a = Context.open(paths.database_path(tmp_path / "a"))
    b = Context.open(paths.database_path(tmp_path / "b"))
    assert demo.generate(a, 120, seed=7) == 120
    demo.generate(b, 120, seed=7)
    assert station.current(a)["name"] == "青山镇社工站"
    assert _snapshot(a) == _snapshot(b)
    c = Context.open(paths.database_path(tmp_path / "c"))
    demo.generate(c, 120, seed=8)
    assert _snapshot(a) != _snapshot(c)
    for ctx in (a, b, c):
        ctx.close()


def test_demo_people_are_plausible(tmp_path):
    ctx = Context.open(paths.database_path(tmp_path / "d"))
    demo.generate(ctx, 1500, seed=3)
    rows = ctx.store.db.query("SELECT name, id_number, sex, birth_date, tags FROM persons")
    total = with_id = 0
    tagged: dict[str, int] = {}
    import json

    rare = 0
    for r in rows:
        total += 1
        if r["id_number"]:
            with_id += 1
            info = idcard.parse(r["id_number"], ctx.today())
            assert info.sex == r["sex"] and info.birth_date.isoformat() == r["birth_date"]
        for t in json.loads(r["tags"]):
            tagged[t] = tagged.get(t, 0) + 1
        rare += any(ch in demo.RARE_CHARS for ch in r["name"])
    assert 3000 < total < 6000
    assert with_id / total > 0.9
    assert rare > 0
    ids = [
        r[0] for r in ctx.store.conn.execute("SELECT id_number FROM persons WHERE id_number != ''")
    ]
    assert len(ids) == len(set(ids))
    # special groups in plausible proportions: many left-behind, fewer orphans, some disabled
    assert tagged["留守儿童"] > tagged["孤儿/事实无人抚养儿童"] > 0
    assert 0.03 < tagged["残疾人"] / 1500 < 0.2
    assert tagged["独居老年人"] > 100
    ctx.close()


def test_demo_can_be_cancelled_between_batches(tmp_path):
    ctx = Context.open(paths.database_path(tmp_path / "x"))

    class StopAfterFirst(TaskState):
        def progress(self, done, total):
            super().progress(done, total)
            self.cancel_requested = True

    written = demo.generate(ctx, 1000, seed=1, state=StopAfterFirst(), batch=100)
    assert written == 100
    assert ctx.store.count("households") == 100
    assert len(households.find(ctx)) == 100
    ctx.close()


def test_register_order_follows_village_group_and_house_number(tmp_path):
    ctx = Context.open(paths.database_path(tmp_path / "o"))
    demo.generate(ctx, 300, seed=2)
    villages = {v["id"]: v for v in station.villages(ctx)}
    keys = []
    for hid in households.find(ctx):
        h = households.household(ctx, hid)
        village = villages[h["village_id"]]
        keys.append((village["sort"], village["groups"].index(h["group_name"]), int(h["house_no"])))
    assert keys == sorted(keys)
    assert len({k[1] for k in keys}) > 3  # 三组 sorts after 二组 although its character sorts first
    ctx.close()
