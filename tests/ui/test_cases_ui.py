"""Driving the real case-work widgets: open a case, assess, write a plan with two goals (an action
with a suggested resource), agree it, refer to a matched resource, evaluate, close and reopen;
the resource directory; supervision; overdue referrals on the start page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from desktop.core.cases import case_detail, cases, supervision
from desktop.core.cases.case_records import ReferralInput
from desktop.core.errors import StationDeskError
from desktop.core.resources import referrals, resources
from desktop.core.station import station
from desktop.ui.cases.approval_page import ApprovalPage
from desktop.ui.cases.assessment_dialog import AssessmentDialog
from desktop.ui.cases.case_dialogs import AgreePlanDialog, CaseDialog, CloseCaseDialog, TextDialog
from desktop.ui.cases.case_hooks import OverdueReferralsBox, household_cases_html
from desktop.ui.cases.case_page import CasePage
from desktop.ui.cases.evaluation_dialog import EvaluationDialog
from desktop.ui.cases.plan_dialog import ActionDialog, GoalDialog, PlanDialog
from desktop.ui.resources.referral_dialog import ReferralDialog, ReferralStatusDialog
from desktop.ui.resources.resource_dialog import ResourceDialog
from desktop.ui.resources.resource_page import ResourcePage
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.station.settings_dialog import SettingsDialog
from tests.conftest import TODAY
from tests.ui.conftest import type_text
from tests.unit.test_cases_support import DIRECTOR, add_household, add_resource, as_worker, assess

pytestmark = pytest.mark.usefixtures("clock")  # the schedule, coverage and forms follow the day

CLICK = Qt.MouseButton.LeftButton


class Answers:
    """modal.next, keeping each dialog's wrapper alive: the answerer tells dialogs apart by id(),
    which Python may reuse for a later dialog of the same kind once the earlier one is gone."""

    def __init__(self, modal) -> None:
        self.modal, self.kept = modal, []

    def next(self, kind, handler) -> None:
        self.modal.next(kind, lambda dialog: (self.kept.append(dialog), handler(dialog)))


def switch_worker(qtbot, modal, window, name: str, add: bool = False) -> None:
    """设置(S) → 设置…; on 人员类别与社工 add ``name`` if asked, on 本机 choose them as 当前社工, 确定."""
    from PySide6.QtWidgets import QDialogButtonBox

    def answer(dialog: SettingsDialog) -> None:
        bar = dialog.tabs.tabBar()
        if add:
            qtbot.mouseClick(bar, CLICK, pos=bar.tabRect(2).center())
            type_text(qtbot, dialog.new_worker, name)
            qtbot.keyClick(dialog.new_worker, Qt.Key.Key_Return)
        qtbot.mouseClick(bar, CLICK, pos=bar.tabRect(0).center())
        combo = dialog.worker
        combo.setFocus()
        while combo.currentData() != name:
            before = combo.currentIndex()
            qtbot.keyClick(
                combo, Qt.Key.Key_Down if combo.findData(name) > before else Qt.Key.Key_Up
            )
            assert combo.currentIndex() != before, name
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, CLICK)

    modal.next(SettingsDialog, answer)
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().startswith("设置"))
    qtbot.mouseClick(bar, CLICK, pos=bar.actionGeometry(menu_action).center())
    menu = menu_action.menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, CLICK, pos=menu.actionGeometry(menu.actions()[0]).center())
    qtbot.waitUntil(lambda: window.app.ctx.worker == name)


def approve_everything(qtbot, app) -> None:
    """The 督导审批 page: each request in turn, 批准 clicked."""
    approvals = ApprovalPage(app)
    qtbot.addWidget(approvals)
    approvals.show()
    approvals.reload()
    assert approvals.model.rowCount() > 0
    while approvals.model.rowCount():
        approvals.select_row(0)
        assert approvals.approval.approve_button.isEnabled()
        qtbot.mouseClick(approvals.approval.approve_button, CLICK)
    approvals.close()


def pick(box, value) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_a_case_from_intake_to_closure(qtbot, modal, app):
    modal = Answers(modal)
    ctx = app.ctx
    hid = add_household(ctx, "张老人", ("独居老年人",))
    local = add_resource(ctx, "青山村助餐志愿队", ["生活照顾"], ["青山村"], party_kind="社区志愿者")
    add_resource(
        ctx, "桃源村助餐队", ["生活照顾"], ["桃源村"], party_kind="社区志愿者"
    )  # not this village
    township = add_resource(ctx, "镇养老服务中心", ["生活照顾", "情绪疏导"], party_kind="社会组织")
    page = CasePage(app)
    qtbot.addWidget(page)
    page.show()
    assert not page.buttons["assess"].isEnabled()

    # 接案: pick the household by pinyin initials
    def intake(dialog: CaseDialog) -> None:
        qtbot.keyClicks(dialog.household, "zlr")
        qtbot.keyClick(dialog.household, Qt.Key.Key_Return)
        assert dialog.household.household_id == hid
        type_text(qtbot, dialog.title, "独居老人照顾安排")
        pick(dialog.source, "本人/家属求助")
        dialog.accept()

    modal.next(CaseDialog, intake)
    qtbot.mouseClick(page.new_button, CLICK)
    case_id = page.current_id()
    assert case_id and page.data["stage"] == "接案"
    assert "独居老人照顾安排" in page.detail.toPlainText()
    assert "独居老人照顾安排" in household_cases_html(ctx, hid)

    # 预估: a missing summary is shown under its field, then the assessment is saved
    def assess(dialog: AssessmentDialog) -> None:
        pick(dialog.table.level_box("生活照料"), 3)
        pick(dialog.table.level_box("心理情绪"), 2)
        dialog.accept()
        assert "请填写评估小结" in dialog.texts_form.errors["summary"].text()
        type_text(qtbot, dialog.summary, "独居，做饭困难，情绪低落。")
        dialog.accept()

    modal.next(AssessmentDialog, assess)
    qtbot.mouseClick(page.buttons["assess"], CLICK)
    assert page.data["stage"] == "预估" and len(page.data["assessments"]) == 1

    # 计划: two goals, the first action's resource is the best match in the household's village
    def goal(text: str):
        def fill(dialog: GoalDialog) -> None:
            type_text(qtbot, dialog.text, text)
            dialog.accept()

        return fill

    def meals(dialog: ActionDialog) -> None:
        type_text(qtbot, dialog.text, "每天送午餐")
        pick(dialog.need, "生活照顾")
        suggested = [dialog.resource.itemData(i) for i in range(1, dialog.resource.count())]
        assert suggested == [local, township]
        dialog.resource.setCurrentIndex(1)
        assert dialog.party.currentData() == "社区志愿者"
        dialog.accept()

    def talks(dialog: ActionDialog) -> None:
        type_text(qtbot, dialog.text, "每两周一次情绪疏导")
        pick(dialog.need, "情绪疏导")
        pick(dialog.party, "社会工作者")
        dialog.accept()

    def plan(dialog: PlanDialog) -> None:
        type_text(qtbot, dialog.overall, "老人独居生活安全，情绪稳定。")
        dialog.accept()  # no goals yet
        assert "请至少填写一个具体目标" in dialog.goals_error.text()
        for text, action in (("每周至少 5 天有人送午餐", meals), ("情绪低落的天数减少一半", talks)):
            modal.next(GoalDialog, goal(text))
            qtbot.mouseClick(dialog.add_goal_button, CLICK)
            modal.next(ActionDialog, action)
            qtbot.mouseClick(dialog.add_action_button, CLICK)
        assert dialog.goal_table.rowCount() == 2 and dialog.action_table.rowCount() == 1
        dialog.accept()

    modal.next(PlanDialog, plan)
    qtbot.mouseClick(page.buttons["plan"], CLICK)
    draft = page.data["draft"]
    assert page.data["stage"] == "计划" and [len(g["actions"]) for g in draft["goals"]] == [1, 1]
    assert draft["goals"][0]["actions"][0]["resource_id"] == local

    def agree(dialog: AgreePlanDialog) -> None:
        assert dialog.agreed_by.text() == "张老人"
        dialog.accept()

    modal.next(AgreePlanDialog, agree)
    qtbot.mouseClick(page.buttons["agree"], CLICK)
    # the station's default: the plan waits for the director before intervention starts
    assert page.data["stage"] == "计划" and page.data["current"]["agreed_by"] == "张老人"
    assert "请点“提交审批”" in page.detail.toPlainText()
    assert page.buttons["plan"].text() == "修订计划…"
    told: list[str] = []
    modal.next(
        QMessageBox,
        lambda box: (
            told.append(box.text()),
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), CLICK),
        ),
    )
    qtbot.mouseClick(page.buttons["submit"], CLICK)
    assert "需求评估、服务计划" in told[0]
    assert not page.buttons["submit"].isEnabled()
    with pytest.raises(StationDeskError):
        supervision.approve(ctx, supervision.pending(ctx)[0]["id"], today=TODAY)  # not one's own
    # the director approves on this computer: 设置 → 本站社工 增加 王站长, 当前社工 王站长
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    switch_worker(qtbot, modal, window, DIRECTOR, add=True)
    assert ctx.worker == DIRECTOR and DIRECTOR in window.statusBar().currentMessage()
    approve_everything(qtbot, app)
    switch_worker(qtbot, modal, window, "李明")
    assert page.data["stage"] == "介入"
    assert [a["decided_by"] for a in page.data["approvals"]] == [DIRECTOR, DIRECTOR]

    # 转介: the matched resource first; the household already gets meals from it, so a warning
    def refer(dialog: ReferralDialog) -> None:
        pick(dialog.need, "生活照顾")
        first = dialog.suggestions.item(0)
        assert first.data(Qt.ItemDataRole.UserRole) == local and "覆盖本村" in first.text()
        assert "青山村助餐志愿队" in dialog.duplicate.text()
        dialog.suggestions.setCurrentRow(1)  # the township centre
        dialog.accept()
        assert "服务对象是否同意" in dialog.form.errors["consent"].text()
        pick(dialog.consent, "口头同意")
        dialog.accept()

    modal.next(ReferralDialog, refer)
    qtbot.mouseClick(page.buttons["refer"], CLICK)
    [ref] = page.data["referrals"]
    assert ref["resource_id"] == township and ref["status"] == "已转介"
    assert page.data["duplicate_aid"] and "重复救助" in page.detail.toPlainText()

    def received(dialog: ReferralStatusDialog) -> None:
        pick(dialog.status, "已接收")
        type_text(qtbot, dialog.note, "中心已安排上门。")
        dialog.accept()

    modal.next(ReferralStatusDialog, received)
    page.detail.anchorClicked.emit(QUrl(f"referral:{ref['id']}"))  # the "更新" link
    assert page.data["referrals"][0]["status"] == "已接收"

    # no closure before an evaluation
    modal.next(QMessageBox, lambda box: box.accept())
    qtbot.mouseClick(page.buttons["close"], CLICK)
    assert page.data["stage"] == "介入"

    def evaluate(dialog: EvaluationDialog) -> None:
        pick(dialog.score_box(0), 1)
        pick(dialog.score_box(1), 0)
        assert "T 分数 56" in dialog.score_label.text()
        type_text(qtbot, dialog.summary, "午餐有保障，情绪好转。")
        dialog.accept()

    modal.next(EvaluationDialog, evaluate)
    qtbot.mouseClick(page.buttons["evaluate"], CLICK)
    assert page.data["stage"] == "评估"
    assert [r["score"] for r in page.data["evaluations"][0]["ratings"]] == [1, 0]

    def close(dialog: CloseCaseDialog) -> None:
        pick(dialog.reason, "服务目标达成")
        dialog.accept()

    assert page.buttons["close"].text() == "申请结案…"
    modal.next(CloseCaseDialog, close)
    qtbot.mouseClick(page.buttons["close"], CLICK)
    assert page.data["stage"] == "评估" and page.data["closure_pending"]  # waits for the director
    assert not page.buttons["close"].isEnabled() and "正在等待督导审批" in page.detail.toPlainText()
    switch_worker(qtbot, modal, window, DIRECTOR)
    approve_everything(qtbot, app)
    switch_worker(qtbot, modal, window, "李明")
    assert cases.find(ctx, stage="open") == []  # closed: no longer among the open cases
    page.stage_filter.setCurrentIndex(1)  # 全部个案
    row = page.model.row_of(case_id)
    view = page.view
    qtbot.mouseClick(view.viewport(), CLICK, pos=view.visualRect(page.model.index(row, 0)).center())
    assert page.data["stage"] == "结案" and page.buttons["reopen"].isEnabled()
    assert case_detail.case(ctx, case_id)["approvals"][-1]["decided_by"] == DIRECTOR
    assert [e["worker"] for e in page.data["events"] if e["kind"] == "close_requested"] == ["李明"]
    assert not page.buttons["assess"].isEnabled()
    assert household_cases_html(ctx, hid) == ""  # no open case, no aid in progress left twice

    def reopen(dialog: TextDialog) -> None:
        type_text(qtbot, dialog.text, "老人再次摔倒。")
        dialog.accept()

    modal.next(TextDialog, reopen)
    qtbot.mouseClick(page.buttons["reopen"], CLICK)
    assert page.data["stage"] == "预估" and page.data["episode"] == 2
    assert cases.find(ctx, stage="open") == [case_id]


def test_resource_directory_add_and_match_order(qtbot, modal, app):
    modal = Answers(modal)
    add_resource(app.ctx, "镇养老服务中心", ["生活照顾"], party_kind="社会组织")
    page = ResourcePage(app)
    qtbot.addWidget(page)
    page.show()

    def fill(dialog: ResourceDialog) -> None:
        type_text(qtbot, dialog.name, "青山村邻里互助队")
        pick(dialog.kind, "志愿服务队")
        pick(dialog.party, "社区志愿者")
        dialog.categories.set_values(["生活照顾", "精神慰藉"])
        dialog.villages.set_values(
            [dialog.villages.item(0).data(Qt.ItemDataRole.UserRole)]
        )  # 青山村
        qtbot.keyClicks(dialog.capacity, "abc")
        dialog.accept()
        assert dialog.form.errors["capacity"].isVisibleTo(dialog)
        dialog.capacity.clear()
        qtbot.keyClicks(dialog.capacity, "8")
        dialog.accept()

    modal.next(ResourceDialog, fill)
    qtbot.mouseClick(page.new_button, CLICK)
    assert [page.model.row(i)["name"] for i in range(page.model.rowCount())] == [
        "青山村邻里互助队",
        "镇养老服务中心",
    ]
    assert "在办 0/8" in page.detail.toPlainText()
    pick(page.need_filter, "生活照顾")
    pick(
        page.village_filter, page.village_filter.itemData(2)
    )  # 桃源村: only the township-wide centre
    assert [page.model.row(i)["name"] for i in range(page.model.rowCount())] == ["镇养老服务中心"]
    page.toggle_active()  # the centre stops: no longer suggested
    assert [r["name"] for r in resources.resources(app.ctx, include_inactive=False)] == [
        "青山村邻里互助队"
    ]
    assert page.model.rowCount() == 0


def test_supervisor_approves_and_returns_and_overdue_referrals_show(qtbot, app):
    ctx = app.ctx
    hid = add_household(ctx, "张老人")
    c = cases.new_case(ctx, hid, today=TODAY)
    c.title, c.supervisor = "独居老人照顾安排", DIRECTOR
    station.add_worker(ctx, DIRECTOR)
    cid = cases.save_case(ctx, c, today=TODAY).case_id
    assess(ctx, cid, "2026-11-20", {"生活照料": 3})
    supervision.submit(ctx, cid, today=TODAY)
    res = add_resource(ctx, "镇养老服务中心", ["生活照顾"])
    referrals.create_referral(
        ctx,
        ReferralInput(
            household_id=hid,
            case_id=cid,
            resource_id=res,
            need="生活照顾",
            referred_on="2026-11-01",
            consent="口头同意",
            follow_up="2026-11-10",
        ),
        today=TODAY,
    )
    box = OverdueReferralsBox(app)
    qtbot.addWidget(box)
    assert box.tree.topLevelItemCount() == 1 and "逾期 19 天" in box.tree.topLevelItem(0).text(4)
    assert box.approvals_button.text() == "督导待审批 1 项"

    page = ApprovalPage(app)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    assert not page.approval.approve_button.isEnabled()  # 李明 asked for it himself
    as_worker(ctx, DIRECTOR)
    page.reload()
    assert page.approval.approve_button.isEnabled()
    qtbot.mouseClick(page.approval.return_button, CLICK)  # a return needs a comment
    assert "退回时请写明意见" in page.approval.error.text()
    type_text(qtbot, page.approval.comment, "请补充家庭支持情况。")
    qtbot.mouseClick(page.approval.return_button, CLICK)
    assert page.model.rowCount() == 0
    assert (
        supervision.approval(ctx, case_detail.case(ctx, cid)["approvals"][0]["id"])["comment"]
        == "请补充家庭支持情况。"
    )
    assert box.approvals_button.isHidden()


def test_refer_a_need_found_on_a_visit_without_a_case(qtbot, modal, app):
    from desktop.ui.cases.case_hooks import refer_need

    ctx = app.ctx
    hid = add_household(ctx, "李奶奶", village="桃源村")
    add_resource(ctx, "青山村助餐志愿队", ["生活照顾"], ["青山村"])
    theirs = add_resource(ctx, "桃源村助餐队", ["生活照顾"], ["桃源村"])

    def refer(dialog: ReferralDialog) -> None:
        assert dialog.suggestions.count() == 1  # only the team serving her village
        pick(dialog.consent, "书面同意")
        dialog.accept()

    modal.next(ReferralDialog, refer)
    assert refer_need(app, hid, "生活照顾", today=TODAY)
    [found] = referrals.aid_sources(ctx, [hid])[hid]["生活照顾"]
    assert found["resource_id"] == theirs and found["case_id"] == ""
