"""perform() and the row-level refresh, through the real 户档案 page over a real database: an edit
in place repaints its row and renders the detail once; an edit that can move or remove a row
queries the list again; a failure is a message box and tells no page anything."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.ui.register import household_parts
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.shell.operations import perform
from tests.unit.test_visits_support import add_household, village_id


def edit(app, hid: str, **fields) -> None:
    data = households.household(app.ctx, hid)
    members = [PersonInput.from_row(m) for m in data["members"]]
    changed = replace(HouseholdInput.from_row(data), **fields)
    assert perform(app, None, households.save_household, changed, members, hid) is not None


def shown_page(qtbot, app) -> tuple[HouseholdPage, list[str], dict[str, int]]:
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.show()
    renders: list[str] = []
    shown = page.render_detail

    def counted() -> None:
        renders.append(page.current_id() or "")
        shown()

    page.render_detail = counted
    signals = {"reset": 0, "changed": 0}
    page.model.modelReset.connect(lambda: signals.__setitem__("reset", signals["reset"] + 1))
    page.model.dataChanged.connect(
        lambda *_: signals.__setitem__("changed", signals["changed"] + 1)
    )
    return page, renders, signals


def test_an_edit_in_place_repaints_its_row_and_renders_the_detail_once(qtbot, app):
    ids = [add_household(app.ctx, n) for n in ("王大山", "李二水", "赵三林")]
    page, renders, signals = shown_page(qtbot, app)
    page.select_household(ids[1])
    renders.clear()
    row = page.model.row_of(ids[1])
    assert "1111" not in page.model.text(row, "phone")
    edit(app, ids[1], phone="13900001111")
    assert signals == {"reset": 0, "changed": 1}  # the list was not queried again
    assert page.model.text(row, "phone").endswith("1111")  # fetched anew, masked
    assert renders == [ids[1]] and "1111" in page.detail.toPlainText()
    edit(app, ids[2], phone="13900002222")  # another row: repainted, the detail left alone
    assert signals == {"reset": 0, "changed": 2} and renders == [ids[1]]


def test_an_edit_that_can_move_a_row_queries_the_list_again(qtbot, app):
    ids = [add_household(app.ctx, n) for n in ("王大山", "李二水")]
    page, renders, signals = shown_page(qtbot, app)
    page.select_household(ids[0])
    renders.clear()
    edit(app, ids[0], village_id=village_id(app.ctx, "桃源村"))  # register order is by village
    assert signals["reset"] == 1
    assert page.current_id() == ids[0] and renders == [ids[0]]  # still selected, rendered once
    assert page.model.ids[-1] == ids[0]  # 桃源村 comes after 青山村
    perform(app, page, households.remove_household, ids[1])
    assert signals["reset"] == 2 and ids[1] not in page.model.ids


def test_a_search_by_phone_reloads_when_a_phone_changes(qtbot, app):
    ids = [add_household(app.ctx, n) for n in ("王大山", "李二水")]
    page, _renders, signals = shown_page(qtbot, app)
    page.search_edit.setText("13900009999")
    page.reload()
    assert page.model.ids == []
    edit(app, ids[0], phone="13900009999")
    assert signals["reset"] == 2 and page.model.ids == [ids[0]]  # now it matches


def test_a_failure_is_a_message_and_tells_no_page(qtbot, modal, app):
    page, _renders, signals = shown_page(qtbot, app)
    told = []
    app.changed.connect(told.append)
    seen = {}

    def read(box: QMessageBox) -> None:
        seen["text"] = box.text()
        box.accept()

    modal.next(QMessageBox, read)
    assert perform(app, page, households.remove_household, "no-such-household") is None
    assert seen["text"] and told == [] and signals == {"reset": 0, "changed": 0}


def test_the_page_shows_what_features_registered(qtbot, app):
    household_parts.add_section(
        household_parts.Section(
            "test_note", lambda ctx, hid: "<p>登记备忘</p>", frozenset(), order=99
        )
    )
    try:
        hid = add_household(app.ctx, "钱四海")
        page = HouseholdPage(app)
        qtbot.addWidget(page)
        page.show()
        page.select_household(hid)
        text = page.detail.toPlainText()
        assert text.index("钱四海") < text.index("走访") < text.index("登记备忘")
        names = [b.objectName() for b in page.contributed]
        assert names == ["visit_household"]
        actions = [a.objectName() for a in page.print_button.menu().actions()]
        assert actions == ["print_profile", "print_blank_form"]
    finally:
        household_parts._sections.pop("test_note")
