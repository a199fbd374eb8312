"""Referrals: creation from a case, status order with append-only events, corrections, overdue
follow-ups, and duplicate aid (the same need helped from more than one source)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core.cases import case_detail, plans
from desktop.core.cases.case_records import ReferralInput, ReviewInput
from desktop.core.errors import StationDeskError, ValidationError
from desktop.core.resources import referrals
from desktop.core.store import changes
from tests.unit.test_cases_support import (
    TODAY,
    add_household,
    add_resource,
    agreed_plan,
    assess,
    close_approved,
    evaluate,
    open_case,
)


def refer(
    ctx, resource_id, case_id="", household_id="", need="生活照顾", day="2026-11-01", follow_up=""
):
    r = referrals.new_referral(ctx, case_id, need, household_id, today=dt.date.fromisoformat(day))
    r.resource_id, r.consent = resource_id, "口头同意"
    if follow_up:
        r.follow_up = follow_up
    return referrals.create_referral(ctx, r, today=TODAY).referral_id


def test_new_referral_defaults_and_checks(ctx):
    hid = add_household(ctx, "张老人")
    cid = open_case(ctx, hid)
    r = referrals.new_referral(ctx, cid, "医疗康复", today=TODAY)
    assert (r.household_id, r.referred_on, r.follow_up) == (hid, "2026-11-29", "2026-12-06")
    r.follow_up = "2026-11-01"
    with pytest.raises(ValidationError) as info:
        referrals.create_referral(ctx, r, today=TODAY)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("resource_id", "required"),
        ("consent", "referral.consent"),
        ("follow_up", "referral.follow_up"),
    }
    rid = add_resource(ctx, "镇卫生院", ["医疗康复"], party_kind="政府部门")
    with pytest.raises(ValidationError):  # no household, no case
        referrals.create_referral(
            ctx,
            ReferralInput(
                resource_id=rid,
                need="医疗康复",
                consent="口头同意",
                referred_on="2026-11-01",
                follow_up="2026-11-08",
            ),
            today=TODAY,
        )


def test_status_moves_forward_with_append_only_events(ctx):
    hid = add_household(ctx, "张老人")
    cid = open_case(ctx, hid)
    res = add_resource(ctx, "镇养老服务中心", ["生活照顾"])
    ref = refer(ctx, res, cid)
    found = referrals.referral(ctx, ref)
    assert (found["status"], found["resource_name"], found["client_name"], found["case_title"]) == (
        "已转介",
        "镇养老服务中心",
        "张老人",
        "独居老人照顾安排",
    )
    assert found["referred_by"] == "李明" and found["consent_on"] == "2026-11-01"
    referrals.update_referral(
        ctx,
        ref,
        "已接收",
        "中心已派人上门评估",
        follow_up="2026-11-15",
        day="2026-11-05",
        today=TODAY,
    )
    referrals.update_referral(
        ctx,
        ref,
        "已接收",
        "电话跟进，下周开始送餐",
        follow_up="2026-11-20",
        day="2026-11-14",
        today=TODAY,
    )  # a follow-up contact
    with pytest.raises(ValidationError) as info:
        referrals.update_referral(ctx, ref, "已转介", follow_up="2026-12-01", today=TODAY)
    assert info.value.errors[0].code == "referral.status_order"
    with pytest.raises(ValidationError) as info:
        referrals.update_referral(ctx, ref, "已完成", today=TODAY)
    assert info.value.errors[0].code == "referral.outcome"
    referrals.update_referral(
        ctx, ref, "服务中", follow_up="2026-12-15", day="2026-11-20", today=TODAY
    )
    referrals.update_referral(
        ctx, ref, "已完成", outcome="每天送午餐，老人满意", day="2026-11-28", today=TODAY
    )
    found = referrals.referral(ctx, ref)
    assert (found["status"], found["status_on"], found["outcome"], found["follow_up"]) == (
        "已完成",
        "2026-11-28",
        "每天送午餐，老人满意",
        "",
    )
    assert [e["status"] for e in found["events"]] == [
        "已转介",
        "已接收",
        "已接收",
        "服务中",
        "已完成",
    ]
    assert found["next_statuses"] == ()
    with pytest.raises(StationDeskError) as err:
        referrals.update_referral(ctx, ref, "服务中", follow_up="2026-12-30", today=TODAY)
    assert err.value.code == "referral.closed"
    for event in found["events"]:  # events are written once
        assert len(changes.history(ctx.store, "referral_events", event["id"])) == 1
    assert [r["id"] for r in case_detail.case(ctx, cid)["referrals"]] == [ref]


def test_a_mistaken_status_is_corrected_by_a_new_event(ctx):
    hid = add_household(ctx, "张老人")
    ref = refer(ctx, add_resource(ctx, "镇养老服务中心", ["生活照顾"]), household_id=hid)
    referrals.update_referral(ctx, ref, "未接收", outcome="名额已满", day="2026-11-03", today=TODAY)
    with pytest.raises(ValidationError):
        referrals.correct_last_event(ctx, ref, "已转介", "", today=TODAY)
    referrals.correct_last_event(ctx, ref, "已转介", "点错了，中心尚未答复", today=TODAY)
    found = referrals.referral(ctx, ref)
    assert found["status"] == "已转介" and found["follow_up"]
    wrong, fix = found["events"][1], found["events"][2]
    assert (
        fix["corrects"] == wrong["id"] and wrong["status"] == "未接收"
    )  # the mistake stays on record
    assert [e["status"] for e in referrals.effective_events(found["events"])] == [
        "已转介",
        "已转介",
    ]


def test_overdue_referrals(ctx):
    hid = add_household(ctx, "张老人")
    res = add_resource(ctx, "镇养老服务中心", ["生活照顾", "医疗康复"])
    late = refer(ctx, res, household_id=hid, day="2026-11-01", follow_up="2026-11-10")
    later = refer(
        ctx, res, household_id=hid, need="医疗康复", day="2026-11-01", follow_up="2026-11-20"
    )
    refer(ctx, res, household_id=hid, day="2026-11-25", follow_up="2026-12-02")  # not yet due
    done = refer(ctx, res, household_id=hid, day="2026-10-01", follow_up="2026-10-08")
    referrals.update_referral(ctx, done, "已完成", outcome="已办结", day="2026-10-07", today=TODAY)
    found = referrals.overdue(ctx, TODAY)
    assert [(r["id"], r["days"]) for r in found] == [(late, 19), (later, 9)]
    assert found[0]["client_name"] == "张老人" and found[0]["resource_name"] == "镇养老服务中心"
    referrals.update_referral(ctx, late, "服务中", follow_up="2026-12-10", today=TODAY)
    assert [r["id"] for r in referrals.overdue(ctx, TODAY)] == [later]
    assert referrals.counts(ctx)["已完成"] == 1


def test_duplicate_aid_from_referrals_and_plan_actions(ctx):
    hid = add_household(ctx, "张老人", ("独居老年人",))
    other = add_household(ctx, "李奶奶")
    meals = add_resource(ctx, "青山村助餐志愿队", ["生活照顾"], ["青山村"], party_kind="社区志愿者")
    centre = add_resource(ctx, "镇养老服务中心", ["生活照顾"])
    cid = open_case(ctx, hid)
    assess(ctx, cid, "2026-09-02", {"生活照料": 3})
    agreed_plan(ctx, cid, meals)  # an action: meals by the volunteer team (生活照顾)
    assert referrals.duplicate_aid(ctx, hid) == []
    refer(ctx, meals, cid)  # the same team: still one source
    refer(ctx, centre, household_id=other)  # another household
    assert referrals.duplicate_aid(ctx, hid) == []
    second = refer(ctx, centre, household_id=hid)
    found = referrals.duplicate_aid(ctx, hid)
    assert [d["need"] for d in found] == ["生活照顾"]
    assert {s["name"] for s in found[0]["sources"]} == {"青山村助餐志愿队", "镇养老服务中心"}
    assert case_detail.case(ctx, cid)["duplicate_aid"] == found
    assert set(referrals.duplicate_aid_households(ctx)) == {hid}
    referrals.update_referral(ctx, second, "未接收", outcome="不需要", today=TODAY)
    assert referrals.duplicate_aid(ctx, hid) == []


def test_duplicate_aid_ends_when_the_action_is_done_or_the_case_closed(ctx):
    hid = add_household(ctx, "张老人")
    meals = add_resource(ctx, "青山村助餐志愿队", ["生活照顾"], ["青山村"], party_kind="社区志愿者")
    centre = add_resource(ctx, "镇养老服务中心", ["生活照顾"])
    cid = open_case(ctx, hid)
    assess(ctx, cid, "2026-09-02", {"生活照料": 3})
    agreed_plan(ctx, cid, meals)
    refer(ctx, centre, household_id=hid)
    assert len(referrals.duplicate_aid(ctx, hid)) == 1
    meal_action = plans.plan_state(ctx, cid)["current"]["goals"][0]["actions"][0]
    review = dataclasses.replace(
        ReviewInput(review_date="2026-11-20"),
        action_status=[{"action_id": meal_action["id"], "status": "已完成"}],
    )
    plans.save_review(ctx, cid, review, today=TODAY)
    assert referrals.duplicate_aid(ctx, hid) == []


def test_referral_to_an_inactive_resource_or_from_a_closed_case_is_refused(ctx):
    from desktop.core.resources import resources

    hid = add_household(ctx, "张老人")
    res = add_resource(ctx, "镇养老服务中心", ["生活照顾"])
    resources.set_active(ctx, res, False)
    with pytest.raises(ValidationError) as info:
        refer(ctx, res, household_id=hid)
    assert info.value.errors[0].code == "referral.resource_inactive"
    cid = open_case(ctx, hid)
    assess(ctx, cid, "2026-09-02", {"生活照料": 3})
    agreed_plan(ctx, cid)
    evaluate(ctx, cid, [0, 0])
    close_approved(ctx, cid)
    resources.set_active(ctx, res, True)
    with pytest.raises(StationDeskError) as err:
        refer(ctx, res, cid)
    assert err.value.code == "case.closed"
