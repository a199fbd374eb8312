"""A 个案 from intake to closure, as a worker and then the station director do it in the real
main window, by clicks and keys only:

新建个案 (接案) picking the household by pinyin initials → 需求评估 with a missing summary shown
under its field, then saved → 服务计划 (one goal, one action, 保存草稿) → 确认计划 (the client
signs) → 提交审批 (the station's default: the plan waits for approval before 介入); 李明 cannot
approve his own request → 设置(S) → 设置…: 王站长 added and chosen as 当前社工 → 督导审批 page:
each request approved with a comment → back to 李明: 介入 → 计划回顾 → 评估 (GAS score; saving
unrated is refused) → 申请结案 → 王站长 approves in 督导审批 → 结案, shown under 全部个案.

After each step: what the case page shows and what the real SQLite file holds."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QMessageBox

from desktop.ui.cases.assessment_dialog import AssessmentDialog
from desktop.ui.cases.case_dialogs import AgreePlanDialog, CaseDialog, CloseCaseDialog
from desktop.ui.cases.evaluation_dialog import EvaluationDialog
from desktop.ui.cases.plan_dialog import ActionDialog, GoalDialog, PlanDialog
from desktop.ui.cases.review_dialog import ReviewDialog
from desktop.ui.shell.operations import emit, everything
from desktop.ui.station.settings_dialog import SettingsDialog
from tests.journeys.conftest import (
    LEFT,
    click,
    click_in,
    db_rows,
    find_button,
    focus,
    menu,
    nav,
    type_text,
)
from tests.unit.test_visits_support import add_household

pytestmark = pytest.mark.usefixtures("clock")

DIRECTOR = "王站长"


def pick_by_keys(qtbot, box: QComboBox, value) -> None:
    """Choose the item holding ``value`` with the arrow keys, as a person does in a drop-down."""
    target = next((i for i in range(box.count()) if box.itemData(i) == value), -1)
    assert target >= 0, f"no {value!r} in {[box.itemText(i) for i in range(box.count())]}"
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    while box.currentIndex() != target:
        before = box.currentIndex()
        qtbot.keyClick(box, Qt.Key.Key_Down if target > before else Qt.Key.Key_Up)
        assert box.currentIndex() != before, f"stuck at {box.currentText()!r} looking for {value!r}"


def click_row(qtbot, page, row: int) -> None:
    """Click a row of a list page's table."""
    view = page.view
    assert page.model.rowCount() > row, f"only {page.model.rowCount()} rows"
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(page.model.index(row, 0)).center())


def ok(box: QMessageBox) -> None:
    click(QTest, box.button(QMessageBox.StandardButton.Ok))


def switch_worker(qtbot, window, dialogs, name: str, add: bool = False) -> None:
    """设置(S) → 设置…; on 人员类别与社工 add ``name`` if asked, on 本机 choose them as 当前社工, 确定."""

    def answer(dialog: SettingsDialog) -> None:
        focus(qtbot, dialog)
        bar = dialog.tabs.tabBar()
        tab = {bar.tabText(i): i for i in range(bar.count())}
        if add:
            qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab["人员类别与社工"]).center())
            type_text(qtbot, dialog.new_worker, name)
            qtbot.keyClick(dialog.new_worker, Qt.Key.Key_Return)
            assert dialog.isVisible(), "Return in the new-worker field closed 设置"
            assert name in [
                dialog.worker_list.item(i).text() for i in range(dialog.worker_list.count())
            ]
        qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab["本机"]).center())
        pick_by_keys(qtbot, dialog.worker, name)
        click_in(dialog, "确定")

    dialogs.expect(SettingsDialog, answer)
    menu(qtbot, window, "设置", "设置…")
    dialogs.wait()
    dialogs.check()
    assert window.app.ctx.worker == name
    focus(qtbot, window)


def approve_all(qtbot, window, comment: str) -> list[str]:
    """The 督导审批 page: each waiting request clicked, the comment typed, 批准 pressed."""
    page = nav(qtbot, window, "督导审批")
    assert page.model.rowCount() > 0, "nothing waits for approval"
    seen = []
    while page.model.rowCount():
        before = page.model.rowCount()
        click_row(qtbot, page, 0)
        seen.append(page.approval.detail.toPlainText())
        if comment:
            type_text(qtbot, page.approval.comment, comment)
        click(qtbot, find_button(page, "批准"))
        assert page.model.rowCount() == before - 1, page.approval.error.text()
    assert "待审批 0 项" in page.count_label.text()
    return seen


def test_a_case_from_intake_to_closure_with_approvals(qtbot, window, appctx, station_dir, dialogs):
    hid = add_household(appctx.ctx, "张老人", ("独居老年人",))
    emit(appctx, everything())
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
    cid, today = case["id"], appctx.ctx.today().isoformat()

    def stage() -> str:
        [row] = db_rows(station_dir, "SELECT stage FROM cases WHERE id = ?", cid)
        assert page.data["stage"] == row["stage"], "the page shows another stage than was stored"
        return row["stage"]

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
    [row] = db_rows(station_dir, "SELECT summary FROM assessments WHERE case_id = ?", cid)
    assert row["summary"] == "独居，做饭困难，情绪低落。"
    assert stage() == "预估"

    # 计划: the overall goal, one goal with one action, saved as a draft
    def goal(dialog: GoalDialog) -> None:
        type_text(qtbot, dialog.text, "每周至少 5 天有人送午餐")
        click_in(dialog, "确定")

    def action(dialog: ActionDialog) -> None:
        type_text(qtbot, dialog.text, "每天送午餐")
        pick_by_keys(qtbot, dialog.need, "生活照顾")
        pick_by_keys(qtbot, dialog.party, "社区志愿者")
        click_in(dialog, "确定")

    def plan(dialog: PlanDialog) -> None:
        focus(qtbot, dialog)
        type_text(qtbot, dialog.overall, "老人独居生活安全，情绪稳定。")
        dialogs.expect(GoalDialog, goal)
        click(qtbot, dialog.add_goal_button)
        dialogs.expect(ActionDialog, action)
        click(qtbot, dialog.add_action_button)
        assert dialog.goal_table.rowCount() == 1 and dialog.action_table.rowCount() == 1
        click_in(dialog, "保存草稿")

    dialogs.expect(PlanDialog, plan)
    click(qtbot, find_button(page, "服务计划…"))
    dialogs.wait()
    dialogs.check()
    [draft] = db_rows(
        station_dir, "SELECT status, goals, agreed_by FROM plans WHERE case_id = ?", cid
    )
    goals = json.loads(draft["goals"])
    assert [g["goal"] for g in goals] == ["每周至少 5 天有人送午餐"]
    assert [a["action"] for a in goals[0]["actions"]] == ["每天送午餐"]
    assert not draft["agreed_by"] and stage() == "计划"
    assert find_button(page, "编辑计划草稿…").isEnabled()

    # 确认服务计划 with the client, who signs
    def agree(dialog: AgreePlanDialog) -> None:
        assert dialog.agreed_by.text() == "张老人"
        click_in(dialog, "确认")

    dialogs.expect(AgreePlanDialog, agree)
    click(qtbot, find_button(page, "确认计划…"))
    dialogs.wait()
    dialogs.check()
    [agreed] = db_rows(station_dir, "SELECT agreed_by, agreed_on FROM plans WHERE case_id = ?", cid)
    assert agreed["agreed_by"] == "张老人" and agreed["agreed_on"] == today
    assert stage() == "计划" and "请点“提交审批”" in page.detail.toPlainText()  # the default waits

    # 提交审批: the assessment and the plan go to the supervisor's list
    told: list[str] = []
    dialogs.expect(QMessageBox, lambda box: (told.append(box.text()), ok(box)))
    click(qtbot, find_button(page, "提交审批"))
    dialogs.wait()
    dialogs.check()
    assert "需求评估、服务计划" in told[0] and not find_button(page, "提交审批").isEnabled()
    waiting = db_rows(
        station_dir, "SELECT subject, status, requested_by FROM approvals WHERE case_id = ?", cid
    )
    assert {(a["status"], a["requested_by"]) for a in waiting} == {("待审批", "李明")} and len(
        waiting
    ) == 2

    # 李明 cannot approve his own request: the approve button stays off
    approvals = nav(qtbot, window, "督导审批")
    click_row(qtbot, approvals, 0)
    assert not approvals.approval.approve_button.isEnabled()
    assert "这是您自己提交的" in approvals.approval.error.text()

    # 王站长 approves on this computer: added in 设置, chosen as 当前社工, then 督导审批 → 批准
    switch_worker(qtbot, window, dialogs, DIRECTOR, add=True)
    assert DIRECTOR in window.statusBar().currentMessage()
    approve_all(qtbot, window, "计划可行。")
    switch_worker(qtbot, window, dialogs, "李明")
    decided = db_rows(
        station_dir, "SELECT status, decided_by, comment FROM approvals WHERE case_id = ?", cid
    )
    assert {(a["status"], a["decided_by"], a["comment"]) for a in decided} == {
        ("已批准", DIRECTOR, "计划可行。")
    }
    page = nav(qtbot, window, "个案")
    assert stage() == "介入" and "介入" in page.detail.toPlainText()

    # 计划回顾: progress on the goal, the action now under way
    def review(dialog: ReviewDialog) -> None:
        focus(qtbot, dialog)
        note = dialog.progress.cellWidget(0, 1)
        type_text(qtbot, note, "已连续两周每天送餐")
        pick_by_keys(qtbot, dialog.statuses.cellWidget(0, 2), "进行中")
        type_text(qtbot, dialog.summary, "送餐稳定，老人满意。")
        click_in(dialog, "保存回顾")

    dialogs.expect(ReviewDialog, review)
    click(qtbot, find_button(page, "计划回顾…"))
    dialogs.wait()
    dialogs.check()
    [rev] = db_rows(
        station_dir, "SELECT reviewer, progress, action_status, summary FROM plan_reviews"
    )
    assert (rev["reviewer"], rev["summary"]) == ("李明", "送餐稳定，老人满意。")
    assert [p["note"] for p in json.loads(rev["progress"])] == ["已连续两周每天送餐"]
    assert [s["status"] for s in json.loads(rev["action_status"])] == ["进行中"]
    assert stage() == "介入"

    # 评估: GAS +1 on the one goal, T 分数 shown, saved
    def evaluate(dialog: EvaluationDialog) -> None:
        focus(qtbot, dialog)
        click_in(dialog, "保存评估")  # nothing rated yet: stays open with a message
        assert dialog.isVisible() and dialog.ratings_error.text(), "saved with no goal rated"
        pick_by_keys(qtbot, dialog.score_box(0), 1)
        assert "已评定 1/1 个目标" in dialog.score_label.text()
        type_text(qtbot, dialog.summary, "午餐有保障，情绪好转。")
        click_in(dialog, "保存评估")

    dialogs.expect(EvaluationDialog, evaluate)
    click(qtbot, find_button(page, "评估…"))
    dialogs.wait()
    dialogs.check()
    [ev] = db_rows(station_dir, "SELECT evaluator, ratings, summary, eval_date FROM evaluations")
    assert (ev["evaluator"], ev["summary"], ev["eval_date"]) == (
        "李明",
        "午餐有保障，情绪好转。",
        today,
    )
    assert [r["score"] for r in json.loads(ev["ratings"])] == [1]
    assert stage() == "评估"

    # 申请结案: by default a request the director approves
    def close(dialog: CloseCaseDialog) -> None:
        focus(qtbot, dialog)
        pick_by_keys(qtbot, dialog.reason, "服务目标达成")
        click_in(dialog, "提交结案申请")

    dialogs.expect(CloseCaseDialog, close)
    click(qtbot, find_button(page, "申请结案…"))
    dialogs.wait()
    dialogs.check()
    assert stage() == "评估" and "正在等待督导审批" in page.detail.toPlainText()
    assert not find_button(page, "申请结案…").isEnabled()
    switch_worker(qtbot, window, dialogs, DIRECTOR)
    approve_all(qtbot, window, "")
    switch_worker(qtbot, window, dialogs, "李明")
    assert db_rows(station_dir, "SELECT stage FROM cases WHERE id = ?", cid)[0]["stage"] == "结案"
    last = db_rows(
        station_dir,
        "SELECT subject, decided_by FROM approvals WHERE case_id = ? ORDER BY requested_on, rowid",
        cid,
    )
    assert len(last) == 3 and last[-1]["decided_by"] == DIRECTOR

    # the closed case leaves 进行中的个案; under 全部个案 it shows 结案
    page = nav(qtbot, window, "个案")
    assert page.model.rowCount() == 0
    pick_by_keys(qtbot, page.stage_filter, None)
    click_row(qtbot, page, 0)
    assert stage() == "结案" and "结案" in page.detail.toPlainText()
    assert find_button(page, "重新开案…").isEnabled()
