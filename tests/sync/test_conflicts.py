"""Conflicts for review through the services: three computers editing one field, a record edited
while deleted, settling either with one of the values or a value typed anew (checked like the forms),
and the decision reaching the other computers like any edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.context import Context
from desktop.core.errors import SyncError, ValidationError
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.station import station
from desktop.core.store.schema import SYNCED_FIELDS
from desktop.core.sync.applying import ImportSummary
from desktop.core.sync.conflict_values import FREE_TEXT, can_type, reference_table
from desktop.core.sync.conflicts import resolve_conflict, to_review
from desktop.core.sync.export import export
from desktop.core.sync.importing import import_bundle
from tests.conftest import TODAY
from tests.sync.helpers import PASSPHRASE, content


def make_household(ctx: Context) -> str:
    village = next(v for v in station.villages(ctx) if v["name"] == "青山村")
    saved = households.save_household(
        ctx,
        HouseholdInput(
            village_id=village["id"], group_name="一组", house_no="7", address="青山村一组7号"
        ),
        [
            PersonInput(
                name="张秀英",
                sex="女",
                birth_date="1950-03-01",
                health_notes="高血压",
                tags=["留守老年人"],
            )
        ],
        today=TODAY,
    )
    return saved.household_id


def edit_head(ctx: Context, household_id: str, **fields: object) -> None:
    """Change the head's fields through the same service the person dialog uses."""
    h = households.household(ctx, household_id)
    members = [PersonInput.from_row(m) for m in h["members"]]
    for name, value in fields.items():
        setattr(members[0], name, value)
    households.save_household(ctx, HouseholdInput.from_row(h), members, household_id, today=TODAY)


def hand_over(src: Context, dst: Context, stick: Path) -> ImportSummary:
    return import_bundle(dst, export(src, stick, PASSPHRASE, full=True).path, PASSPHRASE)


@pytest.fixture
def three(make_replica, tmp_path):
    """Three computers holding one household (made on the first), and the stick between them."""
    stick = tmp_path / "U盘"
    a, b, c = make_replica("笔记本1"), make_replica("笔记本2"), make_replica("笔记本3")
    hid = make_household(a)
    hand_over(a, b, stick)
    hand_over(a, c, stick)
    return a, b, c, hid, stick


def three_way(three) -> tuple[Context, str, str]:
    a, b, c, hid, stick = three
    edit_head(a, hid, health_notes="高血压，按时服药")
    edit_head(b, hid, health_notes="糖尿病")
    edit_head(c, hid, health_notes="行动不便，需要轮椅")
    hand_over(b, a, stick)
    summary = hand_over(c, a, stick)
    assert summary.conflicts == 1
    pid = households.household(a, hid)["head_id"]
    return a, hid, pid


def test_three_concurrent_values_are_all_listed_with_who_and_where(three):
    a, hid, pid = three_way(three)
    [conflict] = to_review(a)
    assert (conflict.table, conflict.row_id, conflict.field, conflict.kind) == (
        "persons",
        pid,
        "health_notes",
        "value",
    )
    assert conflict.label == "张秀英" and conflict.context == "青山村一组7号"
    assert conflict.free_text  # a free-text field: a new value may be typed
    values = {v.value: v.computer for v in conflict.values}
    assert values == {
        "高血压，按时服药": "笔记本1",
        "糖尿病": "笔记本2",
        "行动不便，需要轮椅": "笔记本3",
    }
    assert sum(v.shown for v in conflict.values) == 1
    assert all(v.author and v.when for v in conflict.values)


def test_keeping_one_value_is_a_change_that_settles_it_everywhere(three):
    a, b, c, hid, stick = three
    a, hid, pid = three_way(three)
    [conflict] = to_review(a)
    before = a.store.count("changes", "1")
    resolve_conflict(a, "persons", pid, "health_notes", "糖尿病")
    assert a.store.count("changes", "1") == before + 1
    assert to_review(a) == []
    assert households.person(a, pid)["health_notes"] == "糖尿病"
    # the decision travels like any edit: the others see one value and no conflict
    hand_over(a, b, stick)
    hand_over(a, c, stick)
    for other in (b, c):
        assert to_review(other) == [] and households.person(other, pid)["health_notes"] == "糖尿病"
    assert content(a) == content(b) == content(c)


def test_a_typed_value_is_cleaned_and_checked(three):
    a, hid, pid = three_way(three)
    resolve_conflict(a, "persons", pid, "health_notes", "  高血压、糖尿病  ")
    assert households.person(a, pid)["health_notes"] == "高血压、糖尿病"
    assert to_review(a) == []


def test_a_typed_phone_must_be_a_phone_and_a_choice_field_takes_no_new_value(three):
    a, b, c, hid, stick = three
    edit_head(a, hid, phone="13800000001", relation="户主")
    edit_head(b, hid, phone="13800000002")
    hand_over(b, a, stick)
    pid = households.household(a, hid)["head_id"]
    [conflict] = to_review(a)
    assert conflict.field == "phone" and conflict.free_text
    with pytest.raises(ValidationError) as err:
        resolve_conflict(a, "persons", pid, "phone", "12345")
    assert err.value.code == "phone.format" and "Traceback" not in err.value.message
    resolve_conflict(a, "persons", pid, "phone", "139 0000 0003")
    assert households.person(a, pid)["phone"] == "13900000003"
    assert not can_type("persons", "sex") and not can_type("persons", "tags")
    with pytest.raises(SyncError) as gone:
        resolve_conflict(a, "persons", pid, "phone", "13900000004")
    assert gone.value.code == "sync.conflict_gone"


def test_a_record_edited_while_deleted_can_be_kept_deleted_or_restored(three):
    a, b, c, hid, stick = three
    pid = households.household(a, hid)["head_id"]
    households.remove_household(a, hid)
    edit_head(b, hid, health_notes="新近摔伤")
    summary = hand_over(b, a, stick)
    assert summary.conflicts >= 1
    found = [x for x in to_review(a) if x.kind == "deleted"]
    assert [x.table for x in found] == ["persons"]
    [conflict] = found
    assert (
        conflict.label == "张秀英" and conflict.values and conflict.values[0].computer == "笔记本1"
    )
    assert [v.value for v in conflict.edits["health_notes"]] == ["新近摔伤"]
    with pytest.raises(SyncError):
        resolve_conflict(a, "persons", pid, "deleted", "恢复")
    resolve_conflict(a, "persons", pid, "deleted", 0)
    person = households.person(a, pid)
    assert not person["deleted"] and person["health_notes"] == "新近摔伤"
    assert not [x for x in to_review(a) if x.table == "persons"]


def test_names_for_references_and_every_synced_field_is_known():
    assert reference_table("persons", "household_id") == "households"
    assert reference_table("resources", "villages") == "villages"
    assert reference_table("persons", "health_notes") is None
    for table, names in FREE_TEXT.items():
        assert set(names) <= set(SYNCED_FIELDS[table]), table
