"""Search by pinyin ranks names by their usual reading: a rare reading of a polyphonic character
(俊 as "shun") only ever comes after every usual-reading match; the list names the member matched."""

from __future__ import annotations

import pytest

from desktop.core.register import households, pinyin, search
from tests.unit.test_visits_support import add_household


def head_names(ctx, ids: list[str]) -> list[str]:
    rows = households.rows(ctx, ids)
    return [rows[i]["head_name"] for i in ids]


def test_usual_readings_first_rare_ones_last(ctx):
    zeng = add_household(ctx, "曾俊")  # zj usually; zs only with 俊 read "shun"
    zhang_jun = add_household(ctx, "张俊玥")
    zhang_san = add_household(ctx, "张三")
    zhou = add_household(ctx, "周俊华")
    zou = add_household(ctx, "邹生")
    found = households.find(ctx, "zs")
    assert found[:2] == [zhang_san, zou]  # register order among the usual-reading matches
    usual = [i for i in found if i in (zhang_san, zou)]
    rare = [i for i in found if i in (zeng, zhang_jun, zhou)]
    assert found == usual + rare  # every rare-reading match after every usual-reading one
    assert set(rare) == {zeng, zhang_jun, zhou}  # still found (a family may read it so), but last
    assert households.find(ctx, "zj")[:2] == [zeng, zhang_jun]  # their usual reading
    assert households.find(ctx, "zsh") == [zhou]
    assert households.find(ctx, "zengjun") == [zeng]


def test_surname_readings_are_the_usual_reading(ctx):
    zeng = add_household(ctx, "曾国藩")
    add_household(ctx, "岑国帆")  # cgf: 曾 as a surname is never "ceng"
    assert households.find(ctx, "zgf") == [zeng]
    assert pinyin.index_keys("曾国藩")[0] == "zengguofan zgf"


def test_the_member_who_matched_is_named(ctx):
    hid = add_household(ctx, "罗大山", child="罗俊玥")
    found = households.find(ctx, "ljy")
    assert found == [hid]
    assert households.rows(ctx, found, "ljy")[hid]["matched"] == "罗俊玥"
    assert "matched" not in households.rows(ctx, found, "lds")[hid]  # the head itself
    assert "matched" not in households.rows(ctx, found)[hid]


def test_an_index_of_the_old_format_is_rebuilt_once(ctx):
    hid = add_household(ctx, "曾俊")
    ctx.store.conn.execute(
        "UPDATE household_search SET keys = replace(keys, ?, ' ')", [search.RARE]
    )
    ctx.store.meta_set("search_index_format", "1")
    search.upgrade_format(ctx.store)  # as the next Context.open does
    search._INDEXES.pop(ctx.store, None)  # a new connection's memory
    assert households.find(ctx, "zs") == [hid]
    assert ctx.store.meta_get("search_index_format") == search.INDEX_FORMAT
    keys = ctx.store.conn.execute("SELECT keys FROM household_search").fetchone()[0]
    assert search.RARE in keys


def test_a_query_matching_most_texts_gives_the_same_hits(monkeypatch):
    texts = [f"zs{i} lx" if i % 3 else f"wy{i}" for i in range(500)]
    expected = [i for i, t in enumerate(texts) if "zs" in t]
    blob = search._Blob(texts)
    assert blob.matching("zs") == expected
    monkeypatch.setattr(search._Blob, "DENSE", 5)  # switch to testing each text after 5 hits
    assert blob.matching("zs") == expected
    assert blob.matching("wy49") == [i for i, t in enumerate(texts) if "wy49" in t]
    assert blob.matching("q") == []


def test_typing_narrows_and_gives_what_a_fresh_search_gives(ctx):
    from tests.unit.test_visits_support import add_household

    for name in ("张三", "张俊玥", "曾俊", "周俊华", "李行", "王龑"):
        add_household(ctx, name)
    typed = {}
    for word in ("zhangs", "zsh", "lh", "王龑", "zj"):
        for n in range(1, len(word) + 1):
            typed[word[:n]] = households.find(ctx, word[:n])
    for query, found in typed.items():
        memory = search._memory(ctx.store)
        memory.last = None  # forget the previous query and the one-letter ones
        memory.first = {}
        assert households.find(ctx, query) == found, query


def add_at(ctx, name: str, address: str) -> str:
    from desktop.core.register.records import HouseholdInput, PersonInput
    from desktop.core.station import station

    village = next(v for v in station.villages(ctx) if v["name"] == "青山村")
    saved = households.save_household(
        ctx,
        HouseholdInput(village_id=village["id"], address=address),
        [PersonInput(name=name, relation="户主", sex="女", birth_date="1960-01-01")],
    )
    return saved.household_id


def test_an_ascii_query_finds_the_latin_letters_of_an_address_but_not_across_chinese(ctx):
    lab = add_at(ctx, "王芳", "青山村KQ栋MX室")  # letters no short code (hex) or key holds
    other = add_at(ctx, "李华", "青山村后山")
    assert households.find(ctx, "kq") == households.find(ctx, "mx") == [lab]
    assert households.find(ctx, "kqmx") == []  # "KQ栋MX": the Chinese between stops the match
    assert households.find(ctx, "栋mx") == [lab]  # a query with Chinese reads the names text
    assert households.find(ctx, "lh") == [other]
    assert households.find(ctx, "l\x00h") == [other]  # the index's separators are not typed


def test_matches_counts_maps_and_finds_positions_like_the_list_it_stands_for(ctx):
    ids = [add_household(ctx, n) for n in ("张三", "曾俊", "邹生", "张俊玥", "李行")]
    found = households.matches(ctx, "zs")
    as_list = households.find(ctx, "zs")
    assert len(found) == len(as_list) == 4 and found == as_list and list(found) == as_list
    assert [found[i] for i in range(-4, 4)] == as_list + as_list
    assert found[1:3] == as_list[1:3] and found[::-1] == as_list[::-1]
    assert [found.index(i) for i in as_list] == [0, 1, 2, 3]
    assert ids[4] not in found and ids[0] in found
    with pytest.raises(ValueError):
        found.index(ids[4])
    with pytest.raises(IndexError):
        found[4]
    everything = households.matches(ctx)
    assert list(everything) == households.find(ctx) and everything.index(ids[4]) >= 0
    assert households.matches(ctx, "zs", tag="低保对象") == []


def test_matches_is_a_snapshot_when_the_index_changes(ctx):
    first = add_household(ctx, "张三")
    found = households.matches(ctx, "zs")
    add_household(ctx, "邹生")
    assert len(households.find(ctx, "zs")) == 2
    assert found == [first] and found.index(first) == 0


def test_an_index_patched_after_a_write_gives_what_a_fresh_one_gives(ctx):
    from dataclasses import replace

    from desktop.core.register.records import HouseholdInput, PersonInput

    ids = [
        add_household(ctx, n, child=c) for n, c in (("张三", ""), ("李行", "李俊"), ("王五", ""))
    ]
    assert households.find(ctx, "zs") == [ids[0]]  # the index is in memory now
    data = households.household(ctx, ids[1])
    members = [PersonInput.from_row(m) for m in data["members"]]
    members[1] = replace(members[1], name="周七", tags=["低保对象"])
    households.save_household(ctx, HouseholdInput.from_row(data), members, ids[1])

    patched = {
        (q, tag): households.find(ctx, q, tag=tag)
        for q in ("lj", "zq", "zhouqi", "周", "李", "l", "", "lh", "lx")
        for tag in (None, "低保对象")
    }
    assert patched[("zq", None)] == [ids[1]] and patched[("lj", None)] == []
    assert patched[("", "低保对象")] == [ids[1]]
    search._INDEXES.pop(ctx.store, None)  # a new connection's memory: loaded and sorted anew
    assert {(q, t): households.find(ctx, q, tag=t) for q, t in patched} == patched
