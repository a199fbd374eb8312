"""Cell values as rosters hold them: dates in every usual form, IDs that Excel damaged, villages and
groups written loosely, disabilities, tags; and the headings that name the register's fields."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.roster import fields, values
from tests.unit import roster_files as rf

VILLAGES = [
    {"id": "v1", "name": "青山村", "groups": ["一组", "二组", "十二组"]},
    {"id": "v2", "name": "桃源村", "groups": []},
]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("2023-05-01", ("2023-05-01", True)),
        ("2023.5.1", ("2023-05-01", True)),
        ("2023/5/1", ("2023-05-01", True)),
        ("20230501", ("2023-05-01", True)),
        ("2023年5月1日", ("2023-05-01", True)),
        (45047.0, ("2023-05-01", True)),
        ("45047", ("2023-05-01", True)),
        (dt.datetime(2023, 5, 1, 0, 0), ("2023-05-01", True)),
        (dt.date(2023, 5, 1), ("2023-05-01", True)),
        ("２０２３．５．１", ("2023-05-01", True)),
        ("1949.12", ("1949-12", False)),
        ("", ("", True)),
    ],
)
def test_dates(cell, expected):
    assert values.date(cell) == expected


@pytest.mark.parametrize("cell", ["2023-13-01", "明年", "2023.2.30"])
def test_bad_dates(cell):
    with pytest.raises(values.CellError) as err:
        values.date(cell)
    assert err.value.code == "roster.date"


def test_id_numbers():
    assert values.id_number(rf.ZHANG.translate(rf.FULLWIDTH)) == rf.ZHANG
    assert values.id_number(" " + rf.ZHOU.lower() + " ") == rf.ZHOU
    assert values.id_number("'" + rf.ZHANG) == rf.ZHANG  # Excel's text prefix
    assert values.id_number(433127500101001.0) == "433127500101001"  # legacy 15 digits survive
    for damaged, code in (
        (float(rf.ZHANG), "roster.id_excel_number"),
        ("4.33127E+17", "roster.id_excel_number"),
        ("433127195003010000", "roster.id_excel_000"),
    ):
        with pytest.raises(values.CellError) as err:
            values.id_number(damaged)
        assert err.value.code == code


def test_names_lose_spaces_between_chinese_characters_only():
    assert values.name("王 五") == "王五" and values.name("张\u3000三") == "张三"
    assert (
        values.name("阿依古丽·买买提") == "阿依古丽·买买提" and values.name("Li Ming") == "Li Ming"
    )


@pytest.mark.parametrize(
    "cell, village, group",
    [
        ("青山村", "青山村", ""),
        ("青山", "青山村", ""),
        ("青山村委会", "青山村", ""),
        ("青山村二组", "青山村", "二组"),
        ("桃源", "桃源村", ""),
    ],
)
def test_villages(cell, village, group):
    found, in_cell = values.village(cell, VILLAGES)
    assert (found["name"], in_cell) == (village, group)


def test_unknown_village_with_and_without_a_suggestion():
    with pytest.raises(values.CellError) as err:
        values.village("桃园村", VILLAGES)
    assert err.value.code == "roster.village_suggest" and err.value.params["suggestion"] == "桃源村"
    with pytest.raises(values.CellError) as err:
        values.village("金星村", VILLAGES)
    assert (
        err.value.code == "roster.village_unknown" and "青山村、桃源村" in err.value.params["known"]
    )


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("1组", "一组"),
        ("1", "一组"),
        ("第二组", "二组"),
        ("12组", "十二组"),
        ("２组", "二组"),
        ("二", "二组"),
        ("一组", "一组"),
    ],
)
def test_groups(cell, expected):
    assert values.group(cell, VILLAGES[0]) == expected


def test_unknown_group_and_free_groups():
    with pytest.raises(values.CellError) as err:
        values.group("9组", VILLAGES[0])
    assert err.value.code in ("roster.group_unknown", "roster.group_suggest")
    assert values.group("任意组", VILLAGES[1]) == "任意组"  # a village without a group list


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("肢体三级", ("肢体", "三级")),
        ("肢体残疾3级", ("肢体", "三级")),
        ("四级精神", ("精神", "四级")),
        ("视力/1级", ("视力", "一级")),
    ],
)
def test_disability(cell, expected):
    assert values.disability(cell) == expected


def test_tags_and_sex_and_relation():
    known = ["低保对象", "特困人员", "残疾人"]
    assert values.tags("低保、分散供养特困", known) == ["低保对象", "特困人员"]
    with pytest.raises(values.CellError):
        values.tags("五保户", known)
    assert [values.sex(s) for s in ("男", "女性", "1", "F", "")] == ["男", "女", "男", "女", ""]
    assert [values.relation(r) for r in ("本人", "妻子", "长子", "孙女")] == [
        "户主",
        "配偶",
        "儿子",
        "孙女",
    ]


@pytest.mark.parametrize(
    "heading, parent, key",
    [
        ("公民身份号码", "", "id_number"),
        ("身份证号码（18位）", "", "id_number"),
        ("姓 名", "", "name"),
        ("姓名", "户主信息", "head_name"),
        ("身份证号", "户主信息", "head_id_number"),
        ("姓名", "家庭成员", "name"),
        ("村民小组", "", "group"),
        ("行政村", "", "village"),
        ("残疾类别/等级", "", "disability"),
        ("保障类别", "", "tags"),
        ("", "出生日期", "birth_date"),
        ("序号", "", ""),
        ("备注", "", ""),
    ],
)
def test_headings(heading, parent, key):
    assert fields.field_for(heading, parent) == key
