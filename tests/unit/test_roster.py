"""Roster import end to end on a real .xlsx (title rows, merged two-row header): the dry run's
counts, the applied register, idempotence, undo and the error workbook read back with openpyxl."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.roster import apply, error_book, mappings
from desktop.core.roster.plan import Options, make_plan
from desktop.core.roster.reading import RosterError
from desktop.core.store import changes
from tests.unit import roster_files as rf

TAG = "低保对象"
EXPECTED = {
    "created_households": 4,
    "added_members": 1,
    "updated": 1,
    "tagged": 1,
    "errors": 4,
    "missing_from_roster": 1,
    "unchanged": 0,
    "repeated": 1,
    "candidates": 1,
    "rows": 13,
}


@pytest.fixture
def roster(ctx, tmp_path):
    seeded = rf.seed_register(ctx)
    return seeded, mappings.open_roster(ctx, rf.write_xlsx(tmp_path / "青山镇低保名册.xlsx"))


def kinds(plan):
    out = {}
    for a in plan.actions:
        out.setdefault(a.row.person.name, a.kind)
    return out


def person_by_name(ctx, name):
    found = households.find(ctx, name)
    assert found, name
    members = [
        m for hid in found for m in households.household(ctx, hid)["members"] if m["name"] == name
    ]
    assert len(members) == 1, (name, members)
    return members[0]


def test_header_below_title_rows_and_merged_two_row_header_is_found(roster):
    _, opened = roster
    assert (opened.header.first_row, opened.header.rows) == (2, 2)
    assert opened.header.headings[2:6] == ["姓名", "性别", "身份证号", "与户主关系"]
    assert opened.mapping == [
        "",
        "head_name",
        "name",
        "sex",
        "id_number",
        "relation",
        "birth_date",
        "village",
        "group",
        "phone",
        "tags",
    ]
    assert opened.table.sheets == ["低保名册", "说明"]


def test_dry_run_counts_each_kind_and_writes_nothing(ctx, roster):
    seeded, opened = roster
    before = changes.count_changes(ctx.store)
    plan = make_plan(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    assert plan.counts == EXPECTED
    assert changes.count_changes(ctx.store) == before
    k = kinds(plan)
    assert (k["张三"], k["李四花"], k["王五"], k["周八"], k["郑十"]) == (
        "create_household",
        "add_member",
        "create_household",
        "create_household",
        "create_household",
    )
    assert (k["钱一"], k["褚四"], k["冯三"]) == ("tag_only", "update", "candidate")
    assert [p["name"] for p in plan.missing] == ["陈二"]
    problems = {
        a.row.person.name: [p.code for p in a.row.problems]
        for a in plan.actions
        if a.kind == "error"
    }
    assert problems == {
        "赵六": ["roster.id_excel_number"],
        "孙七": ["roster.village_suggest"],
        "吴九": ["id.check"],
        "卫五": ["id.sex_mismatch"],
    }
    suggestion = next(a for a in plan.actions if a.row.person.name == "孙七").row.problems[0]
    assert "桃源村" in suggestion.message
    repeated = next(a for a in plan.actions if a.kind == "repeated")
    assert repeated.row.number == 10 and "第 5 行" in repeated.note.message


def test_apply_writes_the_register_through_the_write_path(ctx, roster):
    seeded, opened = roster
    result = apply.apply(
        ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG, roster_date="2026-11")
    )
    assert result.import_id and result.counts == EXPECTED
    zhang = person_by_name(ctx, "张三")
    home = households.household(ctx, zhang["household_id"])
    assert (
        home["head_id"] == zhang["id"]
        and home["village"] == "青山村"
        and home["group_name"] == "一组"
    )
    assert [m["name"] for m in home["members"]] == ["张三", "李四花"]
    li = home["members"][1]
    assert (li["id_number"], li["relation"], li["birth_date"], li["sex"]) == (
        rf.LI,
        "配偶",
        "1952-07-09",
        "女",
    )
    assert li["tags"] == [TAG]
    assert person_by_name(ctx, "王五")["relation"] == "户主"  # 王 五: the space is gone
    assert person_by_name(ctx, "周八")["id_number"] == rf.ZHOU  # lower-case x folded
    assert (
        households.household(ctx, person_by_name(ctx, "郑十")["household_id"])["group_name"]
        == "一组"
    )
    assert person_by_name(ctx, "钱一")["tags"] == [TAG]
    chu = person_by_name(ctx, "褚四")
    assert chu["id"] == seeded["褚四"] and chu["phone"] == "13900001111"
    assert person_by_name(ctx, "陈二")["tags"] == [TAG]  # flagged 可能已退出, never removed
    assert households.find(ctx, "赵六") == [] and households.find(ctx, "吴九") == []
    assert len(households.find(ctx, "冯三")) == 1  # the unconfirmed candidate is not added twice
    history = changes.history(ctx.store, "persons", zhang["id"])
    assert history[-1]["author"] == "李明" and history[-1]["computer"] == "笔记本1"
    record = apply.history(ctx)[0]
    assert (record["file_name"], record["tag"], record["roster_date"], record["worker"]) == (
        "青山镇低保名册.xlsx",
        TAG,
        "2026-11",
        "李明",
    )
    assert record["missing"] == [seeded["陈二"]]


def test_the_same_file_imported_twice_changes_nothing(ctx, roster):
    _, opened = roster
    apply.apply(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    before = changes.count_changes(ctx.store)
    again = apply.apply(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    assert again.import_id is None
    assert changes.count_changes(ctx.store) == before
    assert (
        again.counts["created_households"]
        == again.counts["added_members"]
        == again.counts["updated"]
        == 0
    )
    # 郑十 (no ID) is the person the first import created from this row; 冯三 still waits to be confirmed
    assert again.counts["unchanged"] == 7
    assert again.counts["candidates"] == 1
    assert len(apply.history(ctx)) == 1


def test_a_confirmed_candidate_is_that_person(ctx, roster):
    seeded, opened = roster
    plan = make_plan(
        ctx,
        opened.table,
        opened.header,
        opened.mapping,
        Options(tag=TAG, confirmed={16: seeded["冯三"]}),
    )
    assert kinds(plan)["冯三"] == "tag_only"
    apply.apply(
        ctx,
        opened.table,
        opened.header,
        opened.mapping,
        Options(tag=TAG, confirmed={16: seeded["冯三"]}),
    )
    assert person_by_name(ctx, "冯三")["tags"] == [TAG]


def test_undo_takes_the_whole_import_back(ctx, roster):
    seeded, opened = roster
    result = apply.apply(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    apply.undo(ctx, result.import_id)
    assert households.find(ctx, "张三") == [] and households.find(ctx, "李四花") == []
    assert person_by_name(ctx, "钱一")["tags"] == []
    assert person_by_name(ctx, "褚四")["phone"] == "13700002222"
    with pytest.raises(RosterError) as err:
        apply.undo(ctx, result.import_id)
    assert err.value.code == "roster.undo_done"
    # after the undo the same roster imports again as new
    plan = make_plan(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    assert plan.counts == EXPECTED


def test_undo_is_refused_once_something_else_touched_its_records(ctx, roster):
    _, opened = roster
    result = apply.apply(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    zhang = person_by_name(ctx, "张三")
    home = households.household(ctx, zhang["household_id"])
    households.save_household(
        ctx,
        HouseholdInput.from_row(home),
        [_with_id(m) for m in home["members"]],
        household_id=home["id"],
    )
    with pytest.raises(RosterError) as err:
        apply.undo(ctx, result.import_id)
    assert err.value.code == "roster.undo_touched"
    assert households.find(ctx, "张三")


def _with_id(row):
    p = PersonInput.from_row(row)
    p.id = row["id"]
    p.health_notes = "走访时补充"
    return p


def test_error_workbook_holds_the_original_rows_with_what_to_fix(ctx, roster, tmp_path):
    _, opened = roster
    plan = make_plan(ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG))
    out = tmp_path / "错误清单.xlsx"
    assert error_book.write(plan, out) == 5  # 4 errors and the candidate to confirm
    book = openpyxl.load_workbook(out)
    sheet = book["错误清单"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "原行号" and rows[0][-1] == "错误说明"
    assert list(rows[0][1:-1]) == opened.header.headings
    by_row = {r[0]: r for r in rows[1:]}
    assert set(by_row) == {8, 9, 12, 16, 17}
    assert by_row[8][3] == "赵六" and "Excel 存成了数字" in by_row[8][-1]
    assert by_row[9][8] == "桃园村" and "桃源村" in by_row[9][-1]
    assert by_row[12][5] == rf.WU_BAD and "校验位" in by_row[12][-1]
    note = sheet.cell(row=2, column=len(rows[0]))
    assert note.fill.fgColor.rgb.endswith("FFC7CE")
    missing = list(book["可能已退出"].iter_rows(values_only=True))
    assert missing[2][0] == "陈二"


def test_remembered_mapping_wins_for_its_source(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "r.xlsx")
    opened = mappings.open_roster(ctx, path)
    changed = list(opened.mapping)
    changed[9] = ""  # this source's 联系电话 column is not to be imported
    mappings.remember(ctx, "县民政局低保名册", opened.header.headings, changed, TAG)
    again = mappings.open_roster(ctx, path, source="县民政局低保名册")
    assert again.remembered and again.mapping == changed and again.tag == TAG
    assert mappings.open_roster(ctx, path, source="别的名册").mapping == opened.mapping


def test_cancel_during_apply_writes_nothing(ctx, roster, monkeypatch):
    from desktop.core.tasks import Cancelled, TaskState

    _, opened = roster
    before = changes.count_changes(ctx.store)
    monkeypatch.setattr(apply, "_PROGRESS_EVERY", 2)
    written = []

    class CancelWhileWriting(TaskState):
        def progress(self, done, total):
            super().progress(done, total)
            if total == 7 and done >= 4:  # the write loop, after four of its seven writes
                written.append(changes.count_changes(ctx.store) - before)
                self.cancel_requested = True

    with pytest.raises(Cancelled):
        apply.apply(
            ctx, opened.table, opened.header, opened.mapping, Options(tag=TAG), CancelWhileWriting()
        )
    assert written and written[0] >= 4  # rows had been written inside the transaction
    assert changes.count_changes(ctx.store) == before
    assert households.find(ctx, "张三") == [] and apply.history(ctx) == []
