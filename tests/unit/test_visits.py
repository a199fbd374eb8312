"""Visit records: drafts, submission checks, corrections as versions, void, follow-ups, crises."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop.core import refdata
from desktop.core.context import Context
from desktop.core.errors import StationDeskError, ValidationError
from desktop.core.register import households
from desktop.core.station import info
from desktop.core.store import changes
from desktop.core.visits import schedule, visits
from desktop.core.visits.visit_setup import seed_id
from tests.conftest import DATA, TODAY
from tests.unit.test_visits_support import add_household, submit, visit_input

pytestmark = pytest.mark.usefixtures("clock")  # the schedule's current month is the clock's

WEEK_END = dt.date(2026, 11, 29)


def fields_of(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def test_new_visit_defaults_to_today_me_and_the_households_risk(ctx):
    hid = add_household(ctx, "韩老人", ("独居老年人",), risk="重点")
    v = visits.new_visit(ctx, hid, TODAY)
    assert (v.visit_date, v.workers, v.risk_after, v.visit_type) == (
        "2026-11-29",
        ["李明"],
        "重点",
        "入户走访",
    )
    assert v.signature == "待签字"
    assert visits.new_visit(ctx, hid, TODAY, visit_type="电话回访").signature == "不适用"


def test_draft_is_editable_submitted_is_locked(ctx):
    hid = add_household(ctx, "杨草稿")
    v = visit_input(ctx, hid, "2026-11-28", workers=[], signature="")
    draft = visits.save_visit(ctx, v, submit=False, today=TODAY)  # incomplete is fine for a draft
    assert draft.status == "draft" and draft.record_id == draft.visit_id
    v.notes = "老人说腿疼，下周再来。"
    visits.save_visit(ctx, v, draft.visit_id, submit=False, today=TODAY)
    assert visits.visit(ctx, draft.visit_id)["notes"] == "老人说腿疼，下周再来。"
    with pytest.raises(ValidationError) as info:
        visits.save_visit(ctx, v, draft.visit_id, submit=True, today=TODAY)
    assert fields_of(info.value)["workers"] == "visit.workers"
    v.workers = ["李明"]
    done = visits.save_visit(ctx, v, draft.visit_id, submit=True, today=TODAY)
    assert done.visit_id == draft.visit_id and done.status == "submitted"
    row = visits.visit(ctx, done.visit_id)
    assert row["submitted_by"] == "李明" and row["is_current"] and row["version"] == 1
    with pytest.raises(StationDeskError) as err:
        visits.save_visit(ctx, v, done.visit_id, submit=True, today=TODAY)
    assert err.value.code == "visit.locked"
    with pytest.raises(StationDeskError) as err:
        visits.delete_draft(ctx, done.visit_id)
    assert err.value.code == "visit.not_draft"
    other = visits.save_visit(ctx, visit_input(ctx, hid, "2026-11-29"), submit=False, today=TODAY)
    visits.delete_draft(ctx, other.visit_id)
    assert visits.find(ctx) == [done.visit_id]


def test_submission_checks(ctx):
    hid = add_household(ctx, "何检查", (), child="何小童")
    other = add_household(ctx, "外人")
    outsider = households.household(ctx, other)["members"][0]["id"]
    v = visit_input(
        ctx,
        hid,
        "2026-11-30",
        visit_time="25:00",
        members_met=[outsider],
        observations=[{"domain": "居住安全", "rating": "", "note": "煤气管老化"}],
        actions=[{"action": "联系燃气公司", "owner": "", "due": "下周"}],
        crisis=True,
        safeguarding=["疑似未成年人遭受侵害"],
        signature="代签",
        partners=[{"kind": "其他", "name": ""}],
        next_visit_date="2026-11-01",
    )
    with pytest.raises(ValidationError) as info:
        visits.save_visit(ctx, v, submit=True, today=TODAY)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("visit_date", "date.future"),
        ("visit_time", "visit.time"),
        ("members_met", "visit.member"),
        ("observations", "visit.rating"),
        ("actions", "visit.action_owner"),
        ("actions", "visit.action_due"),
        ("crisis_note", "visit.crisis_note"),
        ("report_made", "visit.report_answer"),
        ("signed_by", "visit.signed_by"),
        ("partners", "visit.partner_name"),
        ("next_visit_date", "visit.next_before"),
    }
    assert "第 1 项" in next(e.message for e in info.value.errors if e.code == "visit.action_due")
    v.safeguarding, v.report_made = ["疑似未成年人遭受侵害"], "已报告"
    with pytest.raises(ValidationError) as info:
        visits.save_visit(ctx, v, submit=True, today=TODAY)
    assert fields_of(info.value)["report_to"] == "visit.report_details"
    assert fields_of(info.value)["report_at"] == "required"
    v.report_made = "未报告"
    with pytest.raises(ValidationError) as info:
        visits.save_visit(ctx, v, submit=True, today=TODAY)
    assert fields_of(info.value)["report_note"] == "visit.report_reason"
    assert visits.find(ctx) == []  # nothing was written


def test_full_visit_is_stored_with_its_lists_and_logged_for_sync(ctx):
    hid = add_household(ctx, "单大山", ("留守老年人",), child="单小龑")
    members = households.household(ctx, hid)["members"]
    saved = submit(
        ctx,
        hid,
        "2026-11-28",
        visit_time="9:05",
        duration_min=40,
        workers=["李明"],
        partners=[{"kind": "儿童主任", "name": "覃春花"}, {"kind": "其他", "name": "邻居老周"}],
        members_met=[m["id"] for m in members],
        observations=[
            {"domain": "居住安全", "rating": "需关注", "note": "屋顶漏雨"},
            {"domain": "监护与教育", "rating": "正常", "note": ""},
            {"domain": "心理情绪", "rating": "", "note": ""},
        ],
        needs=[{"type": "生活照顾", "note": "修屋顶"}],
        services=["情绪疏导"],
        safeguarding=["疑似未成年人遭受侵害"],
        report_made="已报告",
        report_to="青山镇派出所",
        report_at="2026-11-28",
        signature="代签",
        signed_by="单小龑之母（电话确认）",
    )
    row = visits.visit(ctx, saved.visit_id)
    assert row["visit_time"] == "09:05" and row["duration_min"] == 40
    assert [o["domain"] for o in row["observations"]] == [
        "居住安全",
        "监护与教育",
    ]  # unrated, empty dropped
    assert row["member_names"] == {m["id"]: m["name"] for m in members}
    assert row["report_to"] == "青山镇派出所" and row["signed_by"].startswith("单小龑")
    logged = changes.history(ctx.store, "visits", saved.visit_id)
    assert len(logged) == 1 and logged[0]["fields"]["partners"][0]["name"] == "覃春花"


def test_correction_is_a_new_version_and_the_old_one_stays(ctx):
    hid = add_household(ctx, "褚更正")
    first = submit(ctx, hid, "2026-11-20", notes="初次记录")
    original = changes.read_row(ctx.store, "visits", first.visit_id)
    fix = visits.start_correction(ctx, first.visit_id)
    assert fix.replaces == first.visit_id and fix.notes == "初次记录"
    fix.notes = "更正后的记录"
    with pytest.raises(ValidationError) as info:
        visits.save_visit(ctx, fix, submit=True, today=TODAY)
    assert fields_of(info.value) == {"correction_reason": "required"}
    fix.correction_reason = "漏记了老人的用药情况"
    # a correction may rest as a draft first; the old version stays current until it is submitted
    draft = visits.save_visit(ctx, fix, submit=False, today=TODAY)
    assert visits.visit(ctx, first.visit_id)["is_current"]
    second = visits.save_visit(ctx, fix, draft.visit_id, submit=True, today=TODAY)
    assert second.record_id == first.record_id
    new, old = visits.visit(ctx, second.visit_id), visits.visit(ctx, first.visit_id)
    assert (new["version"], new["replaces"], new["is_current"]) == (2, first.visit_id, True)
    assert not old["is_current"] and old["replaced_by"][0]["id"] == second.visit_id
    assert changes.read_row(ctx.store, "visits", first.visit_id) == original  # untouched
    assert len(changes.history(ctx.store, "visits", first.visit_id)) == 1
    assert [v["version"] for v in new["versions"]] == [1, 2]
    assert visits.find(ctx) == [second.visit_id]  # lists show the current version
    assert visits.count(ctx) == 1
    with pytest.raises(StationDeskError) as err:
        visits.start_correction(ctx, first.visit_id)
    assert err.value.code == "visit.corrected" and "2" in err.value.message


def test_void_withdraws_a_visit(ctx):
    hid = add_household(ctx, "蒋作废")
    saved = submit(
        ctx, hid, "2026-11-20", actions=[{"action": "送米", "owner": "李明", "due": "2026-11-30"}]
    )
    assert len(visits.followups_due(ctx, None)) == 1
    with pytest.raises(ValidationError):
        visits.void_visit(ctx, saved.visit_id, " ", today=TODAY)
    voided = visits.void_visit(ctx, saved.visit_id, "录错了户", today=TODAY)
    row = visits.visit(ctx, voided.visit_id)
    assert row["void"] == 1 and row["version"] == 2 and row["correction_reason"] == "录错了户"
    assert visits.count(ctx) == 0 and visits.followups_due(ctx, None) == []


def test_crisis_alert_until_resolved(ctx):
    hid = add_household(ctx, "沈危机", ("独居老年人",))
    saved = submit(
        ctx,
        hid,
        "2026-11-28",
        crisis=True,
        crisis_note="老人独自在家摔倒，无法起身",
        risk_after="高风险",
    )
    alerts = visits.open_crises(ctx)
    assert [(a["household_id"], a["head_name"], a["summary"]) for a in alerts] == [
        (hid, "沈危机", "老人独自在家摔倒，无法起身")
    ]
    assert households.household(ctx, hid)["risk_level"] == "高风险"
    assert schedule.due_list(ctx, dt.date(2026, 12, 5))[0].crisis
    with pytest.raises(ValidationError):
        visits.resolve_crisis(ctx, alerts[0]["id"], "  ", today=TODAY)
    visits.resolve_crisis(ctx, alerts[0]["id"], "已送医，女儿回家照顾", today=TODAY)
    assert visits.open_crises(ctx) == []
    alert = visits.visit(ctx, saved.visit_id)["crisis_alert"]
    assert (alert["status"], alert["resolved_by"], alert["resolution"]) == (
        "resolved",
        "李明",
        "已送医，女儿回家照顾",
    )
    with pytest.raises(StationDeskError) as err:
        visits.resolve_crisis(ctx, alerts[0]["id"], "again", today=TODAY)
    assert err.value.code == "crisis.closed"


def test_correction_that_unmarks_a_crisis_withdraws_the_alert(ctx):
    hid = add_household(ctx, "尤误标")
    saved = submit(ctx, hid, "2026-11-28", crisis=True, crisis_note="误标")
    fix = visits.start_correction(ctx, saved.visit_id)
    fix.crisis, fix.correction_reason = False, "不是危机，勾错了"
    visits.save_visit(ctx, fix, submit=True, today=TODAY)
    assert visits.open_crises(ctx) == []
    assert visits.visit(ctx, saved.visit_id)["crisis_alert"]["status"] == "withdrawn"


def test_follow_ups_follow_corrections_and_close(ctx):
    hid = add_household(ctx, "许跟进")
    saved = submit(
        ctx,
        hid,
        "2026-11-20",
        actions=[
            {"action": "代办低保复核", "owner": "李明", "due": "2026-11-27"},
            {"action": "联系村医上门", "owner": "村医刘", "due": "2026-12-10"},
        ],
    )
    this_week = visits.followups_due(ctx, WEEK_END)
    assert [(f["action"], f["head_name"]) for f in this_week] == [("代办低保复核", "许跟进")]
    fix = visits.start_correction(ctx, saved.visit_id)
    fix.actions = [
        {**fix.actions[0], "due": "2026-11-26"}
    ]  # keep the first (same id), drop the second
    fix.correction_reason = "第二项已当场处理"
    visits.save_visit(ctx, fix, submit=True, today=TODAY)
    rows = {f["action"]: f for f in visits.visit(ctx, saved.visit_id)["followups"]}
    assert (
        rows["代办低保复核"]["due_date"] == "2026-11-26"
        and rows["代办低保复核"]["status"] == "open"
    )
    assert rows["联系村医上门"]["status"] == "cancelled"
    visits.complete_followup(ctx, rows["代办低保复核"]["id"], "已提交复核材料", today=TODAY)
    assert visits.followups_due(ctx, None) == []
    with pytest.raises(StationDeskError):
        visits.complete_followup(ctx, rows["代办低保复核"]["id"], today=TODAY)


def test_risk_after_an_older_paper_form_does_not_override_a_newer_visit(ctx):
    hid = add_household(ctx, "秦风险", risk="一般")
    submit(ctx, hid, "2026-11-25", risk_after="重点")
    assert households.household(ctx, hid)["risk_level"] == "重点"
    submit(ctx, hid, "2026-11-10", risk_after="一般")  # entered late from paper
    assert households.household(ctx, hid)["risk_level"] == "重点"


def test_nobody_home_records_no_findings(ctx):
    hid = add_household(ctx, "吕未遇")
    saved = submit(
        ctx,
        hid,
        "2026-11-28",
        not_home=True,
        observations=[{"domain": "居住安全", "rating": "正常", "note": ""}],
        needs=[{"type": "教育", "note": ""}],
    )
    row = visits.visit(ctx, saved.visit_id)
    assert row["not_home"] == 1 and row["observations"] == [] and row["needs"] == []
    assert visits.count(ctx) == 1  # a record, though not a visit for the schedule
    assert hid in {d.household_id for d in schedule.due_list(ctx, TODAY)}


def test_find_filters_and_info_counts_records(ctx):
    a = add_household(ctx, "施甲")
    b = add_household(ctx, "张乙")
    first = submit(ctx, a, "2026-10-02")
    second = submit(ctx, b, "2026-11-20", workers=["李明"])
    fix = visits.start_correction(ctx, second.visit_id)
    fix.correction_reason = "补充"
    visits.save_visit(ctx, fix, submit=True, today=TODAY)
    draft = visits.save_visit(ctx, visit_input(ctx, a, "2026-11-29"), submit=False, today=TODAY)
    assert len(visits.find(ctx)) == 3
    assert visits.find(ctx, status="draft") == [draft.visit_id]
    assert visits.find(ctx, text="sj") == [draft.visit_id, first.visit_id]  # pinyin initials 施甲
    assert visits.find(ctx, since=dt.date(2026, 11, 1), status="submitted") != []
    assert visits.find(ctx, until=dt.date(2026, 10, 31)) == [first.visit_id]
    assert visits.find(ctx, worker="别人") == []
    summary = info.summary(ctx)
    assert summary["visits"] == 2 and summary["visit_drafts"] == 1


def test_database_of_schema_v1_gets_visit_settings_seeded(tmp_path):
    for name in ("a", "b"):
        shutil.copy(DATA / "schema_v1.db", tmp_path / f"{name}.db")
    a, b = Context.open(tmp_path / "a.db"), Context.open(tmp_path / "b.db")
    names = [d["name"] for d in schedule.domains(a)]
    assert names == list(refdata.OBSERVATION_DOMAINS)
    assert len(schedule.rules(a)) == len(refdata.DEFAULT_VISIT_RULES)
    # two computers upgrading separately write the same rows, so sync does not duplicate them
    assert {d["id"] for d in schedule.domains(a)} == {d["id"] for d in schedule.domains(b)}
    station_id = a.store.conn.execute("SELECT id FROM station").fetchone()[0]
    assert schedule.domains(a)[0]["id"] == seed_id(station_id, "observation_domain", "居住安全")
    logged = a.store.conn.execute(
        "SELECT count(*) FROM changes WHERE tbl = 'observation_domains'"
    ).fetchone()[0]
    assert logged == len(refdata.OBSERVATION_DOMAINS)
    a.close()
    b.close()


def test_station_can_add_an_observation_domain(ctx):
    schedule.add_domain(ctx, "宠物与家禽")
    assert schedule.domains(ctx)[-1]["name"] == "宠物与家禽"
    with pytest.raises(ValidationError) as info:
        schedule.add_domain(ctx, "居住安全")
    assert info.value.code == "domain.exists"
    hid = add_household(ctx, "魏养狗")
    saved = submit(
        ctx,
        hid,
        "2026-11-28",
        observations=[{"domain": "宠物与家禽", "rating": "需关注", "note": "狗未拴"}],
    )
    assert (
        json.dumps(visits.visit(ctx, saved.visit_id)["observations"], ensure_ascii=False).count(
            "宠物"
        )
        == 1
    )
