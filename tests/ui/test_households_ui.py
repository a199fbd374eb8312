"""Driving the real register widgets: create, find by initials, reject a bad ID, edit, remove."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from desktop.core import idcard
from desktop.core.register import households
from desktop.ui.register.household_dialog import HouseholdDialog
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.register.person_dialog import PersonDialog
from tests.ui.conftest import type_text

HEAD_ID = idcard.make("433127", dt.date(1948, 8, 8), 31, True)
CHILD_ID = idcard.make("433127", dt.date(2015, 9, 1), 40, True)


def fill_person(
    qtbot,
    dialog: PersonDialog,
    name: str,
    id_number: str,
    relation: str | None = None,
    tags: tuple[str, ...] = (),
    guardian: str = "",
) -> None:
    type_text(qtbot, dialog.name, name)
    if relation:
        dialog.relation.setCurrentIndex(dialog.relation.findData(relation))
    type_text(qtbot, dialog.id_number, id_number)
    leave(qtbot, dialog.id_number)  # leaving the field fills 性别 and 出生日期
    for i in range(dialog.tags.count()):
        item = dialog.tags.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in tags:
            item.setCheckState(Qt.CheckState.Checked)
    if guardian:
        type_text(qtbot, dialog.guardian_name, guardian)


def leave(qtbot, field) -> None:
    """Tab out of ``field`` as the user does (the window active, so the focus moves)."""
    window = field.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def click_ok(dialog) -> None:
    """Click the dialog's 确定/保存 button, as the user does."""
    from PySide6.QtTest import QTest

    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def create_family(qtbot, modal, page: HouseholdPage) -> str:
    def fill_household(dialog: HouseholdDialog) -> None:
        dialog.village.setCurrentIndex(dialog.village.findText("青山村"))
        dialog.group.setCurrentIndex(dialog.group.findText("二组"))
        type_text(qtbot, dialog.house_no, "18")
        type_text(qtbot, dialog.phone, "13812345678")

        def head(person: PersonDialog) -> None:
            fill_person(qtbot, person, "单大山", HEAD_ID, tags=("留守老年人",))
            # sex and birth date were derived from the ID number
            assert person.sex.currentData() == "男"
            assert person.birth_date.text() == "1948-08-08"
            click_ok(person)

        modal.next(PersonDialog, head)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

        def child(person: PersonDialog) -> None:
            fill_person(
                qtbot,
                person,
                "单小龑",
                CHILD_ID,
                relation="孙子",
                tags=("留守儿童",),
                guardian="单大山",
            )
            click_ok(person)

        modal.next(PersonDialog, child)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 2
        click_ok(dialog)

    modal.next(HouseholdDialog, fill_household)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ids = households.find(page.app.ctx, "单大山")
    assert len(ids) == 1
    return ids[0]


def test_create_find_by_initials_edit_and_remove(qtbot, modal, app):
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.show()
    hid = create_family(qtbot, modal, page)
    data = households.household(app.ctx, hid)
    assert [m["name"] for m in data["members"]] == ["单大山", "单小龑"]
    assert data["members"][1]["guardian_name"] == "单大山"
    assert page.current_id() == hid  # the new household is selected and shown
    assert "单小龑" in page.detail.toPlainText()

    # find it by pinyin initials of the child (surname 单 read shan)
    type_text(qtbot, page.search_edit, "sxy")
    qtbot.waitUntil(lambda: page.model.ids == [hid])
    assert page.model.data(page.model.index(0, 0)) == "单大山"
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "zzz")
    qtbot.waitUntil(lambda: page.model.ids == [])
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.ids == [hid])

    # edit: change the house number and the child's phone
    def edit(dialog: HouseholdDialog) -> None:
        dialog.house_no.clear()
        type_text(qtbot, dialog.house_no, "20")

        def change_child(person: PersonDialog) -> None:
            type_text(qtbot, person.phone, "13900001111")
            click_ok(person)

        dialog.table.selectRow(1)
        modal.next(PersonDialog, change_child)
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        click_ok(dialog)

    modal.next(HouseholdDialog, edit)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    data = households.household(app.ctx, hid)
    assert data["house_no"] == "20" and data["members"][1]["phone"] == "13900001111"
    assert "20" in page.model.data(page.model.index(0, 3))

    # remove, after confirming
    modal.next(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.ids == []
    assert households.find(app.ctx) == []
    assert app.ctx.store.count("households", "deleted = 1") == 1


def test_bad_id_number_gets_an_inline_message_and_the_dialog_stays(qtbot, app):
    dialog = PersonDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    wrong = HEAD_ID[:-1] + ("0" if HEAD_ID[-1] != "0" else "1")
    fill_person(qtbot, dialog, "王五", wrong)
    click_ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    error = dialog.form.errors["id_number"]
    assert error.isVisible()
    assert "校验位" in error.text() and HEAD_ID[-1] in error.text()
    # fixing it clears the message at once, and the dialog returns the cleaned person
    dialog.id_number.setFocus()
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.id_number, HEAD_ID[-1])
    assert not error.isVisible()
    click_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_person.id_number == HEAD_ID


def test_missing_name_and_bad_phone_are_shown_under_their_fields(qtbot, app):
    dialog = PersonDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.phone, "1381234")
    click_ok(dialog)
    assert "姓名" in dialog.form.errors["name"].text()
    assert "11 位" in dialog.form.errors["phone"].text()
    assert dialog.form.errors["birth_date"].isVisible()


def test_duplicate_id_names_the_existing_person_and_opens_them(qtbot, modal, app):
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    hid = create_family(qtbot, modal, page)
    opened: list[str] = []
    app.open_household.connect(opened.append)

    def new_household(dialog: HouseholdDialog) -> None:
        def person(p: PersonDialog) -> None:
            def answer(box: QMessageBox) -> None:
                assert "单大山" in box.text() and "青山村" in box.text()
                box.buttons()[0].click()  # 打开 单大山 的档案

            modal.next(QMessageBox, answer)
            fill_person(qtbot, p, "冒名", HEAD_ID)
            click_ok(p)

        modal.next(PersonDialog, person)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    modal.next(HouseholdDialog, new_household)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert opened == [hid]
    assert page.current_id() == hid
    assert len(households.find(app.ctx)) == 1


def test_registration_date_is_shown_defaulted_and_edited_in_the_dialog(qtbot, modal, app, clock):
    page = HouseholdPage(app)
    qtbot.addWidget(page)

    def fill(dialog: HouseholdDialog) -> None:
        assert dialog.registered_on.text() == "2026-11-29"  # the clock's day
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        dialog.village.setCurrentIndex(dialog.village.findText("青山村"))
        dialog.registered_on.selectAll()
        type_text(qtbot, dialog.registered_on, "1015")
        qtbot.keyClick(dialog.registered_on, Qt.Key.Key_Tab)  # leaving the field completes the date
        assert dialog.registered_on.text() == "2026-10-15"

        def head(person: PersonDialog) -> None:
            fill_person(qtbot, person, "单大山", HEAD_ID)
            qtbot.mouseClick(
                person.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
            )

        modal.next(PersonDialog, head)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )

    modal.next(HouseholdDialog, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    hid = households.find(app.ctx, "单大山")[0]
    assert households.household(app.ctx, hid)["registered_on"] == "2026-10-15"
    assert "2026-10-15" in page.detail.toPlainText()


def test_search_as_you_type_shows_the_newest_querys_first_household(qtbot, app):
    from tests.unit.test_visits_support import add_household

    zhang = add_household(app.ctx, "张三")
    li = add_household(app.ctx, "李四")
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "张三户" in page.detail.toPlainText())
    drawn: list[str] = []
    page.detail.textChanged.connect(lambda: drawn.append(page.detail.toPlainText()))

    type_text(qtbot, page.search_edit, "z")  # typed fast: the debounced search runs once
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "ls")
    qtbot.waitUntil(lambda: page.model.ids == [li] and "李四户" in page.detail.toPlainText())
    assert page.count_label.text() == "共 1 户" and page.current_id() == li
    qtbot.wait(50)
    assert drawn and all("李四户" in text for text in drawn)  # never the older query's 张三

    # the same household stays first while typing on: the pane is not drawn again
    before = len(drawn)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Backspace)  # "l"
    qtbot.waitUntil(lambda: page.count_label.text() == "共 1 户" and page.search_edit.text() == "l")
    qtbot.wait(200)
    assert page.current_id() == li and len(drawn) == before

    type_text(qtbot, page.search_edit, "zzz")  # nothing found: the pane says so
    qtbot.waitUntil(lambda: "没有找到符合条件的户" in page.detail.toPlainText())
    assert page.model.ids == [] and not page.edit_button.isEnabled()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.ids == [zhang, li] or page.model.ids == [li, zhang])
    qtbot.waitUntil(lambda: page.current_id() is not None and "户" in page.detail.toPlainText())


def test_a_newer_query_wins_the_detail_pane_when_filters_change_at_once(qtbot, app):
    from desktop.core.register.records import HouseholdInput, PersonInput
    from desktop.core.station import station

    villages = {v["name"]: v["id"] for v in station.villages(app.ctx)}

    def add(name: str, village: str, house_no: str) -> str:
        head = PersonInput(name=name, relation="户主", sex="男", birth_date="1950-05-05")
        found = HouseholdInput(village_id=villages[village], house_no=house_no)
        return households.save_household(app.ctx, found, [head]).household_id

    add("张三", "青山村", "1")
    add("刘六", "青山村", "2")
    li = add("李四", "桃源村", "1")
    page = HouseholdPage(app)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "张三户" in page.detail.toPlainText())
    drawn: list[str] = []
    page.detail.textChanged.connect(lambda: drawn.append(page.detail.toPlainText()))

    type_text(qtbot, page.search_edit, "l")
    page.village_filter.setFocus()
    qtbot.keyClick(page.village_filter, Qt.Key.Key_Down)  # 青山村: 刘六 first
    qtbot.keyClick(page.village_filter, Qt.Key.Key_Down)  # 桃源村 at once: 李四
    qtbot.waitUntil(lambda: "李四户" in page.detail.toPlainText())
    qtbot.wait(200)  # the debounced search, had it been left running
    assert page.model.ids == [li] and page.current_id() == li
    assert len(drawn) == 1 and "刘六" not in drawn[0]  # the older query's row never showed
