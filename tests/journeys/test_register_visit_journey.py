"""户档案 and 走访 as a social worker does them: a household with two members (one ID number typed
wrong, then corrected: the message goes as soon as it is right), then a visit from 待走访 from
the keyboard only, and an 入户未遇 that leaves the household's risk level alone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import idcard
from desktop.ui.register.household_dialog import HouseholdDialog
from desktop.ui.register.person_dialog import PersonDialog
from desktop.ui.shell.operations import emit, everything
from desktop.ui.visits.visit_dialog import VisitDialog
from tests.journeys.conftest import click, click_in, db_rows, find_button, focus, nav, type_text
from tests.unit.test_visits_support import add_household

pytestmark = pytest.mark.usefixtures("clock")  # the visit date and what is due follow the day

HEAD_ID = idcard.make("433127", dt.date(1948, 8, 8), 31, True)
WIFE_ID = idcard.make("433127", dt.date(1950, 3, 2), 42, False)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def wrong_check_digit(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as on a real keyboard."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, k, modifier)


def test_add_a_household_with_two_members_correcting_an_id_number(
    qtbot, window, station_dir, dialogs
):
    def member(name: str, number: str, typo: bool, relation_downs: int):
        def fill(person: PersonDialog) -> None:
            type_text(qtbot, person.name, name)
            if relation_downs:
                person.relation.setFocus()
                for _ in range(relation_downs):
                    qtbot.keyClick(person.relation, Qt.Key.Key_Down)
            if typo:
                type_text(qtbot, person.id_number, wrong_check_digit(number))
                click_in(person, "确定")
                error = person.form.errors["id_number"]
                assert error.isVisible() and "身份证" in error.text()
                assert person.form.errors["sex"].isVisible()  # not derived from a wrong number
                assert person.isVisible()  # nothing was taken
                person.id_number.setFocus()
                qtbot.keyClick(person.id_number, Qt.Key.Key_Backspace)
                qtbot.keyClicks(person.id_number, number[-1])
                assert not error.isVisible(), "the message stayed after the number was corrected"
            else:
                type_text(qtbot, person.id_number, number)
            qtbot.keyClick(
                person.id_number, Qt.Key.Key_Tab
            )  # leaving the field fills 性别 and 出生日期
            assert person.sex.currentData() in ("男", "女")
            assert not person.form.errors["sex"].isVisible()
            click_in(person, "确定")

        return fill

    def household(dialog: HouseholdDialog) -> None:
        click_in(dialog, "保存")  # nothing filled in yet: 行政村 is asked for under its field
        assert dialog.isVisible() and dialog.form.errors["village_id"].isVisible()
        dialog.village.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.keyClick(dialog.village, Qt.Key.Key_Down)  # 青山村
        assert not dialog.form.errors["village_id"].isVisible(), (
            "the message stayed after a village was chosen"
        )
        dialog.group.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(dialog.group, Qt.Key.Key_Down)  # 一组
        type_text(qtbot, dialog.house_no, "18")
        dialogs.expect(PersonDialog, member("单大山", HEAD_ID, typo=False, relation_downs=0))
        click_in(dialog, "添加成员")
        dialogs.expect(PersonDialog, member("覃春花", WIFE_ID, typo=True, relation_downs=2))
        click_in(dialog, "添加成员")
        assert dialog.table.rowCount() == 2
        click_in(dialog, "保存")

    page = nav(qtbot, window, "户档案")
    dialogs.expect(HouseholdDialog, household, timeout_ms=6000)
    click(qtbot, find_button(page, "新建户"))
    dialogs.wait()
    dialogs.check()
    people = db_rows(
        station_dir,
        "SELECT name, id_number, sex, birth_date FROM persons WHERE deleted = 0 ORDER BY name",
    )
    assert {(p["name"], p["id_number"]) for p in people} == {
        ("单大山", HEAD_ID),
        ("覃春花", WIFE_ID),
    }
    assert {p["name"]: p["sex"] for p in people} == {"单大山": "男", "覃春花": "女"}
    assert page.model.rowCount() == 1  # the register shows it


def test_record_a_visit_from_the_schedule_by_keyboard_only(
    qtbot, window, appctx, station_dir, dialogs
):
    hid = add_household(appctx.ctx, "单大山", ("独居老年人",), risk="一般")
    emit(appctx, everything())
    page = nav(qtbot, window, "待走访")
    focus(qtbot, window)
    page.view.setFocus(Qt.FocusReason.TabFocusReason)  # the list, as after Tab from the filters
    key(qtbot, Qt.Key.Key_Down)
    assert page.current_id() == hid

    def fill(dialog: VisitDialog) -> None:
        focus(qtbot, dialog)
        assert dialog.picker.household_id == hid
        key(qtbot, Qt.Key.Key_O, ALT)  # 观察评估: the first rating
        for _ in dialog.observations.rows[:-1]:
            key(qtbot, Qt.Key.Key_1)  # 正常, on to the next domain
        key(qtbot, Qt.Key.Key_2)  # the last one 需关注: on to its note
        qtbot.keyClicks(QApplication.focusWidget(), "kitchen wires old")
        key(qtbot, Qt.Key.Key_N, ALT)  # 走访记录
        type_text(qtbot, QApplication.focusWidget(), "老人精神好，按时服药。")
        key(qtbot, Qt.Key.Key_S, CTRL)

    dialogs.expect(VisitDialog, fill)
    key(qtbot, Qt.Key.Key_V, ALT)  # 记录走访(&V)…
    dialogs.wait()
    dialogs.check()
    rows = db_rows(
        station_dir,
        "SELECT status, notes, observations, not_home FROM visits WHERE household_id = ?",
        hid,
    )
    assert len(rows) == 1 and rows[0]["status"] == "submitted"
    assert rows[0]["notes"] == "老人精神好，按时服药。"
    assert "需关注" in rows[0]["observations"] and "kitchen wires old" in rows[0]["observations"]
    assert hid not in page.model.items.household_ids()  # visited: no longer due


def test_not_home_picked_from_the_keyboard_keeps_the_chosen_households_risk(
    qtbot, window, appctx, station_dir, dialogs
):
    names = ["刘波", "李彬", "刘兵", "李斌", "吕博", "李白", "刘备", "李标"]
    ids = {n: add_household(appctx.ctx, n, risk="重点" if n == "刘波" else "一般") for n in names}
    emit(appctx, everything())
    chosen: dict = {}

    def fill(dialog: VisitDialog) -> None:
        focus(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.picker  # typed text goes to 走访对象
        key(qtbot, Qt.Key.Key_L)
        key(qtbot, Qt.Key.Key_B)
        popup = dialog.picker.completer_.popup()
        qtbot.waitUntil(popup.isVisible, timeout=3000)
        for _ in range(7):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        chosen["text"] = popup.currentIndex().data()
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        chosen["id"] = dialog.picker.household_id
        assert dialog.risk_after.currentData() == "一般" or chosen["id"] == ids["刘波"]
        dialog.not_home.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(dialog.not_home, Qt.Key.Key_Space)  # 入户未遇
        assert dialog.not_home.isChecked() and not dialog.risk_after.isEnabled()
        key(qtbot, Qt.Key.Key_S, CTRL)

    dialogs.expect(VisitDialog, fill)
    nav(qtbot, window, "走访记录")
    focus(qtbot, window)
    click_in(window.centralWidget(), "记录走访")
    dialogs.wait()
    dialogs.check()
    picked = chosen["id"]
    name = next(n for n, i in ids.items() if i == picked)
    assert name in chosen["text"] and name != "刘波"
    risks = {
        r["id"]: r["risk_level"]
        for r in db_rows(station_dir, "SELECT id, risk_level FROM households")
    }
    assert risks[picked] == "一般" and risks[ids["刘波"]] == "重点"
    visit = db_rows(station_dir, "SELECT household_id, not_home, risk_after FROM visits")
    assert [(v["household_id"], v["not_home"], v["risk_after"] or "") for v in visit] == [
        (picked, 1, "")
    ]
