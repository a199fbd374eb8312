"""Driving the visit screens: record a visit from 待走访, submit it, correct it (a new version,
the old one kept), raise and resolve a crisis, enter forms from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop.core.register import households
from desktop.core.store import changes
from desktop.core.visits import schedule, visits
from desktop.ui.register.household_page import HouseholdPage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.operations import changes_of, emit
from desktop.ui.shell.start_page import StartPage
from desktop.ui.visits.coverage_page import CoveragePage
from desktop.ui.visits.schedule_page import ScheduleModel, SchedulePage
from desktop.ui.visits.visit_dialog import VisitDialog
from desktop.ui.visits.visits_page import VisitsPage, VisitTableModel
from tests.conftest import TODAY
from tests.ui.conftest import type_text
from tests.unit.test_visits_support import add_household, submit

pytestmark = pytest.mark.usefixtures("clock")  # the schedule, coverage and forms follow the day

CTRL = Qt.KeyboardModifier.ControlModifier


class Guard:
    """Answer a modal dialog; if the answer fails, close the dialog so exec() returns, then fail."""

    def __init__(self, modal) -> None:
        self.modal = modal
        self.errors: list[BaseException] = []

    def next(self, kind, handler) -> None:
        def guarded(dialog) -> None:
            try:
                handler(dialog)
            except BaseException as exc:  # noqa: BLE001 (re-raised by check())
                self.errors.append(exc)
                dialog.reject()

        self.modal.next(kind, guarded)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]
        assert self.modal.pending == 0


def select_household_row(page: SchedulePage, household_id: str) -> None:
    row = page.model.items.household_ids().index(household_id)
    page.view.selectRow(row)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the user makes it: the window is active, so its shortcuts work."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(widget, key, modifier)


def test_record_a_visit_from_the_schedule_page(qtbot, modal, app):
    modal = Guard(modal)
    alone = add_household(app.ctx, "单大山", ("独居老年人",))
    other = add_household(app.ctx, "钱多多")
    submit(app.ctx, alone, "2026-11-01")  # due 11-15: overdue
    page = SchedulePage(app)
    qtbot.addWidget(page)
    page.show()
    assert page.model.items.household_ids()[0] == alone  # most overdue first
    assert "逾期 14 天" in page.model.data(page.model.index(0, 8))
    assert set(page.model.items.household_ids()) == {alone, other}  # 钱多多: never visited

    def fill(dialog: VisitDialog) -> None:
        assert dialog.picker.household_id == alone and "单大山" in dialog.picker.text()
        assert dialog.visit_date.text() == TODAY.isoformat()
        assert dialog.workers.values() == ["李明"]
        assert dialog.members.values() == [households.household(app.ctx, alone)["head_id"]]
        assert "监护与教育" not in [
            d for d, *_ in dialog.observations.rows
        ]  # no child in this household
        dialog.observations.rows[0][2].setCurrentIndex(2)  # 居住安全: 2 需关注
        type_text(qtbot, dialog.observations.rows[0][3], "电线老化")
        qtbot.mouseClick(dialog.normal_button, Qt.MouseButton.LeftButton)  # the rest: 正常
        type_text(qtbot, dialog.notes, "老人精神好，按时服药。厨房电线老化，已告知村委会。")
        press(qtbot, dialog.notes, Qt.Key.Key_S, CTRL)  # Ctrl+S submits

    modal.next(VisitDialog, fill)
    select_household_row(page, alone)
    qtbot.mouseClick(page.visit_button, Qt.MouseButton.LeftButton)
    modal.check()
    found = visits.find(app.ctx, household_id=alone)
    latest = visits.visit(app.ctx, found[0])
    assert latest["status"] == "submitted" and latest["visit_date"] == TODAY.isoformat()
    assert latest["observations"][0] == {
        "domain": "居住安全",
        "rating": "需关注",
        "note": "电线老化",
    }
    assert {o["rating"] for o in latest["observations"][1:]} == {"正常"}
    assert alone not in page.model.items.household_ids()  # the page followed the change


def test_keyboard_entry_of_several_paper_forms(qtbot, app):
    first = add_household(app.ctx, "单大山", ("独居老年人",))
    second = add_household(app.ctx, "覃春花", village="桃源村")
    dialog = VisitDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.picker, "sds")  # pinyin initials of 单大山 (surname read shan)
    press(qtbot, dialog.picker, Qt.Key.Key_Return)
    assert dialog.picker.household_id == first
    dialog.visit_date.selectAll()
    type_text(qtbot, dialog.visit_date, "1127")
    press(qtbot, dialog.visit_date, Qt.Key.Key_Tab)  # leaving the field completes the date
    assert dialog.visit_date.text() == "2026-11-27"
    qtbot.mouseClick(dialog.normal_button, Qt.MouseButton.LeftButton)  # 其余全部正常
    press(
        qtbot, dialog.notes, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier
    )  # submit, next form
    assert dialog.isVisible() and dialog.saved_count == 1
    assert dialog.picker.household_id is None and dialog.picker.text() == ""
    assert dialog.visit_date.text() == "2026-11-27"  # kept for the next form of the same day
    assert "单大山" in dialog.status_label.text()
    type_text(qtbot, dialog.picker, "qch")
    press(qtbot, dialog.picker, Qt.Key.Key_Return)
    assert dialog.picker.household_id == second
    qtbot.mouseClick(
        dialog.not_home, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.not_home.height() // 2)
    )  # 入户未遇
    assert dialog.not_home.isChecked()
    assert not dialog.observations.isEnabled()
    press(qtbot, dialog.notes, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    assert {visits.visit(app.ctx, v)["household_id"] for v in visits.find(app.ctx)} == {
        first,
        second,
    }
    second_visit = visits.visit(app.ctx, visits.find(app.ctx, household_id=second)[0])
    assert second_visit["not_home"] == 1 and second_visit["visit_date"] == "2026-11-27"
    assert second in schedule.due_list(app.ctx, TODAY).household_ids()  # still due: nobody was met


def test_missing_fields_are_shown_inline_and_nothing_is_saved(qtbot, app):
    dialog = VisitDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save(submit=True)
    assert dialog.isVisible()
    assert "请选择走访的户" in dialog.error_label("household_id").text()
    hid = add_household(app.ctx, "何检查")
    dialog.picker.set_household(hid)
    dialog.safeguard_checks[1][1].setChecked(True)  # 疑似家庭暴力
    dialog.workers.set_values([])
    dialog.save(submit=True)
    assert "走访社工" in dialog.error_label("workers").text()
    assert "强制报告" in dialog.error_label("safeguarding").text()
    assert visits.find(app.ctx) == []
    # a draft needs no more than the household
    assert dialog.save(submit=False)
    assert visits.find(app.ctx, status="draft") == [dialog.visit_id]
    assert dialog.windowTitle() == "编辑走访草稿"


def test_correction_makes_a_new_version_and_keeps_the_old_one(qtbot, modal, app):
    modal = Guard(modal)
    hid = add_household(app.ctx, "褚更正")
    first = submit(app.ctx, hid, "2026-11-20", notes="初次记录")
    page = VisitsPage(app)
    qtbot.addWidget(page)
    page.show()
    assert page.current_id() == first.visit_id
    assert not page.edit_button.isEnabled() and page.correct_button.isEnabled()

    def fix(dialog: VisitDialog) -> None:
        assert dialog.windowTitle().startswith("更正") and dialog.reason.isVisible()
        assert dialog.notes.toPlainText() == "初次记录"
        dialog.notes.clear()
        type_text(qtbot, dialog.notes, "更正：老人每日服降压药一次。")
        dialog.save(submit=True)
        assert dialog.isVisible() and "更正原因" in dialog.error_label("correction_reason").text()
        type_text(qtbot, dialog.reason, "漏记用药情况")
        dialog.save(submit=True)

    modal.next(VisitDialog, fix)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    modal.check()
    new_id = page.current_id()
    assert new_id != first.visit_id
    new = visits.visit(app.ctx, new_id)
    assert (new["version"], new["replaces"], new["notes"]) == (
        2,
        first.visit_id,
        "更正：老人每日服降压药一次。",
    )
    assert (
        changes.read_row(app.ctx.store, "visits", first.visit_id)["notes"] == "初次记录"
    )  # kept as it was
    text = page.detail.toPlainText()
    assert "版本历史" in text and "第 1 版" in text and "第 2 版" in text and "漏记用药情况" in text
    assert page.model.ids == [new_id]  # the list shows the current version


def test_crisis_alert_shows_until_resolved(qtbot, modal, app):
    modal = Guard(modal)
    hid = add_household(app.ctx, "沈危机", ("独居老年人",))
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    start = window.pages["StartPage"]
    assert isinstance(window.stack.currentWidget(), StartPage)  # the start page comes first
    qtbot.waitUntil(lambda: not start.dirty)  # it fills in once the window has painted
    assert "没有未处置的危机" in start.crises.topLevelItem(0).text(0)
    # the whole sentence shows, not cut to the first column's width ("没…")
    assert start.crises.topLevelItem(0).isFirstColumnSpanned()

    dialog = VisitDialog(app, hid, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.crisis.setChecked(True)
    assert dialog.risk_after.currentData() == "高风险"
    type_text(qtbot, dialog.crisis_note, "老人摔倒无法起身，已叫120")
    assert dialog.save(submit=True)
    assert start.crises.topLevelItem(0).text(0) == "⚠ 沈危机"
    assert households.household(app.ctx, hid)["risk_level"] == "高风险"
    # the household page shows the alert too
    window.show_page(HouseholdPage)
    household_page = window.pages["HouseholdPage"]
    household_page.select_household(hid)
    assert "危机未处置" in household_page.detail.toPlainText()

    window.show_page(StartPage)
    start.crises.setCurrentItem(start.crises.topLevelItem(0))

    def resolve(box: QInputDialog) -> None:
        box.setTextValue("已送医，女儿回家照顾")
        box.accept()

    modal.next(QInputDialog, resolve)
    qtbot.mouseClick(start.resolve_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert visits.open_crises(app.ctx) == []
    assert "没有未处置的危机" in start.crises.topLevelItem(0).text(0)
    window.show_page(HouseholdPage)
    assert "危机未处置" not in household_page.detail.toPlainText()


def test_follow_ups_of_the_week_by_owner_and_done(qtbot, modal, app):
    hid = add_household(app.ctx, "许跟进")
    submit(
        app.ctx,
        hid,
        "2026-11-20",
        actions=[
            {"action": "代办低保复核", "owner": "李明", "due": "2026-11-27"},
            {"action": "下月回访", "owner": "李明", "due": "2026-12-20"},
        ],
    )
    page = StartPage(app)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.dirty)
    owner = page.followups.topLevelItem(0)
    assert owner.text(0) == "李明（1 项）" and owner.child(0).text(0) == "代办低保复核"
    assert "已逾期" in owner.child(0).text(3)
    page.followups.setCurrentItem(owner.child(0))
    modal.next(QInputDialog, lambda box: (box.setTextValue("材料已交"), box.accept()))
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert "没有到期" in page.followups.topLevelItem(0).text(0)


def test_void_and_delete_draft_from_the_visit_list(qtbot, modal, app):
    hid = add_household(app.ctx, "蒋作废")
    saved = submit(app.ctx, hid, "2026-11-20")
    page = VisitsPage(app)
    qtbot.addWidget(page)
    page.show()
    modal.next(QInputDialog, lambda box: (box.setTextValue("录错了户"), box.accept()))
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    voided = visits.visit(app.ctx, page.current_id())
    assert voided["void"] == 1 and voided["replaces"] == saved.visit_id
    assert "已作废" in page.detail.toPlainText() and not page.correct_button.isEnabled()
    draft = visits.save_visit(
        app.ctx, visits.new_visit(app.ctx, hid, TODAY), submit=False, today=TODAY
    )
    emit(app, changes_of(draft))
    page.select_id(draft.visit_id)
    assert page.delete_button.isEnabled()
    modal.next(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert draft.visit_id not in page.model.ids


def test_coverage_page_shows_village_and_group_rates(qtbot, app):
    a = add_household(app.ctx, "一号", ("独居老年人",))
    add_household(app.ctx, "二号", group="二组")
    submit(app.ctx, a, "2026-11-05")
    page = CoveragePage(app)
    qtbot.addWidget(page)
    page.show()
    cells = [
        [page.model.data(page.model.index(r, c)) for c in range(5)]
        for r in range(page.model.rowCount())
    ]
    assert cells[0] == ["青山村", 2, 1, 1, "50.0%"]
    assert cells[1][0].strip() == "一组" and cells[1][4] == "100.0%"
    assert "探访率 50.0%" in page.total.text()


def test_models_pass_qt_model_checks(qtmodeltester, app):
    for name in ("甲", "乙", "丙"):
        hid = add_household(app.ctx, name)
        submit(app.ctx, hid, "2026-08-01")
    model = ScheduleModel(app.ctx)
    model.load(schedule.due_list(app.ctx, TODAY), TODAY)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    visits_model = VisitTableModel(app.ctx)
    visits_model.load(visits.find(app.ctx))
    qtmodeltester.check(visits_model)
    QApplication.processEvents()
