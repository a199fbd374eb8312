import datetime as dt
import json

import pytest

from desktop.core import idcard
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.core.store import changes
from tests.conftest import TODAY

GRANDPA_ID = idcard.make("433127", dt.date(1950, 3, 4), 11, True)
CHILD_ID = idcard.make("433127", dt.date(2016, 6, 1), 22, False)


def village(ctx, name="青山村"):
    return next(v for v in station.villages(ctx) if v["name"] == name)


def family(ctx, **overrides):
    h = HouseholdInput(
        village_id=village(ctx)["id"],
        group_name="二组",
        house_no="12",
        phone="13812345678",
        risk_level="重点",
        worker="李明",
        notes="父母在外务工",
    )
    members = [
        PersonInput(name="张大山", relation="户主", id_number=GRANDPA_ID, tags=["留守老年人"]),
        PersonInput(
            name="张小龑",
            relation="孙女",
            id_number=CHILD_ID,
            tags=["留守儿童"],
            guardian_name="张大山",
            guardian_relation="祖父母",
        ),
    ]
    for key, value in overrides.items():
        setattr(h, key, value)
    return households.save_household(ctx, h, members, today=TODAY)


def test_create_household_with_two_members_derives_sex_and_birth(ctx):
    saved = family(ctx)
    data = households.household(ctx, saved.household_id)
    assert [m["name"] for m in data["members"]] == ["张大山", "张小龑"]
    head, child = data["members"]
    assert data["head_id"] == head["id"]
    assert (head["sex"], head["birth_date"]) == ("男", "1950-03-04")
    assert (child["sex"], child["birth_date"]) == ("女", "2016-06-01")
    assert child["tags"] == ["留守儿童"]
    assert data["village"] == "青山村" and data["risk_level"] == "重点"
    assert saved.changes.touches("households") and saved.changes.touches("persons")


def test_every_write_is_in_the_sync_log_with_who_and_when(ctx):
    saved = family(ctx)
    log = changes.history(ctx.store, "households", saved.household_id)
    assert len(log) == 1
    entry = log[0]
    assert entry["author"] == "李明" and entry["computer"] == "笔记本1"
    assert entry["fields"]["house_no"] == "12"
    assert entry["origin"] == ctx.store.meta_get("origin")
    # counters are per replica and strictly increasing
    counters = [
        r[0]
        for r in ctx.store.conn.execute(  # the fixture's copy is a replica of its own
            "SELECT counter FROM changes WHERE origin = ? ORDER BY counter",
            (ctx.store.meta_get("origin"),),
        )
    ]
    assert counters == list(range(1, len(counters) + 1))
    assert int(ctx.store.meta_get("counter")) == counters[-1]


def test_edit_records_only_changed_fields_with_the_rows_version_vector(ctx):
    saved = family(ctx)
    data = households.household(ctx, saved.household_id)
    members = [PersonInput.from_row(m) for m in data["members"]]
    members[1].phone = "13900001111"
    households.save_household(
        ctx, HouseholdInput.from_row(data), members, saved.household_id, today=TODAY
    )
    child_log = changes.history(ctx.store, "persons", members[1].id)
    assert len(child_log) == 2
    assert child_log[1]["fields"] == {"phone": "13900001111"}
    ctx_json = ctx.store.conn.execute(
        "SELECT ctx FROM changes WHERE row_id = ? ORDER BY counter DESC LIMIT 1", (members[1].id,)
    ).fetchone()[0]
    assert json.loads(ctx_json) == {child_log[0]["origin"]: child_log[0]["counter"]}
    # nothing changed for the household or the head: no new entries
    assert len(changes.history(ctx.store, "households", saved.household_id)) == 1
    assert len(changes.history(ctx.store, "persons", members[0].id)) == 1


def test_same_id_number_cannot_be_registered_twice(ctx):
    saved = family(ctx)
    h = HouseholdInput(village_id=village(ctx, "桃源村")["id"])
    with pytest.raises(ValidationError) as info:
        households.save_household(
            ctx, h, [PersonInput(name="张三", relation="户主", id_number=GRANDPA_ID)], today=TODAY
        )
    err = info.value
    assert err.existing["name"] == "张大山"
    assert err.existing["household_id"] == saved.household_id
    assert "张大山" in err.message and "青山村" in err.message
    assert ctx.store.count("households") == 1


def test_invalid_fields_are_all_reported_and_nothing_is_written(ctx):
    before = ctx.store.count("changes", "1")
    h = HouseholdInput(village_id=village(ctx)["id"], phone="12345")
    bad = PersonInput(name="", relation="户主", id_number="433127195003040138", sex="女")
    with pytest.raises(ValidationError) as info:
        households.save_household(ctx, h, [bad], today=TODAY)
    assert [e.field for e in info.value.errors] == ["phone"]
    h.phone = ""
    with pytest.raises(ValidationError) as info:
        households.save_household(ctx, h, [bad], today=TODAY)
    fields = {e.field: e for e in info.value.errors}
    assert "members[0].name" in fields and "members[0].id_number" in fields
    assert fields["members[0].id_number"].code == "id.check"
    assert "应为" in fields["members[0].id_number"].message
    assert ctx.store.count("changes", "1") == before


def test_sex_and_birth_date_must_agree_with_the_id_number(ctx):
    with pytest.raises(ValidationError) as info:
        households.check_person(
            ctx,
            PersonInput(name="李四", id_number=GRANDPA_ID, sex="女", birth_date="1950-03-05"),
            TODAY,
        )
    codes = {e.field: e.code for e in info.value.errors}
    assert codes == {"sex": "id.sex_mismatch", "birth_date": "id.birth_mismatch"}


def test_child_with_a_child_tag_needs_a_guardian_and_disability_needs_type(ctx):
    with pytest.raises(ValidationError) as info:
        households.check_person(
            ctx,
            PersonInput(
                name="小明",
                relation="孙子",
                sex="男",
                birth_date="2018-01-01",
                tags=["留守儿童", "残疾人"],
            ),
            TODAY,
        )
    assert {e.field for e in info.value.errors} == {"guardian_name", "disability_type"}


def test_household_needs_exactly_one_head(ctx):
    h = HouseholdInput(village_id=village(ctx)["id"])
    two = [
        PersonInput(name="甲", relation="户主", sex="男", birth_date="1970-01-01"),
        PersonInput(name="乙", relation="户主", sex="女", birth_date="1971-01-01"),
    ]
    with pytest.raises(ValidationError) as info:
        households.save_household(ctx, h, two, today=TODAY)
    assert info.value.errors[0].code == "household.head"


def test_group_must_belong_to_the_village(ctx):
    with pytest.raises(ValidationError) as info:
        family(ctx, village_id=village(ctx, "桃源村")["id"], group_name="二组")
    assert info.value.errors[0].field == "group_name"


def test_removing_is_a_tombstone_that_keeps_the_record(ctx):
    saved = family(ctx)
    households.remove_household(ctx, saved.household_id)
    assert households.find(ctx) == []
    assert households.find(ctx, "zds") == []
    row = ctx.store.conn.execute(
        "SELECT deleted, head_id FROM households WHERE id = ?", (saved.household_id,)
    ).fetchone()
    assert row[0] == 1 and row[1]
    assert ctx.store.count("persons", "deleted = 1") == 2
    assert changes.history(ctx.store, "households", saved.household_id)[-1]["fields"] == {
        "deleted": 1
    }
    with pytest.raises(NotFoundError):
        households.remove_household(ctx, saved.household_id)
    # the ID number is free again for a new registration
    h = HouseholdInput(village_id=village(ctx)["id"])
    households.save_household(
        ctx, h, [PersonInput(name="张大山", relation="户主", id_number=GRANDPA_ID)], today=TODAY
    )


def test_removing_a_member_from_the_list_tombstones_only_them(ctx):
    saved = family(ctx)
    data = households.household(ctx, saved.household_id)
    head = PersonInput.from_row(data["members"][0])
    households.save_household(
        ctx, HouseholdInput.from_row(data), [head], saved.household_id, today=TODAY
    )
    assert [m["name"] for m in households.household(ctx, saved.household_id)["members"]] == [
        "张大山"
    ]
    assert households.find(ctx, "zxy") == []
    assert households.find(ctx, "zds") == [saved.household_id]


@pytest.mark.parametrize(
    "query", ["张大", "zds", "zhangdashan", "zxy", GRANDPA_ID[6:14], "5678", "１３８１２", "ZDS"]
)
def test_search_by_name_initials_id_fragment_and_phone(ctx, query):
    saved = family(ctx)
    assert households.find(ctx, query) == [saved.household_id]


def test_filters_by_village_and_tag(ctx):
    saved = family(ctx)
    other = households.save_household(
        ctx,
        HouseholdInput(village_id=village(ctx, "桃源村")["id"]),
        [
            PersonInput(
                name="李芳", relation="户主", sex="女", birth_date="1980-02-02", tags=["低保对象"]
            )
        ],
        today=TODAY,
    )
    assert households.find(ctx, village_id=village(ctx)["id"]) == [saved.household_id]
    assert households.find(ctx, tag="低保对象") == [other.household_id]
    assert households.find(ctx, tag="留守儿童") == [saved.household_id]
    assert households.find(ctx, "李", tag="留守儿童") == []
    assert set(households.find(ctx)) == {saved.household_id, other.household_id}


def test_station_can_extend_the_tag_list(ctx):
    station.add_tag(ctx, "高龄老年人")
    assert "高龄老年人" in station.tag_names(ctx)
    with pytest.raises(ValidationError):
        station.add_tag(ctx, "高龄老年人")
    checked = households.check_person(
        ctx,
        PersonInput(
            name="王婆", relation="户主", sex="女", birth_date="1930-01-01", tags=["高龄老年人"]
        ),
        TODAY,
    )
    assert checked.tags == ["高龄老年人"]
    with pytest.raises(ValidationError):
        households.check_person(
            ctx,
            PersonInput(
                name="王婆",
                relation="户主",
                sex="女",
                birth_date="1930-01-01",
                tags=["不存在的类别"],
            ),
            TODAY,
        )


def test_a_large_reindex_reads_whole_tables_and_builds_the_same_index(ctx, monkeypatch):
    """A sync import reindexes thousands of households at once: past a threshold the store reads
    whole tables instead of looking each one up. Both ways give the same index."""
    from desktop.core.demo import demo
    from desktop.core.register import search
    from desktop.core.store import households as household_sql

    demo.generate(ctx, 40, seed=11, today=TODAY)
    gone = households.find(ctx)[0]
    households.remove_household(ctx, gone)
    ids = [r[0] for r in ctx.store.conn.execute("SELECT id FROM households")]
    persons = [r[0] for r in ctx.store.conn.execute("SELECT id FROM persons LIMIT 30")]
    by_lookup = household_sql.index_rows(ctx.store)
    homes = household_sql.person_household_ids(ctx.store, persons)
    monkeypatch.setattr(household_sql, "_WHOLE_TABLE", 0)
    assert household_sql.person_household_ids(ctx.store, persons) == homes and len(homes) > 5
    with ctx.store.transaction():
        ctx.store.conn.execute("DELETE FROM household_search")
        search.reindex(ctx.store, ids[: len(ids) // 2])
        assert len(household_sql.index_rows(ctx.store)) == len(ids) // 2 - (
            gone in ids[: len(ids) // 2]
        )
        search.reindex(ctx.store, ids)
    assert sorted(household_sql.index_rows(ctx.store)) == sorted(by_lookup)
    assert gone not in {r[0] for r in by_lookup}
