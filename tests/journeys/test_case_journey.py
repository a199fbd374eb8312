"""个案 as a worker opens one: 新建个案 (接案) picking the household by pinyin initials, then
需求评估 with a missing summary shown under its field and then saved.

The rest of the case journey (plan → 提交审批 → a second worker approving → intervention →
evaluation → closure approved) waits for the approval stages and the worker switch in 设置 of
the same issue's other half; it is finished when the two halves are merged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.assessment_dialog import AssessmentDialog
from desktop.ui.case_dialogs import CaseDialog
from tests.journeys.conftest import click, click_in, db_rows, find_button, focus, nav, type_text
from tests.unit.test_visits_support import add_household

pytestmark = pytest.mark.usefixtures("clock")


def test_take_in_a_case_and_assess_it(qtbot, window, appctx, station_dir, dialogs):
    hid = add_household(appctx.ctx, "张老人", ("独居老年人",))
    appctx.everything_changed()
    page = nav(qtbot, window, "个案")

    def intake(dialog: CaseDialog) -> None:
        focus(qtbot, dialog)
        type_text(qtbot, dialog.household, "zlr")
        qtbot.keyClick(dialog.household, Qt.Key.Key_Return)
        assert dialog.household.household_id == hid
        type_text(qtbot, dialog.title, "独居老人照顾安排")
        click_in(dialog, "保存")

    dialogs.expect(CaseDialog, intake)
    click(qtbot, find_button(page, "新建个案"))
    dialogs.wait()
    dialogs.check()
    [case] = db_rows(station_dir, "SELECT id, title, stage, household_id FROM cases")
    assert (case["title"], case["stage"], case["household_id"]) == ("独居老人照顾安排", "接案", hid)
    assert "独居老人照顾安排" in page.detail.toPlainText()

    def assess(dialog: AssessmentDialog) -> None:
        focus(qtbot, dialog)
        box = dialog.table.level_box("生活照料")
        box.setFocus()
        for _ in range(box.count() - 1):  # the last level: 3 严重
            qtbot.keyClick(box, Qt.Key.Key_Down)
        click_in(dialog, "保存评估")
        assert "请填写评估小结" in dialog.texts_form.errors["summary"].text() and dialog.isVisible()
        type_text(qtbot, dialog.summary, "独居，做饭困难，情绪低落。")
        click_in(dialog, "保存评估")

    dialogs.expect(AssessmentDialog, assess)
    click(qtbot, find_button(page, "需求评估…"))
    dialogs.wait()
    dialogs.check()
    [row] = db_rows(station_dir, "SELECT summary FROM assessments WHERE case_id = ?", case["id"])
    assert row["summary"] == "独居，做饭困难，情绪低落。"
    assert db_rows(station_dir, "SELECT stage FROM cases")[0]["stage"] == "预估"
