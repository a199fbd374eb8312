"""已删除 on the register page, driven by clicks (issue 14): removed households and people are
listed with who removed them and when, 恢复 brings them back into the register."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.demo import demo
from desktop.core.register import households
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.register.removed_dialog import RemovedDialog
from desktop.ui.shell.operations import perform


def _open(qtbot, app) -> HouseholdPage:
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _cell(dialog: RemovedDialog, row: int, col: int) -> str:
    return dialog.model.index(row, col).data()


def test_a_removed_household_is_listed_and_restored_by_clicks(qtbot, modal, app):
    demo.generate(app.ctx, 3, seed=4)
    hid = households.find(app.ctx, "")[0]
    members = households.household(app.ctx, hid)["members"]
    perform(app, None, households.remove_household, hid)
    page = _open(qtbot, app)
    assert hid not in page.model.ids
    seen: dict[str, object] = {}

    def restore_it(dialog: RemovedDialog) -> None:
        seen["rows"] = dialog.model.rowCount()
        seen["by"] = _cell(dialog, 0, 2)
        seen["when"] = _cell(dialog, 0, 4)
        dialog.view.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen["note"] = dialog.note.text()
        seen["after"] = dialog.model.rowCount()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    modal.next(RemovedDialog, restore_it)
    qtbot.mouseClick(page.removed_button, Qt.MouseButton.LeftButton)
    assert seen["rows"] == 1 and seen["by"] == app.ctx.worker and str(seen["when"]).startswith("20")
    assert "已恢复" in str(seen["note"]) and f"{len(members)} 名成员" in str(seen["note"])
    assert seen["after"] == 0
    qtbot.waitUntil(lambda: hid in page.model.ids)
    assert {m["id"] for m in households.household(app.ctx, hid)["members"]} == {
        m["id"] for m in members
    }


def test_restoring_a_person_brings_back_their_household(qtbot, modal, app):
    demo.generate(app.ctx, 2, seed=8)
    hid = households.find(app.ctx, "")[0]
    members = households.household(app.ctx, hid)["members"]
    perform(app, None, households.remove_household, hid)
    page = _open(qtbot, app)
    seen: dict[str, object] = {}

    def restore_person(dialog: RemovedDialog) -> None:
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # 已删除的人员
        seen["rows"] = dialog.model.rowCount()
        seen["where"] = _cell(dialog, 0, 1)
        name = _cell(dialog, 0, 0)
        seen["name"] = name
        dialog.view.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen["note"] = dialog.note.text()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    modal.next(RemovedDialog, restore_person)
    qtbot.mouseClick(page.removed_button, Qt.MouseButton.LeftButton)
    assert seen["rows"] == len(members) and "这户也已删除" in str(seen["where"])
    assert "所在的户也已恢复" in str(seen["note"])
    qtbot.waitUntil(lambda: hid in page.model.ids)
    shown = [m["name"] for m in households.household(app.ctx, hid)["members"]]
    assert shown == [seen["name"]]
