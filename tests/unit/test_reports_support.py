"""A small station with a hand-counted history for the report tests (no tests here).

Written in time order with the clock moved to each day, as workers would have typed it:

- 09-05 households A (青山村一组: 张大爷 特殊困难老年人+独居老年人), B (桃源村一组: 李奶奶 留守老年人
  and 小明 留守儿童) and D (桃源村一组: 赵某 残疾人) registered.
- 10-03 A visited (入户, met 张大爷). 10-08 a case opened for A; 10-15 its assessment.
- 10-20 B 入户未遇. 10-31 B 电话回访 (met 李奶奶 only).
- 11-01 A visited (入户, met), a crisis found and a mandatory report made the same day.
- 11-02 a paper form of A dated 10-30 typed in; 11-03 corrected: the visit was on 11-02.
- 11-04 the crisis handled (3 days). 11-05 A's plan agreed (one action names a resource).
- 11-06 B referred to the resource (follow-up 11-16); 11-08 accepted, follow-up 11-20 (overdue by 11-29).
- 11-10 household C (青山村二组: 王伯 低保对象) registered; 11-12 C visited, the record names nobody.
- 11-15 李奶奶 becomes 低保对象 (joined a group mid-month). 11-20 A's case evaluated (scores 0, +1).
- 11-20 D removed from the register. 11-25 A's case closed. 11-28 张大爷 no longer 特殊困难老年人.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.cases import cases, plans
from desktop.core.cases.case_records import EvaluationInput, ReferralInput
from desktop.core.context import Context
from desktop.core.register import households
from desktop.core.register.records import HouseholdInput, PersonInput
from desktop.core.resources import referrals
from desktop.core.visits import visits
from tests.unit.test_cases_support import add_resource, approve_all, assess, two_goal_plan
from tests.unit.test_visits_support import village_id, visit_input


@dataclass
class Story:
    a: str
    b: str
    c: str
    d: str
    case: str
    resource: str
    grandma: str
    child: str
    grandpa: str


def _at(clock, day: str, hour: int = 10) -> dt.date:
    clock.move_to(dt.datetime.fromisoformat(f"{day}T{hour:02d}:00").astimezone())
    return dt.date.fromisoformat(day)


def _household(
    ctx: Context, village: str, group: str, house: str, members: list[PersonInput], today: dt.date
) -> str:
    return households.save_household(
        ctx,
        HouseholdInput(
            village_id=village_id(ctx, village),
            group_name=group,
            house_no=house,
            risk_level="一般",
            worker="李明",
        ),
        members,
        today=today,
    ).household_id


def _visit(ctx: Context, hid: str, day: str, today: dt.date, **fields) -> visits.SavedVisit:
    v = visit_input(ctx, hid, day, **fields)
    return visits.save_visit(ctx, v, submit=True, today=today)


def _members(ctx: Context, hid: str) -> list[PersonInput]:
    return [
        PersonInput(
            **{
                k: m.get(k) or ("" if k != "tags" else [])
                for k in PersonInput.__dataclass_fields__
                if k in m
            }
        )
        for m in households.household(ctx, hid)["members"]
    ]


def _set_tags(ctx: Context, hid: str, name: str, tags: list[str], today: dt.date) -> None:
    found = households.household(ctx, hid)
    members = _members(ctx, hid)
    for m in members:
        if m.name == name:
            m.tags = tags
    h = HouseholdInput(
        **{k: found.get(k) or "" for k in HouseholdInput.__dataclass_fields__ if k in found}
    )
    households.save_household(ctx, h, members, household_id=hid, today=today)


def person_id(ctx: Context, hid: str, name: str) -> str:
    return next(m["id"] for m in households.household(ctx, hid)["members"] if m["name"] == name)


def build(ctx: Context, clock) -> Story:
    # The template station was set up on the machine's real date: its hybrid logical clock (which
    # never goes back) would stamp every write below with that date. Start it afresh, as on a
    # station set up before September.
    ctx.store.meta_set("hlc", 0)
    t = _at(clock, "2026-09-05")
    a = _household(
        ctx,
        "青山村",
        "一组",
        "1",
        [
            PersonInput(
                name="张大爷",
                relation="户主",
                sex="男",
                birth_date="1940-02-02",
                tags=["特殊困难老年人", "独居老年人"],
                phone="13912345678",
                id_number="110105194002020015",
            )
        ],
        t,
    )
    b = _household(
        ctx,
        "桃源村",
        "一组",
        "2",
        [
            PersonInput(
                name="李奶奶",
                relation="户主",
                sex="女",
                birth_date="1948-03-03",
                tags=["留守老年人"],
            ),
            PersonInput(
                name="小明",
                relation="孙子",
                sex="男",
                birth_date="2016-03-01",
                tags=["留守儿童"],
                guardian_name="李奶奶",
                guardian_relation="祖父母",
            ),
        ],
        t,
    )
    d = _household(
        ctx,
        "桃源村",
        "一组",
        "3",
        [
            PersonInput(
                name="赵某",
                relation="户主",
                sex="男",
                birth_date="1970-04-04",
                tags=["残疾人"],
                disability_type="肢体",
                disability_grade="二级",
            )
        ],
        t,
    )
    grandpa, grandma, child = (
        person_id(ctx, a, "张大爷"),
        person_id(ctx, b, "李奶奶"),
        person_id(ctx, b, "小明"),
    )
    resource = add_resource(
        ctx, "青山镇助餐志愿队", ["生活照顾"], kind="志愿服务队", party_kind="社区志愿者"
    )

    t = _at(clock, "2026-10-03")
    _visit(ctx, a, "2026-10-03", t, members_met=[grandpa])
    t = _at(clock, "2026-10-08")
    c = cases.new_case(ctx, a, today=t)
    c.title = "独居老人照顾安排"
    case = cases.save_case(ctx, c, today=t).case_id
    t = _at(clock, "2026-10-15")
    assess(ctx, case, "2026-10-15", {"生活照料": 2, "心理情绪": 1})
    t = _at(clock, "2026-10-20")
    _visit(ctx, b, "2026-10-20", t, not_home=True, members_met=[])
    t = _at(clock, "2026-10-31")
    _visit(
        ctx, b, "2026-10-31", t, visit_type="电话回访", members_met=[grandma], signature="不适用"
    )

    t = _at(clock, "2026-11-01")
    _visit(
        ctx,
        a,
        "2026-11-01",
        t,
        members_met=[grandpa],
        crisis=True,
        crisis_note="老人摔倒无人照看",
        safeguarding=["疑似家庭暴力"],
        report_made="已报告",
        report_to="青山镇派出所",
        report_at="2026-11-01",
    )
    t = _at(clock, "2026-11-02")
    paper = _visit(ctx, a, "2026-10-30", t, members_met=[grandpa])
    t = _at(clock, "2026-11-03")
    fix = visits.start_correction(ctx, paper.visit_id)
    fix.visit_date, fix.correction_reason = "2026-11-02", "日期录错：实际走访是 11 月 2 日"
    visits.save_visit(ctx, fix, submit=True, today=t)
    t = _at(clock, "2026-11-04")
    alert = visits.open_crises(ctx, a)[0]
    visits.resolve_crisis(ctx, alert["id"], "已联系子女回家照看", today=t)
    t = _at(clock, "2026-11-05")
    pid = plans.save_plan(ctx, case, two_goal_plan(resource), today=t).plan_id
    plans.agree_plan(ctx, pid, "张大爷", "2026-11-05", today=t)
    approve_all(ctx, case, t)  # the plan waits for the director's approval before intervention
    t = _at(clock, "2026-11-06")
    r = referrals.create_referral(
        ctx,
        ReferralInput(
            household_id=b,
            person_id=grandma,
            resource_id=resource,
            need="生活照顾",
            reason="独自照顾孙子，需要助餐",
            referred_on="2026-11-06",
            consent="口头同意",
            consent_on="2026-11-06",
            follow_up="2026-11-16",
        ),
        today=t,
    )
    t = _at(clock, "2026-11-08")
    referrals.update_referral(
        ctx, r.referral_id, "已接收", note="志愿队已接收", follow_up="2026-11-20", today=t
    )
    t = _at(clock, "2026-11-10")
    cc = _household(
        ctx,
        "青山村",
        "二组",
        "4",
        [
            PersonInput(
                name="王伯", relation="户主", sex="男", birth_date="1945-05-05", tags=["低保对象"]
            )
        ],
        t,
    )
    t = _at(clock, "2026-11-12")
    _visit(ctx, cc, "2026-11-12", t, members_met=[])
    t = _at(clock, "2026-11-15")
    _set_tags(ctx, b, "李奶奶", ["留守老年人", "低保对象"], t)
    t = _at(clock, "2026-11-20")
    e = plans.new_evaluation(ctx, case, today=t)
    for rating, score in zip(e.ratings, [0, 1], strict=True):
        rating["score"] = score
    e.summary = "目标基本达成。"
    plans.save_evaluation(ctx, case, EvaluationInput(**e.__dict__), today=t)
    households.remove_household(ctx, d)
    t = _at(clock, "2026-11-25")
    cases.close_case(ctx, case, "服务目标达成", day="2026-11-25", today=t)
    approve_all(ctx, case, t)  # closure waits for the director's approval
    t = _at(clock, "2026-11-28")
    _set_tags(ctx, a, "张大爷", ["独居老年人"], t)
    _at(clock, "2026-11-29")
    return Story(a, b, cc, d, case, resource, grandma, child, grandpa)
