"""Service plans: goals and actions, versions kept once agreed, reviews, and goal attainment."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.cases import case_detail, goal_attainment, plans, supervision
from desktop.core.cases.case_records import PlanInput, ReviewInput
from desktop.core.errors import StationDeskError, ValidationError
from desktop.core.store import changes
from tests.unit.test_cases_support import (
    DIRECTOR,
    TODAY,
    action,
    add_household,
    add_resource,
    agreed_plan,
    approve_all,
    as_worker,
    assess,
    evaluate,
    open_case,
    two_goal_plan,
)

LEVELS = {"生活照料": 3, "心理情绪": 2}
SEPT = dt.date(2026, 9, 10)


@pytest.fixture
def case_id(ctx):
    cid = open_case(ctx, add_household(ctx, "张老人", ("独居老年人",)), supervisor=DIRECTOR)
    assess(ctx, cid, "2026-09-02", LEVELS)
    return cid


def test_plan_checks_goals_actions_and_dates(ctx, case_id):
    bad = PlanInput(
        overall_goal="",
        start_date="2026-09-10",
        end_date="2026-09-01",
        goals=[
            {
                "goal": "",
                "actions": [
                    {"action": "", "party_kind": "", "start": "2026-10-01", "due": "2026-09-01"}
                ],
            },
            {
                "goal": "有人送餐",
                "actions": [action("助餐", resource_id="gone"), action("陪诊", need="看病")],
            },
        ],
    )
    with pytest.raises(ValidationError) as info:
        plans.save_plan(ctx, case_id, bad, today=SEPT)
    assert {(e.field, e.code, tuple(sorted(e.params.items()))) for e in info.value.errors} >= {
        ("overall_goal", "required", (("label", "总目标"),)),
        ("end_date", "plan.dates", ()),
        ("goals", "plan.goal_text", (("n", 1),)),
        ("goals", "plan.action_text", (("m", 1), ("n", 1))),
        ("goals", "plan.action_party", (("m", 1), ("n", 1))),
        ("goals", "plan.action_dates", (("m", 1), ("n", 1))),
        ("goals", "plan.action_resource", (("m", 1), ("n", 2))),
    }
    assert any(e.code == "choice" and e.params["value"] == "看病" for e in info.value.errors)
    with pytest.raises(ValidationError) as info:
        plans.save_plan(
            ctx, case_id, PlanInput(overall_goal="x", start_date="2026-09-10"), today=SEPT
        )
    assert info.value.errors[0].code == "plan.goals"


def test_draft_is_editable_agreed_version_is_kept_and_revised_as_a_new_version(ctx, case_id):
    rid = add_resource(ctx, "青山村助餐志愿队", ["生活照顾"], ["青山村"], party_kind="社区志愿者")
    saved = plans.save_plan(ctx, case_id, two_goal_plan(rid), today=SEPT)
    assert case_detail.case(ctx, case_id)["stage"] == "计划"
    draft = plans.plan(ctx, saved.plan_id)
    assert (draft["status"], draft["version"], draft["record_id"]) == ("draft", 1, saved.plan_id)
    assert [len(g["actions"]) for g in draft["goals"]] == [2, 1]
    assert draft["resource_names"] == {rid: "青山村助餐志愿队"}
    goal_ids = [g["id"] for g in draft["goals"]]
    with pytest.raises(StationDeskError) as err:  # one draft at a time
        plans.save_plan(ctx, case_id, two_goal_plan(), today=SEPT)
    assert err.value.code == "plan.draft_exists"
    edited = PlanInput.from_row(draft)
    edited.overall_goal = "老人独居生活安全。"
    plans.save_plan(ctx, case_id, edited, saved.plan_id, today=SEPT)
    assert [g["id"] for g in plans.plan(ctx, saved.plan_id)["goals"]] == goal_ids  # ids kept
    with pytest.raises(ValidationError):
        plans.agree_plan(ctx, saved.plan_id, "", today=TODAY)
    plans.agree_plan(ctx, saved.plan_id, "张老人（按手印）", "2026-09-12", today=TODAY)
    # the plan waits for the director first
    assert case_detail.case(ctx, case_id)["stage"] == "计划"
    assert plans.plan(ctx, saved.plan_id)["approval"] == ""  # until the worker asks
    supervision.submit(ctx, case_id, today=TODAY)
    assert plans.plan(ctx, saved.plan_id)["approval"] == "待审批"
    approve_all(ctx, case_id)
    assert case_detail.case(ctx, case_id)["stage"] == "介入"
    with pytest.raises(StationDeskError) as err:
        plans.save_plan(ctx, case_id, edited, saved.plan_id, today=TODAY)
    assert err.value.code == "plan.locked"

    revision = plans.start_revision(ctx, saved.plan_id)
    assert revision.replaces == saved.plan_id
    revision.goals.append(
        {
            "goal": "每月参加一次村里的老年活动",
            "measure": "",
            "actions": [action("邀请参加重阳活动", "社区/村委", "精神慰藉")],
        }
    )
    with pytest.raises(ValidationError) as info:
        plans.save_plan(ctx, case_id, revision, today=TODAY)
    assert info.value.errors[0].field == "change_reason"
    revision.change_reason = "老人希望多与人交往，增加一个目标。"
    v2 = plans.save_plan(ctx, case_id, revision, today=TODAY).plan_id
    state = plans.plan_state(ctx, case_id)
    assert state["current"]["id"] == saved.plan_id and state["draft"]["id"] == v2
    plans.agree_plan(ctx, v2, "张老人", today=TODAY)
    state = plans.plan_state(ctx, case_id)
    assert [(p["version"], p["status"], p["superseded"]) for p in state["plans"]] == [
        (1, "agreed", True),
        (2, "agreed", False),
    ]
    assert state["current"]["id"] == v2 and state["current"]["replaces"] == saved.plan_id
    assert [g["id"] for g in state["current"]["goals"]][:2] == goal_ids
    old = plans.plan(ctx, saved.plan_id)
    assert (
        len(old["goals"]) == 2 and old["overall_goal"] == "老人独居生活安全。"
    )  # the signed version
    assert [set(h["fields"]) for h in changes.history(ctx.store, "plans", saved.plan_id)][-1] == {
        "status",
        "agreed_on",
        "agreed_by",
    }  # never written after agreement
    with pytest.raises(StationDeskError) as err:
        plans.start_revision(ctx, saved.plan_id)
    assert err.value.code == "plan.superseded"
    # the revision goes to the director too; the case works on meanwhile (it is in 介入)
    assert case_detail.case(ctx, case_id)["stage"] == "介入"
    supervision.submit(ctx, case_id, today=TODAY)
    as_worker(ctx, DIRECTOR)
    waiting = {
        a["subject_id"]: a["id"] for a in supervision.pending(ctx) if a["subject"] == "服务计划"
    }
    supervision.approve(ctx, waiting[v2], today=TODAY)
    assert plans.plan(ctx, v2)["approval"] == "已批准"


def test_reviews_update_action_statuses_without_touching_the_agreed_version(ctx, case_id):
    with pytest.raises(StationDeskError) as err:
        plans.save_review(ctx, case_id, ReviewInput(review_date="2026-10-10"), today=TODAY)
    assert err.value.code == "plan.no_current"
    pid = agreed_plan(ctx, case_id)
    current = plans.plan_state(ctx, case_id)["current"]
    goal = current["goals"][0]
    first_action = goal["actions"][0]
    assert first_action["status"] == "未开始"
    with pytest.raises(ValidationError) as info:
        plans.save_review(ctx, case_id, ReviewInput(review_date="2026-10-10"), today=TODAY)
    assert info.value.errors[0].code == "review.empty"
    plans.save_review(
        ctx,
        case_id,
        ReviewInput(
            review_date="2026-10-10",
            progress=[{"goal_id": goal["id"], "note": "志愿者每周送餐 4 次。"}],
            action_status=[{"action_id": first_action["id"], "status": "进行中"}],
            next_review="2026-11-10",
        ),
        today=TODAY,
    )
    plans.save_review(
        ctx,
        case_id,
        ReviewInput(
            review_date="2026-11-10",
            action_status=[{"action_id": first_action["id"], "status": "已完成"}],
        ),
        today=TODAY,
    )
    current = plans.plan_state(ctx, case_id)["current"]
    assert current["goals"][0]["actions"][0]["status"] == "已完成"
    assert plans.plan(ctx, pid)["goals"][0]["actions"][0]["status"] == "未开始"
    assert len(case_detail.case(ctx, case_id)["reviews"]) == 2
    revision = plans.start_revision(ctx, pid)  # a revision starts from the statuses as reviewed
    assert revision.goals[0]["actions"][0]["status"] == "已完成"


def test_goal_attainment_per_case_and_for_the_station(ctx, case_id):
    agreed_plan(ctx, case_id)
    evaluate(ctx, case_id, [2, 0], day="2026-11-01")
    evaluation = case_detail.case(ctx, case_id)["evaluations"][0]
    assert evaluation["ratings"][0]["score"] == 2
    assert evaluation["t_score"] == pytest.approx(50 + 10 * 2 / (0.7 * 2 + 0.3 * 4) ** 0.5)
    other = open_case(ctx, add_household(ctx, "李奶奶"))
    assess(ctx, other, "2026-09-05", LEVELS)
    agreed_plan(ctx, other)
    evaluate(ctx, other, [-1, -2], day="2026-10-01")
    evaluate(ctx, other, [0, -1], day="2026-11-15")  # the latest evaluation of a case counts
    total = plans.attainment(ctx, dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    assert (total.cases, total.goals, total.met) == (2, 4, 3)
    assert total.distribution == {-2: 0, -1: 1, 0: 2, 1: 0, 2: 1}
    assert total.mean_score == pytest.approx(0.25)
    assert total.met_rate == pytest.approx(0.75)
    assert plans.attainment(ctx, dt.date(2026, 10, 1), dt.date(2026, 10, 31)).distribution[-2] == 1


def test_t_score_and_empty_aggregate():
    assert goal_attainment.t_score([]) is None
    assert goal_attainment.t_score([0, 0, 0]) == 50
    assert goal_attainment.t_score([2]) == pytest.approx(70)
    assert goal_attainment.t_score([-2, -2]) < 30
    empty = goal_attainment.aggregate([[], [{"score": None}]])
    assert (empty.cases, empty.goals, empty.met_rate, empty.mean_t) == (0, 0, None, None)
