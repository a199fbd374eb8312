"""Cases: opening, stages as records are written, closure only after an evaluation, reopening,
supervision approvals, assessments and their change, and the change log."""

from __future__ import annotations

import pytest

from desktop.core import settings
from desktop.core.cases import assessments, case_detail, cases, plans, supervision
from desktop.core.cases.case_records import AssessmentInput
from desktop.core.errors import StationDeskError, ValidationError
from desktop.core.store import changes
from tests.unit.test_cases_support import (
    DIRECTOR,
    TODAY,
    add_household,
    agreed_plan,
    approve_all,
    as_worker,
    assess,
    close_approved,
    evaluate,
    open_case,
    two_goal_plan,
)

LEVELS = {"居住安全": 2, "身体健康": 3, "心理情绪": 2, "生活照料": 3}


def stages(ctx, case_id):
    return [(e["kind"], e["stage"]) for e in case_detail.case(ctx, case_id, TODAY)["events"]]


def test_open_case_checks_and_records_intake(ctx):
    hid = add_household(ctx, "张老人", ("独居老年人",))
    c = cases.new_case(ctx, hid, today=TODAY)
    assert (c.intake_date, c.worker, c.source) == ("2026-11-29", "李明", "走访发现")
    c.title, c.source, c.person_id, c.intake_date = "", "路上遇到", "not-a-member", "2026-12-01"
    with pytest.raises(ValidationError) as info:
        cases.save_case(ctx, c, today=TODAY)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("title", "required"),
        ("source", "choice"),
        ("person_id", "case.person"),
        ("intake_date", "date.future"),
    }
    with pytest.raises(ValidationError) as info:
        cases.save_case(ctx, cases.new_case(ctx, ""), today=TODAY)
    assert info.value.errors[0].code == "case.household"
    cid = open_case(ctx, hid)
    found = case_detail.case(ctx, cid, TODAY)
    assert (found["stage"], found["episode"], found["client_name"], found["village"]) == (
        "接案",
        1,
        "张老人",
        "青山村",
    )
    assert found["days_open"] == 89
    assert stages(ctx, cid) == [("stage", "接案")]
    assert cases.household_cases(ctx, hid, open_only=True)[0]["id"] == cid


def test_stages_follow_the_records_and_closure_needs_an_evaluation(ctx):
    hid = add_household(ctx, "张老人", ("独居老年人",))
    cid = open_case(ctx, hid)
    with pytest.raises(StationDeskError) as err:
        plans.save_plan(ctx, cid, plans.new_plan(ctx, cid, TODAY), today=TODAY)
    assert err.value.code == "case.assessment_first"
    assess(ctx, cid, "2026-09-02", LEVELS)
    assert case_detail.case(ctx, cid)["stage"] == "预估"
    with pytest.raises(StationDeskError) as err:
        cases.close_case(ctx, cid, "服务目标达成", today=TODAY)
    assert err.value.code == "case.no_evaluation"
    agreed_plan(ctx, cid)
    assert case_detail.case(ctx, cid)["stage"] == "介入"
    assert not case_detail.case(ctx, cid)["can_close"]
    with pytest.raises(ValidationError) as info:
        evaluate(ctx, cid, [1, None])  # every goal needs a score
    assert info.value.errors[0].code == "evaluation.score"
    evaluate(ctx, cid, [1, 0])
    found = case_detail.case(ctx, cid)
    assert found["stage"] == "评估" and found["can_close"]
    with pytest.raises(ValidationError) as info:
        cases.close_case(ctx, cid, "其他", today=TODAY)  # "other" needs a note
    assert info.value.errors[0].field == "closure_note"
    cases.close_case(ctx, cid, "服务目标达成", "老人生活已稳定", "2026-11-25", today=TODAY)
    found = case_detail.case(ctx, cid)  # the closure waits for the director (the station's default)
    assert (found["stage"], found["closure_pending"], found["can_close"]) == ("评估", True, False)
    with pytest.raises(StationDeskError) as err:
        cases.close_case(ctx, cid, "服务目标达成", today=TODAY)
    assert err.value.code == "approval.closure_waiting"
    approve_all(ctx, cid)
    found = case_detail.case(ctx, cid)
    assert (found["stage"], found["closed_on"], found["closure_reason"]) == (
        "结案",
        "2026-11-25",
        "服务目标达成",
    )
    assert stages(ctx, cid) == [
        ("stage", "接案"),
        ("stage", "预估"),
        ("stage", "计划"),
        ("stage", "介入"),
        ("stage", "评估"),
        ("close_requested", "评估"),
        ("close", "结案"),
    ]
    assert cases.household_cases(ctx, hid, open_only=True) == []
    with pytest.raises(StationDeskError) as err:
        assess(ctx, cid, "2026-11-28", LEVELS)
    assert err.value.code == "case.closed"


def test_reopening_starts_a_new_round_that_needs_its_own_evaluation(ctx):
    hid = add_household(ctx, "张老人")
    cid = open_case(ctx, hid)
    assess(ctx, cid, "2026-09-02", LEVELS)
    agreed_plan(ctx, cid)
    evaluate(ctx, cid, [0, 0])
    close_approved(ctx, cid)
    with pytest.raises(ValidationError):
        cases.reopen_case(ctx, cid, "  ", today=TODAY)
    cases.reopen_case(ctx, cid, "老人再次摔倒，需要重新评估照顾安排。", today=TODAY)
    found = case_detail.case(ctx, cid)
    assert (found["stage"], found["episode"], found["closure_reason"]) == ("预估", 2, "")
    with pytest.raises(StationDeskError) as err:
        cases.close_case(ctx, cid, "服务目标达成", today=TODAY)
    assert err.value.code == "case.no_evaluation"  # the first round's evaluation does not count
    with pytest.raises(StationDeskError) as err:
        cases.reopen_case(ctx, cid, "再开", today=TODAY)
    assert err.value.code == "case.not_closed"
    evaluate(ctx, cid, [2, 1], day="2026-11-29")
    close_approved(ctx, cid)
    assert [e["kind"] for e in case_detail.case(ctx, cid)["events"]][-4:] == [
        "reopen",
        "stage",
        "close_requested",
        "close",
    ]


def test_assessment_change_first_to_latest_and_lock_after_approval(ctx):
    hid = add_household(ctx, "张老人", child="张小宝")
    cid = open_case(ctx, hid, supervisor=DIRECTOR)
    assert "监护与教育" in assessments.domains_for(ctx, cid, TODAY)  # a child lives here
    blank = assessments.new_assessment(ctx, cid, TODAY)
    assert blank.risk_level == "一般" and all(r["level"] is None for r in blank.ratings)
    with pytest.raises(ValidationError) as info:
        assessments.save_assessment(
            ctx, cid, AssessmentInput(assess_date="2026-09-02", assessor="李明"), today=TODAY
        )
    assert {e.code for e in info.value.errors} >= {"assessment.ratings", "required"}
    first = assess(ctx, cid, "2026-09-02", LEVELS)
    latest = assess(
        ctx,
        cid,
        "2026-11-20",
        {"居住安全": 0, "身体健康": 2, "心理情绪": 1, "监护与教育": 1},
        risk="一般",
    )
    change = case_detail.case(ctx, cid)["change"]
    assert change["count"] == 2 and change["risk"] == ("重点", "一般")
    rows = {r["domain"]: (r["first"], r["latest"], r["delta"]) for r in change["domains"]}
    assert rows == {
        "居住安全": (2, 0, -2),
        "身体健康": (3, 2, -1),
        "心理情绪": (2, 1, -1),
        "生活照料": (3, None, None),
        "监护与教育": (None, 1, None),
    }
    assert change["total"] == (10, 4)
    # nothing waits until the worker asks (提交审批): then the latest assessment goes
    assert supervision.pending(ctx, DIRECTOR) == []
    assert case_detail.case(ctx, cid)["submittable"] == [("需求评估", latest)]
    supervision.submit(ctx, cid, today=TODAY)
    with pytest.raises(StationDeskError) as err:
        supervision.submit(ctx, cid, today=TODAY)
    assert err.value.code == "approval.nothing"
    # the supervisor approves it; it is then locked
    first = latest
    pending = supervision.pending(ctx, DIRECTOR)
    assert [(a["subject"], a["subject_id"]) for a in pending][0] == ("需求评估", first)
    with pytest.raises(StationDeskError) as err:
        supervision.approve(ctx, pending[0]["id"], today=TODAY)
    assert err.value.code == "approval.self"
    as_worker(ctx, DIRECTOR)
    supervision.approve(ctx, pending[0]["id"], "评估全面。", today=TODAY)
    with pytest.raises(StationDeskError) as err:
        supervision.approve(ctx, pending[0]["id"], today=TODAY)
    assert err.value.code == "approval.decided"
    as_worker(ctx, "李明")
    row = assessments.assessment(ctx, first)
    assert row["approval"] == "已批准"
    a = AssessmentInput.from_row(row)
    a.summary = "改一改"
    with pytest.raises(StationDeskError) as err:
        assessments.save_assessment(ctx, cid, a, first, today=TODAY)
    assert err.value.code == "assessment.locked"


def test_a_returned_closure_keeps_the_case_at_evaluation_and_asking_again_is_a_new_request(ctx):
    hid = add_household(ctx, "张老人")
    cid = open_case(ctx, hid, supervisor=DIRECTOR)
    assess(ctx, cid, "2026-09-02", LEVELS)
    agreed_plan(ctx, cid)
    evaluate(ctx, cid, [0, -1])
    cases.close_case(ctx, cid, "服务对象主动要求结案", today=TODAY)
    closure = next(a for a in supervision.pending(ctx) if a["subject"] == "结案")
    as_worker(ctx, DIRECTOR)
    with pytest.raises(ValidationError):
        supervision.return_for_changes(ctx, closure["id"], "", today=TODAY)
    supervision.return_for_changes(ctx, closure["id"], "请补充结案前的回访记录。", today=TODAY)
    as_worker(ctx, "李明")
    found = case_detail.case(ctx, cid)
    assert (found["stage"], found["episode"], found["can_close"]) == ("评估", 1, True)
    assert found["closure_reason"] == "" and not found["closure_pending"]
    assert found["events"][-1]["kind"] == "returned"
    cases.close_case(ctx, cid, "服务对象主动要求结案", today=TODAY)
    requests = [a for a in case_detail.case(ctx, cid)["approvals"] if a["subject"] == "结案"]
    assert [a["status"] for a in requests] == ["已退回", "待审批"]
    assert requests[1]["replaces"] == requests[0]["id"]
    assert requests[0]["comment"] == "请补充结案前的回访记录。"  # the decided request is unchanged


def test_stations_choose_which_stages_wait(ctx):
    hid = add_household(ctx, "张老人")
    cid = open_case(ctx, hid, supervisor=DIRECTOR)
    assert settings.values(ctx) == {
        "approval.assessment": False,
        "approval.plan": True,
        "approval.closure": True,
    }
    settings.set_value(ctx, "approval.assessment", True)
    assess(ctx, cid, "2026-09-02", LEVELS)
    draft = plans.save_plan(ctx, cid, two_goal_plan(), today=TODAY).plan_id
    with pytest.raises(StationDeskError) as err:
        plans.agree_plan(ctx, draft, "张老人", "2026-09-12", today=TODAY)
    assert err.value.code == "approval.assessment_first"
    approve_all(ctx, cid)  # the assessment
    plans.agree_plan(ctx, draft, "张老人", "2026-09-12", today=TODAY)
    assert case_detail.case(ctx, cid)["stage"] == "计划"  # the plan waits
    with pytest.raises(StationDeskError) as err:
        evaluate(ctx, cid, [0, 0])
    assert err.value.code == "approval.plan_first"
    approve_all(ctx, cid)
    assert case_detail.case(ctx, cid)["stage"] == "介入"
    # a station that lets plans and closures go ahead: nothing waits, nothing is asked for
    settings.set_value(ctx, "approval.plan", False)
    settings.set_value(ctx, "approval.closure", False)
    evaluate(ctx, cid, [0, 0])
    cases.close_case(ctx, cid, "服务目标达成", today=TODAY)
    assert case_detail.case(ctx, cid)["stage"] == "结案"
    assert supervision.pending(ctx) == []
    history = changes.history(
        ctx.store, "station_settings", settings.service.row_id(ctx, "approval.plan")
    )
    assert history[-1]["fields"]["value"] == "false"  # written through the sync log


def test_every_write_is_recorded_for_sync_and_audit(ctx):
    hid = add_household(ctx, "张老人")
    cid = open_case(ctx, hid)
    aid = assess(ctx, cid, "2026-09-02", LEVELS)
    history = changes.history(ctx.store, "cases", cid)
    assert history[0]["author"] == "李明" and history[0]["fields"]["title"] == "独居老人照顾安排"
    assert history[-1]["fields"] == {"stage": "预估"}
    assert changes.history(ctx.store, "assessments", aid)[0]["fields"]["ratings"][0] == {
        "domain": "居住安全",
        "level": 2,
        "note": "",
    }
    cases.remove_case(ctx, cid)
    assert cases.find(ctx) == []
    assert changes.history(ctx.store, "cases", cid)[-1]["fields"] == {"deleted": 1}


def test_find_cases_by_stage_worker_and_household_text(ctx):
    a = open_case(ctx, add_household(ctx, "张老人"))
    b = open_case(ctx, add_household(ctx, "李奶奶"), title="留守儿童学业支持", day="2026-10-01")
    assess(ctx, b, "2026-10-02", LEVELS)
    assert cases.find(ctx) == [b, a]  # newest intake first
    assert cases.find(ctx, stage="接案") == [a]
    assert cases.find(ctx, stage="open") == [b, a]
    assert cases.find(ctx, text="lnn") == [b]
    assert cases.find(ctx, worker="王建华") == []
    assert cases.stage_counts(ctx)["预估"] == 1
    rows = cases.rows(ctx, [a, b])
    assert rows[b]["client_name"] == "李奶奶" and rows[b].get("pending") is None
    supervision.submit(ctx, b, today=TODAY)
    assert cases.rows(ctx, [b])[b].get("pending") == 1
