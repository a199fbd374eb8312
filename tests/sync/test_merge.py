"""The merge rules on their own: alive values, the shown value, conflicts, edited-while-deleted,
and the plan that keeps every origin's changes a contiguous run."""

import itertools

from desktop.core.sync.merge import Change, plan, resolve


def ch(origin, counter, fields, ctx=None, hlc=None):
    return Change(origin, counter, fields, ctx or {}, hlc if hlc is not None else counter * 10)


def test_a_later_write_that_saw_the_value_replaces_it():
    a1 = ch("A", 1, {"name": "张三", "phone": "1"})
    a2 = ch("A", 2, {"name": "张叁"}, {"A": 1})
    state = resolve([a2, a1])
    assert state.values() == {"name": "张叁", "phone": "1"}
    assert not state.needs_review


def test_concurrent_values_all_stay_and_the_winner_is_the_same_in_any_order():
    base = ch("A", 1, {"name": "张三"})
    b = ch("B", 1, {"name": "张叁"}, {"A": 1}, hlc=50)
    c = ch("C", 1, {"name": "张山"}, {"A": 1}, hlc=40)
    for order in itertools.permutations([base, b, c]):
        state = resolve(order)
        assert [x.dot for x in state.fields["name"].alive] == [("B", 1), ("C", 1)]
        assert state.values()["name"] == "张叁" and state.conflicted_fields() == ["name"]


def test_clock_skew_changes_only_the_provisional_winner_never_what_is_kept():
    base = ch("A", 1, {"name": "x"})
    ahead = ch("B", 1, {"name": "b"}, {"A": 1}, hlc=10**13)  # a clock years ahead
    behind = ch("C", 1, {"name": "c"}, {"A": 1}, hlc=1)  # and one years behind
    state = resolve([base, ahead, behind])
    assert {x.dot for x in state.fields["name"].alive} == {("B", 1), ("C", 1)}
    # the one that saw both supersedes both, whatever its clock says
    fix = ch("C", 2, {"name": "定"}, {"A": 1, "B": 1, "C": 1}, hlc=2)
    state = resolve([base, ahead, behind, fix])
    assert state.values()["name"] == "定" and not state.needs_review


def test_edits_of_different_fields_merge_silently():
    base = ch("A", 1, {"name": "x", "phone": "1"})
    b = ch("B", 1, {"name": "y"}, {"A": 1})
    c = ch("C", 1, {"phone": "2"}, {"A": 1})
    state = resolve([base, b, c])
    assert state.values() == {"name": "y", "phone": "2"} and not state.needs_review


def test_equal_concurrent_values_are_not_a_conflict():
    a = ch("A", 1, {"name": "观察", "sort": 1})
    b = ch("B", 1, {"name": "观察", "sort": 1})  # the same seeded row on two computers
    state = resolve([a, b])
    assert not state.needs_review and len(state.fields["name"].alive) == 2


def test_an_edit_the_delete_had_not_seen_is_flagged_not_dropped():
    base = ch("A", 1, {"name": "x", "phone": "1"})
    delete = ch("A", 2, {"deleted": 1}, {"A": 1})
    edit = ch("B", 1, {"phone": "2"}, {"A": 1})
    state = resolve([base, delete, edit])
    assert state.deleted and state.values()["phone"] == "2"
    assert [c.dot for c in state.edited_while_deleted["phone"]] == [("B", 1)]
    # keeping it deleted after seeing the edit settles it; so would restoring it
    keep = ch("A", 3, {"deleted": 1}, {"A": 2, "B": 1})
    assert not resolve([base, delete, edit, keep]).needs_review
    restore = ch("A", 3, {"deleted": 0}, {"A": 2, "B": 1})
    settled = resolve([base, delete, edit, restore])
    assert not settled.deleted and not settled.needs_review and settled.values()["phone"] == "2"


def test_a_delete_that_saw_everything_is_quiet():
    base = ch("A", 1, {"name": "x"})
    edit = ch("B", 1, {"name": "y"}, {"A": 1})
    delete = ch("C", 1, {"deleted": 1}, {"A": 1, "B": 1})
    state = resolve([base, edit, delete])
    assert state.deleted and not state.needs_review


def test_delete_and_restore_concurrently_is_a_conflict_on_deleted():
    base = ch("A", 1, {"name": "x"})
    delete = ch("B", 1, {"deleted": 1}, {"A": 1})
    restore_side = ch("A", 2, {"deleted": 1}, {"A": 1})
    undo = ch("A", 3, {"deleted": 0}, {"A": 2})
    state = resolve([base, delete, restore_side, undo])
    assert state.conflicted_fields() == ["deleted"]


def test_plan_extends_the_held_run_and_holds_what_is_beyond_a_gap():
    # held A..5; bundle A 4..9 (overlap), B 3..4 while B is held up to 1 (gap), C 1..2 (new)
    bounds, holds = plan({"A": 5, "B": 1}, {"A": (4, 9), "B": (3, 4), "C": (1, 2)}, {})
    assert bounds == [("A", 5, 9), ("C", 0, 2)]
    assert holds == [("B", 1)]
    # the missing B 2 was pending, together with B 5..6: everything now joins up
    bounds, holds = plan({"B": 1}, {"B": (3, 4)}, {"B": [2, 5, 6, 8]})
    assert bounds == [("B", 1, 6)] and holds == []
