"""The one operation path and the household page's contributions, checked over the real import
graph and the real write path (issue 13)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from tests.unit.test_visits_support import add_household

ROOT = Path(__file__).resolve().parents[2]


def _graph():
    import grimp

    return grimp.build_graph("desktop", exclude_type_checking_imports=True, cache_dir=None)


def test_only_the_operations_module_runs_tasks():
    graph = _graph()
    users = graph.find_modules_that_directly_import("desktop.ui.shell.tasks")
    assert users == {"desktop.ui.shell.operations"}


def test_only_the_operations_module_tells_the_pages_of_a_change():
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop" / "ui").rglob("*.py")
        if "changed.emit(" in p.read_text(encoding="utf-8") and p.name != "operations.py"
    ]
    assert offenders == []


def test_the_register_does_not_import_the_features_that_contribute_to_it():
    graph = _graph()
    for feature in ("visits", "cases", "printing"):
        chain = graph.find_shortest_chain(
            importer="desktop.ui.register", imported=f"desktop.ui.{feature}", as_packages=True
        )
        assert chain is None, f"desktop.ui.register reaches desktop.ui.{feature}: {chain}"


def test_a_change_set_names_the_columns_written(ctx):
    hid = add_household(ctx, "王大山")
    data = households.household(ctx, hid)
    members = [PersonInput.from_row(m) for m in data["members"]]
    edited = replace(HouseholdInput.from_row(data), phone="13900001111")
    changes = households.save_household(ctx, edited, members, hid).changes
    assert changes.rows == {"households": frozenset({hid})}  # the members are unchanged
    assert changes.columns_of("households") == frozenset({"phone"})
    removed = households.remove_household(ctx, hid)
    assert "deleted" in removed.columns_of("households")
    assert "deleted" in removed.columns_of("persons")


def test_a_new_row_counts_as_one_the_lists_gain(ctx):
    hid = add_household(ctx, "李二水")
    data = households.household(ctx, hid)
    again = households.save_household(
        ctx,
        HouseholdInput.from_row(data),
        [PersonInput(name="李小水", relation="户主", sex="男", birth_date="1960-01-01")],
    )
    assert "deleted" in again.changes.columns_of("households")
